#include "repo/caseinsight.h"

#include <QJsonDocument>

#include "repo/aggregatesupport.h"
#include "storage/database.h"

namespace caselink {

Result<std::vector<EvidenceListItem>> CaseInsight::evidence(const QString& caseId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT id, kind, title, sha256, size_bytes, malkhana_ref, collected_by, collected_at "
                       "FROM evidence_items WHERE case_id = ? AND complete = 1 ORDER BY collected_at, title, id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, caseId);
    std::vector<EvidenceListItem> out;
    if (auto st = forEachRow(*stmt,
                             [&](Statement& s) {
                                 out.push_back({s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                                                s.columnInt(4), s.columnText(5), s.columnText(6),
                                                QDateTime::fromString(s.columnText(7), Qt::ISODateWithMs)});
                             });
        !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<CaseHistoryEntry>> CaseInsight::history(const QString& caseId, int limit) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    // Each branch uses the (entity_type, entity_id) index.
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT seq, at, username, action, entity_type, fields FROM audit_log WHERE "
                       "(entity_type = 'case' AND entity_id = ?1) "
                       "OR (entity_type = 'arrest' AND entity_id IN (SELECT id FROM arrests WHERE case_id = ?1)) "
                       "OR (entity_type = 'payment' AND entity_id IN (SELECT id FROM payments WHERE case_id = ?1)) "
                       "OR (entity_type = 'document' AND entity_id IN (SELECT id FROM documents WHERE case_id = ?1)) "
                       "OR (entity_type = 'route_leg' AND entity_id IN (SELECT id FROM route_legs WHERE case_id = ?1)) "
                       "ORDER BY seq DESC LIMIT ?2"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, caseId).bindInt(2, limit);
    std::vector<CaseHistoryEntry> out;
    if (auto st =
            forEachRow(*stmt,
                       [&](Statement& s) {
                           out.push_back({s.columnInt(0), QDateTime::fromString(s.columnText(1), Qt::ISODateWithMs),
                                          s.columnText(2), s.columnText(3), s.columnText(4),
                                          QJsonDocument::fromJson(s.columnText(5).toUtf8()).object()});
                       });
        !st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
