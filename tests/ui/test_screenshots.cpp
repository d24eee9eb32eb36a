// Renders the shell's screens in English and Urdu into the build tree, so people can look at them (clipping,
// right-to-left alignment, Urdu glyphs). It asserts what can be asserted automatically.
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "testdatabase.h"
#include "ui/createdatabasewizard.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/settings.h"
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

        window.unlockWidget()->setUsername(test::kAdmin);
        QVERIFY(window.unlockWidget()->unlock(db.path(), test::kAdmin, test::secret(test::kAdminPassword)));
        QVERIFY(!window.isLocked());
        QTest::qWait(50);
        save(window.grab(), u"main-%1.png"_s.arg(language));

        window.lock();
        window.unlockWidget()->setDatabasePath(db.path());
        (void)window.unlockWidget()->unlock(db.path(), test::kAdmin, test::secret(u"wrong password"_s));
        save(window.grab(), u"unlock-error-%1.png"_s.arg(language));

        // A message that starts with a path: the hardest case for right-to-left paragraphs.
        window.unlockWidget()->setDemoDatabasePath(m_dir.filePath(u"no-demo/demo.caselink"_s));
        window.unlockWidget()->openDemo();
        QVERIFY(window.unlockWidget()->messageBar()->text().contains(u"no-demo"_s));
        save(window.grab(), u"unlock-nodemo-%1.png"_s.arg(language));

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
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CreateDatabaseWizard::RecoveryKeyPageId));
        QTest::qWait(20);
        save(wizard.grab(), u"wizard-recovery-%1.png"_s.arg(language));
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
