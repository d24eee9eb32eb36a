// Thin, typed wrappers over OpenSSL EVP and libargon2: the only place in CaseLink that touches primitives.
#pragma once

#include <cstdint>

#include <QByteArray>
#include <QIODevice>

#include "crypto/securebytes.h"
#include "util/result.h"

namespace caselink::crypto {

inline constexpr int kKeySize = 32;
inline constexpr int kGcmNonceSize = 12;
inline constexpr int kGcmTagSize = 16;

SecureBytes randomSecret(int size);
QByteArray randomBytes(int size);

QByteArray sha256(const QByteArray& data);

// SHA-256 over data given in pieces (evidence files, bundle entries, import sources), through OpenSSL's hardware-
// accelerated implementation: several times the speed of QCryptographicHash on the same machine.
class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;

    void addData(const char* data, qsizetype size);
    void addData(const QByteArray& data) { addData(data.constData(), data.size()); }
    bool addData(QIODevice* device); // reads it to the end; false on a read error
    QByteArray result();             // the 32-byte digest; the stream starts again afterwards

private:
    struct Ctx;
    Ctx* m_ctx;
};
QByteArray hmacSha256(const SecureBytes& key, const QByteArray& data);
SecureBytes hkdfSha256(const SecureBytes& key, const QByteArray& info, int size);
bool constantTimeEqual(const QByteArray& a, const QByteArray& b);

// AES-256-GCM. The output of seal is nonce || ciphertext || tag.
Result<QByteArray> seal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& aad);
Result<SecureBytes> open(const SecureBytes& key, const QByteArray& sealed, const QByteArray& aad);

struct Argon2Params {
    std::uint32_t timeCost = 3;
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t parallelism = 2;
};
Result<SecureBytes> argon2id(const SecureBytes& password, const QByteArray& salt, const Argon2Params& params);

// X25519 key agreement, used to wrap a data key to a slot's public key without knowing its password.
struct X25519KeyPair {
    SecureBytes privateKey; // 32 raw bytes
    QByteArray publicKey;   // 32 raw bytes
};
Result<X25519KeyPair> x25519Generate();
Result<SecureBytes> x25519Shared(const SecureBytes& privateKey, const QByteArray& peerPublicKey);

// Ed25519 signatures for audit checkpoints and exported bundles.
struct Ed25519KeyPair {
    SecureBytes privateKey; // 32 raw bytes (seed)
    QByteArray publicKey;   // 32 raw bytes
};
Result<Ed25519KeyPair> ed25519Generate();
Result<QByteArray> ed25519Sign(const SecureBytes& privateKey, const QByteArray& message);
bool ed25519Verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);
QByteArray ed25519PublicPem(const QByteArray& publicKey);

} // namespace caselink::crypto
