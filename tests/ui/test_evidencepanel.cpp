// The evidence panel and the export dialog on a real database, offscreen: files dropped on the panel are taken in by
// the worker (and a cancelled intake stores nothing), custody events and verification show up, opening writes a
// private temporary copy that goes with the panel, the export dialog writes a verifiable bundle; screenshots in
// English and Urdu.
#include <QDir>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "evidence/evidencetempfiles.h"
#include "evidencefixture.h"
#include "exchange/bundleverifier.h"
#include "ui/evidence/evidencedialogs.h"
#include "ui/evidence/evidencepanel.h"
#include "ui/evidence/exportcasedialog.h"
#include "ui/language.h"
#include "ui/messagebar.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

class TestEvidencePanel : public QObject {
    Q_OBJECT

    std::unique_ptr<EvidenceFixture> m_f;

    void save(QWidget& w, const QString& name) {
        QVERIFY(QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR)));
        const QString path = QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(name);
        QVERIFY(w.grab().save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }
    void drop(QWidget& target, const QStringList& paths) {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& p : paths) {
            urls << QUrl::fromLocalFile(p);
        }
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &dropEvent);
    }

private slots:
    void initTestCase() { m_f = std::make_unique<EvidenceFixture>(); }

    void dropTakesFilesInWithTheWorker() {
        CaseEvidencePanel panel(*m_f->context, m_f->caseId);
        panel.resize(1000, 640);
        panel.show();
        QCOMPARE(panel.table()->rowCount(), 2);
        const QString a = m_f->db.dir() + u"/passport-scan.jpg"_s;
        const QString b = m_f->db.dir() + u"/call-records.csv"_s;
        QVERIFY(writeFile(a, randomBytes(3 * 1024 * 1024, 11)));
        QVERIFY(writeFile(b, "number,date\n+923001234567,2024-01-01\n"));
        QSignalSpy finished(&panel, &CaseEvidencePanel::intakeFinished);
        drop(panel, {a, b});
        QVERIFY(panel.isBusy());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(panel.table()->rowCount(), 4);
        QVERIFY(panel.messageBar()->text().contains(u"2 file"_s));

        // A cancelled intake stores nothing.
        const QString big = m_f->db.dir() + u"/video.mp4"_s;
        QVERIFY(writeFile(big, randomBytes(8 * 1024 * 1024, 5)));
        panel.addFiles({big});
        panel.cancelIntake();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QCOMPARE(panel.table()->rowCount(), 4);
    }

    void custodyVerifyAndOpen() {
        QString copy;
        {
            CaseEvidencePanel panel(*m_f->context, m_f->caseId);
            panel.resize(1000, 640);
            panel.show();
            panel.selectItem(m_f->exhibitId);
            CustodyEventDialog dialog(u"Forged visa stamps"_s);
            CustodyEvent e;
            e.action = CustodyAction::HandedOver;
            e.at = QDateTime::currentDateTimeUtc().addSecs(-600);
            e.byWhom = u"SI Kamran"_s;
            e.toWhom = u"Moharrar Aslam"_s;
            e.place = u"Malkhana AHTC Gujranwala"_s;
            dialog.setEvent(e);
            QVERIFY(panel.addCustodyToSelected(dialog.event()));
            QCOMPARE(panel.custodyTable()->rowCount(), 2);
            QCOMPARE(panel.custodyTable()->item(1, 3)->text(), u"Moharrar Aslam"_s);

            panel.selectItem(m_f->fileId);
            // The Verify button re-hashes the stored file in the background.
            auto* verify = panel.findChild<QPushButton*>(u"verifyEvidence"_s);
            QVERIFY(verify && verify->isEnabled());
            QSignalSpy verified(&panel, &CaseEvidencePanel::verified);
            verify->click();
            QVERIFY(verified.wait(20000));
            QCOMPARE(verified.at(0).at(0).toBool(), true);
            QVERIFY(panel.messageBar()->text().contains(u"matches"_s));
            auto opened = panel.openSelected(false);
            QVERIFY(opened);
            copy = *opened;
            QVERIFY(QFileInfo::exists(copy));
            QVERIFY(copy.contains(EvidenceTempFiles::prefix()));
        }
        QVERIFY(!QFileInfo::exists(copy)); // gone with the panel
    }

    void exportDialogWritesAVerifiableBundle() {
        ExportCaseDialog dialog(*m_f->context, m_f->caseId);
        dialog.show();
        const QString out = m_f->db.dir() + u"/partner.zip"_s;
        dialog.setProfile(RedactionProfile::Partner);
        dialog.setOutputPath(out);
        QSignalSpy finished(&dialog, &ExportCaseDialog::finished);
        dialog.startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(BundleVerifier::verify(out));
        dialog.setTransportPassword(u"short"_s);
        dialog.setOutputPath(m_f->db.dir() + u"/enc.zip"_s);
        dialog.startExport();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).toBool(), false); // too short a password
        QVERIFY(dialog.statusText().contains(u"10 characters"_s));
    }

    void screenshots_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void screenshots() {
        QFETCH(QString, language);
        QVERIFY(applyLanguage(language));
        CaseEvidencePanel panel(*m_f->context, m_f->caseId);
        panel.resize(1100, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(50); // the language change reaches the panel first
        panel.selectItem(m_f->exhibitId);
        QTest::qWait(50);
        QCOMPARE(panel.selectedId(), m_f->exhibitId);
        save(panel, u"evidence-panel-%1.png"_s.arg(language));
        ExportCaseDialog dialog(*m_f->context, m_f->caseId);
        dialog.setProfile(RedactionProfile::Partner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(dialog, u"export-case-%1.png"_s.arg(language));
        CustodyEventDialog custody(u"Forged visa stamps, 14 pieces"_s);
        custody.show();
        QVERIFY(QTest::qWaitForWindowExposed(&custody));
        save(custody, u"custody-event-%1.png"_s.arg(language));
        ExhibitDialog exhibit;
        exhibit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exhibit));
        save(exhibit, u"exhibit-%1.png"_s.arg(language));
        QCOMPARE(panel.layoutDirection(), language == u"ur"_s ? Qt::RightToLeft : Qt::LeftToRight);
    }
};

QTEST_MAIN(TestEvidencePanel)
#include "test_evidencepanel.moc"
