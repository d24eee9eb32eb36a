// System-call faults in the commands that replace files (the keyslot file, backups, restore): the real caselink-cli
// run under strace, made to fail (EIO) or killed (SIGKILL) at each fsync/fdatasync and each rename it makes, one point
// per trial. After every trial the database still opens with its keys and checks clean.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include "security/databasemaintenance.h"
#include "security/session.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNewPassword = u"a new password 2025"_s;
const QString kSyscalls = u"fsync,fdatasync,rename,renameat,renameat2"_s;

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QString err;
};

bool copyDatabase(const QString& from, const QString& to) {
    for (const QString& suffix : {QString(), u"-keys"_s}) {
        QFile::remove(to + suffix);
        if (!QFile::copy(from + suffix, to + suffix)) {
            return false;
        }
    }
    QFile::remove(to + u"-wal"_s);
    QFile::remove(to + u"-shm"_s);
    return true;
}

} // namespace

class TestCliFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void faultsLeaveADatabaseThatOpens_data();
    void faultsLeaveADatabaseThatOpens();
    void cleanupTestCase();

private:
    Run run(const QStringList& strace, const QStringList& arguments, const QString& tracePath = {});
    QStringList arguments(const QString& scenario, const QString& db) const;
    bool opensAndChecks(const QString& db, QString* problem);

    QString m_strace;
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_template;
    QString m_backup;
    int m_trials = 0;
    int m_injections = 0;
};

void TestCliFaults::initTestCase() {
    m_strace = QStandardPaths::findExecutable(u"strace"_s);
    QVERIFY2(!m_strace.isEmpty(), "strace is needed (scripts/bootstrap installs it)");
    QVERIFY(m_dir.isValid());
    m_template = std::make_unique<TestDatabase>();
    QVERIFY(m_template->isValid());
    QVERIFY(writeFile(m_dir.filePath(u"password"_s), kAdminPassword.toUtf8() + '\n'));
    QVERIFY(writeFile(m_dir.filePath(u"new-password"_s), kNewPassword.toUtf8() + '\n'));
    m_backup = m_dir.filePath(u"template-backup.caselink"_s);
    auto session = m_template->unlock();
    QVERIFY(session);
    QVERIFY(DatabaseMaintenance(*session).backup(m_backup));
}

void TestCliFaults::cleanupTestCase() {
    qInfo("%d fault trials (%d with an injected fault): every database opened with its keys and checked clean",
          m_trials, m_injections);
}

QStringList TestCliFaults::arguments(const QString& scenario, const QString& db) const {
    const QStringList base{u"--db"_s, db, u"--user"_s, kAdmin, u"--password-file"_s, m_dir.filePath(u"password"_s)};
    if (scenario == u"user add"_s) {
        return QStringList{u"user"_s, u"add"_s}
               << base << u"--name"_s << u"io.faulty"_s << u"--role"_s << u"investigator"_s << u"--office"_s
               << u"GRW-AHTC"_s << u"--new-password-file"_s << m_dir.filePath(u"new-password"_s) << u"--kdf-memory"_s
               << u"8192"_s << u"--kdf-time"_s << u"1"_s;
    }
    if (scenario == u"passwd"_s) {
        return QStringList{u"user"_s, u"passwd"_s} << base << u"--new-password-file"_s
                                                   << m_dir.filePath(u"new-password"_s) << u"--kdf-memory"_s
                                                   << u"8192"_s << u"--kdf-time"_s << u"1"_s;
    }
    if (scenario == u"backup"_s) {
        const QString out = db + u".backup"_s;
        return QStringList{u"backup"_s} << base << u"--out"_s << out;
    }
    // restore the template's backup over the database
    return QStringList{u"restore"_s} << base << u"--backup"_s << m_backup << u"--replace"_s;
}

Run TestCliFaults::run(const QStringList& strace, const QStringList& arguments, const QString& tracePath) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"CASELINK_PASSWORD"_s);
    environment.insert(u"CASELINK_INSECURE_TEST_KDF"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    QStringList all = QStringList{u"-f"_s, u"-qq"_s, u"-o"_s, tracePath.isEmpty() ? u"/dev/null"_s : tracePath}
                      << strace << u"--"_s << QStringLiteral(CASELINK_CLI_PATH) << arguments;
    process.start(m_strace, all);
    if (!process.waitForFinished(120000)) {
        return {};
    }
    // strace exits with the traced program's status, or 128 + signal when it was killed.
    const int code = process.exitCode();
    return {code, code >= 128, QString::fromUtf8(process.readAllStandardError())};
}

bool TestCliFaults::opensAndChecks(const QString& db, QString* problem) {
    // Either password may be the current one (passwd), but the database must open with one of them.
    for (const QString& password : {kAdminPassword, kNewPassword}) {
        auto session = Session::unlock(db, kAdmin, secret(password));
        if (!session) {
            *problem = session.error().message;
            continue;
        }
        auto report = DatabaseMaintenance(**session).checkIntegrity();
        if (!report || !report->ok()) {
            *problem = report ? report->problems.join(u"; "_s) : report.error().message;
            return false;
        }
        return true;
    }
    return false;
}

void TestCliFaults::faultsLeaveADatabaseThatOpens_data() {
    QTest::addColumn<QString>("scenario");
    for (const char* s : {"user add", "passwd", "backup", "restore"}) {
        QTest::newRow(s) << QString::fromLatin1(s);
    }
}

void TestCliFaults::faultsLeaveADatabaseThatOpens() {
    QFETCH(QString, scenario);
    // First a clean run, traced, to find the points to fault.
    const QString db = m_dir.filePath(u"%1.caselink"_s.arg(QString(scenario).replace(u' ', u'-')));
    QVERIFY(copyDatabase(m_template->path(), db));
    const QString trace = db + u".trace"_s;
    const Run clean = run({u"-e"_s, u"trace="_s + kSyscalls}, arguments(scenario, db), trace);
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
    QFile traced(trace);
    QVERIFY(traced.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(traced.readAll());
    QMap<QString, int> calls;
    static const QRegularExpression call(u"\\b(fsync|fdatasync|rename|renameat|renameat2)\\("_s);
    for (auto it = call.globalMatch(text); it.hasNext();) {
        ++calls[it.next().captured(1)];
    }
    QVERIFY2(!calls.isEmpty(), "the command made no fsync or rename");
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        for (int when = 1; when <= it.value(); ++when) {
            for (const QString& fault : {u"error=EIO"_s, u"signal=KILL"_s}) {
                QVERIFY(copyDatabase(m_template->path(), db));
                QFile::remove(db + u".backup"_s);
                QFile::remove(db + u".backup-keys"_s);
                const QString inject = u"inject=%1:%2:when=%3"_s.arg(it.key(), fault).arg(when);
                const Run faulted = run({u"-e"_s, u"trace="_s + it.key(), u"-e"_s, inject}, arguments(scenario, db));
                ++m_trials;
                ++m_injections;
                QString problem;
                QVERIFY2(
                    opensAndChecks(db, &problem),
                    qPrintable(u"%1 with %2 (exit %3): %4"_s.arg(scenario, inject).arg(faulted.exitCode).arg(problem)));
                // A backup that reports success is a backup that opens.
                if (scenario == u"backup"_s && faulted.exitCode == 0) {
                    QVERIFY2(opensAndChecks(db + u".backup"_s, &problem), qPrintable(inject + u": "_s + problem));
                }
            }
        }
    }
    ++m_trials;
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "test_cli_faults.moc"
