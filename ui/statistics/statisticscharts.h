// Qt Charts for the statistics tables: stacked bars per month, bars per zone, year-on-year with % labels, funnels and
// pies. Every bar and slice reports the table cell it shows, so the dashboard can drill down from it, and shows a
// tooltip with its value and what it counts.
#pragma once

#include <functional>

#include <QString>

#include "analysis/statistics.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace caselink {

// Called with the row and column keys of the clicked bar or slice.
using CellClicked = std::function<void(const QString& rowKey, const QString& columnKey)>;

// A chart for table, without its own title (the dashboard card shows title and note). Cells that are undefined or
// suppressed are drawn as zero; their text stays in the table view and the exports. Category labels are never
// elided: long names (zones, circles, districts, routes) lie along the vertical axis, many months stand upright.
QChart* buildStatisticsChart(const StatTable& table, const CellClicked& clicked);

// The height a chart of table needs so that every row label of a horizontal chart is drawn (Qt Charts leaves out
// labels that would touch), and the upright month labels have room.
int statisticsChartHeight(const StatTable& table);

// The tooltip of one cell: its row and column in words, its value, and what the table counts.
QString statisticsTooltip(const StatTable& table, int row, int column);

} // namespace caselink
