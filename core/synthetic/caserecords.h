// CaseRecords: the records of one synthetic case once its people exist: the case row with its numbers, offences and
// parties, arrests with custody, and the timeline from complaint to verdict with the court's proceedings.
#pragma once

#include <QHash>
#include <QString>

#include "synthetic/scenario.h"
#include "util/result.h"

namespace caselink::synthetic {

struct CasePlan; // casedata.h

class CaseRecords {
public:
    explicit CaseRecords(World& world)
        : m_world(world) {}

    // The case row with the next enquiry (and FIR) number of its office and year, its search row, offences and
    // parties. A Pylos case points at pylosIncidentId.
    Status writeCaseRow(CasePlan& c, const QString& pylosIncidentId);
    // When each arrested accused was arrested and produced, the remand orders up to bail, verdict or today, and so
    // whether they are still in custody (the arrest status the case's parties record). Before writeCaseRow.
    void planArrests(CasePlan& c);
    // The arrests of the accused marked arrested, their warrants, remands and bail.
    Status writeArrests(CasePlan& c);
    // The timeline from complaint to verdict, and the court proceeding with its hearings.
    Status writeProgress(const CasePlan& c);

private:
    World& m_world;
    QHash<QString, int> m_firSerial; // "circle/year" -> last serial
    QHash<QString, int> m_enquirySerial;
};

} // namespace caselink::synthetic
