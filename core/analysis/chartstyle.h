// How a chart looks, shared by the interactive view (ui/charts) and the vector painter for reports: the symbol
// and colour of each node kind and role, role names, the community palette, and paintChart.
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>

#include "analysis/graph.h"

namespace caselink {

QColor nodeColour(const ChartNode& node);
QColor edgeColour(EdgeType type);
QColor communityColour(int community);
QString roleName(const QString& role); // translated; empty for none
// Draws the node's symbol (person, organisation, case, phone, document, address, incident) filling rect, with a
// role badge (K kingpin, A agent, S sub-agent, V victim, a cross for a deceased victim).
void paintNodeSymbol(QPainter& painter, const QRectF& rect, const ChartNode& node, const QColor& fill);
// The label to show: Urdu when asked and the node has one, else the Latin label.
QString displayLabel(const ChartNode& node, bool urdu);

struct ChartPaintOptions {
    bool labels = true;
    bool edgeLabels = true;
    bool urdu = false;               // prefer Urdu labels
    std::vector<QColor> nodeColours; // per node; empty: nodeColour()
    std::vector<double> nodeScale;   // per node, 1 = normal size; empty: all 1
    QFont font = QFont(QStringLiteral("Sans Serif"), 8);
    double nodeSize = 24; // in chart units before fitting
};

// Paints a laid-out chart as vectors (lines, paths, text) scaled to fit target, keeping its aspect ratio. QtGui
// only: usable on a QPdfWriter, QSvgGenerator or QImage painter. Nodes without a position are not drawn.
void paintChart(QPainter& painter, const QRectF& target, const ChartData& chart, const ChartPaintOptions& options = {});

} // namespace caselink
