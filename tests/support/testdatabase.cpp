#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

namespace caselink::test {

crypto::Argon2Params fastKdf() {
    return crypto::Argon2Params{1, 8 * 1024, 1};
}

QString passwordOf(const QString& user) {
    return user == kAdmin ? kAdminPassword : QStringLiteral("password of ") + user;
}

SecureBytes secret(const QString& text) {
    return SecureBytes::fromUtf8(text);
}

TestDatabase::TestDatabase(const QString& officeCode) {
    m_path = m_dir.filePath(QStringLiteral("test.caselink"));
    CreateOptions options;
    options.path = m_path;
    options.adminUsername = kAdmin;
    options.adminDisplayName = QStringLiteral("Test Administrator");
    options.officeCode = officeCode;
    options.kdf = fastKdf();
    options.synthetic = true;
    auto created = Session::create(options, secret(kAdminPassword));
    if (!created) {
        qWarning("TestDatabase: %s", qPrintable(created.error().message));
        return;
    }
    m_recoveryKey = created->recoveryKey;
    m_databaseId = created->databaseId;
    m_valid = true;
}

std::unique_ptr<Session> TestDatabase::unlock(const QString& user, const QString& password) const {
    auto session = Session::unlock(m_path, user, secret(password));
    if (!session) {
        qWarning("TestDatabase::unlock: %s", qPrintable(session.error().message));
        return nullptr;
    }
    return std::move(*session);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray fileSha256(const QString& path) {
    if (!QFile::exists(path)) {
        return QByteArrayLiteral("<absent>");
    }
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

qint64 rowsDiffer(Database& db, const QString& oneQuery, const QString& otherQuery) {
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT * FROM (%1 EXCEPT %2) UNION ALL SELECT * FROM (%2 "
                                      "EXCEPT %1))")
                           .arg(oneQuery, otherQuery));
    return n ? n->toLongLong() : -1;
}

} // namespace caselink::test
