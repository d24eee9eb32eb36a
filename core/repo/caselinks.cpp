#include "repo/caselinks.h"

#include "repo/aggregatesupport.h"
#include "repo/caserepository_p.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {

using namespace caserepo;

Status CaseLinkRepository::link(const QString& caseId, const QString& otherCaseId, const QString& note) {
    if (caseId == otherCaseId) {
        return fail(ErrorCode::Usage, Tr::tr("A case cannot be linked to itself."));
    }
    for (const QString& id : {caseId, otherCaseId}) {
        if (auto c = m_cases.get(id); !c) {
            return std::unexpected(c.error());
        }
    }
    auto clean = sanitizeText(note, kMaxLine);
    if (!clean.value) {
        return fail(ErrorCode::Input, errorMessages(clean.issues));
    }
    Database& db = m_context.db();
    auto existing = db.prepare(QStringLiteral("SELECT 1 FROM case_links WHERE (case_id = ?1 AND linked_case_id = ?2) "
                                              "OR (case_id = ?2 AND linked_case_id = ?1)"));
    if (!existing) {
        return std::unexpected(existing.error());
    }
    existing->bind(1, caseId).bind(2, otherCaseId);
    auto row = existing->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return fail(ErrorCode::Conflict, Tr::tr("The two cases are already linked."));
    }
    const AuditRecord record{QStringLiteral("case.link"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("linked"), otherCaseId}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto insert =
            db.prepare(QStringLiteral("INSERT INTO case_links (case_id, linked_case_id, note) VALUES (?, ?, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, caseId).bind(2, otherCaseId).bind(3, nn(*clean.value));
        return insert->run();
    });
    if (st) {
        m_context.notifier().notify(RecordKind::Case, otherCaseId, ChangeNotifier::Kind::Updated);
    }
    return st;
}

Status CaseLinkRepository::unlink(const QString& caseId, const QString& otherCaseId) {
    for (const QString& id : {caseId, otherCaseId}) {
        if (auto c = m_cases.get(id); !c) {
            return std::unexpected(c.error());
        }
    }
    const AuditRecord record{QStringLiteral("case.unlink"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("linked"), otherCaseId}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del =
            m_context.db().prepare(QStringLiteral("DELETE FROM case_links WHERE (case_id = ?1 AND "
                                                  "linked_case_id = ?2) OR (case_id = ?2 AND linked_case_id = ?1)"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, caseId).bind(2, otherCaseId);
        if (auto run = del->run(); !run) {
            return run;
        }
        if (m_context.db().changes() == 0) {
            return fail(ErrorCode::NotFound, Tr::tr("The two cases are not linked."));
        }
        return ok();
    });
    if (st) {
        m_context.notifier().notify(RecordKind::Case, otherCaseId, ChangeNotifier::Kind::Updated);
    }
    return st;
}

Result<std::vector<CaseLink>> CaseLinkRepository::linked(const QString& caseId) {
    if (auto c = m_cases.get(caseId); !c) {
        return std::unexpected(c.error());
    }
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT c.id, c.fir_prefix, c.fir_serial, c.fir_year, c.enquiry_number, l.note "
                       "FROM case_links l JOIN cases c ON c.id = CASE WHEN l.case_id = :id THEN l.linked_case_id "
                       "ELSE l.case_id END WHERE (l.case_id = :id OR l.linked_case_id = :id) AND %1 ORDER BY c.id")
            .arg(scope.caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", caseId);
    scope.bind(*stmt);
    std::vector<CaseLink> out;
    auto st = stmt->forEachRow([&](Statement& s) {
        const std::optional<FirNumber> fir = firFromRow(s, 1);
        out.push_back({s.columnText(0), fir ? fir->display() : s.columnText(4), s.columnText(5)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
