#include "storage/keyslots.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include "util/durablefile.h"

namespace caselink {
namespace {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::KeyslotFile)
};

constexpr int kSaltSize = 16;
constexpr qsizetype kMaxFileSize = 1024 * 1024;
const QLatin1String kFormat("caselink-keyslots");

QString b64(const QByteArray& bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> unb64(const QJsonValue& v, int expectedSize = -1) {
    if (!v.isString()) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expectedSize >= 0 && decoded.decoded.size() != expectedSize)) {
        return std::nullopt;
    }
    return decoded.decoded;
}

QByteArray kdfText(const crypto::Argon2Params& p) {
    return QByteArrayLiteral("argon2id:") + QByteArray::number(p.timeCost) + ':' + QByteArray::number(p.memoryKiB) +
           ':' + QByteArray::number(p.parallelism);
}

SecureBytes macKey(const SecureBytes& dataKey) {
    return crypto::hkdfSha256(dataKey, QByteArrayLiteral("caselink keyslot file mac v1"), 32);
}

std::unexpected<Error> malformed(const QString& detail) {
    return fail(ErrorCode::Integrity,
                Tr::tr("The keyslot file is damaged or not a CaseLink keyslot file (%1).").arg(detail));
}

} // namespace

QByteArray KeyslotFile::userTag(const QString& databaseId, const QString& username) {
    return crypto::sha256(databaseId.toUtf8() + '\n' + username.trimmed().toLower().toUtf8());
}

KeyslotFile KeyslotFile::create(const QString& databaseId) {
    KeyslotFile file;
    file.m_databaseId = databaseId;
    return file;
}

Result<KeyslotFile> KeyslotFile::load(const QString& path) {
    QFile f(path);
    if (!f.exists()) {
        return fail(ErrorCode::NotFound, Tr::tr("The keyslot file %1 is missing; without it the database cannot be "
                                                "unlocked. Restore it from the backup made with the database.")
                                             .arg(path));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot read the keyslot file %1: %2").arg(path, f.errorString()));
    }
    if (f.size() > kMaxFileSize) {
        return malformed(Tr::tr("too large"));
    }
    return parse(f.readAll());
}

Result<KeyslotFile> KeyslotFile::parse(const QByteArray& bytes) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return malformed(Tr::tr("not valid JSON"));
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat) {
        return malformed(Tr::tr("unknown format"));
    }
    if (root.value(QLatin1String("version")).toInt() != kFormatVersion) {
        return fail(ErrorCode::Usage, Tr::tr("The keyslot file has version %1, which this CaseLink cannot read.")
                                          .arg(root.value(QLatin1String("version")).toInt()));
    }
    KeyslotFile file;
    file.m_databaseId = root.value(QLatin1String("database")).toString();
    file.m_generation = root.value(QLatin1String("generation")).toInteger(-1);
    if (QUuid::fromString(file.m_databaseId).isNull() || file.m_generation < 1) {
        return malformed(Tr::tr("bad header"));
    }
    auto mac = unb64(root.value(QLatin1String("mac")), 32);
    if (!mac) {
        return malformed(Tr::tr("missing authentication code"));
    }
    file.m_mac = *mac;
    for (const QJsonValue& value : root.value(QLatin1String("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        slot.id = o.value(QLatin1String("id")).toString();
        const QString kind = o.value(QLatin1String("kind")).toString();
        slot.kind = kind == QLatin1String("recovery") ? KeySlot::Kind::Recovery : KeySlot::Kind::User;
        const QJsonObject kdf = o.value(QLatin1String("kdf")).toObject();
        slot.kdf.timeCost = static_cast<std::uint32_t>(kdf.value(QLatin1String("t")).toInteger());
        slot.kdf.memoryKiB = static_cast<std::uint32_t>(kdf.value(QLatin1String("m")).toInteger());
        slot.kdf.parallelism = static_cast<std::uint32_t>(kdf.value(QLatin1String("p")).toInteger());
        auto tag = unb64(o.value(QLatin1String("user")), 32);
        auto salt = unb64(kdf.value(QLatin1String("salt")), kSaltSize);
        auto pub = unb64(o.value(QLatin1String("public")), 32);
        auto priv = unb64(o.value(QLatin1String("private")));
        auto eph = unb64(o.value(QLatin1String("ephemeral")), 32);
        auto wrapped = unb64(o.value(QLatin1String("wrapped")));
        const bool kindOk = kind == QLatin1String("recovery") || kind == QLatin1String("user");
        // Bounds keep a hostile file from asking for terabytes of Argon2 memory or years of time.
        const bool kdfOk = kdf.value(QLatin1String("algorithm")).toString() == QLatin1String("argon2id") &&
                           slot.kdf.timeCost >= 1 && slot.kdf.timeCost <= 64 && slot.kdf.memoryKiB >= 8 &&
                           slot.kdf.memoryKiB <= 4u * 1024 * 1024 && slot.kdf.parallelism >= 1 &&
                           slot.kdf.parallelism <= 16;
        if (slot.id.isEmpty() || !kindOk || !kdfOk || !tag || !salt || !pub || !priv || !eph || !wrapped) {
            return malformed(Tr::tr("slot %1").arg(file.m_slots.size() + 1));
        }
        slot.userTag = *tag;
        slot.salt = *salt;
        slot.publicKey = *pub;
        slot.sealedPrivateKey = *priv;
        slot.ephemeralPublicKey = *eph;
        slot.wrappedDataKey = *wrapped;
        file.m_slots.push_back(std::move(slot));
    }
    if (file.m_slots.empty()) {
        return malformed(Tr::tr("no slots"));
    }
    if (root.contains(QLatin1String("previous"))) {
        auto previous = unb64(root.value(QLatin1String("previous")));
        if (!previous || previous->size() > 256) {
            return malformed(Tr::tr("previous key"));
        }
        file.m_previousKey = *previous;
    }
    // The checksum tells a damaged file (a flipped bit on a disk or a USB stick) from a wrong password, which would
    // otherwise look alike: a slot whose wrapped key changed simply fails to open. It is no defence against someone
    // who edits the file on purpose — the authentication code, checked once the data key is known, is that.
    if (root.contains(QLatin1String("checksum"))) {
        const auto checksum = unb64(root.value(QLatin1String("checksum")), 32);
        if (!checksum || *checksum != file.checksum()) {
            return fail(ErrorCode::Integrity, Tr::tr("The keyslot file is damaged: its checksum does not match its "
                                                     "contents. No password was tried; restore the keyslot file from "
                                                     "the backup made with the database."));
        }
    }
    return file;
}

QByteArray KeyslotFile::body() const {
    QJsonArray slotList;
    for (const KeySlot& s : m_slots) {
        QJsonObject kdf{{QLatin1String("algorithm"), QLatin1String("argon2id")},
                        {QLatin1String("t"), static_cast<qint64>(s.kdf.timeCost)},
                        {QLatin1String("m"), static_cast<qint64>(s.kdf.memoryKiB)},
                        {QLatin1String("p"), static_cast<qint64>(s.kdf.parallelism)},
                        {QLatin1String("salt"), b64(s.salt)}};
        slotList.append(QJsonObject{
            {QLatin1String("id"), s.id},
            {QLatin1String("kind"),
             s.kind == KeySlot::Kind::Recovery ? QLatin1String("recovery") : QLatin1String("user")},
            {QLatin1String("user"), b64(s.userTag)},
            {QLatin1String("kdf"), kdf},
            {QLatin1String("public"), b64(s.publicKey)},
            {QLatin1String("private"), b64(s.sealedPrivateKey)},
            {QLatin1String("ephemeral"), b64(s.ephemeralPublicKey)},
            {QLatin1String("wrapped"), b64(s.wrappedDataKey)},
        });
    }
    QJsonObject root{{QLatin1String("format"), kFormat},
                     {QLatin1String("version"), kFormatVersion},
                     {QLatin1String("database"), m_databaseId},
                     {QLatin1String("generation"), m_generation},
                     {QLatin1String("slots"), slotList}};
    if (!m_previousKey.isEmpty()) {
        root.insert(QLatin1String("previous"), b64(m_previousKey));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray KeyslotFile::serialize(const SecureBytes& dataKey) const {
    QJsonObject root = QJsonDocument::fromJson(body()).object();
    KeyslotFile sealed = *this;
    sealed.m_mac = crypto::hmacSha256(macKey(dataKey), body());
    root.insert(QLatin1String("mac"), b64(sealed.m_mac));
    root.insert(QLatin1String("checksum"), b64(sealed.checksum()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeyslotFile::digest() const {
    return crypto::sha256(body());
}

QByteArray KeyslotFile::checksum() const {
    return crypto::sha256(body() + '\n' + m_mac);
}

Status KeyslotFile::save(const QString& path, const SecureBytes& dataKey) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(serialize(dataKey)) < 0 || !f.commit()) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write the keyslot file %1: %2").arg(path, f.errorString()));
    }
    return syncFolderOf(path); // QSaveFile syncs the file; its new name is on disk once the folder is
}

Status KeyslotFile::verifyMac(const SecureBytes& dataKey) const {
    if (!crypto::constantTimeEqual(crypto::hmacSha256(macKey(dataKey), body()), m_mac)) {
        return fail(ErrorCode::Integrity, Tr::tr("The keyslot file has been altered: its authentication code does not "
                                                 "match. Restore it from a backup."));
    }
    return ok();
}

const KeySlot* KeyslotFile::findUser(const QString& username) const {
    const QByteArray tag = userTag(m_databaseId, username);
    for (const KeySlot& s : m_slots) {
        if (s.kind == KeySlot::Kind::User && s.userTag == tag) {
            return &s;
        }
    }
    return nullptr;
}

const KeySlot* KeyslotFile::findById(const QString& id) const {
    for (const KeySlot& s : m_slots) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

const KeySlot* KeyslotFile::recoverySlot() const {
    for (const KeySlot& s : m_slots) {
        if (s.kind == KeySlot::Kind::Recovery) {
            return &s;
        }
    }
    return nullptr;
}

QByteArray KeyslotFile::privateKeyAad(const KeySlot& slot) const {
    return QByteArrayLiteral("caselink slot private v1\n") + m_databaseId.toUtf8() + '\n' + slot.id.toUtf8() + '\n' +
           kdfText(slot.kdf) + '\n' + slot.salt + slot.publicKey;
}

QByteArray KeyslotFile::wrapAad(const KeySlot& slot) const {
    return QByteArrayLiteral("caselink slot wrap v1\n") + m_databaseId.toUtf8() + '\n' + slot.id.toUtf8() + '\n' +
           QByteArray::number(m_generation) + '\n' + slot.publicKey + slot.ephemeralPublicKey;
}

Status KeyslotFile::wrapDataKey(KeySlot& slot, const SecureBytes& dataKey) const {
    auto ephemeral = crypto::x25519Generate();
    if (!ephemeral) {
        return std::unexpected(ephemeral.error());
    }
    slot.ephemeralPublicKey = ephemeral->publicKey;
    auto shared = crypto::x25519Shared(ephemeral->privateKey, slot.publicKey);
    if (!shared) {
        return std::unexpected(shared.error());
    }
    const QByteArray aad = wrapAad(slot);
    auto wrapped = crypto::seal(crypto::hkdfSha256(*shared, aad, 32), dataKey, aad);
    if (!wrapped) {
        return std::unexpected(wrapped.error());
    }
    slot.wrappedDataKey = *wrapped;
    return ok();
}

Status KeyslotFile::putSlot(const QString& id, KeySlot::Kind kind, const QString& username, const SecureBytes& secret,
                            const crypto::Argon2Params& kdf, const SecureBytes& dataKey) {
    KeySlot slot;
    slot.id = id;
    slot.kind = kind;
    slot.userTag = kind == KeySlot::Kind::User ? userTag(m_databaseId, username) : crypto::randomBytes(32);
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(kSaltSize);
    auto pair = crypto::x25519Generate();
    if (!pair) {
        return std::unexpected(pair.error());
    }
    slot.publicKey = pair->publicKey;
    auto kek = crypto::argon2id(secret, slot.salt, kdf);
    if (!kek) {
        return std::unexpected(kek.error());
    }
    auto sealed = crypto::seal(*kek, pair->privateKey, privateKeyAad(slot));
    if (!sealed) {
        return std::unexpected(sealed.error());
    }
    slot.sealedPrivateKey = *sealed;
    if (auto st = wrapDataKey(slot, dataKey); !st) {
        return st;
    }
    removeSlot(id);
    m_slots.push_back(std::move(slot));
    return ok();
}

bool KeyslotFile::removeSlot(const QString& id) {
    const auto before = m_slots.size();
    std::erase_if(m_slots, [&](const KeySlot& s) { return s.id == id; });
    return m_slots.size() != before;
}

Result<SecureBytes> KeyslotFile::unlock(const KeySlot& slot, const SecureBytes& secret) const {
    auto kek = crypto::argon2id(secret, slot.salt, slot.kdf);
    if (!kek) {
        return std::unexpected(kek.error());
    }
    auto privateKey = crypto::open(*kek, slot.sealedPrivateKey, privateKeyAad(slot));
    if (!privateKey) {
        return fail(ErrorCode::Authentication, Tr::tr("Wrong user name or password."));
    }
    auto shared = crypto::x25519Shared(*privateKey, slot.ephemeralPublicKey);
    if (!shared) {
        return std::unexpected(shared.error());
    }
    const QByteArray aad = wrapAad(slot);
    auto dataKey = crypto::open(crypto::hkdfSha256(*shared, aad, 32), slot.wrappedDataKey, aad);
    if (!dataKey) {
        // The password was right (the private key opened), so the slot itself has been altered.
        return fail(ErrorCode::Integrity, Tr::tr("The keyslot file has been altered: this user's slot no longer holds "
                                                 "a valid key. Restore the keyslot file from a backup."));
    }
    return dataKey;
}

QByteArray KeyslotFile::previousKeyAad() const {
    return QByteArrayLiteral("caselink previous data key v1\n") + m_databaseId.toUtf8() + '\n' +
           QByteArray::number(m_generation);
}

Status KeyslotFile::keepPreviousKey(const SecureBytes& previousKey, const SecureBytes& dataKey) {
    const QByteArray aad = previousKeyAad();
    auto sealed = crypto::seal(crypto::hkdfSha256(dataKey, aad, 32), previousKey, aad);
    if (!sealed) {
        return std::unexpected(sealed.error());
    }
    m_previousKey = *sealed;
    return ok();
}

Result<SecureBytes> KeyslotFile::previousKey(const SecureBytes& dataKey) const {
    const QByteArray aad = previousKeyAad();
    auto previous = crypto::open(crypto::hkdfSha256(dataKey, aad, 32), m_previousKey, aad);
    if (!previous) {
        return fail(ErrorCode::Integrity, Tr::tr("The keyslot file has been altered: its previous key does not open."));
    }
    return previous;
}

Status KeyslotFile::rewrapAll(const SecureBytes& newDataKey) {
    ++m_generation;
    for (KeySlot& slot : m_slots) {
        if (auto st = wrapDataKey(slot, newDataKey); !st) {
            return st;
        }
    }
    return ok();
}

} // namespace caselink
