// The desktop application beside caselink-cli on one database, with the real executables: the reported reproduction
// (the application open with committed work in its WAL; inside its process the database files opened and closed
// through other descriptors, as a file dialog does; a command exports a case as another account; the application
// writes again and quits; `check`), and a real QFileDialog in the database's folder.
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

#include "models/pagedtablemodel.h"
#include "processrun.h"
#include "repo/caserepository.h"
#include "repo/repositorycontext.h"
#include "security/accountadmin.h"
#include "shellfixture.h"
#include "ui/messagebar.h"
#include "ui/shell/listpage.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

const QString kInvestigator = u"io.bilal"_s;

using Run = ProcessResult;

Run cli(const QStringList& arguments, const QString& password) {
    return runCli(QStringLiteral(CASELINK_CLI_PATH), arguments, password);
}

ino_t inodeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// A database with an investigator and one case in the investigator's office.
void prepare(const TestDatabase& db) {
    Writer admin(db, kAdmin);
    QVERIFY(admin.isValid());
    QVERIFY(admin.addUser(kInvestigator, Role::Investigator, u"GRW-AHTC"_s));
    QVERIFY(!admin.caseFile(u"C-41/2025"_s, QDate(2025, 2, 1), u"Dunki route network"_s).isEmpty());
}

QStringList auditActions(const TestDatabase& db) {
    auto session = db.unlock();
    QStringList actions;
    auto stmt = session->database().prepare(u"SELECT action, username FROM audit_log ORDER BY seq"_s);
    (void)stmt->forEachRow([&](Statement& row) { actions << row.columnText(0) + u'/' + row.columnText(1); });
    return actions;
}

} // namespace

class TestGuiProcesses : public QObject {
    Q_OBJECT

private slots:
    void applicationKeepsItsWalWhenACommandExports();
    void fileDialogInTheDatabaseFolderDropsNoLock();
    void windowStepsAsideForARevocation();
    void windowSeesAnotherProcesssCommits();
};

void TestGuiProcesses::applicationKeepsItsWalWhenACommandExports() {
    TestDatabase db;
    QVERIFY(db.isValid());
    prepare(db);
    const QString passwordFile = QDir(db.dir()).filePath(u"password"_s);
    QVERIFY(writeFile(passwordFile, kAdminPassword.toUtf8() + '\n'));
    const QString trigger = QDir(db.dir()).filePath(u"stray-now"_s);

    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LD_PRELOAD"_s, QStringLiteral(CASELINK_STRAYFD_PATH));
    environment.insert(u"CASELINK_STRAYFD_TRIGGER"_s, trigger);
    environment.insert(
        u"CASELINK_STRAYFD_PATHS"_s,
        QStringList{db.path(), db.path() + u"-wal"_s, db.path() + u"-shm"_s, db.path() + u"-keys"_s}.join(u':'));
    gui.setProcessEnvironment(environment);
    gui.setProcessChannelMode(QProcess::ForwardedChannels);
    gui.start(QStringLiteral(CASELINK_GUI_PATH),
              {u"--db"_s, db.path(), u"--user"_s, kAdmin, u"--password-file"_s, passwordFile});
    QVERIFY(gui.waitForStarted());
    // Unlocked: its session.open is committed and sits in the WAL, which the application keeps open.
    const QString wal = db.path() + u"-wal"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(wal).size() > 0, 20000);
    QTest::qWait(500);
    const ino_t walInode = inodeOf(wal);

    // Inside the application's process: the database files opened and closed through descriptors of their own.
    QVERIFY(writeFile(trigger, "go"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(trigger + u".done"_s), 10000);

    // Another account exports a case from the command line while the application is open.
    const QString bundle = QDir(db.dir()).filePath(u"c41.zip"_s);
    const Run exported = cli({u"export-case"_s, u"--db"_s, db.path(), u"--user"_s, kInvestigator, u"--case"_s,
                              u"C-41/2025"_s, u"--profile"_s, u"prosecutor"_s, u"--out"_s, bundle},
                             passwordOf(kInvestigator));
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(inodeOf(wal) == walInode, "the command unlinked the WAL the application was still writing to");

    // The application writes again (it locks on SIGTERM: its session.close and a signed checkpoint) and quits.
    gui.terminate();
    QVERIFY(gui.waitForFinished(20000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);

    const Run check = cli({u"check"_s, u"--db"_s, db.path(), u"--user"_s, kAdmin}, kAdminPassword);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    const QStringList actions = auditActions(db);
    const qsizetype exportAt = actions.indexOf(u"case.export/"_s + kInvestigator);
    QVERIFY(exportAt > 0);
    QVERIFY2(actions.lastIndexOf(u"session.close/"_s + kAdmin) > exportAt, qPrintable(actions.join(u", "_s)));
}

// The real trigger: Qt's file dialog reads the first bytes of every file in the folder it shows to guess its type.
void TestGuiProcesses::fileDialogInTheDatabaseFolderDropsNoLock() {
    TestDatabase db;
    QVERIFY(db.isValid());
    prepare(db);
    MainWindow window;
    window.show();
    QVERIFY(unlockWindow(window, db, kAdmin));
    const QString wal = db.path() + u"-wal"_s;
    QTRY_VERIFY(QFileInfo(wal).size() > 0);
    const ino_t walInode = inodeOf(wal);

    QFileDialog dialog(&window, u"Import"_s, db.dir());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto* model = dialog.findChild<QFileSystemModel*>();
    QVERIFY(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog.show();
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300); // the icon and type of each file are read after the listing
    dialog.reject();

    const Run search =
        cli({u"search"_s, u"--db"_s, db.path(), u"--user"_s, kInvestigator, u"C-41"_s}, passwordOf(kInvestigator));
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(inodeOf(wal) == walInode, "the command unlinked the WAL the window was still writing to");
    window.lock();
    const Run check = cli({u"check"_s, u"--db"_s, db.path(), u"--user"_s, kAdmin}, kAdminPassword);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

// `user revoke` in a terminal while the application is open: the window reads the notice, locks itself with the
// reason, the re-encryption runs with the file alone, and signing in again works under the new key.
void TestGuiProcesses::windowStepsAsideForARevocation() {
    TestDatabase db;
    QVERIFY(db.isValid());
    prepare(db);
    {
        Writer admin(db, kAdmin);
        QVERIFY(admin.addUser(u"io.leaving"_s, Role::Investigator, u"GRW-AHTC"_s));
    }
    MainWindow window;
    window.show();
    QVERIFY(unlockWindow(window, db, kAdmin));
    QProcess revoke;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CASELINK_PASSWORD"_s, kAdminPassword);
    revoke.setProcessEnvironment(environment);
    revoke.start(QStringLiteral(CASELINK_CLI_PATH), {u"user"_s, u"revoke"_s, u"--db"_s, db.path(), u"--user"_s, kAdmin,
                                                     u"--name"_s, u"io.leaving"_s, u"--wait"_s, u"30"_s});
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 15000);
    QVERIFY2(window.unlockWidget()->messageBar()->text().contains(u"re-encrypting"_s),
             qPrintable(window.unlockWidget()->messageBar()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(revoke.state() == QProcess::NotRunning, 30000);
    QVERIFY2(revoke.exitCode() == 0, revoke.readAllStandardError().constData());
    QVERIFY(unlockWindow(window, db, kAdmin));
    QVERIFY(!window.isLocked());
}

// A person recorded from the command line appears in the open People list without any action in the window.
void TestGuiProcesses::windowSeesAnotherProcesssCommits() {
    TestDatabase db;
    QVERIFY(db.isValid());
    prepare(db);
    MainWindow window;
    window.show();
    QVERIFY(unlockWindow(window, db, kAdmin));
    QVERIFY(window.showSection(u"people"_s));
    auto* people = qobject_cast<ListPage*>(window.sectionWidget(u"people"_s));
    QVERIFY(people);
    const auto before = people->model()->totalCount();
    QVERIFY(before);
    const QString csv = QDir(db.dir()).filePath(u"persons.csv"_s);
    QVERIFY(writeFile(csv, "Name,Father Name\nShahid Iqbal,Muhammad Iqbal\n"));
    const Run imported =
        cli({u"import"_s, u"--db"_s, db.path(), u"--user"_s, kAdmin, u"--kind"_s, u"persons"_s, u"--file"_s, csv},
            kAdminPassword);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QTRY_COMPARE_WITH_TIMEOUT(*people->model()->totalCount(), *before + 1, 10000);
}

QTEST_MAIN(TestGuiProcesses)
#include "test_gui_processes.moc"
