// Renders every sidebar section of the main window (the review of held persons with a pair selected), the search popup
// and the duplicate review in English and Urdu over the synthetic "tiny" dataset, into the build tree
// (screenshots/shell-*.png), and asserts what a person looking at them would notice: every section shows a page that
// is not blank, lists have rows in a table of non-zero size, no label, button or sidebar entry cuts its text off, and
// in Urdu the window is mirrored (the sidebar on the right of the tabs).
#include <QDir>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "evidencefixture.h"
#include "exchange/bundleimport.h"
#include "exchange/bundlewriter.h"
#include "heldreviewfixture.h"
#include "models/heldreviewlistmodel.h"
#include "models/pagedtablemodel.h"
#include "screenshotchecks.h"
#include "shellfixture.h"
#include "synthetic/syntheticgenerator.h"
#include "ui/integration/applicationwiring.h"
#include "ui/language.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/duplicatereview.h"
#include "ui/shell/globalsearchfield.h"
#include "ui/shell/heldreviewview.h"
#include "ui/shell/listpage.h"
#include "ui/shell/workspacetabs.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestShellScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR)));
        QVERIFY(m_db.isValid());
        auto session = m_db.unlock();
        QVERIFY(session);
        SyntheticOptions options;
        options.scale = SyntheticScale::Tiny;
        // Cases as of today (in Pakistan), so the Dashboard's work queue shows what is due now.
        options.today = QDateTime::currentDateTimeUtc().addSecs(5 * 3600).date();
        auto report = SyntheticGenerator(*session).run(options);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        (void)session->close();
        // A pair for the duplicate review to show.
        test::Writer w(m_db, test::kAdmin);
        QVERIFY(!w.person(u"Imran Akhtar"_s, u"عمران اختر"_s, u"34101-2345678-9"_s, u"+923001234567"_s).isEmpty());
        QVERIFY(!w.person(u"Imran Akhter"_s, u"عمران اختر"_s, u"34101-2345678-9"_s, u"03001234567"_s).isEmpty());
        // A person an arrests sheet names again, held for review beside the record already here.
        const test::HeldFromSpreadsheet held =
            test::holdFromSpreadsheet(*w.context, m_dir.path(), u"Muhammad Sherbaz Durrani"_s,
                                      u"Mohd Sherbaz Durrani"_s, u"C-9917/2025"_s, u"محمد شیرباز درانی"_s);
        QVERIFY(!held.itemId.isEmpty());
        // A bundle from another office whose accused this office has on record under another spelling: held too,
        // newest, so the section opens on it.
        test::EvidenceFixture other;
        const QString bundle = m_dir.filePath(u"other-office.zip"_s);
        QVERIFY(BundleWriter::exportCase(*other.context, other.caseId, RedactionProfile::Prosecutor, bundle));
        Person known;
        known.nameLatin = u"Rana Tariq Mahmood"_s;
        known.nameUrdu = u"رانا طارق محمود"_s;
        known.relation = Relation::SonOf;
        known.relativeLatin = u"Muhammad Aslam"_s;
        known.cnic = test::kAccusedCnic;
        QVERIFY(PersonRepository(*w.context).create(known));
        // The sending office's key is trusted here, as an administrator does after comparing its fingerprint.
        auto theirs = TrustedKeyRepository(*other.context).ownKey();
        QVERIFY(theirs);
        QVERIFY(TrustedKeyRepository(*w.context).trust({u"GRW-AHTC"_s, theirs->pem, {}, {}}));
        auto imported = BundleImporter::importBundle(*w.context, bundle);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QVERIFY(imported->heldForReview >= 1);
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
        MainWindow window;
        wireApplication(window); // every section as users see it
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::unlockWindow(window, m_db, test::kAdmin));
        const Qt::LayoutDirection direction = language == u"ur"_s ? Qt::RightToLeft : Qt::LeftToRight;
        auto* sidebar = window.findChild<QWidget*>(u"sidebar"_s);
        QVERIFY(sidebar);
        CHECK_NO_PROBLEM(
            test::mirroringProblem(&window, direction, test::rectInWindow(sidebar), test::rectInWindow(window.tabs())));
        for (const QString& section : MainWindow::sectionNames()) {
            QVERIFY(window.showSection(section));
            QVERIFY(window.sectionWidget(section)->isVisible());
            if (auto* list = qobject_cast<ListPage*>(window.sectionWidget(section))) {
                QVERIFY2(list->model()->rowCount() > 0, qPrintable(section));
                CHECK_NO_PROBLEM(test::blankProblem(list->view()));
            }
            if (auto* held = qobject_cast<HeldReviewView*>(window.sectionWidget(section))) {
                QVERIFY(held->model()->rowCount() > 1);
                QVERIFY(held->current() && held->sameButton()->isEnabled());
                QCOMPARE(held->current()->source, HeldSource::Bundle);
            }
            QTest::qWait(30);
            if (section == u"dashboard"_s) {
                (void)window.grab(); // the first paint queues the figures
                QTRY_VERIFY(window.overviewPage()->figuresLoaded());
            }
            save(window.grab(), u"shell-%1-%2.png"_s.arg(section, language));
            CHECK_NO_PROBLEM(test::screenProblem(&window, window.sectionWidget(section)));
        }
        // The review of held persons on the spreadsheet's pair.
        QVERIFY(window.showSection(u"review"_s));
        auto* held = qobject_cast<HeldReviewView*>(window.sectionWidget(u"review"_s));
        for (int row = 0; row < held->model()->rowCount(); ++row) {
            if (held->model()->index(row, 0).data(HeldReviewListModel::SourceRole).toString() == u"SPREADSHEET"_s) {
                held->view()->setCurrentIndex(held->model()->index(row, 0));
            }
        }
        QCOMPARE(held->current()->source, HeldSource::Spreadsheet);
        QTest::qWait(30);
        save(window.grab(), u"shell-review-spreadsheet-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&window, held));

        // The search popup over the Dashboard.
        window.showSection(u"dashboard"_s);
        window.focusSearch();
        GlobalSearchField* field = window.searchField();
        field->setText(u"Khan"_s);
        field->search(field->text());
        QVERIFY(field->resultsModel()->rowCount() > 1);
        QTest::qWait(30);
        QVERIFY(field->popup()->isVisible());
        QPixmap shot = window.grab();
        {
            // The popup is a window of its own: paint it where it sits over the main window.
            QPainter painter(&shot);
            const QPoint at = window.mapFromGlobal(field->popup()->mapToGlobal(QPoint(0, 0)));
            painter.drawPixmap(at, field->popup()->grab());
        }
        save(shot, u"shell-search-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::blankProblem(field->popup()));
        QTest::keyClick(field, Qt::Key_Escape);

        window.findDuplicates();
        auto* review = qobject_cast<DuplicateReview*>(window.tabs()->currentWidget());
        QVERIFY(review);
        QSignalSpy scanned(review, &DuplicateReview::scanFinished);
        review->scan();
        QVERIFY(scanned.wait(20000));
        QVERIFY(review->model()->rowCount() >= 1);
        QTest::qWait(30);
        save(window.grab(), u"shell-duplicates-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&window, review));
        window.lock();
        applyLanguage(u"en"_s);
    }

private:
    void save(const QPixmap& pixmap, const QString& name) {
        QVERIFY(!pixmap.isNull());
        const QString path = QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(name);
        QVERIFY(pixmap.save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }

    QTemporaryDir m_dir;
    test::TestDatabase m_db;
};

QTEST_MAIN(TestShellScreenshots)
#include "test_shell_screenshots.moc"
