// Renders the unlock screen, the main window and the new-database wizard in English and Urdu into the build tree
// (screenshots/*.png), and asserts what a person looking at them would notice: each screen shows something, no label,
// button or list item cuts its text off, and in Urdu the screens are mirrored (form labels right of their fields, the
// sidebar right of the tabs, the wizard's Back button right of Next).
#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "screenshotchecks.h"
#include "testdatabase.h"
#include "ui/createdatabasewizard.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/settings.h"
#include "ui/shell/workspacetabs.h"
#include "ui/unlockwidget.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR)));
    }

    void render_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void render() {
        QFETCH(QString, language);
        Settings::setFilePath(m_dir.filePath(u"%1.ini"_s.arg(language)));
        QVERIFY(applyLanguage(language));
        const Qt::LayoutDirection direction = language == u"ur"_s ? Qt::RightToLeft : Qt::LeftToRight;

        test::TestDatabase db;
        QVERIFY(db.isValid());
        Settings::instance().addRecentDatabase(db.path());
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), direction);
        save(window.grab(), u"unlock-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&window, window.unlockWidget()));
        auto* username = window.unlockWidget()->findChild<QLineEdit*>(u"usernameEdit"_s);
        QVERIFY(username && test::labelFor(username));
        CHECK_NO_PROBLEM(test::mirroringProblem(&window, direction, test::rectInWindow(test::labelFor(username)),
                                                test::rectInWindow(username)));

        window.unlockWidget()->setUsername(test::kAdmin);
        QVERIFY(window.unlockWidget()->unlock(db.path(), test::kAdmin, test::secret(test::kAdminPassword)));
        QVERIFY(!window.isLocked());
        QTest::qWait(50);
        save(window.grab(), u"main-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&window, window.tabs()));
        auto* sidebar = window.findChild<QWidget*>(u"sidebar"_s);
        CHECK_NO_PROBLEM(test::blankProblem(sidebar));
        CHECK_NO_PROBLEM(
            test::mirroringProblem(&window, direction, test::rectInWindow(sidebar), test::rectInWindow(window.tabs())));

        window.lock();
        window.unlockWidget()->setDatabasePath(db.path());
        (void)window.unlockWidget()->unlock(db.path(), test::kAdmin, test::secret(u"wrong password"_s));
        QVERIFY(window.unlockWidget()->messageBar()->isVisible());
        save(window.grab(), u"unlock-error-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&window, window.unlockWidget()->messageBar()));

        // A message that starts with a path: the hardest case for right-to-left paragraphs.
        window.unlockWidget()->setDemoDatabasePath(m_dir.filePath(u"no-demo/demo.caselink"_s));
        window.unlockWidget()->openDemo();
        QVERIFY(window.unlockWidget()->messageBar()->text().contains(u"no-demo"_s));
        save(window.grab(), u"unlock-nodemo-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&window, window.unlockWidget()->messageBar()));

        renderWizard(language);
        applyLanguage(u"en"_s);
    }

private:
    void renderWizard(const QString& language) {
        CreateDatabaseWizard wizard;
        wizard.setKdfParams(test::fastKdf());
        wizard.resize(640, 480);
        wizard.show();
        wizard.findChild<QLineEdit*>(u"databasePathEdit"_s)->setText(m_dir.filePath(u"wizard-%1"_s.arg(language)));
        wizard.next();
        wizard.next();
        wizard.findChild<QLineEdit*>(u"usernameEdit"_s)->setText(u"a.khan"_s);
        wizard.findChild<QLineEdit*>(u"displayNameEdit"_s)->setText(u"Ayesha Khan"_s);
        wizard.findChild<QLineEdit*>(u"passwordEdit"_s)->setText(u"Seven long Words"_s);
        wizard.findChild<QLineEdit*>(u"confirmPasswordEdit"_s)->setText(u"Seven long Words"_s);
        QTest::qWait(20);
        save(wizard.grab(), u"wizard-admin-%1.png"_s.arg(language));
        checkWizard(wizard, language);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::RecoveryKeyPageId));
        QTest::qWait(20);
        save(wizard.grab(), u"wizard-recovery-%1.png"_s.arg(language));
        checkWizard(wizard, language);
    }

    // The page shows something, nothing is cut off, and the buttons read in the language's direction: of those shown
    // (Back, Next, Commit, Finish, Cancel, in the order QWizard lays them out) the first sits on the reading side, and
    // a button alone (the last page's Finish) sits at the end of the row, past the middle of the wizard.
    void checkWizard(QWizard& wizard, const QString& language) {
        CHECK_NO_PROBLEM(test::screenProblem(&wizard, wizard.currentPage()));
        QList<QAbstractButton*> shown;
        for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                            QWizard::FinishButton, QWizard::CancelButton}) {
            if (QAbstractButton* button = wizard.button(which); button->isVisible()) {
                shown << button;
            }
        }
        QVERIFY(!shown.isEmpty());
        const QRect first = shown.size() > 1 ? test::rectInWindow(shown.front()) : wizard.rect();
        const Qt::LayoutDirection direction = language == u"ur"_s ? Qt::RightToLeft : Qt::LeftToRight;
        CHECK_NO_PROBLEM(test::mirroringProblem(&wizard, direction, first, test::rectInWindow(shown.back())));
    }

    void save(const QPixmap& pixmap, const QString& name) {
        QVERIFY(!pixmap.isNull());
        const QString path = QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(name);
        QVERIFY(pixmap.save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
