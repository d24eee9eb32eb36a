// Read-only views of one case for its workspace, through the case's scope: the evidence register (the evidence
// store owns the files) and the case history from the audit log (the case and every record attached to it).
#pragma once

#include <vector>

#include <QDateTime>
#include <QJsonObject>

#include "repo/repositorycontext.h"

namespace caselink {

struct EvidenceListItem {
    QString id;
    QString kind; // "FILE" or "EXHIBIT"
    QString title;
    QString sha256;
    qint64 sizeBytes = 0;
    QString malkhanaRef;
    QString collectedBy;
    QDateTime collectedAt;
};

struct CaseHistoryEntry {
    std::int64_t seq = 0;
    QDateTime at;
    QString username;
    QString action; // "case.update", "arrest.create", ...
    QString entityType;
    QJsonObject fields;
    QString subject; // the person the entry is about, as lists name them; empty when none or not in scope

    // "Arrest recorded: Zubair Yousafzai" (audittext::line).
    QString text() const;
};

class CaseInsight {
public:
    explicit CaseInsight(RepositoryContext& context)
        : m_context(context) {}

    // NotFound when the case is out of scope.
    Result<std::vector<EvidenceListItem>> evidence(const QString& caseId);
    // Newest first: entries about the case itself and about its arrests, payments, documents and route legs.
    Result<std::vector<CaseHistoryEntry>> history(const QString& caseId, int limit = 500);

private:
    RepositoryContext& m_context;
};

} // namespace caselink
