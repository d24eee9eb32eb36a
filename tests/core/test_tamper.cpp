// Hostile and damaged files: each gives a clear, typed error, never a crash, and leaves every file byte-identical.
#include <QRandomGenerator>
#include <QtTest>

#include "security/databasemaintenance.h"
#include "storage/keyslots.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fingerprint {
    QByteArray database;
    QByteArray keys;
    QByteArray wal;
    bool operator==(const Fingerprint&) const = default;
};

// A read-only open of a WAL database may create an empty -wal file (SQLite needs it for its locks); an empty WAL
// holds no data, so it counts the same as none.
Fingerprint fingerprint(const QString& path) {
    const QString wal = path + QStringLiteral("-wal");
    const bool emptyWal = !QFile::exists(wal) || QFileInfo(wal).size() == 0;
    return {fileSha256(path), fileSha256(path + QStringLiteral("-keys")), emptyWal ? QByteArray() : fileSha256(wal)};
}

} // namespace

class TestTamper : public QObject {
    Q_OBJECT

private slots:
    void wrongPasswordLeavesFilesUntouched() {
        TestDatabase db;
        const Fingerprint before = fingerprint(db.path());
        auto result = Session::unlock(db.path(), kAdmin, secret(QStringLiteral("wrong password")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Authentication);
        QVERIFY(fingerprint(db.path()) == before);
    }

    void tamperedSlotFile_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("expected");
        // Changing a slot's sealed private key makes the password fail; changing its wrapped data key or anything
        // outside a slot is caught by the authenticated parts of the file.
        QTest::newRow("wrapped data key") << "wrapped" << int(ErrorCode::Integrity);
        QTest::newRow("generation") << "generation" << int(ErrorCode::Integrity);
        QTest::newRow("recovery slot salt") << "recovery-salt" << int(ErrorCode::Integrity);
        QTest::newRow("not json") << "garbage" << int(ErrorCode::Integrity);
        QTest::newRow("truncated") << "truncate" << int(ErrorCode::Integrity);
    }
    void tamperedSlotFile() {
        QFETCH(QString, field);
        QFETCH(int, expected);
        TestDatabase db;
        const QString keysPath = db.path() + QStringLiteral("-keys");
        QByteArray bytes = readFile(keysPath);
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QJsonArray slotList = root.value(QLatin1String("slots")).toArray();
        auto flip = [](const QString& b64) {
            QByteArray raw = QByteArray::fromBase64(b64.toLatin1());
            raw[raw.size() / 2] = static_cast<char>(raw[raw.size() / 2] ^ 0x01);
            return QString::fromLatin1(raw.toBase64());
        };
        if (field == QLatin1String("wrapped") || field == QLatin1String("recovery-salt")) {
            for (int i = 0; i < slotList.size(); ++i) {
                QJsonObject slot = slotList[i].toObject();
                const bool recovery = slot.value(QLatin1String("kind")).toString() == QLatin1String("recovery");
                if (field == QLatin1String("wrapped") && !recovery) {
                    slot.insert(QLatin1String("wrapped"), flip(slot.value(QLatin1String("wrapped")).toString()));
                } else if (field == QLatin1String("recovery-salt") && recovery) {
                    QJsonObject kdf = slot.value(QLatin1String("kdf")).toObject();
                    kdf.insert(QLatin1String("salt"), flip(kdf.value(QLatin1String("salt")).toString()));
                    slot.insert(QLatin1String("kdf"), kdf);
                }
                slotList[i] = slot;
            }
            root.insert(QLatin1String("slots"), slotList);
            bytes = QJsonDocument(root).toJson();
        } else if (field == QLatin1String("generation")) {
            root.insert(QLatin1String("generation"), 7);
            bytes = QJsonDocument(root).toJson();
        } else if (field == QLatin1String("garbage")) {
            bytes = "{ this is not a keyslot file";
        } else {
            bytes.truncate(bytes.size() / 2);
        }
        QVERIFY(writeFile(keysPath, bytes));
        const Fingerprint before = fingerprint(db.path());
        auto result = Session::unlock(db.path(), kAdmin, secret(kAdminPassword));
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), expected);
        QVERIFY2(result.error().message.contains(QStringLiteral("keyslot file")), qPrintable(result.error().message));
        QVERIFY(fingerprint(db.path()) == before);
    }

    void slotFileFromAnotherDatabase() {
        TestDatabase first;
        TestDatabase second;
        // Same user name and password in both: only the binding to the database can tell them apart.
        QVERIFY(QFile::remove(first.path() + QStringLiteral("-keys")));
        QVERIFY(QFile::copy(second.path() + QStringLiteral("-keys"), first.path() + QStringLiteral("-keys")));
        const Fingerprint before = fingerprint(first.path());
        auto result = Session::unlock(first.path(), kAdmin, secret(kAdminPassword));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Integrity);
        QVERIFY2(result.error().message.contains(second.databaseId()), qPrintable(result.error().message));
        QVERIFY(fingerprint(first.path()) == before);
    }

    void missingSlotFile() {
        TestDatabase db;
        QVERIFY(QFile::remove(db.path() + QStringLiteral("-keys")));
        auto result = Session::unlock(db.path(), kAdmin, secret(kAdminPassword));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QVERIFY(result.error().message.contains(QStringLiteral("keyslot file")));
    }

    void truncatedDatabase() {
        TestDatabase db;
        QByteArray bytes = readFile(db.path());
        QVERIFY(bytes.size() > 8192);
        QVERIFY(writeFile(db.path(), bytes.left(bytes.size() / 3)));
        const Fingerprint before = fingerprint(db.path());
        UnlockOptions readOnly;
        readOnly.readOnly = true;
        auto session = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), readOnly);
        // Page 1 survived, so it may open; the integrity check must then say what is wrong.
        if (session) {
            auto report = DatabaseMaintenance(**session).checkIntegrity();
            QVERIFY(!report || !report->ok());
            if (report) {
                QVERIFY(!report->problems.isEmpty());
            }
            session->reset();
        } else {
            QVERIFY(!session.error().message.isEmpty());
        }
        QVERIFY(fingerprint(db.path()) == before);
    }

    void randomByteCorruption() {
        // Many trials, each flipping one byte somewhere in the encrypted file.
        auto* random = QRandomGenerator::global();
        for (int trial = 0; trial < 12; ++trial) {
            TestDatabase db;
            QByteArray bytes = readFile(db.path());
            const int at = random->bounded(16, static_cast<int>(bytes.size())); // past the salt
            bytes[at] = static_cast<char>(bytes[at] ^ (1 << random->bounded(8)));
            QVERIFY(writeFile(db.path(), bytes));
            const Fingerprint before = fingerprint(db.path());
            UnlockOptions readOnly;
            readOnly.readOnly = true;
            auto session = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), readOnly);
            if (session) {
                auto report = DatabaseMaintenance(**session).checkIntegrity();
                QVERIFY2(!report || !report->ok(), qPrintable(QStringLiteral("byte %1 flipped unnoticed").arg(at)));
                session->reset();
            } else {
                QVERIFY(session.error().code == ErrorCode::Integrity ||
                        session.error().code == ErrorCode::Authentication);
                QVERIFY(!session.error().message.isEmpty());
            }
            QVERIFY2(fingerprint(db.path()) == before,
                     qPrintable(QStringLiteral("trial %1 changed a file").arg(trial)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "test_tamper.moc"
