// Chart interchange: GraphML (written and read back, graphml.h), GEXF 1.3 with start/end dates, FollowTheMoney JSON
// lines (ftm.h) and i2 Analyst's Notebook ANX XML. Writers take the chart as extracted, i.e. already scoped; a
// redacted (protected) person is written with its placeholder label and an id that is not the record's
// ("redacted-<n>"), never with a name or identifier.
#pragma once

#include <optional>

#include <QIODevice>

#include "analysis/graph.h"

namespace caselink {

class RepositoryContext;

enum class GraphFormat { GraphMl, Gexf, Ftm, Anx };
std::optional<GraphFormat> graphFormatFromKey(const QString& key); // graphml, gexf, ftm, anx
QString graphFormatKey(GraphFormat format);

// The id a node is written under: its key, or "redacted-<index>" for a protected identity.
QString exportNodeId(const ChartData& chart, int index);

// GraphML (graphml.h) and FtM (ftm.h) have writers of their own; GEXF and ANX are written here.
Status writeGexf(const ChartData& chart, QIODevice& out);
Status writeAnx(const ChartData& chart, QIODevice& out);
// The chart in any of the formats.
Status writeGraph(const ChartData& chart, GraphFormat format, QIODevice& out);

// Writes the chart to path in format and audits the export (action "chart.export": format, node and edge counts,
// redacted count; never labels). The file is written only when the audit entry is.
Status exportGraph(RepositoryContext& context, const ChartData& chart, GraphFormat format, const QString& path);

} // namespace caselink
