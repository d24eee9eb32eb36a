// How records read wherever they are listed: the SQL fragments that write a case's number and a person's name as
// every list shows them, and the pseudonym a protected person has for users without the victim grant. Defined once
// here, so that a list, a search result, a review and a report never disagree.
#pragma once

#include <utility>

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace caselink {

class Scope;

namespace recordtext {
// SQL: the FIR number as FirNumber::display() writes it (C-188/2023), NULL without an FIR; c is the cases alias.
QString firSql(const QString& c);
// SQL: the case's FIR number, else its enquiry number.
QString caseNumberSql(const QString& c);
// SQL: the person's display name, NULL when protected for this user (the display then shows the pseudonym).
QString personNameSql(const Scope& scope, const QString& p);
// The pseudonyms of one database's protected persons, for users without the victim grant: "Protected person
// 7KQ2-M9XD-4PRT", a keyed hash (HMAC-SHA256) of the person's id under the database's own secret (meta
// "pseudonym_key", made at the first unlock and read with the scope). Every person has one of their own, the same in
// every list, chart, timeline, report and export, and it cannot be worked back to the id, nor from one database's
// pseudonyms to another's. 60 bits: among a million persons the chance that any two share one is below one in a
// million. Scope::pseudonyms() hands out the one for the open database; copies are cheap (models keep one).
class Pseudonyms {
public:
    Pseudonyms() = default;
    explicit Pseudonyms(QByteArray key)
        : m_key(std::move(key)) {}

    QString of(const QString& personId) const;
    // Display of a redacted name column: the name, or the pseudonym of the person id when the name was withheld.
    QVariant nameOr(const QVariant& name, const QVariant& personId) const;
    // The twelve characters that follow "Protected person " (Crockford base32, in groups of four).
    QString code(const QString& personId) const;

private:
    QByteArray m_key;
};

// The pseudonym of a protected person for users without the victim grant (scope.pseudonyms().of).
QString pseudonym(const Scope& scope, const QString& personId);
QVariant nameOrPseudonym(const Scope& scope, const QVariant& name, const QVariant& personId);
} // namespace recordtext

} // namespace caselink
