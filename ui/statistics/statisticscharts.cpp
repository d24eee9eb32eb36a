#include "ui/statistics/statisticscharts.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsCharts)
};

// More months than this stand upright under the axis, so that 36 of them still fit side by side.
constexpr int kUprightMonths = 12;

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

// A cell's value as the interface language writes numbers; "—" undefined, "<5" suppressed (StatTable::text).
QString valueText(const StatTable& t, int row, int column) {
    const StatCell& c = t.cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
    if (c.state != StatCell::State::Value) {
        return t.text(row, column);
    }
    const bool whole = c.value == static_cast<double>(static_cast<qint64>(c.value));
    return QLocale().toString(c.value, 'f', whole ? 0 : 1);
}

// The chart item carries the tooltip of the bar or slice under the pointer (the scene shows the tooltip of the
// topmost item that has one; bars and slices cannot have their own), else what the whole chart counts.
void hover(QChart* chart, const QString& counted, bool hovering, const QString& text) {
    chart->setToolTip(hovering ? text : counted);
    if (hovering) {
        QToolTip::showText(QCursor::pos(), text);
    } else {
        QToolTip::hideText();
    }
}

// Rows as the chart lists them: first row first from the left, or at the top of a horizontal chart (whose category
// axis counts from the bottom).
QList<int> rowOrder(int rows, bool horizontal) {
    QList<int> order;
    for (int r = 0; r < rows; ++r) {
        order << (horizontal ? rows - 1 - r : r);
    }
    return order;
}

void addAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, bool horizontal, bool months) {
    auto* categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false); // two "Guj…" cannot be told apart; the layout gives the room instead
    auto* valueAxis = new QValueAxis(chart);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    const bool stacked = qobject_cast<QStackedBarSeries*>(series) || qobject_cast<QHorizontalStackedBarSeries*>(series);
    qreal max = 0;
    for (int i = 0; i < categories.size(); ++i) {
        qreal sum = 0;
        for (QBarSet* set : series->barSets()) {
            sum = stacked ? sum + set->at(i) : std::max(sum, set->at(i));
        }
        max = std::max(max, sum);
    }
    valueAxis->setRange(0, max > 0 ? max : 1);
    valueAxis->applyNiceNumbers();
    if (valueAxis->max() <= 5) {
        valueAxis->setTickCount(static_cast<int>(valueAxis->max()) + 1); // whole counts only: 0 1 2 3 4
    }
    if (months && categories.size() > kUprightMonths) {
        categoryAxis->setLabelsAngle(-90);
        // Upright, a label takes its line height across: Urdu's script is tall, and Qt Charts leaves out the first and
        // last label when they reach past the axis, so past three years the labels are set a little smaller.
        if (categories.size() > 3 * kUprightMonths) {
            QFont font = categoryAxis->labelsFont();
            font.setPointSizeF(font.pointSizeF() * 0.8);
            categoryAxis->setLabelsFont(font);
        }
    }
}

// Bars for the columns listed (all when empty), one set per column, rows along the category axis.
QChart* barChart(const StatTable& t, const StatTable& tips, const CellClicked& clicked, QAbstractBarSeries* series,
                 QList<int> columns, int rows, bool horizontal) {
    auto* chart = new QChart;
    if (columns.isEmpty()) {
        for (int c = 0; c < t.columnKeys.size(); ++c) {
            columns << c;
        }
    }
    const QList<int> order = rowOrder(rows, horizontal);
    if (t.id == u"partner_routes") {
        // Routes nobody in the table took would only crowd the legend.
        columns.removeIf([&t](int c) {
            return std::all_of(t.cells.begin(), t.cells.end(),
                               [c](const auto& row) { return plotted(row[static_cast<std::size_t>(c)]) == 0; });
        });
    }
    for (int i = 0; i < columns.size(); ++i) {
        const int c = columns[i];
        auto* set = new QBarSet(t.columnLabels.value(c));
        set->setColor(seriesColor(i));
        set->setBorderColor(seriesColor(i));
        QStringList rowKeys;
        QStringList texts;
        for (int r : order) {
            *set << plotted(t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
            rowKeys << t.rowKeys[r];
            texts << statisticsTooltip(tips, r, c);
        }
        const QString column = t.columnKeys[c];
        QObject::connect(set, &QBarSet::clicked, set, [clicked, column, rowKeys](int index) {
            if (clicked && index >= 0 && index < rowKeys.size()) {
                clicked(rowKeys[index], column);
            }
        });
        QObject::connect(set, &QBarSet::hovered, set, [chart, counted = tips.counted, texts](bool status, int index) {
            hover(chart, counted, status, texts.value(index));
        });
        series->append(set);
    }
    chart->addSeries(series);
    QStringList categories;
    for (int r : order) {
        categories << t.rowLabels.value(r);
    }
    addAxes(chart, series, categories, horizontal, t.id == u"arrests_month");
    chart->legend()->setVisible(columns.size() > 1);
    // Beside a half-width chart its entries stack, each at its full length; under it they would be cut short.
    chart->legend()->setAlignment(horizontal ? Qt::AlignRight : Qt::AlignBottom);
    return chart;
}

// A pie whose slices are named in a legend beside it: labels drawn at the slices pile up on small ones.
QChart* pieChart(const StatTable& t, const CellClicked& clicked, int rows) {
    auto* chart = new QChart;
    auto* series = new QPieSeries(chart);
    for (int r = 0; r < rows; ++r) {
        const StatCell& cell = t.cells[static_cast<std::size_t>(r)][0];
        if (plotted(cell) <= 0) {
            continue;
        }
        //: A pie slice in the legend beside a statistics pie: its label and its value
        auto* slice = series->append(Tr::tr("%1: %2").arg(t.rowLabels.value(r), valueText(t, r, 0)), plotted(cell));
        slice->setColor(seriesColor(r));
        slice->setLabelVisible(false);
        const QString row = t.rowKeys[r];
        const QString column = t.columnKeys.value(0);
        QObject::connect(slice, &QPieSlice::clicked, slice, [clicked, row, column] {
            if (clicked) {
                clicked(row, column);
            }
        });
        const QString text = statisticsTooltip(t, r, 0);
        QObject::connect(slice, &QPieSlice::hovered, slice,
                         [chart, counted = t.counted, text](bool status) { hover(chart, counted, status, text); });
    }
    series->setPieSize(0.8);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    return chart;
}

// The year-on-year table with the change under each month's name ("Mar" over "+50 %").
StatTable withChangeLabels(const StatTable& t, int months) {
    StatTable labelled = t;
    for (int r = 0; r < months; ++r) {
        const StatCell& change = t.cells[static_cast<std::size_t>(r)][2];
        QString text = QStringLiteral("—");
        if (change.state == StatCell::State::Value) {
            text = (change.value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(change.value, 'f', 0) +
                   QStringLiteral(" %");
        }
        labelled.rowLabels[r] = t.rowLabels[r] + QStringLiteral("<br>") + text; // axis labels are rich text
    }
    return labelled;
}

// Charts whose rows are names lie along the vertical axis.
bool isHorizontal(const QString& id) {
    return id == u"arrests_zone" || id == u"arrests_circle" || id == u"partner_routes" || id == u"pipeline" ||
           id == u"fees_route" || id == u"victims_district" || id == u"red_book";
}

} // namespace

int statisticsChartHeight(const StatTable& t) {
    if (isHorizontal(t.id)) {
        constexpr int kRowHeight = 26; // a label of the default font with room around it
        constexpr int kAxisAndMargins = 90;
        return std::max(260, static_cast<int>(t.rowKeys.size()) * kRowHeight + kAxisAndMargins);
    }
    return t.id == u"arrests_month" ? 320 : 260;
}

QString statisticsTooltip(const StatTable& t, int row, int column) {
    const QString where =
        t.columnKeys.size() > 1 && t.id != u"arrests_yoy"
            ? Tr::tr("%1, %2").arg(t.rowLabels.value(row), t.columnLabels.value(column))
            : t.rowLabels.value(row) +
                  (t.id == u"arrests_yoy" ? QStringLiteral(" ") + t.columnLabels.value(column) : QString());
    QString text = Tr::tr("%1: %2").arg(where, valueText(t, row, column));
    if (t.id == u"arrests_yoy" && column == 1 && t.columnKeys.size() > 2) {
        //: The change of a month's arrests against the same month of the year before, e.g. "+50 % against 2024"
        text += u'\n' + Tr::tr("%1 % against %2").arg(valueText(t, row, 2), t.columnLabels.value(0));
    }
    return t.counted.isEmpty() ? text : text + u'\n' + t.counted;
}

QChart* buildStatisticsChart(const StatTable& t, const CellClicked& clicked) {
    QChart* chart = nullptr;
    const int rows = static_cast<int>(t.rowKeys.size());
    if (t.id == u"arrests_month") {
        chart = barChart(t, t, clicked, new QStackedBarSeries, {}, rows, false);
    } else if (t.id == u"arrests_zone" || t.id == u"arrests_circle" || t.id == u"partner_routes") {
        chart = barChart(t, t, clicked, new QHorizontalStackedBarSeries, {}, rows, true);
    } else if (t.id == u"arrests_yoy") {
        // The two years side by side, the change as a label under each month.
        chart = barChart(withChangeLabels(t, rows - 1), t, clicked, new QBarSeries, {0, 1}, rows - 1, false);
    } else if (t.id == u"pipeline") {
        chart = barChart(t, t, clicked, new QHorizontalBarSeries, {}, rows - 1, true); // the rate row is in the note
    } else if (t.id == u"challans" || t.id == u"victims_sex" || t.id == u"victims_outcome") {
        chart = pieChart(t, clicked, t.id == u"challans" ? rows - 1 : rows);
    } else if (t.id == u"fees_route") {
        chart = barChart(t, t, clicked, new QHorizontalBarSeries, {1}, rows, true);
    } else if (t.id == u"assets") {
        chart = barChart(t, t, clicked, new QBarSeries, {0}, rows, false);
    } else if (t.id == u"victims_district" || t.id == u"red_book") {
        chart = barChart(t, t, clicked, new QHorizontalBarSeries, {}, rows, true);
    } else {
        chart = barChart(t, t, clicked, new QBarSeries, {}, rows, false);
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setToolTip(t.counted);
    return chart;
}

} // namespace caselink
