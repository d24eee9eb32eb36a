// The import wizard driven page by page on the offscreen platform against a real encrypted database: suggested
// mapping, preview with per-row errors, import on the worker thread, error report, a cancel that leaves the
// database unchanged, saved mappings, and the watch-list hits view. Screenshots of every page in English and Urdu.
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "importer/mappingstore.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "ui/importer/importwizard.h"
#include "ui/importer/watchlisthitsview.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/settings.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(CASELINK_IMPORT_DATA);

qint64 count(Database& db, const QString& sql) {
    auto v = db.scalar(sql);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RepositoryContext> m_context;

    void save(QWidget& widget, const QString& name) {
        const QString path = QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(name);
        QVERIFY(widget.grab().save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR))); }

    void init() {
        QVERIFY(applyLanguage(u"en"_s)); // a data row may have left the interface in Urdu
        m_db = std::make_unique<test::TestDatabase>();
        m_session = m_db->unlock();
        QVERIFY(m_session);
        m_context = std::move(*RepositoryContext::create(*m_session));
    }
    void cleanup() {
        m_context.reset();
        m_session.reset();
        m_db.reset();
    }

    void wizardImportsAndReports_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void wizardImportsAndReports() {
        QFETCH(QString, language);
        Settings::setFilePath(m_dir.filePath(u"%1.ini"_s.arg(language)));
        QVERIFY(applyLanguage(language));
        ImportWizard wizard(*m_context);
        wizard.show();
        wizard.setFile(kData + u"/persons_messy.csv"_s);
        save(wizard, u"import-file-%1.png"_s.arg(language));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        const ColumnMapping m = wizard.mapping();
        QCOMPARE(m.column(u"name"_s), 0);
        QCOMPARE(m.column(u"father"_s), 1);
        QCOMPARE(m.column(u"cnic"_s), 2);
        QCOMPARE(m.column(u"birth_date"_s), 5);
        save(wizard, u"import-mapping-%1.png"_s.arg(language));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        auto* preview = wizard.findChild<QTableWidget*>(u"importPreview"_s);
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 9);
        save(wizard, u"import-preview-%1.png"_s.arg(language));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QSignalSpy finished(&wizard, &ImportWizard::runFinished);
        wizard.start(true);
        QVERIFY(finished.wait(30000));
        QVERIFY(wizard.summary() && wizard.summary()->dryRun);
        QCOMPARE(count(m_context->db(), u"SELECT count(*) FROM persons"_s), 0);
        wizard.start(false);
        QVERIFY(finished.wait(30000));
        QVERIFY(wizard.summary() && wizard.summary()->committed);
        QCOMPARE(wizard.summary()->rows, 9);
        QCOMPARE(wizard.summary()->rejected, 3);
        QCOMPARE(count(m_context->db(), u"SELECT count(*) FROM persons"_s), 6);
        save(wizard, u"import-run-%1.png"_s.arg(language));
        const QString report = m_dir.filePath(u"report-%1.csv"_s.arg(language));
        QVERIFY(wizard.saveReport(report));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(u"cnic.length"_s));
        QVERIFY(text.contains(u"date.month_day_order"_s));
    }

    void previewMarksBadRows() {
        ImportWizard wizard(*m_context);
        wizard.show();
        wizard.setFile(kData + u"/persons_messy.csv"_s);
        wizard.next();
        wizard.next();
        auto* preview = wizard.findChild<QTableWidget*>(u"importPreview"_s);
        int errors = 0;
        for (int r = 0; r < preview->rowCount(); ++r) {
            if (preview->item(r, 1)->text() == u"Error"_s) {
                ++errors;
                QVERIFY(!preview->item(r, 1)->toolTip().isEmpty());
            }
        }
        QCOMPARE(errors, 3);
        QCOMPARE(preview->rowCount(), 9);
    }

    void cancelLeavesDatabaseUnchanged() {
        const QString path = m_dir.filePath(u"many.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Father Name,CNIC\n");
        for (int i = 0; i < 20000; ++i) {
            file.write(u"Person %1,Father %1,35202-%2-1\n"_s.arg(i).arg(2000000 + i).toUtf8());
        }
        file.close();
        const qint64 auditBefore = count(m_context->db(), u"SELECT count(*) FROM audit_log"_s);
        ImportWizard wizard(*m_context);
        wizard.show();
        wizard.setFile(path);
        wizard.next();
        wizard.next();
        wizard.next();
        QSignalSpy finished(&wizard, &ImportWizard::runFinished);
        wizard.start(false);
        wizard.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY2(wizard.summary() && wizard.summary()->cancelled,
                 qPrintable(wizard.findChild<QLabel*>(u"importStatus"_s)->text()));
        QCOMPARE(count(m_context->db(), u"SELECT count(*) FROM persons"_s), 0);
        QCOMPARE(count(m_context->db(), u"SELECT count(*) FROM audit_log"_s), auditBefore);
    }

    void redBookEditionAndRefusedKinds() {
        ImportWizard wizard(*m_context);
        wizard.show();
        wizard.setFile(kData + u"/redbook_messy.csv"_s);
        auto* kinds = wizard.findChild<QComboBox*>(u"importKind"_s);
        // The administrator holds no victim grant: the wizard stops on the first page and says why.
        kinds->setCurrentIndex(kinds->findData(u"victims"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        kinds->setCurrentIndex(kinds->findData(u"redbook"_s));
        wizard.findChild<QSpinBox*>(u"importEdition"_s)->setValue(13);
        wizard.findChild<QSpinBox*>(u"importEditionYear"_s)->setValue(2025);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(missingRequired(ImportKind::RedBook, wizard.mapping()).isEmpty());
        wizard.next();
        auto* preview = wizard.findChild<QTableWidget*>(u"importPreview"_s);
        int errors = 0;
        for (int r = 0; r < preview->rowCount(); ++r) {
            errors += preview->item(r, 1)->text() == u"Error"_s ? 1 : 0;
        }
        // Zones resolve in the preview as they will on import; the serial taken by row 2 is found on import only.
        QCOMPARE(errors, 4);
        wizard.next();
        QSignalSpy finished(&wizard, &ImportWizard::runFinished);
        wizard.start(false);
        QVERIFY(finished.wait(30000));
        QVERIFY(wizard.summary() && wizard.summary()->committed);
        QCOMPARE(wizard.summary()->imported, 4);
        QCOMPARE(count(m_context->db(), u"SELECT count(*) FROM red_book_entries"_s), 4);
        QCOMPARE(count(m_context->db(), u"SELECT count(*) FROM red_book_editions WHERE edition = 13"_s), 1);
    }

    void savedMappingsAreReused() {
        MappingStore store(*m_context);
        QVERIFY(store.save(ImportKind::Persons, u"Gujrat register"_s,
                           QJsonObject{{u"fields"_s, QJsonObject{{u"name"_s, u"Father Name"_s}}}}));
        ImportWizard wizard(*m_context);
        wizard.show();
        wizard.setFile(kData + u"/persons_messy.csv"_s);
        wizard.next();
        auto* saved = wizard.findChild<QComboBox*>(u"savedMappings"_s);
        QVERIFY(saved);
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->itemText(0), u"Gujrat register"_s);
        QVERIFY(*store.names(ImportKind::Persons) == QStringList{u"Gujrat register"_s});
    }

    void hitsViewRunsAList_data() { wizardImportsAndReports_data(); }
    void hitsViewRunsAList() {
        QFETCH(QString, language);
        QVERIFY(applyLanguage(language));
        ImportWizard wizard(*m_context);
        wizard.show();
        wizard.setFile(kData + u"/persons_messy.csv"_s);
        wizard.next();
        wizard.next();
        wizard.next();
        QSignalSpy finished(&wizard, &ImportWizard::runFinished);
        wizard.start(false);
        QVERIFY(finished.wait(30000));
        // A PCL entry that looks like Ali Raza s/o Muhammad Akram.
        const QString list = m_dir.filePath(u"pcl.csv"_s);
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name,Father Name,List\nAli Rza,Mohammad Akram,PCL\n");
        f.close();
        ImportWizard listWizard(*m_context);
        listWizard.show();
        listWizard.setFile(list);
        auto* kinds = listWizard.findChild<QComboBox*>(u"importKind"_s);
        kinds->setCurrentIndex(kinds->findData(u"watchlist"_s));
        listWizard.next();
        listWizard.next();
        listWizard.next();
        QSignalSpy listFinished(&listWizard, &ImportWizard::runFinished);
        listWizard.start(false);
        QVERIFY(listFinished.wait(30000));
        QVERIFY(listWizard.summary());
        QCOMPARE(listWizard.summary()->imported, 1);
        Navigator navigator;
        WatchListHitsView view(*m_context, navigator);
        view.resize(1000, 400);
        view.show();
        QSignalSpy matched(&view, &WatchListHitsView::runFinished);
        view.runList(u"PCL"_s);
        QVERIFY(view.isRunning()); // a background job: the window stays responsive
        QVERIFY(matched.wait(30000));
        QCOMPARE(matched.at(0).at(0).toBool(), true);
        QCOMPARE(view.hitCount(), 1);
        QSignalSpy opened(&navigator, &Navigator::openPerson);
        auto* table = view.findChild<QTableWidget*>();
        QVERIFY(table->item(0, 3)->text().contains(u"Ali Raza"_s));
        emit table->cellDoubleClicked(0, 0);
        QCOMPARE(opened.count(), 1);
        save(view, u"watchlist-hits-%1.png"_s.arg(language));
        applyLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
