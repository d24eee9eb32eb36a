// The evidence of a case: files stored in 1 MiB chunks inside the encrypted database (streamed in and out, so memory
// stays flat for files of several hundred MB) with the SHA-256 taken at intake and re-verifiable at any time, physical
// exhibits with their seizure register (malkhana) reference, and the chain of custody. Scoped like cases: evidence of
// a case the user may not see does not exist for them. Every write is audited.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "util/result.h"

class QIODevice;

namespace caselink {

class RepositoryContext;
struct AuditRecord;

enum class EvidenceKind { File, Exhibit };
QString evidenceKindKey(EvidenceKind kind); // "FILE", "EXHIBIT"
QString evidenceKindDisplayName(EvidenceKind kind);

enum class CustodyAction { Collected, HandedOver, Examined, Returned };
QString custodyActionKey(CustodyAction action); // "COLLECTED", ...
std::optional<CustodyAction> custodyActionFromKey(const QString& key);
QString custodyActionDisplayName(CustodyAction action);
const std::vector<CustodyAction>& allCustodyActions();

struct EvidenceItem {
    QString id;
    QString caseId;
    EvidenceKind kind = EvidenceKind::File;
    QString title;
    QString fileName; // files only: the name it had at intake, without any folder
    QString sha256;   // lower-case hex; files only
    qint64 sizeBytes = 0;
    QString mime;
    QString malkhanaRef; // exhibits: the seizure register entry, e.g. "M-114/2024"
    QString description;
    QString collectedBy;
    QDateTime collectedAt;
    QDateTime createdAt;
    QString createdBy; // user name
};

struct CustodyEvent {
    QString id;
    QString evidenceId;
    CustodyAction action = CustodyAction::Collected;
    QDateTime at; // UTC
    QString byWhom;
    QString toWhom;
    QString place;
    QString notes;
    QString recordedBy; // user name, filled by the store
    QDateTime recordedAt;
};

// Called with bytes done and the total (-1 when unknown); return false to cancel.
using EvidenceProgress = std::function<bool(qint64 done, qint64 total)>;

struct FileIntake {
    QString title; // empty: the file name
    QString description;
    QString collectedBy;
    QDateTime collectedAt; // invalid: now
    QString place;         // where it was collected, for the first custody event
    QString mime;          // empty: guessed from the name and content
    EvidenceProgress progress;
};

struct ExhibitDraft {
    QString title;
    QString malkhanaRef;
    QString description;
    QString collectedBy;
    QDateTime collectedAt;
    QString place;
};

class EvidenceStore {
    Q_DECLARE_TR_FUNCTIONS(caselink::EvidenceStore)

public:
    static constexpr qint64 kChunkSize = 1024 * 1024;
    // Chunks committed per transaction by a stand-alone intake: the write lock is never held for more than ~8 MiB.
    static constexpr int kChunksPerCommit = 8;

    explicit EvidenceStore(RepositoryContext& context)
        : m_context(context) {}

    // Streams the file into the database, hashing as it goes, in batches of kChunksPerCommit chunks committed one by
    // one (other windows and commands write in between); the item becomes visible, with its hash, custody and audit
    // entry, in a last transaction. A cancelled or failed intake leaves nothing behind. Inside a caller's transaction
    // everything is part of that transaction. Records a COLLECTED custody event.
    Result<EvidenceItem> addFile(const QString& caseId, const QString& path, const FileIntake& intake = {});
    // The same from any readable device (a bundle entry, a socket); fileName is kept without folders.
    Result<EvidenceItem> addFromDevice(const QString& caseId, QIODevice& device, const QString& fileName,
                                       const FileIntake& intake = {}, const QString& id = {});
    Result<EvidenceItem> addExhibit(const QString& caseId, const ExhibitDraft& draft);
    // A bundle import: the item with its id and its custody history as the sending office recorded it; a file's
    // content (required for files) must hash to item.sha256 or nothing is stored.
    Result<EvidenceItem> importItem(const EvidenceItem& item, const std::vector<CustodyEvent>& custody,
                                    QIODevice* content);

    Result<std::vector<EvidenceItem>> list(const QString& caseId);
    // NotFound when the item does not exist or its case is outside the user's scope.
    Result<EvidenceItem> get(const QString& id);

    Result<QString> addCustody(const CustodyEvent& event);
    Result<std::vector<CustodyEvent>> custody(const QString& evidenceId);

    // Re-reads every chunk and compares with the SHA-256 taken at intake. Audited. Integrity when they differ.
    Result<bool> verify(const QString& id, const EvidenceProgress& progress = {});
    // Streams the content to out, checking the hash on the way; Integrity when it no longer matches (out then holds
    // damaged bytes and the caller must discard them). Not audited here: callers audit opens and exports.
    Status writeTo(const QString& id, QIODevice& out, const EvidenceProgress& progress = {});

private:
    Result<EvidenceItem> intake(const QString& caseId, QIODevice& device, const QString& fileName,
                                const FileIntake& intake, const QString& id, const std::vector<CustodyEvent>* history);
    Status requireVisibleCase(const QString& caseId);
    Result<QString> streamChunks(const QString& id, QIODevice& device, qint64 total, const EvidenceProgress& progress,
                                 qint64& size, int& chunks, int chunksPerCommit);
    Status intakeInOneTransaction(EvidenceItem& item, QIODevice& device, qint64 total, const EvidenceProgress& progress,
                                  const std::vector<CustodyEvent>& custody);
    Status intakeInBatches(EvidenceItem& item, QIODevice& device, qint64 total, const EvidenceProgress& progress,
                           const std::vector<CustodyEvent>& custody);
    Status finishItem(EvidenceItem& item, const QString& sha, qint64 size, int chunks,
                      const std::vector<CustodyEvent>& custody);
    AuditRecord intakeRecord(const EvidenceItem& item) const;
    void discardUpload(const QString& id);
    void sweepAbandonedUploads();
    Status insertItem(const EvidenceItem& item, int chunks, bool incomplete = false);
    Status insertCustody(const CustodyEvent& event);

    RepositoryContext& m_context;
};

} // namespace caselink
