// Links drawn as a reader sees them: every link between the same two nodes bundled into one drawn link with a count
// and a total ("3 payments · PKR 12.3 lakh"), and link labels placed along their lines so they do not pile up on a
// hub node. Shared by the interactive chart (ui/charts) and the vector painter (chartpainter.h).
#pragma once

#include <set>
#include <utility>
#include <vector>

#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "analysis/graph.h"

namespace caselink {

struct EdgeBundle {
    int source = 0; // the first link's ends
    int target = 0;
    std::vector<int> edges;              // indexes into ChartData::edges, in chart order
    EdgeType type = EdgeType::Associate; // the most telling type among them (drawn colour)
    bool directed = false;               // every link points the same way
    double strength = 1.0;               // the strongest link's
};

// The unordered pair of node indexes a link joins, smaller first.
std::pair<int, int> nodePair(const ChartEdge& edge);

// One bundle per pair of nodes, except pairs in expanded, which get one bundle per link. Order: the first link's.
std::vector<EdgeBundle> bundleEdges(const ChartData& chart, const std::set<std::pair<int, int>>& expanded = {});

// "3 payments · PKR 12.3 lakh", "sub-agent of · 01-06-2022 + 2 payments · PKR 4 lakh"; a single link keeps
// edgeLabel(). Empty when nothing worth reading (an undated link of a plain type).
QString bundleLabel(const ChartData& chart, const EdgeBundle& bundle);

// Where a label goes on its line: the fraction along it and a shift across it (chart units, + = left of the line).
struct LabelSpot {
    double at = 0.5;
    double across = 0;
    bool shown = true; // false: no free spot; the label is left out rather than drawn over something
};

// Places labels of the given sizes on their lines, each at the midpoint when free, else at the first of a few spots
// along and beside the line that overlaps no placed label and no obstacle (node symbols with their names), else where
// it overlaps least and is left out (shown false) when that still covers a tenth of it. Labels placed first win, so
// callers put the ones that matter most (payments) first. Deterministic; quadratic, so callers skip it for very
// large charts.
std::vector<LabelSpot> placeLabels(const std::vector<QLineF>& lines, const std::vector<QSizeF>& sizes,
                                   const std::vector<QRectF>& obstacles);
// The rectangle of a label of size centred on its spot.
QRectF labelRect(const QLineF& line, const QSizeF& size, const LabelSpot& spot);

} // namespace caselink
