#include "repo/caseassignments.h"

#include "repo/aggregatesupport.h"
#include "repo/caserepository_p.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {

using namespace caserepo;

Status CaseAssignmentRepository::assign(const QString& caseId, const QString& userId) {
    const Role role = m_context.scope().role();
    if (role != Role::Administrator && role != Role::Supervisor) {
        return fail(ErrorCode::Permission, Tr::tr("Only administrators and supervisors assign cases to prosecutors."));
    }
    if (auto c = m_cases.get(caseId); !c) {
        return std::unexpected(c.error());
    }
    Database& db = m_context.db();
    auto user = db.prepare(QStringLiteral("SELECT username, role, revoked_at IS NULL FROM users WHERE id = ?"));
    auto existing = db.prepare(QStringLiteral("SELECT 1 FROM case_assignments WHERE case_id = ? AND user_id = ?"));
    if (!user || !existing) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot read the assignment."));
    }
    user->bind(1, userId);
    auto row = user->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || user->columnText(1) != roleKey(Role::ProsecutorReader) || user->columnInt(2) == 0) {
        return fail(ErrorCode::Input, Tr::tr("Cases are assigned to active prosecutor-reader accounts only."));
    }
    const QString username = user->columnText(0);
    existing->bind(1, caseId).bind(2, userId);
    auto assigned = existing->step();
    if (!assigned) {
        return std::unexpected(assigned.error());
    }
    if (*assigned) {
        return fail(ErrorCode::Conflict, Tr::tr("The case is already assigned to %1.").arg(username));
    }
    const AuditRecord record{QStringLiteral("case.assign"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("user"), username}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto insert =
            db.prepare(QStringLiteral("INSERT INTO case_assignments (case_id, user_id, assigned_at) VALUES (?, ?, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, caseId).bind(2, userId).bind(3, m_context.now());
        return insert->run();
    });
}

Status CaseAssignmentRepository::unassign(const QString& caseId, const QString& userId) {
    const Role role = m_context.scope().role();
    if (role != Role::Administrator && role != Role::Supervisor) {
        return fail(ErrorCode::Permission, Tr::tr("Only administrators and supervisors assign cases to prosecutors."));
    }
    if (auto c = m_cases.get(caseId); !c) {
        return std::unexpected(c.error());
    }
    const AuditRecord record{QStringLiteral("case.unassign"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("user_id"), userId}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del =
            m_context.db().prepare(QStringLiteral("DELETE FROM case_assignments WHERE case_id = ? AND user_id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, caseId).bind(2, userId);
        if (auto st = del->run(); !st) {
            return st;
        }
        if (m_context.db().changes() == 0) {
            return fail(ErrorCode::NotFound, Tr::tr("The case is not assigned to that user."));
        }
        return ok();
    });
}

Result<QStringList> CaseAssignmentRepository::assignedUsers(const QString& caseId) {
    if (auto c = m_cases.get(caseId); !c) {
        return std::unexpected(c.error());
    }
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT user_id FROM case_assignments WHERE case_id = ? ORDER BY assigned_at, user_id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, caseId);
    QStringList out;
    if (auto st = stmt->forEachRow([&](Statement& s) { out << s.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
