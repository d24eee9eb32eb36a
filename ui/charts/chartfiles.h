// A relationship chart to and from files and the saved-chart store: export by the file's suffix, and the Save…,
// Open… and Export… steps of the chart workspace, which ask the user and report in the workspace's message bar.
#pragma once

#include <QString>

#include "util/result.h"

namespace caselink {

class ChartScene;
class ChartWorkspace;
class MessageBar;
class RepositoryContext;

// Writes a picture of the scene (.png, .svg, .pdf) or its data (.graphml, .gexf, .ftm, .anx); both are exports of
// case data and are audited. Pictures carry the classification marking, title, export date (office time), the
// user's scope and the legend; title also goes into the SVG and PDF metadata; the selection is not drawn and is kept.
Status exportChart(RepositoryContext& context, ChartScene& scene, const QString& title, const QString& path);

// Asks for a name (the current one offered) and saves the chart under it.
void askAndSaveChart(ChartWorkspace& chart, MessageBar& bar);
// Lists the saved charts the user may see and opens the one chosen in place of what the workspace shows.
void askAndOpenChart(ChartWorkspace& chart, RepositoryContext& context, MessageBar& bar);
// Asks for a file and exports the chart to it.
void askAndExportChart(ChartWorkspace& chart, MessageBar& bar);

} // namespace caselink
