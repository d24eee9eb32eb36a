// Decrypted copies of evidence for the system viewer: written into a private folder (mode 0700) under the temporary
// location, removed when the owner is destroyed, when the session closes (the owner lives no longer than the
// session's context) and, for folders a crashed process left behind, at the next start (removeStale).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "evidence/evidencestore.h"
#include "util/result.h"

namespace caselink {

class EvidenceTempFiles {
    Q_DECLARE_TR_FUNCTIONS(caselink::EvidenceTempFiles)

public:
    EvidenceTempFiles() = default;
    ~EvidenceTempFiles();
    EvidenceTempFiles(const EvidenceTempFiles&) = delete;
    EvidenceTempFiles& operator=(const EvidenceTempFiles&) = delete;

    // Writes a verified copy (mode 0600) and returns its path. The open is audited. A copy whose hash no longer
    // matches is deleted and reported as Integrity.
    Result<QString> open(RepositoryContext& context, const QString& evidenceId);
    // The private folder, created on first use; empty until then.
    QString folder() const { return m_folder; }
    // Removes every copy and the folder.
    void removeAll();

    // Folders left by processes of this user that are no longer running. Returns how many were removed.
    static int removeStale();
    static QString prefix(); // "caselink-evidence-"

private:
    Status ensureFolder();

    QString m_folder;
};

} // namespace caselink
