// What the signed-in user may see, computed once per session and applied by every repository query through the
// fragments below, so no read path (list, search, chart, statistics, export) can bypass it.
#pragma once

#include <QString>
#include <QStringList>

#include "repo/recordtext.h"
#include "security/users.h"
#include "util/result.h"

namespace caselink {

class Database;
class Session;
class Statement;

class Scope {
public:
    static Result<Scope> forSession(Session& session);

    Role role() const { return m_role; }
    const QString& userId() const { return m_userId; }
    const QStringList& officeIds() const { return m_officeIds; } // the user's office and every unit below it
    bool victimGrant() const { return m_victimGrant; }
    bool canWrite() const { return m_role != Role::ProsecutorReader; }
    // How this database names protected persons for this user (recordtext::Pseudonyms).
    const recordtext::Pseudonyms& pseudonyms() const { return m_pseudonyms; }

    // A boolean SQL expression over the cases row alias: true for cases this user may see.
    QString caseVisible(const QString& caseAlias) const;
    // The same test on a case id column (e.g. "a.case_id"), as a correlated lookup. Lists use it instead of an
    // inner join to cases: SQLite would otherwise build a Bloom filter over every case before the first row.
    QString caseIdVisible(const QString& caseIdExpression) const;
    // True for persons this user may see: recorded by an office in scope, or in a role in a visible case.
    QString personVisible(const QString& personAlias) const;
    // True for persons whose identity this user may not see: a victim, witness, complainant or family member
    // (and in no accused role) when the user lacks the victim grant. Such persons are shown redacted.
    QString personProtected(const QString& personAlias) const;
    // The FTS5 expression for person_search (migration 0018) that matches nameMatch only for the persons
    // personVisible() admits (the user's office term, or a prosecutor-reader's assigned cases' terms), never merged
    // records, and not personProtected() ones without the victim grant: FTS5 then ranks, limits and counts only
    // those. Empty when the user sees nobody.
    Result<QString> personSearchMatch(Database& db, const QString& nameMatch) const;
    // Binds the parameters the fragments above use (:scope_offices, :scope_user).
    void bind(Statement& statement) const;

    // Roles whose holders' identities need the victim grant (DOMAIN.md, "Victims come first").
    static QStringList protectedRoles();
    static QStringList accusedRoles();

private:
    Role m_role = Role::ProsecutorReader;
    QString m_userId;
    QStringList m_officeIds;
    QString m_officeIdsJson;
    bool m_victimGrant = false;
    recordtext::Pseudonyms m_pseudonyms;
};

} // namespace caselink
