// FollowTheMoney JSON lines for charts (DOMAIN.md "Interchange"), the entity format of Aleph and OpenSanctions.
#pragma once

#include <QIODevice>

#include "analysis/graph.h"
#include "util/result.h"

namespace caselink {

Status writeFtm(const ChartData& chart, QIODevice& out);

} // namespace caselink
