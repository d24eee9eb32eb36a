// One database, a long-lived session (the desktop application's) and the real caselink-cli beside it: whatever else
// the first process does with the files, the other process sees its commits, nothing is lost and the file checks clean.
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

#include "repo/personrepository.h"
#include "repo/repositorycontext.h"
#include "storage/processlocks.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CASELINK_PASSWORD"), kAdminPassword);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CASELINK_CLI_PATH), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
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

QTEST_GUILESS_MAIN(TestCliConcurrency)
#include "test_cli_concurrency.moc"
