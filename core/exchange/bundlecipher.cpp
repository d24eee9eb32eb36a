// Transport encryption in the file format of `openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256`:
// "Salted__", an 8-byte salt, then AES-256-CBC with PKCS#7 padding under a key and IV derived by PBKDF2-HMAC-SHA256.
// Anyone with the password opens it with stock openssl; the bundle's own signature still proves where it came from.
#include "exchange/bundlecipher.h"

#include <memory>

#include <QFile>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

const QByteArray kMagic = QByteArrayLiteral("Salted__");
constexpr int kSaltSize = 8;
constexpr int kKeySize = 32;
constexpr int kIvSize = 16;
constexpr qint64 kBlock = 1024 * 1024;

struct CtxFree {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};

bool derive(const SecureBytes& password, const QByteArray& salt, unsigned char* out) {
    return PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()),
                             reinterpret_cast<const unsigned char*>(salt.constData()), kSaltSize,
                             BundleCipher::kPbkdf2Iterations, EVP_sha256(), kKeySize + kIvSize, out) == 1;
}

Status pump(EVP_CIPHER_CTX* ctx, QFile& in, QFile& out, bool decrypting, const EvidenceProgress& progress) {
    QByteArray input(kBlock, Qt::Uninitialized);
    QByteArray output(kBlock + 32, Qt::Uninitialized);
    while (true) {
        if (progress && !progress(in.pos(), in.size())) {
            return fail(ErrorCode::Usage, BundleCipher::tr("Decryption was cancelled."));
        }
        const qint64 n = in.read(input.data(), kBlock);
        if (n < 0) {
            return fail(ErrorCode::Io, BundleCipher::tr("The file could not be read: %1").arg(in.errorString()));
        }
        if (n == 0) {
            break;
        }
        int written = 0;
        if (EVP_CipherUpdate(ctx, reinterpret_cast<unsigned char*>(output.data()), &written,
                             reinterpret_cast<const unsigned char*>(input.constData()), static_cast<int>(n)) != 1) {
            return fail(ErrorCode::Internal, BundleCipher::tr("The cipher failed."));
        }
        if (out.write(output.constData(), written) != written) {
            return fail(ErrorCode::Io, BundleCipher::tr("The file could not be written: %1").arg(out.errorString()));
        }
    }
    int written = 0;
    if (EVP_CipherFinal_ex(ctx, reinterpret_cast<unsigned char*>(output.data()), &written) != 1) {
        return decrypting ? fail(ErrorCode::Authentication,
                                 BundleCipher::tr("The password is wrong or the encrypted file is damaged."))
                          : fail(ErrorCode::Internal, BundleCipher::tr("The cipher failed."));
    }
    if (out.write(output.constData(), written) != written) {
        return fail(ErrorCode::Io, BundleCipher::tr("The file could not be written: %1").arg(out.errorString()));
    }
    return ok();
}

Status run(const QString& inPath, const QString& outPath, const SecureBytes& password, bool encrypt,
           const EvidenceProgress& progress = {}) {
    if (password.size() < 10) {
        return fail(ErrorCode::Input, BundleCipher::tr("A transport password needs at least 10 characters."));
    }
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, BundleCipher::tr("The file %1 could not be opened.").arg(inPath));
    }
    QByteArray salt;
    if (encrypt) {
        salt.resize(kSaltSize);
        if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltSize) != 1) {
            return fail(ErrorCode::Internal, BundleCipher::tr("No random numbers are available."));
        }
    } else {
        const QByteArray header = in.read(kMagic.size() + kSaltSize);
        if (header.size() != kMagic.size() + kSaltSize || !header.startsWith(kMagic)) {
            return fail(ErrorCode::Integrity,
                        BundleCipher::tr("The file is not an encrypted bundle (it does not start with \"Salted__\")."));
        }
        salt = header.mid(kMagic.size());
    }
    unsigned char keyIv[kKeySize + kIvSize];
    if (!derive(password, salt, keyIv)) {
        return fail(ErrorCode::Internal, BundleCipher::tr("The key could not be derived."));
    }
    std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
    const bool started =
        ctx && EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, keyIv, keyIv + kKeySize, encrypt ? 1 : 0) == 1;
    OPENSSL_cleanse(keyIv, sizeof keyIv);
    if (!started) {
        return fail(ErrorCode::Internal, BundleCipher::tr("The cipher failed."));
    }
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io, BundleCipher::tr("The file %1 could not be written.").arg(outPath));
    }
    if (encrypt) {
        out.write(kMagic);
        out.write(salt);
    }
    Status s = pump(ctx.get(), in, out, !encrypt, progress);
    out.close();
    if (!s) {
        out.remove();
    }
    return s;
}

} // namespace

Status BundleCipher::encryptFile(const QString& inPath, const QString& outPath, const SecureBytes& password) {
    return run(inPath, outPath, password, true);
}

Status BundleCipher::decryptFile(const QString& inPath, const QString& outPath, const SecureBytes& password,
                                 const EvidenceProgress& progress) {
    if (Status s = run(inPath, outPath, password, false, progress); !s) {
        return s;
    }
    // CBC has no authentication: about one wrong password in 256 still ends in valid padding. What comes out must
    // be a zip, or the password was wrong.
    QFile out(outPath);
    const bool isZip = out.open(QIODevice::ReadOnly) && out.read(4) == QByteArrayLiteral("PK\x03\x04");
    out.close();
    if (!isZip) {
        out.remove();
        return fail(ErrorCode::Authentication,
                    BundleCipher::tr("The password is wrong or the encrypted file is damaged."));
    }
    return ok();
}

bool BundleCipher::looksEncrypted(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kMagic.size()) == kMagic;
}

QString BundleCipher::decryptCommand(const QString& encryptedName, const QString& zipName) {
    return u"openssl enc -d -aes-256-cbc -pbkdf2 -iter %1 -md sha256 -in %2 -out %3"_s.arg(kPbkdf2Iterations)
        .arg(encryptedName, zipName);
}

} // namespace caselink
