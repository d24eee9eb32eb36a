// What a chart's symbols mean and where it comes from: the legend of the node and link types a chart shows, and the
// frame of an exported chart (classification marking, title, date, the user's scope). Drawn the same way in the
// interactive chart, its PNG/SVG/PDF exports and reports.
#pragma once

#include <vector>

#include <QFont>
#include <QRectF>
#include <QString>

#include "analysis/graph.h"

class QPaintDevice;
class QPainter;

namespace caselink {

struct LegendEntry {
    bool link = false;
    ChartNode sample; // node entries: kind and role to draw
    EdgeType type = EdgeType::Associate;
    QString text; // translated
};

// One entry per node kind (persons per role) and per link type present, nodes first, in a stable order.
std::vector<LegendEntry> chartLegend(const ChartData& chart);
// The size the legend needs with this font on this device (heading included).
QSizeF legendSize(const std::vector<LegendEntry>& entries, const QFont& font, QPaintDevice* device);
// Draws the legend in rect: a heading, then a symbol (or a line) and its words per entry; mirrored for right-to-left.
void paintLegend(QPainter& painter, const QRectF& rect, const std::vector<LegendEntry>& entries, const QFont& font,
                 bool rightToLeft);

struct ChartFrameInfo {
    QString title;
    QString marking; // the classification marking, top and bottom
    QString date;    // already in office local time ("Exported 08-12-2026 08:15 PKT")
    QString scope;   // whose view of the data this is
    bool rightToLeft = false;
};

// Draws the marking at top and bottom, the title, date and scope under the top marking and the legend beside the
// chart; returns the rectangle left for the chart itself.
QRectF paintChartFrame(QPainter& painter, const QRectF& page, const ChartFrameInfo& info,
                       const std::vector<LegendEntry>& legend, const QFont& font);

} // namespace caselink
