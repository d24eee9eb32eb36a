// One fact, one reading: an arrest recorded at 12:00 office time (Asia/Karachi) through the real dialog reads
// "dd-MM-yyyy 12:00" in the Arrests list, on the case page, in the case history, on the timeline, as the production
// deadline (12:00 the next day) in the Deadlines view and the case overview, and in the case file's HTML and PDF
// (read back with pdftotext) - whatever the machine's zone: CMake runs this test again with TZ=UTC and
// TZ=America/New_York. In Urdu the time field still reads 12:00, not 00:12.
#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolTip>

#include "bundletools.h"
#include "domain/localtime.h"
#include "io/casefiledata.h"
#include "io/casefilehtml.h"
#include "io/casefilepdf.h"
#include "models/arrestlistmodel.h"
#include "models/auditlistmodel.h"
#include "render/timelinepainter.h"
#include "repo/arrestrepository.h"
#include "repo/deadlinequery.h"
#include "ui/language.h"
#include "ui/settings.h"
#include "ui/shell/deadlinesview.h"
#include "ui/timeline/timelineview.h"
#include "ui/workspace/addpersondialog.h"
#include "ui/workspace/arrestdialogs.h"
#include "ui/workspace/arrestspanel.h"
#include "ui/workspace/casedialog.h"
#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/overviewpanel.h"
#include "ui/workspace/peoplepanels.h"
#include "ui/workspace/personfields.h"
#include "ui/workspace/recordpanels.h"
#include "workspacefixture.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

// The arrest day, three days back in the office's calendar: production is then overdue and listed.
QDate arrestDay() {
    return officeToday().addDays(-3);
}

// Written out here, not through displayDateTime, so that the test states the format it expects.
QString expectedArrest() {
    return arrestDay().toString(u"dd-MM-yyyy"_s) + u" 12:00"_s;
}

QString expectedProduction() {
    return arrestDay().addDays(1).toString(u"dd-MM-yyyy"_s) + u" 12:00"_s;
}

QStringList columnTexts(const QAbstractItemModel& model, int column) {
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        out << model.index(r, column).data().toString();
    }
    return out;
}

// The x of the text cursor after position in a line edit, as it is drawn.
int cursorX(QLineEdit* line, int position) {
    line->setCursorPosition(position);
    return line->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
}

} // namespace

class TestTimeReading : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        qInfo("machine zone: %s", QTimeZone::systemTimeZoneId().constData());
        QVERIFY(m_settings.isValid());
        Settings::setFilePath(m_settings.filePath(u"settings.ini"_s));
        QVERIFY(applyLanguage(u"en"_s));
        QVERIFY(m_f.setUp());
        RecordDialog::setDiscardQuestion([](QWidget*) { return true; });

        CaseDialog dialog(*m_f.context, m_f.stack());
        dialog.firEdit()->setText(u"C-31/%1"_s.arg(officeToday().addDays(-20).year()));
        field(&dialog, "firDateEdit")->setText(displayDate(officeToday().addDays(-20)));
        field(&dialog, "firTimeEdit")->setText(u"10:00"_s); // a new case records its time of registration
        dialog.titleEdit()->setText(u"Agents arrested at Gujrat bus stand"_s);
        dialog.offenceList()->item(0)->setCheckState(Qt::Checked);
        dialog.accept();
        m_caseId = dialog.savedCaseId();
        QVERIFY(!m_caseId.isEmpty());
    }

    void cleanupTestCase() { applyLanguage(u"en"_s); }

    void oneArrestReadsTheSameEverywhere() {
        CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_caseId);
        AddPersonDialog* accused = workspace.people()->addPerson(true);
        accused->createNew()->setChecked(true);
        accused->fields()->nameLatin()->setText(u"Shahid Mehmood"_s);
        accused->roleBox()->setCurrentIndex(accused->roleBox()->findData(u"AGENT"_s));
        accused->arrestStatusBox()->setCurrentIndex(accused->arrestStatusBox()->findData(u"WANTED"_s));
        accused->accept();
        QTRY_COMPARE(workspace.people()->accusedTable()->rowCount(), 1);

        // Typed as the officer reads his watch: 12:00 in Pakistan.
        ArrestDialog* dialog = workspace.arrests()->recordArrest();
        dialog->personBox()->setCurrentIndex(1); // the accused: nobody is chosen for the user
        dialog->dateEdit()->setText(arrestDay().toString(u"dd-MM-yyyy"_s));
        dialog->timeEdit()->setTime(QTime(12, 0));
        dialog->placeEdit()->setText(u"Gujrat bus stand"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->accept();
        QTRY_COMPARE(workspace.arrests()->arrestTable()->rowCount(), 1);

        // Stored as the instant: 07:00 UTC (Pakistan is UTC+5 today).
        auto stored = ArrestRepository(*m_f.context).forCase(m_caseId);
        QVERIFY(stored && stored->size() == 1);
        QCOMPARE(stored->front().arrestedAt, QDateTime(arrestDay(), QTime(7, 0), QTimeZone::utc()));

        const QString arrest = expectedArrest();
        // The Arrests list.
        ArrestListModel list(*m_f.context);
        QTRY_COMPARE(list.rowCount(), 1);
        QCOMPARE(list.index(0, ArrestListModel::Date).data().toString(), arrest);
        // The case page.
        QCOMPARE(workspace.arrests()->arrestTable()->item(0, 1)->text(), arrest);
        // The case history shows the recorded value, in the same reading.
        QTRY_VERIFY(visibleText(workspace.history()).contains(u"arrested_at="_s + arrest));

        // The timeline: the arrest's tooltip and an hour tick at that instant.
        CaseTimeline timeline(*m_f.context, m_f.navigator, m_caseId);
        timeline.resize(1000, 360);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        TimelineCanvas* canvas = timeline.canvas();
        int item = -1;
        for (std::size_t i = 0; i < canvas->data().items.size(); ++i) {
            if (canvas->data().items[i].type == u"ARREST"_s) {
                item = static_cast<int>(i);
            }
        }
        QVERIFY(item >= 0);
        const QDateTime at = canvas->data().items[static_cast<std::size_t>(item)].at;
        QCOMPARE(tickLabel(at, TickUnit::Hour), arrest);
        const QPoint point = canvas->itemPoint(item).toPoint();
        QHelpEvent help(QEvent::ToolTip, point, canvas->mapToGlobal(point));
        QApplication::sendEvent(canvas, &help);
        QTRY_VERIFY2(QToolTip::text().contains(arrest), qPrintable(QToolTip::text()));

        // The production deadline: 24 hours later, 12:00 the next day, in the query, the Deadlines view and the
        // case overview.
        const QString production = expectedProduction();
        auto deadlines = DeadlineQuery(*m_f.context).list(officeToday(), 14);
        QVERIFY(deadlines);
        bool found = false;
        for (const DeadlineItem& d : deadlines->items) {
            if (d.kind == DeadlineItem::Kind::MagistrateProduction) {
                found = true;
                QCOMPARE(d.dueAt, QDateTime(arrestDay().addDays(1), QTime(7, 0), QTimeZone::utc()));
                QCOMPARE(displayDateTime(d.dueAt), production);
                QCOMPARE(d.due, arrestDay().addDays(1));
            }
        }
        QVERIFY(found);
        DeadlinesView view(*m_f.context);
        view.show(); // loads when shown
        QTRY_VERIFY2(columnTexts(*view.model(), 0).contains(production),
                     qPrintable(columnTexts(*view.model(), 0).join(u" | "_s)));
        QVERIFY2(workspace.overview()->deadlinesLabel()->text().contains(production),
                 qPrintable(workspace.overview()->deadlinesLabel()->text()));

        // The case file: its HTML sections and the PDF as pdftotext reads it, which names the zone once.
        auto data = CaseFileLoader::load(*m_f.context, m_caseId, RedactionProfile::Prosecutor);
        QVERIFY(data);
        QString html;
        for (const casefilehtml::Section& s : casefilehtml::sections(*data)) {
            html += s.html;
        }
        QVERIFY2(html.contains(arrest), qPrintable(html.left(2000)));
        QVERIFY(!html.contains(u"UTC"_s));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"case.pdf"_s);
        QVERIFY(CaseFilePdf::write(*data, pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(arrest), qPrintable(text.left(3000)));
        QVERIFY(text.contains(u"Asia/Karachi"_s));
        QVERIFY(!text.contains(u"UTC"_s));

        // The audit list and the case history read the audit entry's own instant alike.
        AuditListModel audit(*m_f.context);
        QTRY_VERIFY(audit.rowCount() > 0);
        QTRY_VERIFY(workspace.history()->table()->rowCount() > 0);
        const QString recorded = workspace.history()->table()->item(0, 0)->text();
        QVERIFY2(columnTexts(audit, AuditListModel::Time).contains(recorded), qPrintable(recorded));
        QVERIFY(QRegularExpression(u"^\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d$"_s).match(recorded).hasMatch());
    }

    // The same dialog in Urdu (right to left): hours stay left of minutes, the date keeps its order.
    void urduTimeFieldKeepsHoursFirst() {
        QVERIFY(applyLanguage(u"ur"_s));
        CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_caseId);
        ArrestDialog* dialog = workspace.arrests()->recordArrest();
        QVERIFY(dialog);
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        dialog->timeEdit()->setTime(QTime(12, 0));
        dialog->dateEdit()->setText(arrestDay().toString(u"dd-MM-yyyy"_s));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR));
        QVERIFY(dialog->grab().save(QStringLiteral(CASELINK_SCREENSHOT_DIR) + u"/dialog-arrest-ur.png"_s));

        auto* line = dialog->timeEdit()->findChild<QLineEdit*>();
        QVERIFY(line);
        QCOMPARE(line->text(), u"12:00"_s);
        // "12" is drawn left of "00": the cursor after the first hour digit lies left of the one after the colon.
        QVERIFY2(cursorX(line, 1) < cursorX(line, 4), "the time field reads 00:12");
        QVERIFY(cursorX(dialog->dateEdit(), 1) < cursorX(dialog->dateEdit(), 9));
        dialog->reject();
        QVERIFY(applyLanguage(u"en"_s));
    }

private:
    QTemporaryDir m_settings;
    WorkspaceFixture m_f;
    QString m_caseId;
};

QTEST_MAIN(TestTimeReading)
#include "test_time_reading.moc"
