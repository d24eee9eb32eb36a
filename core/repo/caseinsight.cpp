#include "repo/caseinsight.h"

#include <QJsonDocument>

#include "repo/aggregatesupport.h"
#include "repo/audittext.h"
#include "repo/recordtext.h"
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

QString CaseHistoryEntry::text() const {
    return audittext::line(action, subject);
}

Result<std::vector<CaseHistoryEntry>> CaseInsight::history(const QString& caseId, int limit) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    // Each branch uses the (entity_type, entity_id) index. The person an entry is about is named as every list names
    // them: a protected person by the pseudonym, a person outside the scope not at all.
    const Scope& scope = m_context.scope();
    auto stmt = prepareScoped(
        m_context,
        QStringLiteral(
            "SELECT a.seq, a.at, a.username, a.action, a.entity_type, a.fields, %1, sp.id FROM audit_log a "
            "LEFT JOIN persons sp ON sp.id = (%2) AND %3 WHERE "
            "(a.entity_type = 'case' AND a.entity_id = :case) "
            "OR (a.entity_type = 'arrest' AND a.entity_id IN (SELECT id FROM arrests WHERE case_id = :case)) "
            "OR (a.entity_type = 'payment' AND a.entity_id IN (SELECT id FROM payments WHERE case_id = :case)) "
            "OR (a.entity_type = 'document' AND a.entity_id IN (SELECT id FROM documents WHERE case_id = "
            ":case)) "
            "OR (a.entity_type = 'route_leg' AND a.entity_id IN (SELECT id FROM route_legs WHERE case_id = "
            ":case)) "
            "ORDER BY a.seq DESC LIMIT :limit")
            .arg(recordtext::personNameSql(scope, QStringLiteral("sp")),
                 audittext::subjectPersonIdSql(QStringLiteral("a")), scope.personVisible(QStringLiteral("sp"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":case", caseId);
    stmt->bindNamed(":limit", static_cast<std::int64_t>(limit));
    std::vector<CaseHistoryEntry> out;
    if (auto st = forEachRow(*stmt,
                             [&](Statement& s) {
                                 CaseHistoryEntry e{s.columnInt(0),
                                                    QDateTime::fromString(s.columnText(1), Qt::ISODateWithMs),
                                                    s.columnText(2),
                                                    s.columnText(3),
                                                    s.columnText(4),
                                                    QJsonDocument::fromJson(s.columnText(5).toUtf8()).object(),
                                                    {}};
                                 e.subject = scope.pseudonyms().nameOr(s.columnValue(6), s.columnValue(7)).toString();
                                 out.push_back(std::move(e));
                             });
        !st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
