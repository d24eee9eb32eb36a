// What the victims of a synthetic case paid and how they travelled: fees in instalments, the legs of the route with
// seized travel documents, and the frozen accounts or attached property of some accused.
#pragma once

#include "synthetic/scenario.h"
#include "util/result.h"

namespace caselink::synthetic {

struct CasePlan; // casedata.h

Status writeMoneyAndRoute(World& world, const CasePlan& c);

} // namespace caselink::synthetic
