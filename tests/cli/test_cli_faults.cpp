// System-call faults in the commands that change accounts or replace files (user add, passwd, passwd --rotate, revoke,
// recover, backup, restore): the real caselink-cli run under strace, made to fail (EIO) or killed (SIGKILL) at each
// fsync/fdatasync and each rename it makes, and killed at a sample of its page writes (pwrite64), one point per
// trial. After every trial the database first opens read-only (a crash must not make it unreadable until someone
// writes), then read-write, checks clean, and is in the state before the command or the state after it, never a
// mixture: every keyslot belongs to an active account and every active account has one, the audit log records the
// change exactly when it happened, and a revoked account's old data key no longer opens the file.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "security/session.h"
#include "storage/keyslots.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNewPassword = u"a new password 2025"_s;
const QString kLeaver = u"io.leaver"_s;
const QString kAfterBackup = u"io.after.backup"_s;
const QString kNewUser = u"io.faulty"_s;
const QString kSyscalls = u"fsync,fdatasync,rename,renameat,renameat2,pwrite64"_s;
// Page writes are many; a sample of them, spread over the command, is killed at.
constexpr int kPageWriteSamples = 6;

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
    void concurrentAccountChangesKeepEverySlot();
    void cleanupTestCase();

private:
    Run run(const QStringList& strace, const QStringList& arguments, const QString& tracePath = {});
    QStringList arguments(const QString& scenario, const QString& db) const;
    bool opensAndChecks(const QString& db, QString* problem, bool readOnly = false);
    // Old state or new state, never a mixture (see the header comment); problem says what is mixed.
    bool oldOrNew(const QString& scenario, const QString& db, QString* problem);
    QByteArray m_oldKeyOfAdmin;

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
    QVERIFY(writeFile(m_dir.filePath(u"recovery-key"_s), m_template->recoveryKey().toUtf8() + '\n'));
    m_backup = m_dir.filePath(u"template-backup.caselink"_s);
    auto session = m_template->unlock();
    QVERIFY(session);
    QVERIFY(AccountAdmin(*session).addUser(NewUser{kLeaver, {}, Role::Investigator, u"GRW-AHTC"_s, false, fastKdf()},
                                           secret(passwordOf(kLeaver))));
    QVERIFY(DatabaseMaintenance(*session).backup(m_backup));
    // Only in the template, not in its backup: tells a restored database from the one it replaced.
    QVERIFY(
        AccountAdmin(*session).addUser(NewUser{kAfterBackup, {}, Role::Investigator, u"GRW-AHTC"_s, false, fastKdf()},
                                       secret(passwordOf(kAfterBackup))));
    session.reset();
    // The data key before any command ran: a re-encrypting command must leave it useless.
    auto keys = KeyslotFile::load(m_template->path() + u"-keys"_s);
    QVERIFY(keys);
    auto key = keys->unlock(*keys->findUser(kAdmin), secret(kAdminPassword));
    QVERIFY(key);
    m_oldKeyOfAdmin = QByteArray(reinterpret_cast<const char*>(key->data()), static_cast<qsizetype>(key->size()));
}

void TestCliFaults::cleanupTestCase() {
    qInfo("%d fault trials (%d with an injected fault): every database opened with its keys and checked clean",
          m_trials, m_injections);
}

QStringList TestCliFaults::arguments(const QString& scenario, const QString& db) const {
    const QStringList base{u"--db"_s, db, u"--user"_s, kAdmin, u"--password-file"_s, m_dir.filePath(u"password"_s)};
    const QStringList kdf{u"--kdf-memory"_s, u"8192"_s, u"--kdf-time"_s, u"1"_s};
    const QString newPassword = m_dir.filePath(u"new-password"_s);
    if (scenario == u"user add"_s) {
        return QStringList{u"user"_s, u"add"_s} << base << u"--name"_s << kNewUser << u"--role"_s << u"investigator"_s
                                                << u"--office"_s << u"GRW-AHTC"_s << u"--new-password-file"_s
                                                << newPassword << kdf;
    }
    if (scenario == u"passwd"_s || scenario == u"passwd --rotate"_s) {
        QStringList args = QStringList{u"user"_s, u"passwd"_s} << base << u"--new-password-file"_s << newPassword
                                                               << kdf;
        if (scenario.endsWith(u"--rotate"_s)) {
            args << u"--rotate"_s;
        }
        return args;
    }
    if (scenario == u"revoke"_s) {
        return QStringList{u"user"_s, u"revoke"_s} << base << u"--name"_s << kLeaver;
    }
    if (scenario == u"recover"_s) {
        return QStringList{u"recover"_s,
                           u"--db"_s,
                           db,
                           u"--name"_s,
                           kAdmin,
                           u"--recovery-key-file"_s,
                           m_dir.filePath(u"recovery-key"_s),
                           u"--new-password-file"_s,
                           newPassword}
               << kdf;
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
    // Every trial starts from a copy of the same database: what an earlier trial's command saw of it (the rollback
    // anchor in the per-machine state) must not make this one a "rollback".
    const QString state = m_dir.filePath(u"state"_s);
    QDir(state).removeRecursively();
    environment.insert(u"XDG_DATA_HOME"_s, state);
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

bool TestCliFaults::opensAndChecks(const QString& db, QString* problem, bool readOnly) {
    // Either password may be the current one (passwd), but the database must open with one of them.
    UnlockOptions options;
    options.readOnly = readOnly;
    for (const QString& password : {kAdminPassword, kNewPassword}) {
        auto session = Session::unlock(db, kAdmin, secret(password), options);
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

bool TestCliFaults::oldOrNew(const QString& scenario, const QString& db, QString* problem) {
    const auto opens = [&](const QString& user, const QString& password) {
        return static_cast<bool>(Session::unlock(db, user, secret(password)));
    };
    const bool oldPassword = opens(kAdmin, kAdminPassword);
    const bool newPassword = opens(kAdmin, kNewPassword);
    auto session = Session::unlock(db, kAdmin, secret(newPassword ? kNewPassword : kAdminPassword));
    if (!session) {
        *problem = session.error().message;
        return false;
    }
    // Every keyslot belongs to an active account and every active account has one; nothing is left staged.
    if (QFile::exists(db + u"-keys.new"_s)) {
        *problem = u"a staged keyslot file is left after a read-write open"_s;
        return false;
    }
    auto keys = KeyslotFile::load(db + u"-keys"_s);
    auto users = AccountAdmin(**session).users();
    if (!keys || !users) {
        *problem = u"cannot read the accounts"_s;
        return false;
    }
    QSet<QString> active;
    QMap<QString, bool> isActive;
    for (const User& u : *users) {
        isActive.insert(u.username, u.isActive());
        if (u.isActive()) {
            active.insert(u.id);
        }
    }
    QSet<QString> slotted;
    for (const KeySlot& slot : keys->keySlots()) {
        if (slot.kind == KeySlot::Kind::User) {
            slotted.insert(slot.id);
        }
    }
    if (slotted != active) {
        *problem = u"%1 keyslots for %2 active accounts (or other accounts)"_s.arg(slotted.size()).arg(active.size());
        return false;
    }
    QSet<QString> auditedActions;
    const QList<std::pair<QString, QString>> changes{{u"user.add"_s, kNewUser},
                                                     {u"user.password"_s, kAdmin},
                                                     {u"user.revoke"_s, kLeaver},
                                                     {u"user.recover"_s, kAdmin}};
    for (const auto& [action, account] : changes) {
        auto n = (*session)->database().scalar(
            u"SELECT count(*) FROM audit_log WHERE action = '%1' AND fields LIKE '%\"%2\"%'"_s.arg(action, account));
        if (n && n->toInt() > 0) {
            auditedActions.insert(action);
        }
    }
    const auto audited = [&](const QString& action) {
        return auditedActions.contains(action);
    };
    const SecureBytes oldKey = SecureBytes::fromByteArray(m_oldKeyOfAdmin);
    const bool oldKeyDead = !Database::open(db, oldKey, Database::Mode::ReadOnly);
    session->reset();
    QStringList mixed;
    if (oldPassword == newPassword) {
        mixed << u"old password opens: %1, new password opens: %2"_s.arg(oldPassword).arg(newPassword);
    }
    if (scenario == u"user add"_s) {
        const bool added = isActive.contains(kNewUser);
        if (added != opens(kNewUser, kNewPassword) || added != audited(u"user.add"_s)) {
            mixed << u"account recorded: %1, but its password or its audit entry says otherwise"_s.arg(added);
        }
    } else if (scenario.startsWith(u"passwd"_s)) {
        if (newPassword != audited(u"user.password"_s)) {
            mixed << u"new password opens: %1, audited: %2"_s.arg(newPassword).arg(!newPassword);
        }
        if (scenario.endsWith(u"--rotate"_s) && oldKeyDead != newPassword) {
            mixed << u"new password: %1, old data key dead: %2"_s.arg(newPassword).arg(oldKeyDead);
        }
    } else if (scenario == u"revoke"_s) {
        const bool revoked = !isActive.value(kLeaver, true);
        if (revoked == opens(kLeaver, passwordOf(kLeaver)) || revoked != audited(u"user.revoke"_s) ||
            revoked != oldKeyDead) {
            mixed << u"revoked: %1, but the account's password, the audit or the old key says otherwise"_s.arg(revoked);
        }
    } else if (scenario == u"recover"_s) {
        if (newPassword != audited(u"user.recover"_s) || newPassword != oldKeyDead) {
            mixed << u"recovered: %1, but the audit or the old key says otherwise"_s.arg(newPassword);
        }
    }
    if (!mixed.isEmpty()) {
        *problem = mixed.join(u"; "_s);
        return false;
    }
    return true;
}

void TestCliFaults::faultsLeaveADatabaseThatOpens_data() {
    QTest::addColumn<QString>("scenario");
    for (const char* s : {"user add", "passwd", "passwd --rotate", "revoke", "recover", "backup", "restore"}) {
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
    static const QRegularExpression call(u"\\b(fsync|fdatasync|rename|renameat|renameat2|pwrite64)\\("_s);
    for (auto it = call.globalMatch(text); it.hasNext();) {
        ++calls[it.next().captured(1)];
    }
    QVERIFY2(!calls.isEmpty(), "the command made no fsync or rename");
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        const bool pageWrites = it.key() == u"pwrite64"_s;
        const int points = pageWrites ? std::min(kPageWriteSamples, it.value()) : it.value();
        for (int i = 1; i <= points; ++i) {
            const int when = pageWrites ? std::max(1, i * it.value() / points) : i;
            for (const QString& fault :
                 pageWrites ? QStringList{u"signal=KILL"_s} : QStringList{u"error=EIO"_s, u"signal=KILL"_s}) {
                QVERIFY(copyDatabase(m_template->path(), db));
                QFile::remove(db + u"-keys.new"_s);
                QFile::remove(db + u"-journal"_s);
                QFile::remove(db + u".backup"_s);
                QFile::remove(db + u".backup-keys"_s);
                const QString inject = u"inject=%1:%2:when=%3"_s.arg(it.key(), fault).arg(when);
                const Run faulted = run({u"-e"_s, u"trace="_s + it.key(), u"-e"_s, inject}, arguments(scenario, db));
                ++m_trials;
                ++m_injections;
                const QString what = u"%1 with %2 (exit %3)"_s.arg(scenario, inject).arg(faulted.exitCode);
                QString problem;
                QVERIFY2(opensAndChecks(db, &problem, true), qPrintable(what + u", read-only: "_s + problem));
                QVERIFY2(opensAndChecks(db, &problem), qPrintable(what + u": "_s + problem));
                QVERIFY2(oldOrNew(scenario, db, &problem), qPrintable(what + u": "_s + problem));
                // A backup that reports success is a backup that opens.
                if (scenario == u"backup"_s && faulted.exitCode == 0) {
                    QVERIFY2(opensAndChecks(db + u".backup"_s, &problem), qPrintable(inject + u": "_s + problem));
                }
            }
        }
    }
    ++m_trials;
}

void TestCliFaults::concurrentAccountChangesKeepEverySlot() {
    // Two administrators adding accounts at the same moment: the keyslot file is read, changed and written under the
    // database's write lock, so no slot is lost (before, the first few trials lost one).
    const QString db = m_dir.filePath(u"concurrent.caselink"_s);
    constexpr int kTrials = 10;
    constexpr int kWriters = 4;
    for (int trial = 0; trial < kTrials; ++trial) {
        QVERIFY(copyDatabase(m_template->path(), db));
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int w = 0; w < kWriters; ++w) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"CASELINK_INSECURE_TEST_KDF"_s, u"1"_s);
            process->setProcessEnvironment(environment);
            const QString base = u"io.parallel%1"_s.arg(w);
            QStringList args = arguments(u"user add"_s, db);
            args[args.indexOf(kNewUser)] = base;
            process->start(QStringLiteral(CASELINK_CLI_PATH), args);
            writers.push_back(std::move(process));
        }
        for (auto& process : writers) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, qPrintable(QString::fromUtf8(process->readAllStandardError())
                                                              .split(u'\n')
                                                              .filter(QRegularExpression(u"^(?!QStandardPaths)"_s))
                                                              .join(u' ')));
        }
        for (int w = 0; w < kWriters; ++w) {
            const QString name = u"io.parallel%1"_s.arg(w);
            auto session = Session::unlock(db, name, secret(kNewPassword));
            QVERIFY2(session, qPrintable(name + u": "_s + (session ? QString() : session.error().message)));
        }
        QString problem;
        QVERIFY2(oldOrNew(u"concurrent"_s, db, &problem), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "test_cli_faults.moc"
