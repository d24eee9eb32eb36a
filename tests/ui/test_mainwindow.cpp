#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "security/session.h"
#include "security/unlockthrottle.h"
#include "testdatabase.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/unlockwidget.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
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
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() {
        m_window.reset();
        m_db.reset();
    }

    void rightPasswordOpensTheWorkspace() {
        typeCredentials(test::kAdmin, test::kAdminPassword);
        QVERIFY(!m_window->isLocked());
        QVERIFY(m_window->session());
        QVERIFY(!m_window->unlockWidget()->isVisible());
        QVERIFY(m_window->overviewPage()->isVisible());
        QCOMPARE(label(u"statusUser"_s), u"User: %1 (%2)"_s.arg(test::kAdmin, roleDisplayName(Role::Administrator)));
        QCOMPARE(label(u"statusOffice"_s), u"Office: GRW-AHTC"_s);
        QCOMPARE(label(u"statusDatabase"_s), u"Database: %1"_s.arg(QFileInfo(m_db->path()).fileName()));
        QCOMPARE(label(u"statusLock"_s), u"Unlocked"_s);
        QVERIFY(label(u"overviewOffice"_s).startsWith(u"GRW-AHTC"_s));
        QCOMPARE(label(u"overviewAccounts"_s), u"1 active, 0 revoked"_s);
        QVERIFY(m_window->undoStack());
        // The database is remembered for next time, as a path only.
        QCOMPARE(Settings::instance().recentDatabases().value(0), QFileInfo(m_db->path()).absoluteFilePath());
    }

    void wrongPasswordStaysLockedWithInlineError() {
        typeCredentials(test::kAdmin, u"not the password"_s);
        QVERIFY(m_window->isLocked());
        QVERIFY(m_window->unlockWidget()->isVisible());
        MessageBar* bar = m_window->unlockWidget()->messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), MessageBar::Type::Error);
        QVERIFY(!bar->text().isEmpty());
        QCOMPARE(label(u"statusLock"_s), u"Locked"_s);
        // The typed password does not stay in the field.
        QVERIFY(m_window->unlockWidget()->findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());
    }

    void repeatedFailuresDisableUnlockWithCountdown() {
        // Follow core's policy rather than restate it: fail until the first attempt that earns a delay.
        int failures = 1;
        while (UnlockThrottle::delayAfter(failures).count() == 0) {
            ++failures;
        }
        for (int i = 0; i < failures; ++i) {
            typeCredentials(test::kAdmin, u"guess %1"_s.arg(i));
        }
        auto* button = m_window->unlockWidget()->findChild<QPushButton*>(u"unlockButton"_s);
        auto* countdown = m_window->unlockWidget()->findChild<QLabel*>(u"throttleLabel"_s);
        QVERIFY(!button->isEnabled());
        QVERIFY(countdown->isVisible());
        QVERIFY(countdown->text().contains(u"second"_s));
        // After the delay the button comes back by itself.
        const int delayMs = static_cast<int>(UnlockThrottle::delayAfter(failures).count()) * 1000;
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), delayMs + 2000);
        QVERIFY(!countdown->isVisible());
        typeCredentials(test::kAdmin, test::kAdminPassword);
        QVERIFY(!m_window->isLocked());
    }

    void idleTimeoutLocksAndForgetsTheSession() {
        QCOMPARE(m_window->autoLockInterval(), 10 * 60 * 1000);
        m_window->setAutoLockInterval(300);
        typeCredentials(test::kAdmin, test::kAdminPassword);
        QVERIFY(!m_window->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
        QCOMPARE(m_window->session(), nullptr);
        QCOMPARE(m_window->undoStack(), nullptr);
        QVERIFY(m_window->unlockWidget()->isVisible());
        QVERIFY(label(u"overviewUser"_s).isEmpty());
        QVERIFY(label(u"overviewDatabase"_s).isEmpty());
        QCOMPARE(label(u"statusLock"_s), u"Locked"_s);
        // The database can be unlocked again after an auto-lock.
        typeCredentials(test::kAdmin, test::kAdminPassword);
        QVERIFY(!m_window->isLocked());
    }

    void inputKeepsTheSessionOpen() {
        m_window->setAutoLockInterval(600);
        typeCredentials(test::kAdmin, test::kAdminPassword);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(200);
            QTest::keyClick(m_window.get(), Qt::Key_Shift);
        }
        QVERIFY(!m_window->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    }

    void lockShortcutLocks() {
        typeCredentials(test::kAdmin, test::kAdminPassword);
        QVERIFY(!m_window->isLocked());
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(m_window->isLocked());
    }

    // Actions that need a session are usable only while one is open; opening another database always is.
    void sessionActionsFollowTheLock() {
        const QStringList sessionActions{u"lockAction"_s, u"searchAction"_s, u"casesSectionAction"_s,
                                         u"closeTabAction"_s, u"duplicatesAction"_s};
        for (const QString& id : sessionActions) {
            QCOMPARE(state(id), u"disabled"_s);
        }
        QCOMPARE(state(u"openDatabaseAction"_s), u"enabled"_s);
        typeCredentials(test::kAdmin, test::kAdminPassword);
        for (const QString& id : sessionActions) {
            QCOMPARE(state(id), u"enabled"_s);
        }
        m_window->lock();
        for (const QString& id : sessionActions) {
            QCOMPARE(state(id), u"disabled"_s);
        }
        QCOMPARE(state(u"openDatabaseAction"_s), u"enabled"_s);
    }

private:
    void typeCredentials(const QString& user, const QString& password) {
        UnlockWidget* unlock = m_window->unlockWidget();
        unlock->setDatabasePath(m_db->path());
        auto* userEdit = unlock->findChild<QLineEdit*>(u"usernameEdit"_s);
        auto* passwordEdit = unlock->findChild<QLineEdit*>(u"passwordEdit"_s);
        auto* button = unlock->findChild<QPushButton*>(u"unlockButton"_s);
        QVERIFY(userEdit && passwordEdit && button);
        userEdit->setText(user);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // "enabled", "disabled" or "missing", so a missing action fails either way.
    QString state(const QString& id) const {
        auto* found = m_window->findChild<QAction*>(id);
        return !found ? u"missing"_s : found->isEnabled() ? u"enabled"_s : u"disabled"_s;
    }

    QString label(const QString& name) const {
        auto* found = m_window->findChild<QLabel*>(name);
        return found ? found->text() : u"<missing %1>"_s.arg(name);
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
