// GraphML for charts: every node and edge attribute as a typed <key>, so a file read back gives the same chart.
#pragma once

#include <QIODevice>

#include "analysis/graph.h"
#include "util/result.h"

namespace caselink {

Status writeGraphMl(const ChartData& chart, QIODevice& out);
Result<ChartData> readGraphMl(QIODevice& in);

} // namespace caselink
