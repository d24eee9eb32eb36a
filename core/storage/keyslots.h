// The keyslot file beside a case database (LUKS idea). Each user and the recovery key has a slot: an X25519 key pair
// whose private half is sealed under an Argon2id key from the slot's secret, and the database's data key sealed to
// the slot's public key. So an administrator can rewrap the data key for every slot after a rekey without knowing
// anyone's password. The whole file is authenticated with a MAC keyed from the data key and names the database UUID.
#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "crypto/crypto.h"
#include "crypto/securebytes.h"
#include "util/result.h"

namespace caselink {

struct KeySlot {
    enum class Kind { User, Recovery };

    QString id; // the user's UUID, or "recovery"
    Kind kind = Kind::User;
    QByteArray userTag; // SHA-256(database id, lower-case user name): finds a slot without naming the user
    crypto::Argon2Params kdf;
    QByteArray salt;
    QByteArray publicKey;
    QByteArray sealedPrivateKey;
    QByteArray ephemeralPublicKey;
    QByteArray wrappedDataKey;
};

class KeyslotFile {
public:
    static constexpr int kFormatVersion = 1;

    static QByteArray userTag(const QString& databaseId, const QString& username);

    // Parses and checks the structure; the MAC can only be checked once a data key is known (verifyMac).
    static Result<KeyslotFile> load(const QString& path);
    static Result<KeyslotFile> parse(const QByteArray& bytes);
    QByteArray serialize(const SecureBytes& dataKey) const;
    // Atomic replace (write to a temporary file, fsync, rename).
    Status save(const QString& path, const SecureBytes& dataKey) const;
    Status verifyMac(const SecureBytes& dataKey) const;

    const QString& databaseId() const { return m_databaseId; }
    // Counts the file's changes: every change (a slot added, replaced or removed, a new data key) is a new generation.
    qint64 generation() const { return m_generation; }
    // SHA-256 of the authenticated contents. The database records the digest of the keyslot file it was committed
    // with (KeyJournal), so a keyslot file from another moment of the database's life is told apart from its own.
    QByteArray digest() const;
    const std::vector<KeySlot>& keySlots() const { return m_slots; }

    static KeyslotFile create(const QString& databaseId);
    const KeySlot* findUser(const QString& username) const;
    const KeySlot* findById(const QString& id) const;
    const KeySlot* recoverySlot() const;

    // Adds or replaces the slot with this id: a fresh key pair sealed under the secret, the data key wrapped to it.
    Status putSlot(const QString& id, KeySlot::Kind kind, const QString& username, const SecureBytes& secret,
                   const crypto::Argon2Params& kdf, const SecureBytes& dataKey);
    bool removeSlot(const QString& id);
    // The data key from a slot and its secret (wrong secret -> Authentication).
    Result<SecureBytes> unlock(const KeySlot& slot, const SecureBytes& secret) const;
    // New generation: the data key (a new one, or the same) wrapped afresh to every slot's public key. Every change
    // ends with it, so that a slot wrapped for one generation does not open in another.
    Status rewrapAll(const SecureBytes& newDataKey);

    // During a re-encryption the file is staged before the database has its new key; the key the database still has
    // is kept in it, sealed under the new one, so that any account of the new file can finish the re-encryption after
    // a crash (keyjournal.h). Call after rewrapAll. Other changes drop it.
    Status keepPreviousKey(const SecureBytes& previousKey, const SecureBytes& dataKey);
    bool hasPreviousKey() const { return !m_previousKey.isEmpty(); }
    Result<SecureBytes> previousKey(const SecureBytes& dataKey) const;
    void dropPreviousKey() { m_previousKey.clear(); }

private:
    QByteArray privateKeyAad(const KeySlot& slot) const;
    QByteArray wrapAad(const KeySlot& slot) const;
    QByteArray previousKeyAad() const;
    Status wrapDataKey(KeySlot& slot, const SecureBytes& dataKey) const;
    QByteArray body() const;     // canonical JSON without the MAC
    QByteArray checksum() const; // SHA-256 of the body and the MAC: damage, not tampering, is what it finds

    QString m_databaseId;
    qint64 m_generation = 1;
    std::vector<KeySlot> m_slots;
    QByteArray m_previousKey; // sealed; see keepPreviousKey
    QByteArray m_mac;
};

} // namespace caselink
