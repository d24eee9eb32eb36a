// BundleCipher: transport encryption of a bundle file, compatible with
// `openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256`, so the receiving office needs only stock openssl.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "crypto/securebytes.h"
#include "evidence/evidencestore.h"
#include "util/result.h"

namespace caselink {

class BundleCipher {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleCipher)

public:
    static constexpr int kPbkdf2Iterations = 600000;
    // Streamed; the password needs at least 10 characters.
    static Status encryptFile(const QString& inPath, const QString& outPath, const SecureBytes& password);
    static Status decryptFile(const QString& inPath, const QString& outPath, const SecureBytes& password,
                              const EvidenceProgress& progress = {});
    static bool looksEncrypted(const QString& path); // starts with "Salted__"
    // The openssl command that decrypts encryptedName into zipName, for README.txt and messages.
    static QString decryptCommand(const QString& encryptedName, const QString& zipName);
};

} // namespace caselink
