// The time-respecting path between two nodes of a chart: a route through dated relations that never goes back in
// time, as money and travellers move (igraph has no such search; see graphpaths.cpp).
#pragma once

#include <vector>

#include "analysis/graph.h"
#include "util/result.h"

namespace caselink {

// A path from a to b whose edges are dated and never go back in time: each edge's date (its `from`, else `to`) is
// on or after the previous edge's. Among such paths, the one that reaches b earliest, then with fewest hops.
// Undated edges are not used. igraph has no time-respecting search, so this is a Dijkstra-like search on arrival
// dates over igraph's incidence lists (igraph_inclist).
Result<std::vector<int>> timeRespectingPath(const ChartData& chart, int a, int b);

} // namespace caselink
