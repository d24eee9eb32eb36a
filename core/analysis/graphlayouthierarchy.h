// The hierarchy layout: levels that follow the recruitment and sub-agent links (kingpin above agent above sub-agent
// above the persons they recruited) in every branch, other nodes one level below where they attach.
#pragma once

#include "analysis/graphlayout.h"

namespace caselink {

// Lays out chart in levels top to bottom; pinned nodes keep their place.
Status hierarchyLayout(ChartData& chart, const LayoutOptions& options);

// The level of every node (0 at the top): along every recruitment or sub-agent link the recruiter's or agent's level
// is lower than the recruit's or sub-agent's, cycles in the records broken where they close; nodes outside that
// hierarchy one level below their first placed neighbour; components without it by distance from their top node.
std::vector<int> hierarchyLevels(const ChartData& chart, const std::vector<int>& roots = {});

} // namespace caselink
