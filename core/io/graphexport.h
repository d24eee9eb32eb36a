// Chart interchange: GraphML (written and read back, graphml.h), GEXF 1.3 with start/end dates, FollowTheMoney JSON
// lines (ftm.h) and i2 Analyst's Notebook ANX XML. Writers take the chart as extracted, i.e. already scoped; a
// redacted (protected) person is written with its pseudonym and an id derived from it, never with a name, the
// record's id or any identifier.
#pragma once

#include <optional>

#include <QIODevice>

#include "analysis/graph.h"

namespace caselink {

class RepositoryContext;

enum class GraphFormat { GraphMl, Gexf, Ftm, Anx };
std::optional<GraphFormat> graphFormatFromKey(const QString& key); // graphml, gexf, ftm, anx
QString graphFormatKey(GraphFormat format);

// The ids the nodes are written under, one per node, in node order. Every format accepts them (an XML NMTOKEN and
// NCName, and FtM's id rule ^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$), and they are the same in every export of the
// same record, so two exports of overlapping networks merge: "<kind>-<record UUID>"; "<kind>-" and a SHA-256 prefix
// of the key for phones, documents and addresses (keyed by number or text); "protected-" and a SHA-256 prefix of the
// pseudonym for a protected identity (the pseudonym is keyed with the database's secret, so the id reveals nothing).
QStringList exportNodeIds(const ChartData& chart);
// A stable id for a derived entity (a relation, an identification document) from its parts, same rule as above:
// "<prefix>-" and a SHA-256 prefix of the parts.
QString exportDerivedId(const QString& prefix, const QStringList& parts);

// GraphML (graphml.h), FtM (ftm.h) and ANX (anx.h) have writers of their own; GEXF is written here.
Status writeGexf(const ChartData& chart, QIODevice& out);
// The chart in any of the formats.
Status writeGraph(const ChartData& chart, GraphFormat format, QIODevice& out);

// Writes the chart to path in format and audits the export (action "chart.export": format, node and edge counts,
// redacted count; never labels). The file is written only when the audit entry is.
Status exportGraph(RepositoryContext& context, const ChartData& chart, GraphFormat format, const QString& path);

} // namespace caselink
