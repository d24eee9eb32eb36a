#include "crypto/crypto.h"

#include <memory>

#include <argon2.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <QCoreApplication>

namespace caselink::crypto {
namespace {

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
struct PkeyDeleter {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX* c) const { EVP_PKEY_CTX_free(c); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct BioDeleter {
    void operator()(BIO* b) const { BIO_free(b); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::crypto)
};

std::unexpected<Error> cryptoFailure() {
    return fail(ErrorCode::Internal, Tr::tr("A cryptographic operation failed."));
}

Result<Ed25519KeyPair> rawPair(EVP_PKEY* key, int size, auto makePair) {
    SecureBytes priv(static_cast<std::size_t>(size));
    QByteArray pub(size, Qt::Uninitialized);
    size_t privLen = priv.size();
    size_t pubLen = static_cast<size_t>(pub.size());
    if (EVP_PKEY_get_raw_private_key(key, priv.data(), &privLen) != 1 ||
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(pub.data()), &pubLen) != 1) {
        return cryptoFailure();
    }
    return makePair(std::move(priv), std::move(pub));
}

Pkey generate(int type) {
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(type, nullptr));
    EVP_PKEY* key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &key) != 1) {
        return nullptr;
    }
    return Pkey(key);
}

} // namespace

SecureBytes randomSecret(int size) {
    SecureBytes out(static_cast<std::size_t>(size));
    if (RAND_bytes(out.data(), size) != 1) {
        qFatal("OpenSSL RAND_bytes failed: refusing to continue without randomness");
    }
    return out;
}

QByteArray randomBytes(int size) {
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), size) != 1) {
        qFatal("OpenSSL RAND_bytes failed: refusing to continue without randomness");
    }
    return out;
}

QByteArray sha256(const QByteArray& data) {
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len,
               EVP_sha256(), nullptr);
    return out;
}

struct Sha256Stream::Ctx {
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> md{EVP_MD_CTX_new()};
};

Sha256Stream::Sha256Stream()
    : m_ctx(new Ctx) {
    EVP_DigestInit_ex(m_ctx->md.get(), EVP_sha256(), nullptr);
}

Sha256Stream::~Sha256Stream() {
    delete m_ctx;
}

void Sha256Stream::addData(const char* data, qsizetype size) {
    EVP_DigestUpdate(m_ctx->md.get(), data, static_cast<size_t>(size));
}

bool Sha256Stream::addData(QIODevice* device) {
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while (true) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0) {
            return false;
        }
        if (n == 0) {
            return device->atEnd();
        }
        addData(buffer.constData(), n);
    }
}

QByteArray Sha256Stream::result() {
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    EVP_DigestFinal_ex(m_ctx->md.get(), reinterpret_cast<unsigned char*>(out.data()), &len);
    EVP_DigestInit_ex(m_ctx->md.get(), EVP_sha256(), nullptr);
    return out;
}

QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data) {
    QByteArray out(32, Qt::Uninitialized);
    size_t len = 32;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key.data(), key.size(), bytes(data),
                   static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), 32, &len)) {
        return {};
    }
    return out;
}

SecureBytes hkdfSha256(const SecureBytes& key, const QByteArray& info, int size) {
    SecureBytes out(static_cast<std::size_t>(size));
    PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), key.data(), static_cast<int>(key.size())) != 1 ||
        EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), bytes(info), static_cast<int>(info.size())) != 1) {
        return {};
    }
    size_t len = out.size();
    if (EVP_PKEY_derive(ctx.get(), out.data(), &len) != 1) {
        return {};
    }
    return out;
}

bool constantTimeEqual(const QByteArray& a, const QByteArray& b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

Result<QByteArray> seal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& aad) {
    if (key.size() != kKeySize) {
        return fail(ErrorCode::Internal, Tr::tr("Encryption key has the wrong size."));
    }
    const QByteArray nonce = randomBytes(kGcmNonceSize);
    QByteArray out = nonce;
    out.resize(kGcmNonceSize + static_cast<int>(plaintext.size()) + kGcmTagSize);
    auto* cipherText = reinterpret_cast<unsigned char*>(out.data()) + kGcmNonceSize;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) != 1 ||
        (!aad.isEmpty() &&
         EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), cipherText, &len, plaintext.data(), static_cast<int>(plaintext.size())) != 1) {
        return cryptoFailure();
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), cipherText + total, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagSize, cipherText + plaintext.size()) != 1) {
        return cryptoFailure();
    }
    return out;
}

Result<SecureBytes> open(const SecureBytes& key, const QByteArray& sealed, const QByteArray& aad) {
    if (key.size() != kKeySize || sealed.size() < kGcmNonceSize + kGcmTagSize) {
        return fail(ErrorCode::Integrity, Tr::tr("Encrypted data is truncated or malformed."));
    }
    const auto textSize = static_cast<std::size_t>(sealed.size() - kGcmNonceSize - kGcmTagSize);
    SecureBytes out(textSize);
    const unsigned char* nonce = bytes(sealed);
    const unsigned char* cipherText = nonce + kGcmNonceSize;
    QByteArray tag = sealed.right(kGcmTagSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) != 1 ||
        (!aad.isEmpty() &&
         EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1) ||
        EVP_DecryptUpdate(ctx.get(), out.data(), &len, cipherText, static_cast<int>(textSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagSize, tag.data()) != 1) {
        return cryptoFailure();
    }
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &len) != 1) {
        // Wrong key or altered data: GCM cannot tell which, and neither should we.
        return fail(ErrorCode::Authentication, Tr::tr("Decryption failed: wrong key or altered data."));
    }
    return out;
}

Result<SecureBytes> argon2id(const SecureBytes& password, const QByteArray& salt, const Argon2Params& params) {
    SecureBytes out(kKeySize);
    const int rc =
        argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism, password.data(), password.size(),
                          salt.constData(), static_cast<size_t>(salt.size()), out.data(), out.size());
    if (rc != ARGON2_OK) {
        return fail(ErrorCode::Internal,
                    Tr::tr("Password key derivation failed: %1").arg(QString::fromUtf8(argon2_error_message(rc))));
    }
    return out;
}

Result<X25519KeyPair> x25519Generate() {
    Pkey key = generate(EVP_PKEY_X25519);
    if (!key) {
        return cryptoFailure();
    }
    auto pair = rawPair(key.get(), 32, [](SecureBytes priv, QByteArray pub) {
        return Ed25519KeyPair{std::move(priv), std::move(pub)};
    });
    if (!pair) {
        return std::unexpected(pair.error());
    }
    return X25519KeyPair{std::move(pair->privateKey), std::move(pair->publicKey)};
}

Result<SecureBytes> x25519Shared(const SecureBytes& privateKey, const QByteArray& peerPublicKey) {
    Pkey priv(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), privateKey.size()));
    Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublicKey),
                                          static_cast<size_t>(peerPublicKey.size())));
    if (!priv || !peer) {
        return fail(ErrorCode::Integrity, Tr::tr("A stored public key is malformed."));
    }
    PkeyCtx ctx(EVP_PKEY_CTX_new(priv.get(), nullptr));
    SecureBytes shared(32);
    size_t len = shared.size();
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), shared.data(), &len) != 1) {
        return cryptoFailure();
    }
    return shared;
}

Result<Ed25519KeyPair> ed25519Generate() {
    Pkey key = generate(EVP_PKEY_ED25519);
    if (!key) {
        return cryptoFailure();
    }
    return rawPair(key.get(), 32, [](SecureBytes priv, QByteArray pub) {
        return Ed25519KeyPair{std::move(priv), std::move(pub)};
    });
}

Result<QByteArray> ed25519Sign(const SecureBytes& privateKey, const QByteArray& message) {
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, privateKey.data(), privateKey.size()));
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray sig(64, Qt::Uninitialized);
    size_t len = 64;
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, bytes(message),
                       static_cast<size_t>(message.size())) != 1) {
        return cryptoFailure();
    }
    return sig;
}

bool ed25519Verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature) {
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey),
                                         static_cast<size_t>(publicKey.size())));
    MdCtx ctx(EVP_MD_CTX_new());
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), bytes(signature), static_cast<size_t>(signature.size()), bytes(message),
                            static_cast<size_t>(message.size())) == 1;
}

QByteArray ed25519PublicPem(const QByteArray& publicKey) {
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey),
                                         static_cast<size_t>(publicKey.size())));
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1) {
        return {};
    }
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<int>(len));
}

} // namespace caselink::crypto
