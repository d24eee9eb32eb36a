// BundleWriter: exports one case as a signed bundle (bundle.h) for another office, optionally encrypted for transport.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "crypto/securebytes.h"
#include "evidence/evidencestore.h"
#include "io/casefiledata.h"
#include "io/casefilepdf.h"
#include "util/result.h"

namespace caselink {

class RepositoryContext;

struct BundleExportOptions {
    CaseFilePdfOptions pdf;
    SecureBytes transportPassword; // empty: a plain zip
    EvidenceProgress progress;     // over the evidence bytes
};

struct BundleExport {
    QString path;
    QString bundleId;
    int files = 0;
    qint64 bytes = 0;
    bool encrypted = false;
};

class BundleWriter {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleWriter)

public:
    // Loads the case through the scoped repositories with the profile's redaction, writes the bundle to outPath
    // (atomically; encrypted when a transport password is given) and audits the export.
    static Result<BundleExport> exportCase(RepositoryContext& context, const QString& caseId, RedactionProfile profile,
                                           const QString& outPath, const BundleExportOptions& options = {});
};

} // namespace caselink
