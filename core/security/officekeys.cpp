#include "security/officekeys.h"

#include <QCoreApplication>

#include "crypto/crypto.h"
#include "storage/database.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::OfficeKey)
};
} // namespace

Result<OfficeKey> loadOfficeKey(Database& db) {
    // The same selection as the audit checkpoint signer (security/session.cpp).
    auto stmt = db.prepare(u"SELECT id, public_key, private_key FROM office_keys WHERE retired_at IS NULL "
                           "AND office_id = (SELECT value FROM meta WHERE key = 'office_id') "
                           "ORDER BY created_at DESC LIMIT 1"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::Integrity, Tr::tr("The database has no office signing key."));
    }
    OfficeKey key;
    key.id = stmt->columnText(0);
    key.publicKey = stmt->columnBlob(1);
    key.privateKey = stmt->columnSecret(2);
    return key;
}

Result<QByteArray> publicKeyFromPem(const QByteArray& pem, const QString& name) {
    // SubjectPublicKeyInfo of an Ed25519 key: a fixed 12-byte prefix and the 32-byte key.
    static const QByteArray prefix = QByteArray::fromHex("302a300506032b6570032100");
    static const QByteArray begin = QByteArrayLiteral("-----BEGIN PUBLIC KEY-----");
    static const QByteArray end = QByteArrayLiteral("-----END PUBLIC KEY-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : pem.indexOf(end, from);
    QByteArray body = to < 0 ? QByteArray() : pem.mid(from + begin.size(), to - from - begin.size());
    const QByteArray der =
        QByteArray::fromBase64(body.simplified().replace(' ', ""), QByteArray::AbortOnBase64DecodingErrors);
    if (der.size() != 44 || !der.startsWith(prefix)) {
        return fail(ErrorCode::Input, Tr::tr("%1 is not an Ed25519 public key in PEM form.").arg(name));
    }
    return der.mid(12);
}

QString fingerprintDigits(const QString& fingerprint) {
    QString out;
    for (const QChar c : fingerprint) {
        if (c.isSpace() || c == u':' || c == u'-') {
            continue;
        }
        out += c.toLower();
    }
    return out;
}

QString keyFingerprint(const QByteArray& publicKey) {
    const QString hex = QString::fromLatin1(crypto::sha256(publicKey).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(u' ');
}

} // namespace caselink
