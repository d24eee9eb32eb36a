// How records read wherever they are listed: the SQL fragments that write a case's number and a person's name as
// every list shows them, and the pseudonym a protected person has for users without the victim grant. Defined once
// here, so that a list, a search result, a review and a report never disagree.
#pragma once

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
// The pseudonym of a protected person for users without the victim grant.
QString pseudonym(const QString& personId);
// Display of a redacted name column: the name, or the pseudonym of the person id when the name was withheld.
QVariant nameOrPseudonym(const QVariant& name, const QVariant& personId);
} // namespace recordtext

} // namespace caselink
