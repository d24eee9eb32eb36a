// The office's Ed25519 signing key as bundles use it: read from the encrypted database (the same active key the audit
// checkpoints use), with the fingerprint printed on case files and in bundle manifests.
#pragma once

#include <QByteArray>
#include <QString>

#include "crypto/securebytes.h"
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
// A fingerprint as people read it out or paste it (spaces, colons, upper case) reduced to lower-case hex digits, so
// two spellings of the same fingerprint compare equal.
QString fingerprintDigits(const QString& fingerprint);
// The raw 32-byte key of an Ed25519 public key in PEM (SubjectPublicKeyInfo, as `openssl pkey -pubout` writes it).
// Text around the PEM block is ignored, as openssl does. Input error naming `name` when it is anything else.
Result<QByteArray> publicKeyFromPem(const QByteArray& pem, const QString& name);

} // namespace caselink
