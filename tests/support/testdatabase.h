// Test helpers: a case database in a temporary folder with cheap Argon2 parameters (tests measure behaviour, the
// benchmarks measure cost), and file-level tools for tamper and corruption tests.
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "security/session.h"
#include "storage/database.h"

namespace caselink::test {

// Argon2id at its cheapest sensible setting: the tests create many slots.
crypto::Argon2Params fastKdf();

inline const QString kAdmin = QStringLiteral("admin.test");
inline const QString kAdminPassword = QStringLiteral("correct horse battery");
// The password of every test account: kAdminPassword for kAdmin, "password of <name>" for the others.
QString passwordOf(const QString& user);

class TestDatabase {
public:
    explicit TestDatabase(const QString& officeCode = QStringLiteral("GRW-AHTC"));

    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString recoveryKey() const { return m_recoveryKey; }
    QString databaseId() const { return m_databaseId; }

    std::unique_ptr<Session> unlock(const QString& user = kAdmin, const QString& password = kAdminPassword) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_recoveryKey;
    QString m_databaseId;
    bool m_valid = false;
};

SecureBytes secret(const QString& text);
QByteArray fileSha256(const QString& path);
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);
// Rows in one query's result and not the other's, both ways (-1 when a query fails): what a table kept by triggers
// and the view that defines it are compared with.
qint64 rowsDiffer(Database& db, const QString& oneQuery, const QString& otherQuery);

} // namespace caselink::test
