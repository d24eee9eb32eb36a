// Spring-electrical layout with a Barnes-Hut quadtree (Hu, "Efficient and high quality force-directed graph
// drawing", 2005: repulsion C·K²/d approximated by cells seen under an angle θ, attraction d²/K, adaptive step),
// for charts too large for igraph's Fruchterman-Reingold: O(n log n + m) per iteration instead of O(n²) or a grid
// pass. Deterministic (no randomness beyond the start positions), pinned nodes never move, cancellable per
// iteration.
#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include <QPointF>

#include "util/result.h"

namespace caselink {

struct BarnesHutOptions {
    int iterations = 300;
    double theta = 1.6;     // cell opening angle: larger is faster and coarser
    double k = 1.0;         // natural edge length
    double initialStep = 0; // 0: sized for the graph; small values keep an existing layout recognisable
};

// xy: start positions (updated in place); edges: node index pairs; pinned: nodes that stay put.
Status barnesHutLayout(std::vector<QPointF>& xy, const std::vector<std::pair<int, int>>& edges,
                       const std::vector<bool>& pinned, const BarnesHutOptions& options, const std::atomic_bool* cancel,
                       const std::function<void(int)>& progress);

} // namespace caselink
