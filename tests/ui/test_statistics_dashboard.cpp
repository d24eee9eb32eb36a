// The statistics dashboard offscreen on the statistics fixture: charts built from the core aggregates, a click on a
// bar lists the records behind it and a double-click opens the case through the Navigator; scope; exports (PDF with
// vector charts, XLSX, PNG); screenshots in English and Urdu under screenshots/statistics in the build tree.
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QtTest>

#include "statisticsfixture.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/statistics/statisticsdashboard.h"

using namespace caselink;
using namespace caselink::test;

namespace {

QBarSet* barSet(QChartView* view, const QString& label) {
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets()) {
                if (set->label() == label) {
                    return set;
                }
            }
        }
    }
    return nullptr;
}

} // namespace

class TestStatisticsDashboard : public QObject {
    Q_OBJECT

private slots:
    void chartsDrillDownAndOpenCase() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        Navigator navigator;
        StatisticsDashboard dashboard(*f.context, navigator);
        dashboard.resize(1400, 1000);
        // Shown, it computes on a worker thread and draws when done.
        QSignalSpy refreshed(&dashboard, &StatisticsDashboard::refreshed);
        dashboard.show();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(dashboard.tables().size(), static_cast<std::size_t>(StatisticsQuery::tableIds().size()));
        QChartView* months = dashboard.chartView(QStringLiteral("arrests_month"));
        QVERIFY(months);
        auto* stacked = qobject_cast<QStackedBarSeries*>(months->chart()->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 4); // one set per category
        QBarSet* mostWanted = barSet(months, arrestCategoryDisplayName(ArrestCategory::MostWanted));
        QVERIFY(mostWanted);
        QCOMPARE(mostWanted->count(), 13);
        QCOMPARE(mostWanted->at(12), 1.0); // 2025-03

        // A click on the March 2025 "most wanted" bar lists the one arrest behind it.
        emit mostWanted->clicked(12);
        QTableWidget* drill = dashboard.drillTable();
        QCOMPARE(drill->rowCount(), 1);
        QCOMPARE(drill->item(0, 2)->text(), arrestCategoryDisplayName(ArrestCategory::MostWanted));
        QCOMPARE(drill->item(0, 3)->text(), QStringLiteral("2/2025"));
        QSignalSpy opened(&navigator, &Navigator::openCase);
        emit drill->cellDoubleClicked(0, 1);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), f.c2);

        // A slice works the same way: challans overdue is C1.
        QChartView* challans = dashboard.chartView(QStringLiteral("challans"));
        auto* pie = qobject_cast<QPieSeries*>(challans->chart()->series().value(0));
        QVERIFY(pie);
        QPieSlice* overdue = nullptr;
        for (QPieSlice* s : pie->slices()) {
            if (s->label().startsWith(QLatin1String("Overdue"))) {
                overdue = s;
            }
        }
        QVERIFY(overdue);
        emit overdue->clicked();
        QCOMPARE(drill->rowCount(), 1);
        emit drill->cellDoubleClicked(0, 0);
        QCOMPARE(opened.last().at(0).toString(), f.c1);

        // The conviction-rate definition is printed with the pipeline chart.
        auto* note = dashboard.findChild<QLabel*>(QStringLiteral("note_pipeline"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QLatin1String("decided")));
        QVERIFY(note->text().contains(QLatin1String("50.0")));
    }

    void investigatorDashboardShowsOnlyTheirOffice() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        f.openAs(QStringLiteral("io.grw"));
        Navigator navigator;
        StatisticsDashboard dashboard(*f.context, navigator);
        QVERIFY(dashboard.refresh());
        double total = 0;
        for (const StatTable& t : dashboard.tables()) {
            if (t.id == u"arrests_month") {
                for (const auto& row : t.cells) {
                    for (const StatCell& c : row) {
                        total += c.value;
                    }
                }
            }
        }
        QCOMPARE(total, 4.0);
        QBarSet* absconders = barSet(dashboard.chartView(QStringLiteral("arrests_month")),
                                     arrestCategoryDisplayName(ArrestCategory::CourtAbsconder));
        QVERIFY(absconders);
        QCOMPARE(absconders->sum(), 0.0); // the Lahore absconder is not in this office's scope
    }

    void filterAndExports() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        Navigator navigator;
        StatisticsDashboard dashboard(*f.context, navigator);
        dashboard.resize(1400, 1000);
        StatisticsFilter filter;
        filter.unitId = f.office(QStringLiteral("LHR"));
        filter.compareYear = 2025;
        dashboard.setFilter(filter);
        QVERIFY(dashboard.refresh());
        QBarSet* general = barSet(dashboard.chartView(QStringLiteral("arrests_month")),
                                  arrestCategoryDisplayName(ArrestCategory::General));
        QVERIFY(general);
        QCOMPARE(general->sum(), 1.0);

        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("stats.pdf"));
        QVERIFY(dashboard.exportPdf(pdfPath));
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(!bytes.contains("/Subtype /Image")); // charts as vectors, not pictures
        QVERIFY(dashboard.exportXlsx(dir.filePath(QStringLiteral("stats.xlsx"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("stats.xlsx"))));
        auto pngs = dashboard.exportPngs(dir.path());
        QVERIFY(pngs);
        QCOMPARE(pngs->size(), StatisticsQuery::tableIds().size());
        QVERIFY(!QImage(pngs->first()).isNull());
    }

    void screenshots() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const QString out = QStringLiteral(CASELINK_SCREENSHOT_DIR) + QStringLiteral("/statistics");
        QVERIFY(QDir().mkpath(out));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ur")}) {
            applyLanguage(language);
            Navigator navigator;
            StatisticsDashboard dashboard(*f.context, navigator);
            StatisticsFilter filter;
            filter.compareYear = 2025;
            dashboard.setFilter(filter);
            dashboard.refresh();
            dashboard.resize(1400, 1000);
            dashboard.show();
            QTest::qWait(50);
            dashboard.drillDown(QStringLiteral("arrests_month"), QStringLiteral("2025-03"), QStringLiteral("GENERAL"));
            QVERIFY(dashboard.grab().save(out + QStringLiteral("/dashboard-%1.png").arg(language), "PNG"));
        }
        applyLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestStatisticsDashboard)
#include "test_statistics_dashboard.moc"
