// Many processes on one database, as an office runs it: several long-lived sessions doing what the desktop
// application does (caselink-torture, through the real repositories, stray descriptors included) while the real
// caselink-cli searches, lists users, imports, exports and backs up beside them - then the same with processes killed
// at random moments. Afterwards the file checks clean (integrity_check, cipher_integrity_check, the audit chain) and
// everything a process logged as committed is there.
//
// The suite runs a small size; CASELINK_TORTURE=large runs more processes, operations and kill trials (give QtTest
// the time: QTEST_FUNCTION_TIMEOUT=7200000 CASELINK_TORTURE=large build-test/tests/cli/test_torture).
#include <random>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtTest>

#include <csignal>

#include "exchange/bundleverifier.h"
#include "repo/caserepository.h"
#include "repo/repositorycontext.h"
#include "security/databasemaintenance.h"
#include "security/session.h"
#include "storage/database.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

// Drivers write until the CLI commands are done (or at most maxOps each); a kill trial lets its processes run for
// 0.1-1 s before killing some of them.
struct Scale {
    int drivers = 3;
    int maxOps = 100000;
    int cliCommands = 18;
    int killTrials = 6;
};

Scale scale() {
    if (qEnvironmentVariable("CASELINK_TORTURE") == u"large"_s) {
        return Scale{6, 100000, 120, 60};
    }
    return Scale{};
}

// What the logs say was committed, to be found in the database.
struct Committed {
    QStringList persons;
    QStringList cases;
    QStringList arrests;
    QMap<QString, QString> evidence; // id -> sha256
    QMap<QString, int> lastNote;     // case id -> index of the last note logged for it
    QStringList backups;
    QStringList bundles;
    int cliImports = 0;
    int lines = 0;
};

void readLog(const QString& path, Committed& into) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    static const QRegularExpression noteIndex(u"^note (\\d+) of writer"_s);
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QStringList parts = line.split(u' ');
        if (parts.size() < 2) {
            continue;
        }
        ++into.lines;
        const QString& kind = parts[0];
        if (kind == u"person"_s) {
            into.persons << parts[1];
        } else if (kind == u"case"_s) {
            into.cases << parts[1];
        } else if (kind == u"arrest"_s) {
            into.arrests << parts[1];
        } else if (kind == u"evidence"_s && parts.size() >= 3) {
            into.evidence.insert(parts[1], parts[2]);
        } else if (kind == u"note"_s) {
            const auto m = noteIndex.match(line.section(u' ', 2));
            if (m.hasMatch()) {
                into.lastNote[parts[1]] = std::max(into.lastNote.value(parts[1], -1), m.captured(1).toInt());
            }
        } else if (kind == u"backup"_s) {
            into.backups << parts[1];
        } else if (kind == u"export"_s) {
            into.bundles << parts[1];
        }
    }
}

int count(Database& db, const QString& table, const QStringList& ids) {
    int found = 0;
    auto stmt = db.prepare(u"SELECT count(*) FROM %1 WHERE id = ?"_s.arg(table));
    for (const QString& id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        if (auto row = stmt->step(); row && *row && stmt->columnInt(0) == 1) {
            ++found;
        }
    }
    return found;
}

} // namespace

class TestTorture : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void processesTogetherLoseNothing();
    void killedProcessesLoseNothing();

private:
    QProcess* startDriver(const TestDatabase& db, int seed, int ops, const QString& log, const QString& stop);
    QProcess* startCli(const TestDatabase& db, int k);
    void verify(const TestDatabase& db, const Committed& committed, bool allFinished);
    void stopProcesses() {
        for (auto& p : m_processes) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(10000);
            }
        }
        m_processes.clear();
    }
    QString m_passwordFile;
    QTemporaryDir m_dir;
    QString m_seedCase;
    std::mt19937 m_random{20251207};
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestTorture::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(u"password"_s);
    QVERIFY(writeFile(m_passwordFile, kAdminPassword.toUtf8() + '\n'));
}

QProcess* TestTorture::startDriver(const TestDatabase& db, int seed, int ops, const QString& log, const QString& stop) {
    auto* p = new QProcess;
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(QStringLiteral(CASELINK_TORTURE_PATH),
             {u"--db"_s, db.path(), u"--user"_s, kAdmin, u"--password-file"_s, m_passwordFile, u"--log"_s, log,
              u"--work"_s, db.dir(), u"--ops"_s, QString::number(ops), u"--seed"_s, QString::number(seed), u"--stop"_s,
              stop});
    m_processes.emplace_back(p);
    return p;
}

// One of the commands an administrator or a script runs beside the open windows.
QProcess* TestTorture::startCli(const TestDatabase& db, int k) {
    auto* p = new QProcess;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CASELINK_PASSWORD"_s, kAdminPassword);
    p->setProcessEnvironment(environment);
    const QStringList base{u"--db"_s, db.path(), u"--user"_s, kAdmin};
    QStringList arguments;
    switch (k % 6) {
    case 0:
        arguments = QStringList{u"search"_s} << base << u"Torture"_s;
        break;
    case 1:
        arguments = QStringList{u"user"_s, u"list"_s} << base;
        break;
    case 2: {
        const QString csv = QDir(db.dir()).filePath(u"import-%1.csv"_s.arg(k));
        writeFile(csv, u"Name,Father Name\nQasim Importer%1,Rashid Lal\nNadia Importer%1,Gul Khan\n"_s.arg(k).toUtf8());
        arguments = QStringList{u"import"_s} << base << u"--kind"_s << u"persons"_s << u"--file"_s << csv;
        break;
    }
    case 3:
        arguments = QStringList{u"export-case"_s} << base << u"--case"_s << m_seedCase << u"--profile"_s
                                                  << u"prosecutor"_s << u"--out"_s
                                                  << QDir(db.dir()).filePath(u"cli-bundle-%1.zip"_s.arg(k));
        break;
    case 4:
        arguments = QStringList{u"backup"_s} << base << u"--out"_s
                                             << QDir(db.dir()).filePath(u"cli-backup-%1.caselink"_s.arg(k));
        break;
    default:
        arguments = QStringList{u"audit"_s, u"verify"_s} << base;
        break;
    }
    p->setProperty("kind", k % 6);
    p->setProperty("arguments", arguments);
    p->start(QStringLiteral(CASELINK_CLI_PATH), arguments);
    m_processes.emplace_back(p);
    return p;
}

void TestTorture::verify(const TestDatabase& db, const Committed& committed, bool allFinished) {
    auto session = db.unlock();
    QVERIFY2(session, "the database no longer opens");
    auto report = DatabaseMaintenance(*session).checkIntegrity();
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u"; "_s)));
    Database& d = session->database();
    QCOMPARE(count(d, u"persons"_s, committed.persons), int(committed.persons.size()));
    QCOMPARE(count(d, u"cases"_s, committed.cases), int(committed.cases.size()));
    QCOMPARE(count(d, u"arrests"_s, committed.arrests), int(committed.arrests.size()));
    auto evidence = d.prepare(u"SELECT sha256, complete FROM evidence_items WHERE id = ?"_s);
    QVERIFY(evidence);
    for (auto it = committed.evidence.cbegin(); it != committed.evidence.cend(); ++it) {
        evidence->reset();
        evidence->bind(1, it.key());
        QVERIFY2(evidence->step().value_or(false), qPrintable(u"evidence lost: "_s + it.key()));
        QCOMPARE(evidence->columnText(0), it.value());
        QCOMPARE(evidence->columnInt(1), 1);
    }
    // An edit logged as committed is there, or a later one of the same writer replaced it (a killed writer may have
    // committed one more edit than it logged).
    static const QRegularExpression noteIndex(u"^note (\\d+) of writer"_s);
    auto notes = d.prepare(u"SELECT summary FROM cases WHERE id = ?"_s);
    for (auto it = committed.lastNote.cbegin(); it != committed.lastNote.cend(); ++it) {
        notes->reset();
        notes->bind(1, it.key());
        QVERIFY(notes->step().value_or(false));
        const auto m = noteIndex.match(notes->columnText(0));
        QVERIFY2(m.hasMatch(), qPrintable(u"case notes lost: "_s + it.key()));
        if (allFinished) {
            QCOMPARE(m.captured(1).toInt(), it.value());
        } else {
            QVERIFY(m.captured(1).toInt() >= it.value());
        }
    }
    auto imports = d.scalar(u"SELECT count(*) FROM import_batches WHERE kind = 'persons'"_s);
    QVERIFY(imports);
    if (allFinished) {
        QCOMPARE(imports->toInt(), committed.cliImports);
    } else {
        QVERIFY(imports->toInt() >= committed.cliImports);
    }
    for (const QString& bundle : committed.bundles) {
        auto verified = BundleVerifier::verify(bundle);
        QVERIFY2(verified, qPrintable(bundle + u": "_s + (verified ? QString() : verified.error().message)));
    }
    for (const QString& backup : committed.backups) {
        QVERIFY2(QFile::exists(backup) && QFile::exists(backup + u"-keys"_s), qPrintable(backup));
    }
}

void TestTorture::processesTogetherLoseNothing() {
    const Scale s = scale();
    TestDatabase db;
    QVERIFY(db.isValid());
    auto stopAll = qScopeGuard([this] { stopProcesses(); }); // before the database's folder goes, even on failure
    {
        auto session = db.unlock();
        auto context = RepositoryContext::create(*session);
        CaseRecord c;
        c.firNumber = u"C-41/2025"_s;
        c.firDate = QDate(2025, 2, 1);
        QVERIFY(CaseRepository(**context).create(c));
        m_seedCase = u"C-41/2025"_s;
    }
    std::vector<QProcess*> drivers;
    QStringList logs;
    const QString stop = m_dir.filePath(u"together.stop"_s);
    for (int i = 0; i < s.drivers; ++i) {
        logs << m_dir.filePath(u"together-%1.log"_s.arg(i));
        drivers.push_back(startDriver(db, 100 + i, s.maxOps, logs.back(), stop));
    }
    Committed committed;
    int busy = 0;
    for (int k = 0; k < s.cliCommands; ++k) {
        QProcess* cli = startCli(db, k);
        QVERIFY2(cli->waitForFinished(600000), qPrintable(cli->property("arguments").toStringList().join(u' ')));
        const int code = cli->exitCode();
        if (code == 5) {
            ++busy; // "busy in another window or command": the clear message, nothing written
            continue;
        }
        QVERIFY2(code == 0, qPrintable(cli->property("arguments").toStringList().join(u' ') + u"\n"_s +
                                       QString::fromUtf8(cli->readAllStandardError())));
        const int kind = cli->property("kind").toInt();
        if (kind == 2) {
            ++committed.cliImports;
        } else if (kind == 3) {
            committed.bundles << QDir(db.dir()).filePath(u"cli-bundle-%1.zip"_s.arg(k));
        } else if (kind == 4) {
            committed.backups << QDir(db.dir()).filePath(u"cli-backup-%1.caselink"_s.arg(k));
        }
    }
    QVERIFY(writeFile(stop, "stop"));
    for (QProcess* driver : drivers) {
        QVERIFY(driver->state() == QProcess::NotRunning || driver->waitForFinished(300000));
        QVERIFY2(driver->exitStatus() == QProcess::NormalExit && driver->exitCode() == 0,
                 qPrintable(u"driver exit %1"_s.arg(driver->exitCode())));
        qInfo("driver: %s", driver->readAllStandardOutput().trimmed().constData());
    }
    for (const QString& log : logs) {
        readLog(log, committed);
    }
    qInfo("%d commits logged by %d drivers, %d CLI commands (%d busy)", committed.lines, s.drivers, s.cliCommands,
          busy);
    QVERIFY(committed.persons.size() > 0 && committed.cases.size() > 0);
    verify(db, committed, true);
}

void TestTorture::killedProcessesLoseNothing() {
    const Scale s = scale();
    TestDatabase db;
    QVERIFY(db.isValid());
    auto stopAll = qScopeGuard([this] { stopProcesses(); });
    {
        auto session = db.unlock();
        auto context = RepositoryContext::create(*session);
        CaseRecord c;
        c.firNumber = u"C-42/2025"_s;
        c.firDate = QDate(2025, 2, 1);
        QVERIFY(CaseRepository(**context).create(c));
        m_seedCase = u"C-42/2025"_s;
    }
    Committed committed;
    int killed = 0;
    QStringList logs;
    for (int trial = 0; trial < s.killTrials; ++trial) {
        std::vector<QProcess*> running;
        const QString stop = m_dir.filePath(u"killed-%1.stop"_s.arg(trial));
        for (int i = 0; i < 2; ++i) {
            logs << m_dir.filePath(u"killed-%1-%2.log"_s.arg(trial).arg(i));
            running.push_back(startDriver(db, 1000 + trial * 10 + i, s.maxOps, logs.back(), stop));
        }
        const int kind = trial % 2 == 0 ? 2 : 3; // an import or an export
        QProcess* cli = startCli(db, kind + trial * 6);
        running.push_back(cli);
        QTest::qWait(int(100 + m_random() % 900));
        bool any = false;
        for (QProcess* p : running) {
            if (p->state() == QProcess::Running && (m_random() % 2 == 0 || !any)) {
                ::kill(static_cast<pid_t>(p->processId()), SIGKILL);
                any = true;
                ++killed;
            }
        }
        QVERIFY(writeFile(stop, "stop"));
        for (QProcess* p : running) {
            QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(300000));
        }
        if (kind == 2 && cli->exitStatus() == QProcess::NormalExit && cli->exitCode() == 0) {
            ++committed.cliImports;
        }
        Committed sofar = committed;
        for (const QString& log : logs) {
            readLog(log, sofar);
        }
        verify(db, sofar, false);
        if (QTest::currentTestFailed()) {
            qInfo("trial %d failed", trial);
            return;
        }
    }
    qInfo("%d kill trials, %d processes killed with SIGKILL: the database opened and checked clean every time, and "
          "every logged commit was present",
          s.killTrials, killed);
}

QTEST_GUILESS_MAIN(TestTorture)
#include "test_torture.moc"
