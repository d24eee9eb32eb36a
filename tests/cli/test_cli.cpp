// Runs the caselink-cli binary through QProcess: exit codes, messages and files as a script would see them.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "processrun.h"

namespace caselink {
namespace {

const QString kAdmin = QStringLiteral("admin.cli");
const QString kAdminPassword = QStringLiteral("Adm1n-pass-Qx7");
const QString kInvestigatorPassword = QStringLiteral("Inv3st-pass-Zk4");
const QString kSupervisorPassword = QStringLiteral("Sup3rv-pass-Wm2");
const QString kRecoveredPassword = QStringLiteral("Rec0vered-pass-Jh9");
const QString kChangedPassword = QStringLiteral("Chang3d-pass-Ty5");
const QString kWrongPassword = QStringLiteral("not-the-password");
const QString kDemoPassword = QStringLiteral("demo-password-2025");

// Argon2id at its cheapest: these tests check behaviour, the benchmarks measure cost.
const QStringList kFastKdf{QStringLiteral("--kdf-memory"),      QStringLiteral("8192"),
                           QStringLiteral("--kdf-time"),        QStringLiteral("1"),
                           QStringLiteral("--kdf-parallelism"), QStringLiteral("1")};

using Run = test::ProcessResult;

QByteArray sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeText(const QString& path, const QString& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    Run cli(const QStringList& arguments, const QString& password = QString(), const QString& newPassword = QString());
    // A fresh database with the administrator; returns its path (empty on failure) and the recovery key.
    QString createDatabase(const QString& name, QString* recoveryKey = nullptr);
    Run addUser(const QString& db, const QString& name, const QString& role, const QString& office,
                const QString& password);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_allOutput; // everything the CLI printed, checked for secrets at the end

private slots:
    void initCreatesDatabaseAndPrintsRecoveryKeyOnce();
    void initRefusesExistingFile();
    void wrongPasswordIsAuthenticationError();
    void throttledUnlockIsAuthenticationError();
    void passwordFileIsAccepted();
    void noPasswordSourceWithoutTerminalIsUsageError();
    void addedUserCanCheck();
    void nonAdministratorCannotAddUsers();
    void revokedUserIsLockedOutOthersStillWork();
    void passwdChangesOwnPassword();
    void recoveryKeySetsNewAdministratorPassword();
    void checkPassesOnFreshDatabase();
    void checkDetectsCorruption();
    void backupRestoreRoundTrip();
    void auditListShowsCreationAndUserAdd();
    void auditVerifyPasses();
    void userListJson();
    void infoSummarisesDatabase();
    void demoCreatesSyntheticDatabaseOnce();
    void usageErrors_data();
    void usageErrors();
    void searchNeedsAQueryAndIsAudited();
    void searchSaysHowManyMore();
    void helpWorksForEveryCommand_data();
    void helpWorksForEveryCommand();
    void outputNeverContainsPasswords();
};

Run TestCli::cli(const QStringList& arguments, const QString& password, const QString& newPassword) {
    const Run run = test::runCli(QStringLiteral(CASELINK_CLI_PATH), arguments, password, newPassword);
    m_allOutput += run.out + run.err;
    return run;
}

QString TestCli::createDatabase(const QString& name, QString* recoveryKey) {
    const QString db = path(name);
    const Run run = cli(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                                    kAdmin, QStringLiteral("--office"), QStringLiteral("GRW-AHTC")} +
                            kFastKdf,
                        kAdminPassword);
    if (run.exitCode != 0) {
        qWarning("init failed (%d): %s", run.exitCode, qPrintable(run.err));
        return {};
    }
    if (recoveryKey) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^Recovery key: (.+)$"), QRegularExpression::MultilineOption)
                .match(run.out);
        *recoveryKey = match.hasMatch() ? match.captured(1).trimmed() : QString();
    }
    return db;
}

Run TestCli::addUser(const QString& db, const QString& name, const QString& role, const QString& office,
                     const QString& password) {
    return cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                           QStringLiteral("--user"), kAdmin, QStringLiteral("--name"), name, QStringLiteral("--role"),
                           role, QStringLiteral("--office"), office} +
                   kFastKdf,
               kAdminPassword, password);
}

void TestCli::initCreatesDatabaseAndPrintsRecoveryKeyOnce() {
    QVERIFY(m_dir.isValid());
    QString key;
    const QString db = createDatabase(QStringLiteral("init.caselink"), &key);
    QVERIFY(!db.isEmpty());
    QVERIFY(QFile::exists(db));
    QVERIFY(QFile::exists(db + QStringLiteral("-keys")));
    // 8 groups of 4 Crockford base32 characters.
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-Z]{4}[- ]?){7}[0-9A-Z]{4}$")).match(key).hasMatch(),
             qPrintable(key));
    // Shown once: no later command prints it again.
    const Run info =
        cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin}, kAdminPassword);
    QCOMPARE(info.exitCode, 0);
    QVERIFY(!info.out.contains(key) && !info.err.contains(key));
}

void TestCli::initRefusesExistingFile() {
    const QString db = createDatabase(QStringLiteral("twice.caselink"));
    QVERIFY(!db.isEmpty());
    const QByteArray before = sha256Of(db);
    const Run again = cli(QStringList{QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                                      QStringLiteral("other.admin")} +
                              kFastKdf,
                          kAdminPassword);
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));
    QCOMPARE(sha256Of(db), before);
}

void TestCli::wrongPasswordIsAuthenticationError() {
    const QString db = createDatabase(QStringLiteral("wrong.caselink"));
    QVERIFY(!db.isEmpty());
    const QByteArray before = sha256Of(db);
    const Run run =
        cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin}, kWrongPassword);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(sha256Of(db), before);
    const Run unknown =
        cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("nobody")},
            kAdminPassword);
    QCOMPARE(unknown.exitCode, 2);
}

void TestCli::throttledUnlockIsAuthenticationError() {
    const QString db = createDatabase(QStringLiteral("throttle.caselink"));
    QVERIFY(!db.isEmpty());
    const QStringList check{QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin};
    // The first three failures cost nothing; the fourth starts a delay that even the right password must wait out.
    for (int attempt = 0; attempt < 4; ++attempt) {
        QCOMPARE(cli(check, QStringLiteral("wrong-password-%1").arg(attempt)).exitCode, 2);
    }
    const Run throttled = cli(check, kAdminPassword);
    QCOMPARE(throttled.exitCode, 2);
    QVERIFY2(throttled.err.contains(QStringLiteral("Too many failed attempts")), qPrintable(throttled.err));
}

void TestCli::passwordFileIsAccepted() {
    const QString db = createDatabase(QStringLiteral("pwfile.caselink"));
    QVERIFY(!db.isEmpty());
    const QString file = path(QStringLiteral("admin.pw"));
    QVERIFY(writeText(file, kAdminPassword + QStringLiteral("\r\nsecond line ignored\n")));
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin,
                         QStringLiteral("--password-file"), file},
                        QStringLiteral("wrong-env-password-is-ignored"));
    QCOMPARE(run.exitCode, 0);
    const Run missing = cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin,
                             QStringLiteral("--password-file"), path(QStringLiteral("absent.pw"))});
    QCOMPARE(missing.exitCode, 4);
}

void TestCli::noPasswordSourceWithoutTerminalIsUsageError() {
    const QString db = createDatabase(QStringLiteral("notty.caselink"));
    QVERIFY(!db.isEmpty());
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("CASELINK_PASSWORD")), qPrintable(run.err));
}

void TestCli::addedUserCanCheck() {
    const QString db = createDatabase(QStringLiteral("adduser.caselink"));
    QVERIFY(!db.isEmpty());
    const Run added = addUser(db, QStringLiteral("io.one"), QStringLiteral("investigator"), QStringLiteral("GRW-AHTC"),
                              kInvestigatorPassword);
    QCOMPARE(added.exitCode, 0);
    const Run check =
        cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("io.one")},
            kInvestigatorPassword);
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(QStringLiteral("All checks passed")));
    // The same name twice is refused.
    const Run again = addUser(db, QStringLiteral("io.one"), QStringLiteral("investigator"), QStringLiteral("GRW-AHTC"),
                              kInvestigatorPassword);
    QCOMPARE(again.exitCode, 4);
    // Without a source for the new account's password, and no terminal, nothing is added.
    const Run noPassword =
        addUser(db, QStringLiteral("io.two"), QStringLiteral("investigator"), QStringLiteral("GRW-AHTC"), QString());
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY(noPassword.err.contains(QStringLiteral("CASELINK_NEW_PASSWORD")));
}

void TestCli::nonAdministratorCannotAddUsers() {
    const QString db = createDatabase(QStringLiteral("perm.caselink"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(addUser(db, QStringLiteral("io.perm"), QStringLiteral("investigator"), QStringLiteral("GRW-AHTC"),
                     kInvestigatorPassword)
                 .exitCode,
             0);
    const Run run = cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                    QStringLiteral("--user"), QStringLiteral("io.perm"), QStringLiteral("--name"),
                                    QStringLiteral("io.sneaky"), QStringLiteral("--role"),
                                    QStringLiteral("administrator"), QStringLiteral("--office"), QStringLiteral("HQ")} +
                            kFastKdf,
                        kInvestigatorPassword, kSupervisorPassword);
    QCOMPARE(run.exitCode, 2);
}

void TestCli::revokedUserIsLockedOutOthersStillWork() {
    const QString db = createDatabase(QStringLiteral("revoke.caselink"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(addUser(db, QStringLiteral("io.gone"), QStringLiteral("investigator"), QStringLiteral("GRW-AHTC"),
                     kInvestigatorPassword)
                 .exitCode,
             0);
    QCOMPARE(addUser(db, QStringLiteral("sup.stays"), QStringLiteral("supervisor"), QStringLiteral("CENTRAL"),
                     kSupervisorPassword)
                 .exitCode,
             0);
    const Run revoke = cli({QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("--db"), db,
                            QStringLiteral("--user"), kAdmin, QStringLiteral("--name"), QStringLiteral("io.gone")},
                           kAdminPassword);
    QCOMPARE(revoke.exitCode, 0);
    const auto check = [&](const QString& user, const QString& password) {
        return cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), user}, password)
            .exitCode;
    };
    QCOMPARE(check(QStringLiteral("io.gone"), kInvestigatorPassword), 2);
    QCOMPARE(check(QStringLiteral("sup.stays"), kSupervisorPassword), 0);
    QCOMPARE(check(kAdmin, kAdminPassword), 0);
}

void TestCli::passwdChangesOwnPassword() {
    const QString db = createDatabase(QStringLiteral("passwd.caselink"));
    QVERIFY(!db.isEmpty());
    const Run run = cli(QStringList{QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), db,
                                    QStringLiteral("--user"), kAdmin} +
                            kFastKdf,
                        kAdminPassword, kChangedPassword);
    QCOMPARE(run.exitCode, 0);
    const auto check = [&](const QString& password) {
        return cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin}, password)
            .exitCode;
    };
    QCOMPARE(check(kChangedPassword), 0);
    QCOMPARE(check(kAdminPassword), 2);
}

void TestCli::recoveryKeySetsNewAdministratorPassword() {
    QString key;
    const QString db = createDatabase(QStringLiteral("recover.caselink"), &key);
    QVERIFY(!db.isEmpty());
    QVERIFY(!key.isEmpty());
    const QString keyFile = path(QStringLiteral("recovery.txt"));
    QVERIFY(writeText(keyFile, key + QLatin1Char('\n')));
    const Run wrongKey = [&] {
        const QString badFile = path(QStringLiteral("bad-recovery.txt"));
        writeText(badFile, QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000\n"));
        return cli(QStringList{QStringLiteral("recover"), QStringLiteral("--db"), db,
                               QStringLiteral("--recovery-key-file"), badFile, QStringLiteral("--name"), kAdmin} +
                       kFastKdf,
                   QString(), kRecoveredPassword);
    }();
    QCOMPARE(wrongKey.exitCode, 2);
    const Run run = cli(QStringList{QStringLiteral("recover"), QStringLiteral("--db"), db,
                                    QStringLiteral("--recovery-key-file"), keyFile, QStringLiteral("--name"), kAdmin} +
                            kFastKdf,
                        QString(), kRecoveredPassword);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(key) && !run.err.contains(key));
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin},
                          kRecoveredPassword);
    QCOMPARE(check.exitCode, 0);
}

void TestCli::checkPassesOnFreshDatabase() {
    const QString db = createDatabase(QStringLiteral("fresh.caselink"));
    QVERIFY(!db.isEmpty());
    const Run run =
        cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin}, kAdminPassword);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("integrity_check:")));
    QVERIFY(run.out.contains(QStringLiteral("cipher_integrity_check:")));
    QVERIFY(run.out.contains(QStringLiteral("audit chain:")));
}

void TestCli::checkDetectsCorruption() {
    const QString db = createDatabase(QStringLiteral("corrupt.caselink"));
    QVERIFY(!db.isEmpty());
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 8192);
    const qsizetype middle = bytes.size() / 2;
    for (qsizetype i = middle; i < middle + 16; ++i) {
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    }
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const Run run =
        cli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin}, kAdminPassword);
    QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2 %3").arg(run.exitCode).arg(run.out, run.err)));
    QVERIFY(!run.err.isEmpty());
}

void TestCli::backupRestoreRoundTrip() {
    const QString db = createDatabase(QStringLiteral("backup.caselink"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(addUser(db, QStringLiteral("io.kept"), QStringLiteral("investigator"), QStringLiteral("GRW-AHTC"),
                     kInvestigatorPassword)
                 .exitCode,
             0);
    const QString backup = path(QStringLiteral("backup-copy.caselink"));
    const Run made = cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin,
                          QStringLiteral("--out"), backup},
                         kAdminPassword);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(QFile::exists(backup));
    QVERIFY(QFile::exists(backup + QStringLiteral("-keys")));
    const QString restored = path(QStringLiteral("restored.caselink"));
    const QStringList restore{QStringLiteral("restore"),
                              QStringLiteral("--backup"),
                              backup,
                              QStringLiteral("--db"),
                              restored,
                              QStringLiteral("--user"),
                              kAdmin};
    const Run done = cli(restore, kAdminPassword);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    // Restoring over an existing database needs --replace.
    QCOMPARE(cli(restore, kAdminPassword).exitCode, 4);
    QCOMPARE(cli(restore + QStringList{QStringLiteral("--replace")}, kAdminPassword).exitCode, 0);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), restored, QStringLiteral("--user"),
                           QStringLiteral("io.kept")},
                          kInvestigatorPassword);
    QCOMPARE(check.exitCode, 0);
    // Backing up over an existing file is refused.
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin,
                  QStringLiteral("--out"), backup},
                 kAdminPassword)
                 .exitCode,
             4);
}

void TestCli::auditListShowsCreationAndUserAdd() {
    const QString db = createDatabase(QStringLiteral("audit.caselink"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(addUser(db, QStringLiteral("io.audit"), QStringLiteral("investigator"), QStringLiteral("GRW-AHTC"),
                     kInvestigatorPassword)
                 .exitCode,
             0);
    const Run run = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db,
                         QStringLiteral("--user"), kAdmin, QStringLiteral("--format"), QStringLiteral("json")},
                        kAdminPassword);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QStringList actions;
    for (const QJsonValue& entry : document.array()) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    QVERIFY2(actions.contains(QStringLiteral("database.create")), qPrintable(actions.join(u',')));
    QVERIFY2(actions.contains(QStringLiteral("user.add")), qPrintable(actions.join(u',')));
    QCOMPARE(document.array().first().toObject().value(QStringLiteral("seq")).toInt(), 1);

    const Run filtered =
        cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"),
             kAdmin, QStringLiteral("--action"), QStringLiteral("user."), QStringLiteral("--after"),
             QStringLiteral("0"), QStringLiteral("--limit"), QStringLiteral("50")},
            kAdminPassword);
    QCOMPARE(filtered.exitCode, 0);
    QVERIFY(filtered.out.contains(QStringLiteral("user.add")));
    QVERIFY(!filtered.out.contains(QStringLiteral("database.create")));
}

void TestCli::auditVerifyPasses() {
    const QString db = createDatabase(QStringLiteral("verify.caselink"));
    QVERIFY(!db.isEmpty());
    const Run run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db,
                         QStringLiteral("--user"), kAdmin},
                        kAdminPassword);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("intact")));
}

void TestCli::userListJson() {
    const QString db = createDatabase(QStringLiteral("list.caselink"));
    QVERIFY(!db.isEmpty());
    QCOMPARE(addUser(db, QStringLiteral("pros.list"), QStringLiteral("prosecutor_reader"), QStringLiteral("LHR-AHTC"),
                     kInvestigatorPassword)
                 .exitCode,
             0);
    const Run run = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db,
                         QStringLiteral("--user"), kAdmin, QStringLiteral("--format"), QStringLiteral("json")},
                        kAdminPassword);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(users.size(), 2);
    bool found = false;
    for (const QJsonValue& user : users) {
        const QJsonObject object = user.toObject();
        if (object.value(QStringLiteral("username")).toString() == QLatin1String("pros.list")) {
            found = true;
            QCOMPARE(object.value(QStringLiteral("role")).toString(), QStringLiteral("prosecutor_reader"));
            QCOMPARE(object.value(QStringLiteral("office")).toString(), QStringLiteral("LHR-AHTC"));
            QVERIFY(object.value(QStringLiteral("revoked_at")).isNull());
        }
    }
    QVERIFY(found);
    const Run table = cli(
        {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin},
        kAdminPassword);
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QStringLiteral("pros.list")));
}

void TestCli::infoSummarisesDatabase() {
    const QString db = createDatabase(QStringLiteral("info.caselink"));
    QVERIFY(!db.isEmpty());
    const Run run =
        cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin}, kAdminPassword);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^Database id: +[0-9a-f-]{36}$"), QRegularExpression::MultilineOption)
                 .match(run.out)
                 .hasMatch(),
             qPrintable(run.out));
    QVERIFY(QRegularExpression(QStringLiteral("^Synthetic: +no$"), QRegularExpression::MultilineOption)
                .match(run.out)
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^Users: +1 "), QRegularExpression::MultilineOption)
                .match(run.out)
                .hasMatch());
}

void TestCli::demoCreatesSyntheticDatabaseOnce() {
    const QString db = path(QStringLiteral("demo.caselink"));
    const Run run = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db} + kFastKdf);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("Recovery key")));
    QVERIFY(!run.out.contains(kDemoPassword));
    for (const QString& user : {QStringLiteral("demo.admin"), QStringLiteral("demo.io"),
                                QStringLiteral("demo.supervisor"), QStringLiteral("demo.prosecutor")}) {
        const Run info =
            cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--user"), user}, kDemoPassword);
        QVERIFY2(info.exitCode == 0, qPrintable(user + QLatin1Char(' ') + info.err));
        QVERIFY(QRegularExpression(QStringLiteral("^Synthetic: +yes"), QRegularExpression::MultilineOption)
                    .match(info.out)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^Users: +4 "), QRegularExpression::MultilineOption)
                    .match(info.out)
                    .hasMatch());
    }
    const QByteArray before = sha256Of(db);
    const Run again = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db} + kFastKdf);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(sha256Of(db), before);
}

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    const QString db = path(QStringLiteral("usage.caselink"));
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("group alone") << QStringList{QStringLiteral("user")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("audit"), QStringLiteral("erase")};
    QTest::newRow("missing --db") << QStringList{QStringLiteral("init"), QStringLiteral("--admin"), kAdmin};
    QTest::newRow("unknown option") << QStringList{
        QStringLiteral("check"),  QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin,
        QStringLiteral("--bogus")};
    QTest::newRow("stray argument") << QStringList{
        QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin, QStringLiteral("extra")};
    QTest::newRow("bad role") << QStringList{QStringLiteral("user"),     QStringLiteral("add"),
                                             QStringLiteral("--db"),     db,
                                             QStringLiteral("--user"),   kAdmin,
                                             QStringLiteral("--name"),   QStringLiteral("x"),
                                             QStringLiteral("--role"),   QStringLiteral("chief"),
                                             QStringLiteral("--office"), QStringLiteral("HQ")};
    QTest::newRow("bad limit") << QStringList{
        QStringLiteral("audit"),   QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin,
        QStringLiteral("--limit"), QStringLiteral("zero")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("user"),     QStringLiteral("list"),
                                               QStringLiteral("--db"),     db,
                                               QStringLiteral("--user"),   kAdmin,
                                               QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad scale") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                              QStringLiteral("--scale"), QStringLiteral("galactic")};
    QTest::newRow("bad today") << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                              QStringLiteral("--today"), QStringLiteral("08-12-2026")};
    QTest::newRow("bad kdf") << QStringList{
        QStringLiteral("init"),       QStringLiteral("--db"), db, QStringLiteral("--admin"), kAdmin,
        QStringLiteral("--kdf-time"), QStringLiteral("0")};
}

void TestCli::usageErrors() {
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments, kAdminPassword, kInvestigatorPassword);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("usage.caselink"))));
}

void TestCli::searchNeedsAQueryAndIsAudited() {
    const QString db = createDatabase(QStringLiteral("search.caselink"));
    QVERIFY(!db.isEmpty());
    const QStringList base{QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--user"), kAdmin};
    QCOMPARE(cli(base, kAdminPassword).exitCode, 1); // no query
    const Run run = cli(base + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("Muhammad"), QStringLiteral("Aslam")},
                        kAdminPassword);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject found = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(found.value(QStringLiteral("results")).toArray().size(), 0);
    QCOMPARE(found.value(QStringLiteral("total")).toInteger(-1), 0);
    // The search is in the audit log, without the query text.
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db,
                           QStringLiteral("--user"), kAdmin, QStringLiteral("--action"), QStringLiteral("search."),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          kAdminPassword);
    QCOMPARE(QJsonDocument::fromJson(audit.out.toUtf8()).array().size(), 1);
    QVERIFY(!audit.out.contains(QStringLiteral("Aslam")));
}

// A common family name in the demo database: --limit shows that many and says how many more, --all shows them all,
// and the JSON carries the total.
void TestCli::searchSaysHowManyMore() {
    const QString db = path(QStringLiteral("demo.caselink"));
    QVERIFY(QFile::exists(db));
    const QStringList base{QStringLiteral("search"),          QStringLiteral("--db"), db, QStringLiteral("--user"),
                           QStringLiteral("demo.supervisor"), QStringLiteral("Khan")};
    const Run limited = cli(base + QStringList{QStringLiteral("--limit"), QStringLiteral("2"),
                                               QStringLiteral("--format"), QStringLiteral("json")},
                            kDemoPassword);
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
    const QJsonObject page = QJsonDocument::fromJson(limited.out.toUtf8()).object();
    const qint64 total = page.value(QStringLiteral("total")).toInteger();
    QVERIFY2(total > 2, qPrintable(limited.out));
    QCOMPARE(page.value(QStringLiteral("results")).toArray().size(), 2);
    QCOMPARE(page.value(QStringLiteral("more")).toInteger(), total - 2);

    const Run all = cli(base + QStringList{QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
                        kDemoPassword);
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QJsonObject every = QJsonDocument::fromJson(all.out.toUtf8()).object();
    QCOMPARE(every.value(QStringLiteral("total")).toInteger(), total);
    QCOMPARE(every.value(QStringLiteral("results")).toArray().size(), total);
    QCOMPARE(every.value(QStringLiteral("more")).toInteger(), 0);

    const Run text = cli(base + QStringList{QStringLiteral("--limit"), QStringLiteral("1")}, kDemoPassword);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("and %1 more").arg(total - 1)), qPrintable(text.out));
}

void TestCli::helpWorksForEveryCommand_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    const QStringList commands{
        QStringLiteral("init"),      QStringLiteral("info"),         QStringLiteral("check"),
        QStringLiteral("backup"),    QStringLiteral("restore"),      QStringLiteral("recover"),
        QStringLiteral("user add"),  QStringLiteral("user passwd"),  QStringLiteral("user revoke"),
        QStringLiteral("user list"), QStringLiteral("audit verify"), QStringLiteral("audit list"),
        QStringLiteral("search"),    QStringLiteral("demo")};
    for (const QString& command : commands) {
        QTest::newRow(qPrintable(command)) << (command.split(u' ') + QStringList{QStringLiteral("--help")})
                                           << QStringLiteral("Usage: caselink-cli ") + command;
    }
    QTest::newRow("top level") << QStringList{QStringLiteral("--help")}
                               << QStringLiteral("Usage: caselink-cli <command>");
    QTest::newRow("user group") << QStringList{QStringLiteral("user"), QStringLiteral("--help")}
                                << QStringLiteral("Usage: caselink-cli user <command>");
    QTest::newRow("audit group") << QStringList{QStringLiteral("audit"), QStringLiteral("--help")}
                                 << QStringLiteral("Usage: caselink-cli audit <command>");
}

void TestCli::helpWorksForEveryCommand() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Exit codes:")));
    QVERIFY(run.err.isEmpty());
}

void TestCli::outputNeverContainsPasswords() {
    QVERIFY(!m_allOutput.isEmpty());
    for (const QString& secret : {kAdminPassword, kInvestigatorPassword, kSupervisorPassword, kRecoveredPassword,
                                  kChangedPassword, kWrongPassword}) {
        QVERIFY2(!m_allOutput.contains(secret), qPrintable(secret));
    }
}

} // namespace caselink

QTEST_GUILESS_MAIN(caselink::TestCli)
#include "test_cli.moc"
