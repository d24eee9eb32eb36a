// The main window's shell on a real encrypted database: the sidebar switches sections, records open in tabs that
// close and cycle from the keyboard, and the open tabs come back after lock/unlock and after a restart, remembered
// as ids only.
#include <QFile>
#include <QListWidget>
#include <QPointer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QLabel>

#include "models/pagedtablemodel.h"
#include "shellfixture.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/listpage.h"
#include "ui/shell/workspacetabs.h"
#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/personprofile.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestShellWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        applyLanguage(u"en"_s);
    }

    void init() {
        Settings::setFilePath(
            m_settingsDir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->isValid());
        test::Writer w(*m_db, test::kAdmin);
        QVERIFY(w.isValid());
        QVERIFY(w.addUser(u"io.grw"_s, Role::Investigator, u"GRW-AHTC"_s));
        m_caseId = w.caseFile(u"C-41/2025"_s, QDate(2025, 2, 3), u"Libya route recruiters"_s);
        m_personId = w.person(u"Shahid Mehmood"_s, u"شاہد محمود"_s);
        QVERIFY(!m_caseId.isEmpty() && !m_personId.isEmpty());
        QVERIFY(w.accused(m_caseId, m_personId));
    }

    void cleanup() { m_db.reset(); }

    void sidebarSwitchesSections() {
        MainWindow window;
        // The shell's own sections plus the two the application wiring owns, built here as plain pages.
        for (const QString& section : {u"evidence"_s, u"statistics"_s}) {
            window.setSectionFactory(section, [section](MainWindow&) { return new QLabel(section); });
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, *m_db, test::kAdmin));
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        QVERIFY(sidebar);
        QCOMPARE(window.currentSection(), u"dashboard"_s);
        QVERIFY(window.overviewPage()->isVisible());
        const QStringList sections = MainWindow::sectionNames();
        QCOMPARE(sidebar->count(), sections.size());
        for (int row = 0; row < sidebar->count(); ++row) {
            QListWidgetItem* item = sidebar->item(row);
            QVERIFY(!item->isHidden()); // an administrator sees every section, reference data included
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(item).center());
            QCOMPARE(window.currentSection(), sections[row]);
            QWidget* page = window.sectionWidget(sections[row]);
            QVERIFY(page);
            QVERIFY2(page->isVisible(), qPrintable(sections[row]));
            QCOMPARE(window.tabs()->tabText(0), item->text());
        }
        // The Cases list shows the case; Enter on it opens the case in a tab.
        QVERIFY(window.showSection(u"cases"_s));
        auto* cases = qobject_cast<ListPage*>(window.sectionWidget(u"cases"_s));
        QVERIFY(cases);
        QCOMPARE(cases->model()->rowCount(), 1);
        QVERIFY(cases->findChild<QLabel*>(u"casesPageCount"_s)->text().contains(u"1 row"_s));
        cases->view()->setFocus();
        cases->view()->setCurrentIndex(cases->model()->index(0, 0));
        QTest::keyClick(cases->view(), Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 2);
        auto* workspace = qobject_cast<CaseWorkspace*>(window.tabs()->currentWidget());
        QVERIFY(workspace);
        QCOMPARE(workspace->caseId(), m_caseId);
    }

    // A section's page is built by the factory its owner registered, once per unlock, and goes at lock; a section
    // nobody builds a page for is not offered at all rather than shown empty.
    void sectionPagesAreBuiltOncePerUnlock() {
        MainWindow window;
        int built = 0;
        window.setSectionFactory(u"statistics"_s, [&built](MainWindow&) {
            ++built;
            return new QLabel(u"statistics by the lead"_s);
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, *m_db, test::kAdmin));
        QCOMPARE(built, 1);
        QPointer<QLabel> page = qobject_cast<QLabel*>(window.sectionWidget(u"statistics"_s));
        QVERIFY(page);
        QVERIFY(window.showSection(u"statistics"_s));
        QVERIFY(page->isVisible());
        QCOMPARE(window.sectionWidget(u"evidence"_s), nullptr);
        QVERIFY(!window.showSection(u"evidence"_s));
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        QVERIFY(sidebar->findItems(u"Evidence"_s, Qt::MatchExactly).front()->isHidden());
        window.lock();
        QVERIFY(page.isNull());
        QCOMPARE(window.sectionWidget(u"statistics"_s), nullptr);
        QVERIFY(test::unlockWindow(window, *m_db, test::kAdmin));
        QCOMPARE(built, 2);
        QVERIFY(window.sectionWidget(u"statistics"_s));
    }

    void investigatorDoesNotSeeReferenceData() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, *m_db, u"io.grw"_s));
        QVERIFY(!window.showSection(u"reference"_s));
        auto* sidebar = window.findChild<QListWidget*>(u"sidebar"_s);
        const auto found = sidebar->findItems(u"Reference data"_s, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.front()->isHidden());
    }

    void tabsCloseAndCycleFromTheKeyboard() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, *m_db, test::kAdmin));
        emit window.navigator()->openCase(m_caseId);
        emit window.navigator()->openPerson(m_personId);
        emit window.navigator()->openCase(m_caseId); // focuses the open tab, opens no second one
        QCOMPARE(window.tabs()->count(), 3);
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QTest::keyClick(&window, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 2);
        QTest::keyClick(&window, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier); // the section tab does not close
        QCOMPARE(window.tabs()->count(), 3);
        window.tabs()->setCurrentIndex(2);
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->openRecords(), QStringList{u"case:"_s + m_caseId});
    }

    void tabsComeBackAfterLockAndRestart() {
        const QStringList expected{u"case:"_s + m_caseId, u"person:"_s + m_personId};
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(test::unlockWindow(window, *m_db, test::kAdmin));
            emit window.navigator()->openCase(m_caseId);
            emit window.navigator()->openPerson(m_personId);
            QCOMPARE(window.tabs()->openRecords(), expected);
            window.lock();
            QCOMPARE(window.tabs()->count(), 1); // nothing from the database stays on screen
            QVERIFY(window.context() == nullptr);
            QVERIFY(test::unlockWindow(window, *m_db, test::kAdmin));
            QCOMPARE(window.tabs()->openRecords(), expected);
            QCOMPARE(window.currentSection(), u"dashboard"_s);
            window.close();
        }
        {
            MainWindow restarted;
            restarted.show();
            QVERIFY(QTest::qWaitForWindowExposed(&restarted));
            QVERIFY(test::unlockWindow(restarted, *m_db, test::kAdmin));
            QCOMPARE(restarted.tabs()->openRecords(), expected);
            auto* profile = qobject_cast<PersonProfile*>(restarted.tabs()->widget(2));
            QVERIFY(profile);
            QCOMPARE(profile->personId(), m_personId);
            restarted.close();
        }
        // The settings file holds ids, never names or case numbers.
        Settings::instance().sync();
        QFile ini(m_settingsDir.filePath(u"tabsComeBackAfterLockAndRestart.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ini.readAll());
        QVERIFY(text.contains(m_personId));
        QVERIFY(!text.contains(u"Shahid"_s));
        QVERIFY(!text.contains(u"C-41"_s));
    }

    // Tabs belong to the account as well as the database: a supervisor signing in at the same workstation does not
    // get the investigator's cases on screen, and the investigator gets them back. The settings name neither.
    void tabsAreRememberedPerAccount() {
        {
            test::Writer admin(*m_db, test::kAdmin);
            QVERIFY(admin.addUser(u"sup.hq"_s, Role::Supervisor, u"HQ"_s));
        }
        const QStringList expected{u"case:"_s + m_caseId, u"person:"_s + m_personId};
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, *m_db, u"io.grw"_s));
        emit window.navigator()->openCase(m_caseId);
        emit window.navigator()->openPerson(m_personId);
        QCOMPARE(window.tabs()->openRecords(), expected);
        window.lock();

        QVERIFY(test::unlockWindow(window, *m_db, u"sup.hq"_s));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->openRecords(), QStringList());
        emit window.navigator()->openCase(m_caseId); // the supervisor's own tab, remembered for the supervisor only
        QCOMPARE(window.tabs()->openRecords(), QStringList{u"case:"_s + m_caseId});
        window.lock();

        QVERIFY(test::unlockWindow(window, *m_db, u"io.grw"_s));
        QCOMPARE(window.tabs()->openRecords(), expected);
        window.lock();
        QVERIFY(test::unlockWindow(window, *m_db, u"sup.hq"_s));
        QCOMPARE(window.tabs()->openRecords(), QStringList{u"case:"_s + m_caseId});
        window.close();

        Settings::instance().sync();
        QFile ini(m_settingsDir.filePath(u"tabsAreRememberedPerAccount.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ini.readAll());
        QVERIFY(text.contains(m_personId));
        QVERIFY(!text.contains(u"io.grw"_s));
        QVERIFY(!text.contains(u"sup.hq"_s));
    }

    void recordOutsideScopeOpensNoTab() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, *m_db, test::kAdmin));
        emit window.navigator()->openCase(u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(window.tabs()->count(), 1);
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;
    QString m_caseId;
    QString m_personId;
};

QTEST_MAIN(TestShellWindow)
#include "test_shell_window.moc"
