// The office's Ed25519 signing key as bundles use it: read from the encrypted database (the same active key the audit
// checkpoints use), with the fingerprint printed on case files and in bundle manifests.
#pragma once

#include <QByteArray>
#include <QString>

#include "security/securebytes.h"
#include "util/result.h"

namespace caselink {

class Database;

struct OfficeKey {
    QString id;
    QByteArray publicKey; // 32 raw bytes
    SecureBytes privateKey;
};

// The active key of the database's own office.
Result<OfficeKey> loadOfficeKey(Database& db);
// SHA-256 of the raw public key as 16 groups of four hex digits ("3f2a 91c0 ...").
QString keyFingerprint(const QByteArray& publicKey);

} // namespace caselink
