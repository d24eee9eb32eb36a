// The database-free half of officekeys.h: public keys in PEM form and their fingerprints (the bundle verifier and its
// fuzz target use it without a database).
#include <QCoreApplication>
#include <QStringList>

#include "crypto/crypto.h"
#include "security/officekeys.h"

namespace caselink {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::OfficeKey)
};
} // namespace

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
