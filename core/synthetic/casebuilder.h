// Cases year by year: who is accused and arrested, the victims and what they paid, the route they took, and how the
// case moved from enquiry to verdict, with its timeline events. Arrests per year meet the configured totals.
#pragma once

#include <QString>

#include "synthetic/caserecords.h"
#include "synthetic/scenario.h"
#include "synthetic/syntheticrandom.h"

namespace caselink::synthetic {

struct CasePlan; // casedata.h

class CaseBuilder {
public:
    explicit CaseBuilder(World& world);

    Status writeIncidents();
    Status writeCases();

    int pylosVictims() const { return m_pylosVictims; }

private:
    Status writeYear(int yearIndex);
    Status writeCase(CasePlan& c);
    void planTimeline(CasePlan& c);
    Status writeAccused(CasePlan& c);
    Status writeVictims(CasePlan& c, int victims);
    Status writeLinks(CasePlan& c);

    World& m_world;
    CaseRecords m_records;
    QString m_pylosId;
    int m_pylosVictims = 0;
    int m_pylosDeceased = 0;
    Quota m_persons{0, 0};
    Quota m_links{0, 0};
};

} // namespace caselink::synthetic
