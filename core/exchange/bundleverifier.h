// BundleVerifier: checks a received bundle (bundle.h) without a database: structure, signature, then every file.
#pragma once

#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "evidence/evidencestore.h"
#include "exchange/bundle.h"
#include "util/result.h"

namespace caselink {

struct BundleLimits {
    qint64 maxEntryBytes = 8LL * 1024 * 1024 * 1024; // one evidence file
    qint64 maxMetadataBytes = 64LL * 1024 * 1024;    // manifest, records, key, signature
    int maxEntries = 20000;
};

struct VerifiedBundle {
    QJsonObject manifest;
    QByteArray records; // the verified bytes of records.json
    QByteArray publicKey;
    QString keyFingerprint;
    QString bundleId;
    QString bundleSha256; // of the zip file as received
    std::vector<BundleFile> files;
    int formatVersion = 0;
    // Whether SHA256SUMS is signed (SHA256SUMS.sig, format 2 on), so that the stock-tool check in README.txt is
    // sufficient on its own. A format 1 bundle is verified all the same, against its signed manifest.
    bool checksumsSigned = false;
};

class BundleVerifier {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleVerifier)

public:
    // Checks the archive's structure and paths, the signature over manifest.json, then every file's size and
    // SHA-256, that nothing is added or missing, and that SHA256SUMS agrees with the manifest; from format 2 on also
    // the signature over SHA256SUMS and that it names exactly the signed files. The first problem found is the error,
    // precisely worded.
    // progress is told the bytes hashed over all listed files; returning false cancels (ErrorCode::Usage).
    static Result<VerifiedBundle> verify(const QString& path, const BundleLimits& limits = {},
                                         const EvidenceProgress& progress = {});
};

} // namespace caselink
