// Creating, unlocking, users, revocation with rekey, recovery, backup and restore of a real SQLCipher database.
#include <thread>

#include <QTemporaryDir>
#include <QtTest>

#include "domain/localtime.h"
#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "security/rollbackanchor.h"
#include "security/unlockthrottle.h"
#include "storage/keyslots.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void createAndUnlock() {
        TestDatabase db;
        QVERIFY(db.isValid());
        QVERIFY(QFile::exists(db.path()));
        QVERIFY(QFile::exists(db.path() + QStringLiteral("-keys")));
        auto session = db.unlock();
        QVERIFY(session);
        QCOMPARE(session->user().username, kAdmin);
        QCOMPARE(session->user().role, Role::Administrator);
        QCOMPARE(session->user().officeCode, QStringLiteral("GRW-AHTC"));
        QVERIFY(session->isSynthetic());
        QCOMPARE(session->databaseId(), db.databaseId());
        auto units = session->orgUnits();
        QVERIFY(units);
        QVERIFY(units->size() > 30); // the seeded organisation tree: HQ, 3 regions, 12 zones, circles
        auto report = DatabaseMaintenance(*session).checkIntegrity();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(QLatin1String("; "))));
    }

    void wrongPasswordAndUnknownUser() {
        TestDatabase db;
        auto wrong = Session::unlock(db.path(), kAdmin, secret(QStringLiteral("not the password")));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Authentication);
        QCOMPARE(wrong.error().message, QStringLiteral("Wrong user name or password."));
        auto unknown = Session::unlock(db.path(), QStringLiteral("nobody"), secret(kAdminPassword));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, wrong.error().message); // no hint which user names exist
    }

    void createRefusesBadInput_data() {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("office");
        QTest::addColumn<int>("code");
        QTest::newRow("short password") << "admin"
                                        << "short"
                                        << "HQ" << int(ErrorCode::Input);
        QTest::newRow("sql in user name")
            << "x'; DROP TABLE users;--" << kAdminPassword << "HQ" << int(ErrorCode::Input);
        QTest::newRow("unknown office") << "admin" << kAdminPassword << "ATLANTIS" << int(ErrorCode::Input);
    }
    void createRefusesBadInput() {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, office);
        QFETCH(int, code);
        QTemporaryDir dir;
        CreateOptions options;
        options.path = dir.filePath(QStringLiteral("x.caselink"));
        options.adminUsername = username;
        options.officeCode = office;
        options.kdf = fastKdf();
        auto created = Session::create(options, secret(password));
        QVERIFY(!created);
        QCOMPARE(int(created.error().code), code);
        QVERIFY(!created.error().message.isEmpty());
        // Nothing half-written is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    void createNeverOverwrites() {
        TestDatabase db;
        const QByteArray before = fileSha256(db.path());
        CreateOptions options;
        options.path = db.path();
        options.adminUsername = QStringLiteral("other");
        options.kdf = fastKdf();
        auto created = Session::create(options, secret(kAdminPassword));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Conflict);
        QCOMPARE(fileSha256(db.path()), before);
    }

    // The office's time zone belongs to the database: Asia/Karachi until an administrator names another, which the
    // next unlock (any window or command) applies; an unknown zone and other roles are refused.
    void officeTimeZoneIsKeptPerDatabase() {
        TestDatabase db;
        const QDateTime sevenUtc(QDate(2025, 7, 1), QTime(7, 0), QTimeZone::utc());
        {
            auto admin = db.unlock();
            QVERIFY(admin);
            QCOMPARE(officeTimeZoneName(), QStringLiteral("Asia/Karachi"));
            QCOMPARE(displayDateTime(sevenUtc), QStringLiteral("01-07-2025 12:00"));
            auto unknown = admin->setOfficeZone("Nowhere/Atlantis");
            QVERIFY(!unknown);
            QCOMPARE(unknown.error().code, ErrorCode::Input);
            QVERIFY(admin->setOfficeZone("Europe/London"));
            QCOMPARE(displayDateTime(sevenUtc), QStringLiteral("01-07-2025 08:00"));
            NewUser io{QStringLiteral("io.zone"),
                       QStringLiteral("Inspector Zone"),
                       Role::Investigator,
                       QStringLiteral("GRW-AHTC"),
                       false,
                       fastKdf()};
            QVERIFY(AccountAdmin(*admin).addUser(io, secret(QStringLiteral("investigator pass 1"))));
        }
        setOfficeTimeZone(kDefaultOfficeTimeZone); // as a fresh process would start
        auto io = Session::unlock(db.path(), QStringLiteral("io.zone"), secret(QStringLiteral("investigator pass 1")));
        QVERIFY(io);
        QCOMPARE(officeTimeZoneName(), QStringLiteral("Europe/London"));
        QCOMPARE((*io)->setOfficeZone("Asia/Karachi").error().code, ErrorCode::Permission);
        setOfficeTimeZone(kDefaultOfficeTimeZone);
    }

    void usersAndPasswordChange() {
        TestDatabase db;
        {
            auto admin = db.unlock();
            NewUser io{QStringLiteral("io.gujranwala"),
                       QStringLiteral("Inspector Test"),
                       Role::Investigator,
                       QStringLiteral("GRW-AHTC"),
                       false,
                       fastKdf()};
            QVERIFY(AccountAdmin(*admin).addUser(io, secret(QStringLiteral("investigator pass 1"))));
            auto duplicate = AccountAdmin(*admin).addUser(io, secret(QStringLiteral("investigator pass 1")));
            QVERIFY(!duplicate);
            QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
            NewUser badOffice = io;
            badOffice.username = QStringLiteral("someone");
            badOffice.officeCode = QStringLiteral("NOWHERE");
            auto refused = AccountAdmin(*admin).addUser(badOffice, secret(QStringLiteral("investigator pass 1")));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Input);
            QCOMPARE(AccountAdmin(*admin).users()->size(), std::size_t(2));
        }
        auto io = db.unlock(QStringLiteral("io.gujranwala"), QStringLiteral("investigator pass 1"));
        QVERIFY(io);
        QCOMPARE(io->user().role, Role::Investigator);
        // An investigator may not add users.
        auto denied = AccountAdmin(*io).addUser(
            NewUser{QStringLiteral("x1"), {}, Role::Administrator, QStringLiteral("HQ"), false, fastKdf()},
            secret(QStringLiteral("0123456789ab")));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::Permission);
        QVERIFY(AccountAdmin(*io).changePassword(QStringLiteral("io.gujranwala"),
                                                 secret(QStringLiteral("a new password 2")), fastKdf()));
        io.reset();
        QVERIFY(!db.unlock(QStringLiteral("io.gujranwala"), QStringLiteral("investigator pass 1")));
        QVERIFY(db.unlock(QStringLiteral("io.gujranwala"), QStringLiteral("a new password 2")));
    }

    void revokeRekeysTheDatabase() {
        TestDatabase db;
        const QString keysPath = db.path() + QStringLiteral("-keys");
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).addUser(
                NewUser{QStringLiteral("leaver"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
                secret(QStringLiteral("leaver password"))));
            QVERIFY(AccountAdmin(*admin).addUser(
                NewUser{QStringLiteral("stayer"), {}, Role::Supervisor, QStringLiteral("CENTRAL"), false, fastKdf()},
                secret(QStringLiteral("stayer password"))));
        }
        // The leaver keeps a copy of today's keyslot file, which holds a slot that opens today's key.
        const QByteArray oldKeys = readFile(keysPath);
        auto oldFile = KeyslotFile::parse(oldKeys);
        QVERIFY(oldFile);
        auto oldKey =
            oldFile->unlock(*oldFile->findUser(QStringLiteral("leaver")), secret(QStringLiteral("leaver password")));
        QVERIFY(oldKey);
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).revokeUser(QStringLiteral("leaver")));
            QVERIFY(!AccountAdmin(*admin).revokeUser(QStringLiteral("admin.test"))); // not oneself
            auto report = DatabaseMaintenance(*admin).checkIntegrity();
            QVERIFY2(report && report->ok(), report ? qPrintable(report->problems.join(QLatin1String(";"))) : "");
        }
        QVERIFY(!QFile::exists(db.path() + QStringLiteral("-keys.new")));
        // The revoked user has no slot any more...
        auto gone = Session::unlock(db.path(), QStringLiteral("leaver"), secret(QStringLiteral("leaver password")));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::Authentication);
        // ...and the old data key taken from the old slot no longer opens the database.
        auto withOldKey = Database::open(db.path(), *oldKey, Database::Mode::ReadOnly);
        QVERIFY(!withOldKey);
        QCOMPARE(withOldKey.error().code, ErrorCode::Authentication);
        // Putting the old keyslot file back does not help either: the password works, the key is dead.
        QVERIFY(writeFile(keysPath, oldKeys));
        auto withOldFile =
            Session::unlock(db.path(), QStringLiteral("leaver"), secret(QStringLiteral("leaver password")));
        QVERIFY(!withOldFile);
        // Everyone else still gets in with the new file.
        auto current = KeyslotFile::load(keysPath);
        QVERIFY(current);
    }

    void revokeKeepsOthers() {
        TestDatabase db;
        {
            auto admin = db.unlock();
            for (const char* name : {"leaver", "stayer"}) {
                QVERIFY(AccountAdmin(*admin).addUser(NewUser{QString::fromLatin1(name),
                                                             {},
                                                             Role::Investigator,
                                                             QStringLiteral("GRW-AHTC"),
                                                             false,
                                                             fastKdf()},
                                                     secret(passwordOf(QString::fromLatin1(name)))));
            }
            QVERIFY(AccountAdmin(*admin).revokeUser(QStringLiteral("leaver")));
        }
        QVERIFY(db.unlock(QStringLiteral("stayer"), passwordOf(QStringLiteral("stayer"))));
        QVERIFY(db.unlock());
        auto admin = db.unlock();
        const auto users = *AccountAdmin(*admin).users();
        const auto leaver = std::find_if(users.begin(), users.end(),
                                         [](const User& u) { return u.username == QLatin1String("leaver"); });
        QVERIFY(leaver != users.end());
        QVERIFY(!leaver->isActive());
        // The recovery slot was rewrapped too.
        admin.reset();
        const Status recovered = AccountAdmin::recoverAdministrator(
            db.path(), db.recoveryKey(), kAdmin, secret(QStringLiteral("recovered password")), fastKdf());
        QVERIFY2(recovered, recovered ? "" : qPrintable(recovered.error().message));
    }

    void interruptedRekeyCompletesAtNextUnlock() {
        // Simulate a stop between re-encrypting the database and swapping the keyslot files: the new slots sit in
        // the side file, the main file still holds the old key.
        TestDatabase db;
        const QString keysPath = db.path() + QStringLiteral("-keys");
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).addUser(
                NewUser{QStringLiteral("leaver"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
                secret(QStringLiteral("leaver password"))));
        }
        const QByteArray oldKeys = readFile(keysPath);
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).revokeUser(QStringLiteral("leaver")));
        }
        QVERIFY(QFile::rename(keysPath, db.path() + QStringLiteral("-keys.new")));
        QVERIFY(writeFile(keysPath, oldKeys));
        auto admin = db.unlock();
        QVERIFY(admin);
        QVERIFY(!QFile::exists(db.path() + QStringLiteral("-keys.new")));
        QVERIFY(DatabaseMaintenance(*admin).checkIntegrity()->ok());
    }

    void oldKeyslotFileDoesNotOpenAfterAPasswordChange() {
        // Before, a copy of the keyslot file from before a password change still opened the database with the old
        // password. The database now names the keyslot file it was last changed with.
        TestDatabase db;
        const QString keysPath = db.path() + QStringLiteral("-keys");
        const QByteArray before = readFile(keysPath);
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).changePassword(kAdmin, secret(QStringLiteral("the new password")), fastKdf()));
        }
        QVERIFY(writeFile(keysPath, before));
        auto copied = Session::unlock(db.path(), kAdmin, secret(kAdminPassword));
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, ErrorCode::Integrity);
        QVERIFY2(copied.error().message.contains(QStringLiteral("generation")), qPrintable(copied.error().message));
        auto readOnly = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), UnlockOptions{true});
        QVERIFY(!readOnly);
    }

    void rotationMakesTheOldDataKeyUseless() {
        // The keyslot file only keeps CaseLink honest; the raw data key from an old copy of it is what an insider would
        // use with the sqlcipher shell. A password change with a new data key leaves that key useless.
        TestDatabase db;
        auto oldFile = KeyslotFile::load(db.path() + QStringLiteral("-keys"));
        QVERIFY(oldFile);
        auto oldKey = oldFile->unlock(*oldFile->findUser(kAdmin), secret(kAdminPassword));
        QVERIFY(oldKey);
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).changePassword(kAdmin, secret(QStringLiteral("the new password")), fastKdf(),
                                                        AccountAdmin::KeyRotation::NewDataKey));
            auto entries = admin->audit().list(AuditFilter{0, 100, QStringLiteral("user.password"), {}});
            QVERIFY(entries && entries->size() == 1);
        }
        QVERIFY(!Database::open(db.path(), *oldKey, Database::Mode::ReadOnly));
        QVERIFY(!db.unlock(kAdmin, kAdminPassword));
        auto admin = db.unlock(kAdmin, QStringLiteral("the new password"));
        QVERIFY(admin);
        QVERIFY(DatabaseMaintenance(*admin).checkIntegrity()->ok());
        // Only administrators re-encrypt.
        QVERIFY(AccountAdmin(*admin).addUser(
            NewUser{QStringLiteral("io.rotator"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
            secret(passwordOf(QStringLiteral("io.rotator")))));
        admin.reset();
        auto investigator = db.unlock(QStringLiteral("io.rotator"), passwordOf(QStringLiteral("io.rotator")));
        QVERIFY(investigator);
        const Status refused =
            AccountAdmin(*investigator)
                .changePassword(QStringLiteral("io.rotator"), secret(QStringLiteral("another password")), fastKdf(),
                                AccountAdmin::KeyRotation::NewDataKey);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Permission);
    }

    void rollbackOfDatabaseAndKeyslotFileIsReported() {
        // Copying an earlier database and keyslot file back together (to undo what the audit log records) leaves two
        // files consistent with each other; only what this computer saw before tells. Before, nothing did.
        TestDatabase db;
        QTemporaryDir state;
        const RollbackAnchor anchor(state.path());
        UnlockOptions options;
        options.anchor = &anchor;
        QVERIFY(Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options));
        const QByteArray earlierDb = readFile(db.path());
        const QByteArray earlierKeys = readFile(db.path() + QStringLiteral("-keys"));
        {
            auto admin = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options);
            QVERIFY(admin);
            QVERIFY(AccountAdmin(**admin).addUser(
                NewUser{
                    QStringLiteral("io.later"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
                secret(passwordOf(QStringLiteral("io.later")))));
        }
        QVERIFY(writeFile(db.path(), earlierDb));
        QVERIFY(writeFile(db.path() + QStringLiteral("-keys"), earlierKeys));
        // Without the anchor the files look fine; with it, check (read-only) reports the rollback every time...
        UnlockOptions readOnly = options;
        readOnly.readOnly = true;
        for (int i = 0; i < 2; ++i) {
            auto reader = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), readOnly);
            QVERIFY(reader);
            auto report = DatabaseMaintenance(**reader).checkIntegrity();
            QVERIFY(report && !report->ok() && !report->notRolledBack);
            QVERIFY2(report->problems.join(u' ').contains(QStringLiteral("older")),
                     qPrintable(report->problems.join(u' ')));
        }
        // ...until a read-write open records it in the audit log, where it stays.
        {
            auto writer = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options);
            QVERIFY(writer);
            auto entries = (*writer)->audit().list(AuditFilter{0, 100, QStringLiteral("database.rollback"), {}});
            QVERIFY(entries && entries->size() == 1);
        }
        auto later = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), readOnly);
        QVERIFY(later);
        QVERIFY(DatabaseMaintenance(**later).checkIntegrity()->ok());
        later->reset();
        // A restore goes back on purpose: not a rollback.
        const QString backup = db.dir() + QStringLiteral("/anchored-backup.caselink");
        {
            auto admin = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options);
            QVERIFY(admin);
            QVERIFY(DatabaseMaintenance(**admin).backup(backup));
            for (int i = 0; i < 3; ++i) {
                (void)AccountAdmin(**admin).users();
            }
        }
        QVERIFY(Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options)); // the original moves on
        QVERIFY(DatabaseMaintenance::restore(backup, db.path(), kAdmin, secret(kAdminPassword), true, &anchor));
        auto restored = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), readOnly);
        QVERIFY(restored);
        auto report = DatabaseMaintenance(**restored).checkIntegrity();
        QVERIFY2(report && report->ok(), report ? qPrintable(report->problems.join(u' ')) : "");
    }

    void recoveryKeySetsANewAdminPassword() {
        TestDatabase db;
        QVERIFY(db.recoveryKey().size() == 39); // 32 characters in 8 groups
        auto wrong =
            AccountAdmin::recoverAdministrator(db.path(), QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"),
                                               kAdmin, secret(QStringLiteral("recovered password")), fastKdf());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Authentication);
        // Typed in lower case with spaces: still accepted.
        const QString typed = db.recoveryKey().toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        QVERIFY(AccountAdmin::recoverAdministrator(db.path(), typed, kAdmin,
                                                   secret(QStringLiteral("recovered password")), fastKdf()));
        QVERIFY(!db.unlock(kAdmin, kAdminPassword));
        auto admin = db.unlock(kAdmin, QStringLiteral("recovered password"));
        QVERIFY(admin);
        auto entries = admin->audit().list(AuditFilter{0, 100, QStringLiteral("user.recover"), {}});
        QVERIFY(entries);
        QCOMPARE(entries->size(), std::size_t(1));
    }

    void backupAndRestoreRoundTrip() {
        TestDatabase db;
        QTemporaryDir backups;
        const QString backupPath = backups.filePath(QStringLiteral("monday.caselink"));
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).addUser(
                NewUser{QStringLiteral("io.one"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
                secret(QStringLiteral("io one password"))));
            auto made = DatabaseMaintenance(*admin).backup(backupPath);
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            QVERIFY(!DatabaseMaintenance(*admin).backup(backupPath)); // never overwrites
        }
        QVERIFY(QFile::exists(backupPath + QStringLiteral("-keys")));
        // The backup is encrypted too.
        QVERIFY(!readFile(backupPath).startsWith("SQLite format 3"));
        // Later changes, then restore over the original.
        {
            auto admin = db.unlock();
            QVERIFY(AccountAdmin(*admin).addUser(
                NewUser{QStringLiteral("io.two"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
                secret(QStringLiteral("io two password"))));
        }
        auto refused = DatabaseMaintenance::restore(backupPath, db.path(), kAdmin, secret(kAdminPassword), false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        auto restored = DatabaseMaintenance::restore(backupPath, db.path(), kAdmin, secret(kAdminPassword), true);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        auto admin = db.unlock();
        QVERIFY(admin);
        QCOMPARE(AccountAdmin(*admin).users()->size(), std::size_t(2)); // io.two came after the backup
        QVERIFY(DatabaseMaintenance(*admin).checkIntegrity()->ok());
        QVERIFY(db.unlock(QStringLiteral("io.one"), QStringLiteral("io one password")));
    }

    void throttleGrowsTheDelayAndAuditsFailures() {
        TestDatabase db;
        QTemporaryDir state;
        static QDateTime now = QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC);
        const Clock clock = [] {
            return now;
        };
        UnlockThrottle throttle(state.path(), clock);
        UnlockOptions options;
        options.throttle = &throttle;
        QCOMPARE(UnlockThrottle::delayAfter(2).count(), 0);
        QVERIFY(UnlockThrottle::delayAfter(4) > UnlockThrottle::delayAfter(3));
        QVERIFY(UnlockThrottle::delayAfter(6) > UnlockThrottle::delayAfter(5));
        QCOMPARE(UnlockThrottle::delayAfter(100).count(), 300);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!Session::unlock(db.path(), kAdmin, secret(QStringLiteral("guess")), options));
        }
        const auto firstDelay = throttle.remainingDelay(db.databaseId());
        QVERIFY(firstDelay.count() > 0);
        // While throttled even the right password is refused, without trying it.
        auto throttled = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options);
        QVERIFY(!throttled);
        QVERIFY(throttled.error().message.contains(QStringLiteral("Try again")));
        now = now.addSecs(firstDelay.count());
        QVERIFY(!Session::unlock(db.path(), kAdmin, secret(QStringLiteral("guess 4")), options));
        QVERIFY(throttle.remainingDelay(db.databaseId()) > firstDelay);
        now = now.addSecs(3600);
        auto session = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options);
        QVERIFY(session);
        QCOMPARE(throttle.remainingDelay(db.databaseId()).count(), 0);
        auto failures = (*session)->audit().list(AuditFilter{0, 100, QStringLiteral("session.unlock_failed"), {}});
        QVERIFY(failures);
        QCOMPARE(failures->size(), std::size_t(4));
        QCOMPARE(failures->front().fields.value(QLatin1String("attempted_user")).toString(), kAdmin);
    }

    // A keyslot file damaged on disk (one character of a wrapped key changed) is reported as damaged, not as a wrong
    // password, and does not count toward the throttle.
    void damagedKeyslotFileIsNotAWrongPassword() {
        TestDatabase db;
        QTemporaryDir state;
        UnlockThrottle throttle(state.path());
        UnlockOptions options;
        options.throttle = &throttle;
        QFile keys(db.path() + QStringLiteral("-keys"));
        QVERIFY(keys.open(QIODevice::ReadOnly));
        QByteArray bytes = keys.readAll();
        keys.close();
        const qsizetype at = bytes.indexOf("\"wrapped\": \"") + 12;
        QVERIFY(at > 12);
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        QVERIFY(keys.open(QIODevice::WriteOnly | QIODevice::Truncate));
        keys.write(bytes);
        keys.close();
        auto opened = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Integrity);
        QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")), qPrintable(opened.error().message));
        QCOMPARE(throttle.takeFailures(db.databaseId()).size(), std::size_t(0));
    }

    // A password typed into the user name field never lands on disk, and failures from many processes at once are
    // all counted (the state file is updated under a lock).
    void throttleStoresNoTypedTextAndCountsParallelFailures() {
        TestDatabase db;
        QTemporaryDir state;
        UnlockThrottle throttle(state.path());
        UnlockOptions options;
        options.throttle = &throttle;
        const QString typed = QStringLiteral("Secret-typed-in-the-name-field");
        QVERIFY(!Session::unlock(db.path(), typed, secret(QStringLiteral("guess")), options));
        QVERIFY(!Session::unlock(db.path(), kAdmin, secret(QStringLiteral("guess")), options));
        for (const QString& name : QDir(state.path()).entryList(QDir::Files)) {
            QFile file(QDir(state.path()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(typed.toUtf8()) && !bytes.contains(kAdmin.toUtf8()), bytes.constData());
        }
        // Twelve throttles (as twelve processes would hold) record at once: every failure counts.
        const QString id = QStringLiteral("parallel-database");
        std::vector<std::thread> threads;
        for (int t = 0; t < 12; ++t) {
            threads.emplace_back([&] {
                UnlockThrottle own(state.path());
                for (int i = 0; i < 5; ++i) {
                    own.recordFailure(id, {});
                }
            });
        }
        for (std::thread& t : threads) {
            t.join();
        }
        QCOMPARE(throttle.takeFailures(id).size(), std::size_t(60));
        auto session = Session::unlock(db.path(), kAdmin, secret(kAdminPassword), options);
        QVERIFY(session);
        auto failures = (*session)->audit().list(AuditFilter{0, 100, QStringLiteral("session.unlock_failed"), {}});
        QVERIFY(failures);
        QCOMPARE(failures->size(), std::size_t(2));
        QStringList attempted;
        for (const auto& entry : *failures) {
            attempted << entry.fields.value(QLatin1String("attempted_user")).toString();
        }
        attempted.sort();
        QCOMPARE(attempted, (QStringList{QStringLiteral("(no such account)"), kAdmin}));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
