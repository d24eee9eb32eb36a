#include "repo/scope.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "security/session.h"
#include "storage/database.h"

namespace caselink {
namespace {

QString sqlList(const QStringList& values) {
    QStringList quoted;
    for (const QString& v : values) {
        quoted << QLatin1Char('\'') + v + QLatin1Char('\''); // constants of this file only, never user input
    }
    return quoted.join(QLatin1String(", "));
}

// The database's pseudonym secret (meta "pseudonym_key", written at unlock). A database opened read-only before any
// unlock wrote one falls back to a key derived from its id: stable for that file, if not secret.
QByteArray pseudonymKey(Session& session) {
    auto stmt = session.database().prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'pseudonym_key'"));
    if (stmt) {
        if (auto row = stmt->step(); row && *row) {
            return QByteArray::fromHex(stmt->columnText(0).toLatin1());
        }
    }
    const QByteArray seed = QByteArrayLiteral("caselink-pseudonym:") + session.databaseId().toUtf8();
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
}

} // namespace

QStringList Scope::protectedRoles() {
    return {QStringLiteral("SMUGGLED_MIGRANT"), QStringLiteral("TRAFFICKING_VICTIM"), QStringLiteral("WITNESS"),
            QStringLiteral("COMPLAINANT"), QStringLiteral("FAMILY_MEMBER")};
}

QStringList Scope::accusedRoles() {
    return {QStringLiteral("KINGPIN"),         QStringLiteral("AGENT"),         QStringLiteral("SUB_AGENT"),
            QStringLiteral("DOCUMENT_FORGER"), QStringLiteral("MONEY_HANDLER"), QStringLiteral("TRANSPORTER"),
            QStringLiteral("SAFE_HOUSE"),      QStringLiteral("BOAT_OPERATOR"), QStringLiteral("CORRUPT_OFFICIAL")};
}

Result<Scope> Scope::forSession(Session& session) {
    Scope scope;
    const User& user = session.user();
    scope.m_role = user.role;
    scope.m_userId = user.id;
    scope.m_victimGrant = user.victimGrant;
    auto stmt = session.database().prepare(QStringLiteral("WITH RECURSIVE below(id) AS (SELECT ?1 UNION ALL SELECT "
                                                          "u.id FROM org_units u JOIN below b ON u.parent_id = b.id) "
                                                          "SELECT id FROM below"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, user.officeId);
    if (auto st = stmt->forEachRow([&](Statement& row) { scope.m_officeIds << row.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    QJsonArray ids;
    for (const QString& id : scope.m_officeIds) {
        ids.append(id);
    }
    scope.m_officeIdsJson = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    scope.m_pseudonyms = recordtext::Pseudonyms(pseudonymKey(session));
    return scope;
}

QString Scope::caseVisible(const QString& c) const {
    if (m_role == Role::ProsecutorReader) {
        return QStringLiteral("(%1.id IN (SELECT case_id FROM case_assignments WHERE user_id = :scope_user))").arg(c);
    }
    return QStringLiteral("(%1.office_id IN (SELECT value FROM json_each(:scope_offices)))").arg(c);
}

QString Scope::caseIdVisible(const QString& caseId) const {
    if (m_role == Role::ProsecutorReader) {
        return QStringLiteral("(%1 IN (SELECT case_id FROM case_assignments WHERE user_id = :scope_user))").arg(caseId);
    }
    // The unary + keeps the office index out of the plan: the list walks its own order index and tests each row.
    return QStringLiteral("EXISTS (SELECT 1 FROM cases sv WHERE sv.id = %1 AND "
                          "+sv.office_id IN (SELECT value FROM json_each(:scope_offices)))")
        .arg(caseId);
}

QString Scope::personVisible(const QString& p) const {
    const QString viaCase =
        QStringLiteral("EXISTS (SELECT 1 FROM case_persons scp JOIN cases sc ON sc.id = scp.case_id "
                       "WHERE scp.person_id = %1.id AND %2)")
            .arg(p, caseVisible(QStringLiteral("sc")));
    if (m_role == Role::ProsecutorReader) {
        return QStringLiteral("(%1)").arg(viaCase);
    }
    return QStringLiteral("(%1.office_id IN (SELECT value FROM json_each(:scope_offices)) OR %2)").arg(p, viaCase);
}

QString Scope::personProtected(const QString& p) const {
    if (m_victimGrant) {
        return QStringLiteral("0");
    }
    return QStringLiteral(
               "(EXISTS (SELECT 1 FROM case_persons vp WHERE vp.person_id = %1.id AND vp.role IN (%2)) "
               "AND NOT EXISTS (SELECT 1 FROM case_persons ap WHERE ap.person_id = %1.id AND ap.role IN (%3)))")
        .arg(p, sqlList(protectedRoles()), sqlList(accusedRoles()));
}

Result<QString> Scope::personSearchMatch(Database& db, const QString& nameMatch) const {
    // Case terms are ids without dashes (unicode61 would split a UUID into several tokens); office terms the hex of
    // the office's code, as the trigger of migration 0018 writes them.
    auto term = [](QChar kind, const QString& id) {
        return QStringLiteral("\"%1%2\"").arg(kind, QString(id).remove(QLatin1Char('-')).toLower());
    };
    QStringList seen;
    if (m_role != Role::ProsecutorReader) {
        auto stmt = db.prepare(QStringLiteral("SELECT hex(code) FROM org_units WHERE id = ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        // The user's own office (the first of the subtree): its term marks every person its subtree sees.
        stmt->bind(1, m_officeIds.value(0));
        if (auto row = stmt->step(); !row) {
            return std::unexpected(row.error());
        } else if (*row) {
            seen << term(u'o', stmt->columnText(0));
        }
    } else {
        auto stmt = db.prepare(QStringLiteral("SELECT case_id FROM case_assignments WHERE user_id = ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, m_userId);
        if (auto st = stmt->forEachRow([&](Statement& row) { seen << term(u'c', row.columnText(0)); }); !st) {
            return std::unexpected(st.error());
        }
    }
    if (nameMatch.isEmpty() || seen.isEmpty()) {
        return QString();
    }
    return QStringLiteral("((%1) AND scope : (%2)) NOT scope : (%3)")
        .arg(nameMatch, seen.join(QLatin1String(" OR ")),
             m_victimGrant ? QStringLiteral("merged") : QStringLiteral("merged OR protected"));
}

void Scope::bind(Statement& statement) const {
    statement.bindNamed(":scope_offices", m_officeIdsJson);
    statement.bindNamed(":scope_user", m_userId);
}

} // namespace caselink
