// Chart layouts: force-directed on igraph (Fruchterman-Reingold with a grid, run in slices so it can be cancelled
// and report progress), hierarchical (levels along recruitment and sub-agent links, graphlayouthierarchy.h) and
// circular (a community on a ring). Deterministic for a seed; pinned nodes never move; incremental: nodes that already
// have a position keep it as the start, new nodes start next to their placed neighbours.
#pragma once

#include <atomic>
#include <functional>

#include "analysis/graph.h"

namespace caselink {

enum class LayoutKind { ForceDirected, Hierarchical, Circular };

struct LayoutOptions {
    LayoutKind kind = LayoutKind::ForceDirected;
    unsigned seed = 1;
    int iterations = 300;    // force-directed: total iterations (fewer are run when most nodes are placed)
    double spacing = 80;     // chart units per igraph unit (about one node distance)
    std::vector<int> roots;  // hierarchical: the top nodes (default: the highest-ranking person, else highest degree)
    std::vector<int> subset; // circular: the nodes to put on the ring (default: all); others keep their place
};

// Lays out chart in place. cancel (optional) is polled between slices: a cancelled layout fails (Usage) and
// leaves positions as they were. progress (optional) receives 0..100.
Status layoutChart(ChartData& chart, const LayoutOptions& options, const std::atomic_bool* cancel = nullptr,
                   const std::function<void(int)>& progress = {});

} // namespace caselink
