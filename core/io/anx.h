// i2 Analyst's Notebook 7 chart interchange (ANX XML) for charts: entities where the chart's layout put them, with an
// icon by role, links referring to their ends' chart items (IdReferenceLinking), dates and amounts as typed
// attributes so items reach ANB's timeline.
#pragma once

#include <QIODevice>

#include "analysis/graph.h"
#include "util/result.h"

namespace caselink {

// The entity type (icon) a node is drawn with: offenders (kingpin to corrupt official) "Offender", victims "Victim",
// every other person (complainant, witness, family member, no role) "Person"; other kinds by kind.
QString anxEntityType(const ChartNode& node);

// Writes the chart. Nodes without a position (a chart extracted by the CLI, never shown) are laid out first with the
// chart's force-directed layout (fixed seed, so two exports agree); placed and pinned nodes keep their place.
Status writeAnx(const ChartData& chart, QIODevice& out);

} // namespace caselink
