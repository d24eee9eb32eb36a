// One database, a long-lived session (the desktop application's) and the real caselink-cli beside it: whatever else
// the first process does with the files, the other process sees its commits, nothing is lost and the file checks clean.
#include <QFile>
#include <QtTest>

#include <sys/stat.h>

#include "processrun.h"
#include "repo/personrepository.h"
#include "repo/repositorycontext.h"
#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/processlocks.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

namespace {

using Run = ProcessResult;

Run cli(const QStringList& arguments) {
    return runCli(QStringLiteral(CASELINK_CLI_PATH), arguments, kAdminPassword);
}

QStringList dbArgs(const QString& command, const TestDatabase& db) {
    return {command, QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kAdmin};
}

ino_t inodeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

QString createPerson(RepositoryContext& context, const QString& name) {
    Person p;
    p.nameLatin = name;
    auto saved = PersonRepository(context).create(p);
    return saved ? saved->id : QString();
}

} // namespace

class TestCliConcurrency : public QObject {
    Q_OBJECT

private slots:
    void locksAreHeldPerDescription();
    void strayDescriptorsDropNothing_data();
    void strayDescriptorsDropNothing();
    void exclusiveOperationTellsOthersWhy();
    void revocationThatCannotHaveTheFileChangesNothing();
    void restoreRefusesADatabaseInUse();
};

void TestCliConcurrency::locksAreHeldPerDescription() {
#ifdef __linux__
    TestDatabase db;
    QVERIFY(db.isValid());
    auto session = db.unlock();
    QVERIFY(session);
    QCOMPARE(processLockMode(), ProcessLockMode::OpenFileDescription);
#else
    QSKIP("open-file-description locks are Linux-only");
#endif
}

void TestCliConcurrency::strayDescriptorsDropNothing_data() {
    QTest::addColumn<QStringList>("suffixes");
    QTest::newRow("database") << QStringList{QString()};
    QTest::newRow("wal") << QStringList{QStringLiteral("-wal")};
    QTest::newRow("shm") << QStringList{QStringLiteral("-shm")};
    // What a file dialog showing the database's folder does: it reads the first bytes of every file to guess its type.
    QTest::newRow("file dialog") << QStringList{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                                QStringLiteral("-keys")};
}

// The reported reproduction: the desktop application has committed work in the WAL, something in its process opens
// and closes the database files through a descriptor of its own, a command runs and exits, the application writes
// again and quits. Before the fix the command took the locks the application had silently lost, checkpointed and
// unlinked the WAL the application was still writing to, and the audit chain came out broken.
void TestCliConcurrency::strayDescriptorsDropNothing() {
    QFETCH(QStringList, suffixes);
    TestDatabase db;
    QVERIFY(db.isValid());
    auto session = db.unlock();
    QVERIFY(session);
    auto context = RepositoryContext::create(*session);
    QVERIFY(context);
    const QString before = createPerson(**context, QStringLiteral("Zubair Yousafzai"));
    QVERIFY(!before.isEmpty());
    const QString wal = db.path() + QStringLiteral("-wal");
    const ino_t walInode = inodeOf(wal);
    QVERIFY(walInode != 0);

    for (const QString& suffix : suffixes) {
        QFile stray(db.path() + suffix);
        QVERIFY(stray.open(QIODevice::ReadOnly));
        QVERIFY(!stray.read(64).isEmpty());
        stray.close();
    }

    // The other process sees what this one committed and leaves the WAL in place.
    const Run search = cli(dbArgs(QStringLiteral("search"), db) << QStringLiteral("Yousafzai"));
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(search.out.contains(before), qPrintable(search.out + search.err));
    const bool walKept = inodeOf(wal) == walInode;

    const QString after = createPerson(**context, QStringLiteral("Asma Bibi"));
    QVERIFY(!after.isEmpty());
    context->reset();
    QVERIFY(session->close());
    session.reset();

    const Run check = cli(dbArgs(QStringLiteral("check"), db));
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    auto reopened = db.unlock();
    QVERIFY(reopened);
    auto count = reopened->database().scalar(
        QStringLiteral("SELECT count(*) FROM persons WHERE id IN ('%1', '%2')").arg(before, after));
    QVERIFY(count);
    QCOMPARE(count->toInt(), 2);
    auto searches =
        reopened->database().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'search.person'"));
    QVERIFY(searches);
    QCOMPARE(searches->toInt(), 1);
    QVERIFY2(walKept, "the other process unlinked the WAL this one was writing to");
}

// While an operation waits for the file to itself, a command that opens the database is refused with who and why;
// once the others have gone it runs alone, and the database is back in shared mode with no notice left.
void TestCliConcurrency::exclusiveOperationTellsOthersWhy() {
    TestDatabase db;
    QVERIFY(db.isValid());
    auto holder = db.unlock(); // another window, which will close when asked
    auto session = db.unlock();
    QVERIFY(holder && session);
    std::optional<Run> refused;
    bool holderClosed = false;
    ExclusiveOptions options;
    options.waiting = [&](std::chrono::milliseconds) -> bool {
        if (!refused) {
            refused = cli(dbArgs(QStringLiteral("info"), db));
            holderClosed = holder->close().has_value(); // the other window steps aside
        }
        return true;
    };
    session->setExclusiveOptions(options);
    bool ranAlone = false;
    const Status done =
        DatabaseMaintenance(*session).runExclusive(QStringLiteral("testing exclusive access"), [&]() -> Status {
            ranAlone = true;
            // Nobody else can even read meanwhile.
            const Run blocked = cli(dbArgs(QStringLiteral("info"), db));
            return blocked.exitCode == 5 ? ok() : fail(ErrorCode::Internal, blocked.out + blocked.err);
        });
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    QVERIFY(ranAlone);
    QVERIFY(holderClosed);
    QVERIFY(refused);
    QCOMPARE(refused->exitCode, 5);
    QVERIFY2(refused->err.contains(QStringLiteral("testing exclusive access")) && refused->err.contains(kAdmin),
             qPrintable(refused->err));
    QCOMPARE(*session->database().journalMode(), QStringLiteral("wal"));
    QCOMPARE(session->database().scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'maintenance'"))->toInt(),
             0);
    const Run info = cli(dbArgs(QStringLiteral("info"), db));
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
}

// The reported half-finished revocation: with another window that does not let go, `user revoke` gives up after its
// wait with a clear message - and nothing has changed: the account is active, its slot still opens the database, no
// re-encryption is half done.
void TestCliConcurrency::revocationThatCannotHaveTheFileChangesNothing() {
    TestDatabase db;
    QVERIFY(db.isValid());
    {
        auto admin = db.unlock();
        QVERIFY(AccountAdmin(*admin).addUser(
            NewUser{QStringLiteral("io.leaving"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
            secret(passwordOf(QStringLiteral("io.leaving")))));
    }
    auto stubborn = db.unlock(); // a session without a window: it never reads the notice
    QVERIFY(stubborn);
    const Run revoked = cli(QStringList{QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("--db"),
                                        db.path(), QStringLiteral("--user"), kAdmin, QStringLiteral("--name"),
                                        QStringLiteral("io.leaving"), QStringLiteral("--wait"), QStringLiteral("2")});
    QCOMPARE(revoked.exitCode, 5);
    QVERIFY2(revoked.err.contains(QStringLiteral("close them")), qPrintable(revoked.err));
    QVERIFY(!QFile::exists(db.path() + QStringLiteral("-keys.new")));
    QVERIFY(stubborn->close());
    auto leaving = db.unlock(QStringLiteral("io.leaving"), passwordOf(QStringLiteral("io.leaving")));
    QVERIFY2(leaving, "the account was half revoked");
    auto admin = db.unlock();
    QCOMPARE(*admin->database().journalMode(), QStringLiteral("wal"));
    QCOMPARE(admin->database().scalar(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'maintenance'"))->toInt(),
             0);
    QCOMPARE(admin->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = 'io.leaving' AND revoked_at IS "
                                        "NULL"))
                 ->toInt(),
             1);
}

// Restoring over a database another process has open would pull the file from under it: refused, nothing replaced.
void TestCliConcurrency::restoreRefusesADatabaseInUse() {
    TestDatabase db;
    QVERIFY(db.isValid());
    const QString backup = db.dir() + QStringLiteral("/backup.caselink");
    {
        auto admin = db.unlock();
        QVERIFY(DatabaseMaintenance(*admin).backup(backup));
    }
    auto open = db.unlock(); // a window on the database
    QVERIFY(open);
    const ino_t before = inodeOf(db.path());
    const Run restored =
        cli(QStringList{QStringLiteral("restore"), QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kAdmin,
                        QStringLiteral("--backup"), backup, QStringLiteral("--replace")});
    QCOMPARE(restored.exitCode, 5);
    QVERIFY2(restored.err.contains(QStringLiteral("open in another CaseLink")), qPrintable(restored.err));
    QCOMPARE(inodeOf(db.path()), before); // not replaced under the open session
    QVERIFY(open->database().scalar(QStringLiteral("SELECT count(*) FROM users")));
    QVERIFY(open->close());
    const Run again =
        cli(QStringList{QStringLiteral("restore"), QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kAdmin,
                        QStringLiteral("--backup"), backup, QStringLiteral("--replace")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "test_cli_concurrency.moc"
