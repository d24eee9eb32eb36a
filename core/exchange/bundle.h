// Signed case bundles: a zip with the case file PDF, records.json, the evidence files (prosecutor profile),
// manifest.json (case metadata, profile, SHA-256 and size of every file), manifest.sig (Ed25519 over the exact bytes
// of manifest.json with the office key), office.pub.pem, SHA256SUMS (sha256sum format) and README.txt. Verifiable with
// stock openssl and sha256sum; optionally encrypted for transport in the format of `openssl enc -aes-256-cbc -pbkdf2`.
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "crypto/securebytes.h"
#include "evidence/evidencestore.h"
#include "io/casefiledata.h"
#include "io/casefilepdf.h"
#include "util/result.h"

namespace caselink {

class RepositoryContext;

namespace bundlefiles {
inline const QString kManifest = QStringLiteral("manifest.json");
inline const QString kSignature = QStringLiteral("manifest.sig");
inline const QString kPublicKey = QStringLiteral("office.pub.pem");
inline const QString kSums = QStringLiteral("SHA256SUMS");
inline const QString kReadme = QStringLiteral("README.txt");
inline const QString kRecords = QStringLiteral("records.json");
inline const QString kPdf = QStringLiteral("casefile.pdf");
inline const QString kFormat = QStringLiteral("caselink-bundle");
} // namespace bundlefiles

struct BundleLimits {
    qint64 maxEntryBytes = 8LL * 1024 * 1024 * 1024; // one evidence file
    qint64 maxMetadataBytes = 64LL * 1024 * 1024;    // manifest, records, key, signature
    int maxEntries = 20000;
};

struct BundleFile {
    QString path;
    QString sha256;
    qint64 size = 0;
};

struct VerifiedBundle {
    QJsonObject manifest;
    QByteArray records; // the verified bytes of records.json
    QByteArray publicKey;
    QString keyFingerprint;
    QString bundleId;
    QString bundleSha256; // of the zip file as received
    std::vector<BundleFile> files;
};

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

class Bundle {
    Q_DECLARE_TR_FUNCTIONS(caselink::Bundle)

public:
    // Loads the case through the scoped repositories with the profile's redaction, writes the bundle to outPath
    // (atomically; encrypted when a transport password is given) and audits the export.
    static Result<BundleExport> exportCase(RepositoryContext& context, const QString& caseId, RedactionProfile profile,
                                           const QString& outPath, const BundleExportOptions& options = {});

    // Needs no database. Checks the archive's structure and paths, the signature over manifest.json, then every file's
    // size and SHA-256, and that nothing is added or missing. The first problem found is the error, precisely worded.
    // progress is told the bytes hashed over all listed files; returning false cancels (ErrorCode::Usage).
    static Result<VerifiedBundle> verify(const QString& path, const BundleLimits& limits = {},
                                         const EvidenceProgress& progress = {});

    // `openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256` compatible transport encryption (streamed).
    static constexpr int kPbkdf2Iterations = 600000;
    static Status encryptFile(const QString& inPath, const QString& outPath, const SecureBytes& password);
    static Status decryptFile(const QString& inPath, const QString& outPath, const SecureBytes& password,
                              const EvidenceProgress& progress = {});
    static bool looksEncrypted(const QString& path); // starts with "Salted__"
    static QString decryptCommand(const QString& encryptedName, const QString& zipName);
};

} // namespace caselink
