// The statistics dashboard as a supervisor reaches it: the real main window, unlocked, the Statistics section opened
// through its View menu action, over the statistics fixture stretched to 36 months of arrests and two districts that
// start alike (Gujrat, Gujranwala). Asserts what a person reading the charts would notice: every axis label drawn in
// full (no "…") and distinct, words instead of codes, the previous full year compared by default, tooltips with a
// number and a definition, names (not identifiers) in the drill-down; screenshots in English and Urdu under
// screenshots/statistics in the build tree.
#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "domain/localtime.h"
#include "shellfixture.h"
#include "statisticsfixture.h"
#include "ui/integration/applicationwiring.h"
#include "ui/language.h"
#include "ui/settings.h"
#include "ui/statistics/statisticsdashboard.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

// A raw code as the database stores it: CENTRAL_MED, HAWALA_HUNDI, or a one-letter sex code.
const QRegularExpression kCode(u"\\b[A-Z]+_[A-Z0-9_]+\\b|^[MFXU]$"_s);
// An identifier or a piece of one: eight or more hexadecimal digits, or a UUID.
const QRegularExpression kIdentifier(u"\\b[0-9a-f]{8}\\b|[0-9a-f]{8}-[0-9a-f]{4}-"_s);
const QRegularExpression kNumber(u"\\d"_s);

// The texts a chart draws: axis labels, legend entries and value labels, as they are on screen (elided or not).
QStringList drawnTexts(QChartView* view) {
    QStringList out;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
            // Multi-line labels come back with paragraph separators.
            out << text->toPlainText().replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
        }
    }
    for (QLegendMarker* marker : view->chart()->legend()->markers()) {
        out << marker->label();
    }
    return out;
}

QStringList categories(QChartView* view) {
    for (QAbstractAxis* axis : view->chart()->axes()) {
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis)) {
            return bars->categories();
        }
    }
    return {};
}

QList<QBarSet*> barSets(QChartView* view) {
    QList<QBarSet*> out;
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            out += bars->barSets();
        }
    }
    return out;
}

} // namespace

class TestStatisticsWindow : public QObject {
    Q_OBJECT

private slots:
    // Every test in English and in Urdu.
    void initTestCase_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }

    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        m_fixture = std::make_unique<StatisticsFixture>();
        QVERIFY(m_fixture->ok);
        StatisticsFixture& f = *m_fixture;
        // April 2022 to March 2025: 36 months on the month axis.
        const QString old = f.makeCase(u"GRW-AHTC"_s, u"9/2022"_s, QDate(2022, 4, 1), {}, {}, u"WESTERN_BALKANS"_s, {});
        QVERIFY(!old.isEmpty());
        f.role(old, f.a2, PersonRole::Agent);
        QVERIFY(!f.arrest(old, f.a2, u"GRW-AHTC"_s, QDate(2022, 4, 12), ArrestCategory::General).isEmpty());
        const QString v = f.person(u"Victim Four"_s, Sex::Female, 1999, u"Gujranwala"_s);
        f.role(f.c3, v, PersonRole::TraffickingVictim, VictimOutcome::Deportee);
        QVERIFY(f.close());
    }

    void init() {
        QFETCH_GLOBAL(QString, language);
        Settings::setFilePath(m_settingsDir.filePath(u"%1.ini"_s.arg(language)));
        QVERIFY(applyLanguage(language));
        m_window = std::make_unique<MainWindow>();
        wireApplication(*m_window);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(unlockWindow(*m_window, m_fixture->db, u"sup.hq"_s));
        auto* action = m_window->findChild<QAction*>(u"statisticsSectionAction"_s);
        QVERIFY(action);
        action->trigger();
        m_dashboard = m_window->findChild<StatisticsDashboard*>();
        QVERIFY(m_dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->tables().empty(), 20000);
        QTest::qWait(100); // the charts lay out their axes
    }

    void cleanup() {
        m_window.reset();
        applyLanguage(u"en"_s);
    }

    void compareYearIsThePreviousFullYear() {
        auto* year = m_dashboard->findChild<QSpinBox*>(u"statisticsCompareYear"_s);
        QVERIFY(year);
        const int previous = officeToday().year() - 1;
        QCOMPARE(year->value(), previous);
        QChartView* yoy = m_dashboard->chartView(u"arrests_yoy"_s);
        QVERIFY(yoy);
        const QStringList years{barSets(yoy).value(0)->label(), barSets(yoy).value(1)->label()};
        QCOMPARE(years, (QStringList{QString::number(previous - 1), QString::number(previous)}));
    }

    void axisLabelsAreWholeAndDistinct() {
        QChartView* months = m_dashboard->chartView(u"arrests_month"_s);
        QVERIFY(months);
        const QStringList monthLabels = categories(months);
        QCOMPARE(monthLabels.size(), 36);
        QCOMPARE(QSet<QString>(monthLabels.begin(), monthLabels.end()).size(), 36);
        for (const StatTable& t : m_dashboard->tables()) {
            QChartView* view = m_dashboard->chartView(t.id);
            QVERIFY(view);
            const QStringList drawn = drawnTexts(view);
            for (const QString& text : drawn) {
                // Qt Charts elides with three full stops.
                QVERIFY2(!text.contains(u'…') && !text.contains(u"..."_s), qPrintable(t.id + u": "_s + text));
            }
            for (QString label : categories(view)) {
                label.replace(u"<br>"_s, u"\n"_s); // the change under each month of the year-on-year chart
                QVERIFY2(drawn.contains(label), qPrintable(t.id + u": not drawn in full: "_s + label));
            }
        }
        const QStringList districts = categories(m_dashboard->chartView(u"victims_district"_s));
        QVERIFY2(districts.contains(u"Gujrat"_s) && districts.contains(u"Gujranwala"_s),
                 qPrintable(districts.join(u',')));
    }

    void everyCodeReadsAsWords() {
        for (const StatTable& t : m_dashboard->tables()) {
            for (const QString& label : t.rowLabels + t.columnLabels) {
                QVERIFY2(!kCode.match(label).hasMatch(), qPrintable(t.id + u": "_s + label));
            }
            for (const QString& text : drawnTexts(m_dashboard->chartView(t.id))) {
                QVERIFY2(!kCode.match(text).hasMatch(), qPrintable(t.id + u" draws "_s + text));
                QVERIFY2(!kIdentifier.match(text).hasMatch(), qPrintable(t.id + u" draws "_s + text));
            }
        }
        QFETCH_GLOBAL(QString, language);
        if (language == u"en"_s) {
            const QStringList sexes = drawnTexts(m_dashboard->chartView(u"victims_sex"_s));
            QVERIFY2(sexes.contains(u"Female: 2"_s) && sexes.contains(u"Male: 2"_s), qPrintable(sexes.join(u'|')));
            QVERIFY(drawnTexts(m_dashboard->chartView(u"victims_outcome"_s)).join(u'|').contains(u"Deportee"_s));
            QVERIFY(categories(m_dashboard->chartView(u"fees_route"_s)).contains(u"Central Mediterranean"_s));
        }
    }

    void tooltipsGiveTheValueAndWhatIsCounted() {
        QChartView* months = m_dashboard->chartView(u"arrests_month"_s);
        QBarSet* general = barSets(months).value(0);
        QVERIFY(general);
        emit general->hovered(true, 35); // March 2025: 1 general arrest
        const QString tip = months->chart()->toolTip();
        QVERIFY2(kNumber.match(tip).hasMatch() && tip.contains(categories(months).last()), qPrintable(tip));
        QVERIFY2(tip.contains(u'\n'), qPrintable(tip)); // the definition on its own line
        emit general->hovered(false, 35);
        QVERIFY(!months->chart()->toolTip().isEmpty()); // what the chart counts, away from the bars

        auto* pie = qobject_cast<QPieSeries*>(m_dashboard->chartView(u"victims_sex"_s)->chart()->series().value(0));
        QVERIFY(pie && !pie->slices().isEmpty());
        emit pie->slices().first()->hovered(true);
        const QString sliceTip = m_dashboard->chartView(u"victims_sex"_s)->chart()->toolTip();
        QVERIFY2(kNumber.match(sliceTip).hasMatch(), qPrintable(sliceTip));
        for (const StatTable& t : m_dashboard->tables()) {
            QVERIFY2(!t.counted.isEmpty(), qPrintable(t.id));
        }
    }

    void drillDownListsNames() {
        QChartView* months = m_dashboard->chartView(u"arrests_month"_s);
        QBarSet* general = barSets(months).value(0);
        emit general->clicked(35);
        QTableWidget* drill = m_dashboard->drillTable();
        QCOMPARE(drill->rowCount(), 1);
        QCOMPARE(drill->item(0, 1)->text(), u"Agent One"_s);
        // A fee and a case list: the case's title, never an identifier.
        QChartView* fees = m_dashboard->chartView(u"fees_route"_s);
        emit barSets(fees).value(0)->clicked(categories(fees).size() - 1); // the top bar
        QVERIFY(drill->rowCount() > 0);
        QChartView* pipeline = m_dashboard->chartView(u"pipeline"_s);
        emit barSets(pipeline).value(0)->clicked(categories(pipeline).size() - 1); // enquiries, at the top
        QCOMPARE(drill->rowCount(), 2);
        for (int r = 0; r < drill->rowCount(); ++r) {
            QVERIFY(drill->item(r, 1)->text().startsWith(u"Statistics fixture"_s));
            for (int c = 0; c < drill->columnCount(); ++c) {
                QVERIFY2(!kIdentifier.match(drill->item(r, c)->text()).hasMatch(),
                         qPrintable(drill->item(r, c)->text()));
                QVERIFY2(!kCode.match(drill->item(r, c)->text()).hasMatch(), qPrintable(drill->item(r, c)->text()));
            }
        }
    }

    void screenshots() {
        QFETCH_GLOBAL(QString, language);
        const QString out = QStringLiteral(CASELINK_SCREENSHOT_DIR) + u"/statistics"_s;
        QVERIFY(QDir().mkpath(out));
        m_dashboard->drillDown(u"arrests_month"_s, u"2025-03"_s, u"GENERAL"_s);
        QVERIFY(m_window->grab().save(out + u"/window-%1.png"_s.arg(language), "PNG"));
        auto* scroll = m_dashboard->findChild<QScrollArea*>();
        QVERIFY(scroll && scroll->widget());
        QVERIFY(scroll->widget()->grab().save(out + u"/charts-%1.png"_s.arg(language), "PNG"));
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<StatisticsFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    StatisticsDashboard* m_dashboard = nullptr;
};

QTEST_MAIN(TestStatisticsWindow)
#include "test_statistics_window.moc"
