// A laid-out chart painted as vectors for reports and exports (QtGui only): QPdfWriter, QSvgGenerator or QImage.
#pragma once

#include <vector>

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>

#include "analysis/graph.h"

namespace caselink {

struct ChartPaintOptions {
    bool labels = true;
    bool edgeLabels = true;
    bool urdu = false;               // prefer Urdu labels
    std::vector<QColor> nodeColours; // per node; empty: nodeColour()
    std::vector<double> nodeScale;   // per node, 1 = normal size; empty: all 1
    QFont font = QFont(QStringLiteral("Sans Serif"), 8);
    double nodeSize = 24; // in chart units before fitting
    bool legend = true;   // the legend of node and link types in the target's top-right corner
};

// Paints a laid-out chart as vectors (lines, paths, text) scaled to fit target, keeping its aspect ratio. QtGui
// only: usable on a QPdfWriter, QSvgGenerator or QImage painter. Nodes without a position are not drawn. Links between
// the same two nodes are drawn as one with their count and total (chartbundles.h).
void paintChart(QPainter& painter, const QRectF& target, const ChartData& chart, const ChartPaintOptions& options = {});

} // namespace caselink
