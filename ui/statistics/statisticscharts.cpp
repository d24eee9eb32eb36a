#include "ui/statistics/statisticscharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace caselink {
namespace {

double plotted(const StatCell& cell) {
    return cell.state == StatCell::State::Value ? cell.value : 0;
}

// A palette that stays readable in print and for the common colour-vision deficiencies (Okabe-Ito).
QColor seriesColor(int i) {
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    return colors[i % 8];
}

void addAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, bool horizontal) {
    auto* categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis(chart);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    qreal max = 0;
    for (QBarSet* set : series->barSets()) {
        for (int i = 0; i < set->count(); ++i) {
            max = std::max(max, set->at(i));
        }
    }
    if (qobject_cast<QStackedBarSeries*>(series)) {
        max = 0;
        for (int i = 0; i < categories.size(); ++i) {
            qreal sum = 0;
            for (QBarSet* set : series->barSets()) {
                sum += set->at(i);
            }
            max = std::max(max, sum);
        }
    }
    valueAxis->setRange(0, max > 0 ? max : 1);
    valueAxis->applyNiceNumbers();
    if (categories.size() > 14) {
        categoryAxis->setLabelsAngle(-60);
    }
}

// Bars for the columns listed (all when empty), one set per column, rows along the category axis.
QChart* barChart(const StatTable& t, const CellClicked& clicked, QAbstractBarSeries* series, QList<int> columns,
                 int rows, bool horizontal) {
    auto* chart = new QChart;
    if (columns.isEmpty()) {
        for (int c = 0; c < t.columnKeys.size(); ++c) {
            columns << c;
        }
    }
    for (int i = 0; i < columns.size(); ++i) {
        const int c = columns[i];
        auto* set = new QBarSet(t.columnLabels.value(c));
        set->setColor(seriesColor(i));
        set->setBorderColor(seriesColor(i));
        for (int r = 0; r < rows; ++r) {
            *set << plotted(t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
        }
        const QString column = t.columnKeys[c];
        const QStringList rowKeys = t.rowKeys;
        QObject::connect(set, &QBarSet::clicked, set, [clicked, column, rowKeys](int index) {
            if (clicked && index >= 0 && index < rowKeys.size()) {
                clicked(rowKeys[index], column);
            }
        });
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, t.rowLabels.mid(0, rows), horizontal);
    chart->legend()->setVisible(columns.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* pieChart(const StatTable& t, const CellClicked& clicked, int rows) {
    auto* chart = new QChart;
    auto* series = new QPieSeries(chart);
    for (int r = 0; r < rows; ++r) {
        const StatCell& cell = t.cells[static_cast<std::size_t>(r)][0];
        if (plotted(cell) <= 0) {
            continue;
        }
        auto* slice = series->append(QStringLiteral("%1: %2").arg(t.rowLabels.value(r), t.text(r, 0)), plotted(cell));
        slice->setColor(seriesColor(r));
        slice->setLabelVisible(true);
        const QString row = t.rowKeys[r];
        const QString column = t.columnKeys.value(0);
        QObject::connect(slice, &QPieSlice::clicked, slice, [clicked, row, column] {
            if (clicked) {
                clicked(row, column);
            }
        });
    }
    series->setPieSize(0.6);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace

QChart* buildStatisticsChart(const StatTable& t, const CellClicked& clicked) {
    QChart* chart = nullptr;
    const int rows = static_cast<int>(t.rowKeys.size());
    if (t.id == u"arrests_month" || t.id == u"arrests_zone" || t.id == u"arrests_circle" || t.id == u"partner_routes") {
        chart = barChart(t, clicked, new QStackedBarSeries, {}, rows, false);
    } else if (t.id == u"arrests_yoy") {
        // The two years side by side, the change as a label under each month.
        StatTable labelled = t;
        for (int r = 0; r < rows - 1; ++r) {
            const StatCell& change = t.cells[static_cast<std::size_t>(r)][2];
            labelled.rowLabels[r] = t.rowLabels[r] + QLatin1Char('\n') +
                                    (change.state == StatCell::State::Value
                                         ? (change.value > 0 ? QStringLiteral("+") : QString()) +
                                               QString::number(change.value, 'f', 0) + QStringLiteral("%")
                                         : QStringLiteral("—"));
        }
        chart = barChart(labelled, clicked, new QBarSeries, {0, 1}, rows - 1, false);
    } else if (t.id == u"pipeline") {
        chart = barChart(t, clicked, new QHorizontalBarSeries, {}, rows - 1, true); // the rate row is in the note
    } else if (t.id == u"challans" || t.id == u"victims_sex" || t.id == u"victims_outcome") {
        chart = pieChart(t, clicked, t.id == u"challans" ? rows - 1 : rows);
    } else if (t.id == u"fees_route") {
        chart = barChart(t, clicked, new QBarSeries, {1}, rows, false);
    } else if (t.id == u"assets") {
        chart = barChart(t, clicked, new QBarSeries, {0}, rows, false);
    } else {
        chart = barChart(t, clicked, new QBarSeries, {}, rows, false);
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

} // namespace caselink
