// The storage layer on real SQLCipher files: no plaintext anywhere on disk, schema migrations, transactions.
#include <QtTest>

#include "security/accountadmin.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

namespace {

const QString kMarker = QStringLiteral("Zarghuna Marker-Qureshi 7731");

bool containsMarker(const QByteArray& bytes) {
    return bytes.contains(kMarker.toUtf8()) ||
           bytes.contains(QByteArray(reinterpret_cast<const char*>(kMarker.utf16()), kMarker.size() * 2)) ||
           bytes.contains("Zarghuna");
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT

private slots:
    void noPlaintextOnDisk() {
        TestDatabase db;
        auto session = db.unlock();
        QVERIFY(AccountAdmin(*session).addUser(NewUser{QStringLiteral("io.marker"), kMarker, Role::Investigator,
                                                       QStringLiteral("GRW-AHTC"), false, fastKdf()},
                                               secret(QStringLiteral("marker password"))));
        // Inspect while the session is open: the new rows sit in the WAL now.
        const QStringList files = QDir(db.dir()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(files.contains(QStringLiteral("test.caselink-wal")));
        for (const QString& name : files) {
            const QByteArray bytes = readFile(QDir(db.dir()).filePath(name));
            QVERIFY2(!containsMarker(bytes), qPrintable(name));
            QVERIFY2(!bytes.contains("SQLite format 3"), qPrintable(name));
            QVERIFY2(!bytes.contains("CREATE TABLE"), qPrintable(name));
        }
        // Only the database, its keyslot file and SQLite's own WAL/SHM: no temporary files.
        for (const QString& name : files) {
            QVERIFY2(name.startsWith(QStringLiteral("test.caselink")), qPrintable(name));
        }
        auto users = AccountAdmin(*session).users();
        QVERIFY(users);
        QVERIFY(std::any_of(users->begin(), users->end(), [](const User& u) { return u.displayName == kMarker; }));
        session.reset();
        const QByteArray header = readFile(db.path()).left(16);
        QVERIFY(header != QByteArray("SQLite format 3\0", 16));
    }

    void plainBaselineReallyIsPlain() {
        // The same code without a key writes a normal SQLite file: proves the check above can fail.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
        auto db = Database::open(path, SecureBytes(), Database::Mode::Create);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        auto insert = db->prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
        QVERIFY(insert);
        insert->bind(1, kMarker);
        QVERIFY(insert->run());
        QVERIFY(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        db->close();
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("SQLite format 3"));
        QVERIFY(containsMarker(bytes));
    }

    void connectionSettings() {
        TestDatabase db;
        auto session = db.unlock();
        Database& d = session->database();
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA temp_store"))->toInt(), 2);  // MEMORY
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA secure_delete"))->toInt(), 1);
        QVERIFY(d.scalar(QStringLiteral("PRAGMA cipher_version"))->toString().startsWith(QStringLiteral("4.")));
        QCOMPARE(*d.userVersion(), latestSchemaVersion());
    }

    void newerSchemaIsRefused() {
        TestDatabase db;
        {
            auto session = db.unlock();
            QVERIFY(session->database().setUserVersion(latestSchemaVersion() + 1));
        }
        auto session = Session::unlock(db.path(), kAdmin, secret(kAdminPassword));
        QVERIFY(!session);
        QVERIFY(session.error().message.contains(QStringLiteral("Update CaseLink")));
    }

    void transactionRollsBackUnlessCommitted() {
        TestDatabase db;
        auto session = db.unlock();
        const auto before = *session->audit().headSeq();
        {
            Transaction tx(session->database());
            QVERIFY(tx.begin());
            QVERIFY(session->audit().append(session->actor(), QStringLiteral("x.y"), QStringLiteral("x"),
                                            QStringLiteral("1")));
        }
        QCOMPARE(*session->audit().headSeq(), before);
        auto bad = session->database().exec(QStringLiteral("INSERT INTO users (id) VALUES ('x')"));
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());
    }

    void boundParametersAreNotSql() {
        TestDatabase db;
        auto session = db.unlock();
        auto stmt = session->database().prepare(QStringLiteral("SELECT count(*) FROM users WHERE username = ?"));
        QVERIFY(stmt);
        stmt->bind(1, QStringLiteral("x' OR '1'='1"));
        QVERIFY(*stmt->step());
        QCOMPARE(stmt->columnInt(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
