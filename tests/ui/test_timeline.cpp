// Case and person timelines offscreen: a lane per person, deadlines, zoom changes the tick unit, close events cluster
// into a counted badge and separate when zoomed in, a click opens the record through the Navigator; PNG/PDF export;
// screenshots in English and Urdu under screenshots/timeline.
#include <QDir>
#include <QSignalSpy>
#include <QtTest>

#include "render/timelinepainter.h"
#include "statisticsfixture.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/timeline/timelineview.h"

using namespace caselink;
using namespace caselink::test;

class TestTimeline : public QObject {
    Q_OBJECT

private:
    // Five events within one hour on the case lane of C3: a dense period.
    void addBurst(StatisticsFixture& f) {
        const QStringList types{QStringLiteral("RAID"), QStringLiteral("RECOVERY_SEIZURE"),
                                QStringLiteral("STATEMENT_161"), QStringLiteral("STATEMENT_161"),
                                QStringLiteral("STATEMENT_164")};
        for (int i = 0; i < types.size(); ++i) {
            TimelineEvent e;
            e.caseId = f.c3;
            e.type = types[i];
            e.occurredAt = QDateTime(QDate(2025, 2, 20), QTime(9, i * 10), Qt::UTC);
            QVERIFY(EventRepository(*f.context).add(e));
        }
    }

private slots:
    void caseTimelineLanesZoomClustersAndClick() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        addBurst(f);
        Navigator navigator;
        CaseTimeline timeline(*f.context, navigator, f.c3);
        timeline.resize(1200, 400);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        TimelineCanvas* canvas = timeline.canvas();
        const TimelineData& data = canvas->data();
        QCOMPARE(data.lanes.front().key, QStringLiteral("case"));
        QStringList labels;
        for (const TimelineLane& l : data.lanes) {
            labels << l.label;
        }
        QVERIFY2(labels.contains(QStringLiteral("Agent One")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(QStringLiteral("Kingpin Three")));
        bool challanDue = false;
        for (const TimelineDeadline& d : data.deadlines) {
            challanDue = challanDue || (d.kind == u"challan_due" && d.met && d.at.date() == QDate(2025, 2, 18));
        }
        QVERIFY(challanDue); // FIR 1 Feb + 14 + 3 days, met by the interim challan of 15 Feb

        // At full span the five events of 20 Feb are one badge counting five.
        int burst = -1;
        for (std::size_t i = 0; i < data.items.size(); ++i) {
            if (data.items[i].type == u"RAID") {
                burst = static_cast<int>(i);
            }
        }
        QVERIFY(burst >= 0);
        const QPointF at = canvas->itemPoint(burst);
        QCOMPARE(canvas->itemsAt(at).size(), std::size_t(5));
        const TickUnit wide = canvas->tickUnit();

        // Zoomed in around them, they separate and the axis counts hours.
        canvas->zoom(2000, at.x());
        QVERIFY(canvas->tickUnit() < wide);
        QVERIFY(canvas->tickUnit() <= TickUnit::SixHours);
        QCOMPARE(canvas->itemsAt(canvas->itemPoint(burst)).size(), std::size_t(1));
        // Zoomed far out, years.
        canvas->fit();
        canvas->zoom(0.01, canvas->width() / 2.0);
        QVERIFY(canvas->tickUnit() >= TickUnit::Year);

        // A click on a single event opens its case.
        canvas->fit();
        int arrest = -1;
        for (std::size_t i = 0; i < data.items.size(); ++i) {
            if (data.items[i].type == u"ARREST" &&
                canvas->itemsAt(canvas->itemPoint(static_cast<int>(i))).size() == 1) {
                arrest = static_cast<int>(i);
            }
        }
        QVERIFY(arrest >= 0);
        QSignalSpy opened(&navigator, &Navigator::openCase);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->itemPoint(arrest).toPoint());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), f.c3);

        // Filters: hiding a type removes its icons.
        canvas->view().hiddenTypes.insert(QStringLiteral("RAID"));
        QCOMPARE(canvas->itemsAt(at).size(), std::size_t(4));

        QTemporaryDir dir;
        QVERIFY(timeline.exportPng(dir.filePath(QStringLiteral("t.png"))));
        QVERIFY(timeline.exportPdf(dir.filePath(QStringLiteral("t.pdf"))));
        QFile pdf(dir.filePath(QStringLiteral("t.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
    }

    void personTimelineAcrossCases() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        Navigator navigator;
        PersonTimeline timeline(*f.context, navigator, {f.a1, f.a2});
        const TimelineData& data = timeline.canvas()->data();
        QCOMPARE(data.lanes.size(), std::size_t(2));
        QStringList cases;
        for (const TimelineItem& i : data.items) {
            if (i.lane == 0 && !cases.contains(i.caseId)) {
                cases << i.caseId;
            }
        }
        QCOMPARE(cases.size(), 2); // Agent One's arrests in C1 and C3
    }

    void screenshots() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        addBurst(f);
        const QString out = QStringLiteral(CASELINK_SCREENSHOT_DIR) + QStringLiteral("/timeline");
        QVERIFY(QDir().mkpath(out));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ur")}) {
            applyLanguage(language);
            Navigator navigator;
            CaseTimeline timeline(*f.context, navigator, f.c3);
            timeline.resize(1200, 360);
            timeline.show();
            QTest::qWait(50);
            QVERIFY(timeline.grab().save(out + QStringLiteral("/case-timeline-%1.png").arg(language), "PNG"));
        }
        applyLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTimeline)
#include "test_timeline.moc"
