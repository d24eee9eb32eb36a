// Cases year by year: who is accused and arrested, the victims and what they paid, the route they took, and how the
// case moved from enquiry to verdict, with its timeline events. Arrests per year meet the configured totals.
#pragma once

#include <cstdint>
#include <vector>

#include <QDate>
#include <QHash>
#include <QString>

#include "synthetic/scenario.h"

namespace caselink::synthetic {

class CaseBuilder {
public:
    explicit CaseBuilder(World& world);

    Status writeIncidents();
    Status writeCases();

    int pylosVictims() const { return m_pylosVictims; }

private:
    struct Party {
        QString personId;
        QString role;
        QString outcome;      // victims
        QString arrestStatus; // accused
        int memberIndex = -1; // network core member, or -1 for a person created for this case
        bool arrested = false;
        QDate arrestedOn;
        QString category;
        QString arrestId;
    };
    struct Case;

    Status writeYear(int yearIndex);
    Status writeCase(Case& c);
    void planTimeline(Case& c);
    Status writeAccused(Case& c);
    Status writeVictims(Case& c, int victims);
    Status writeCaseRow(Case& c);
    Status writeArrests(Case& c);
    Status writeProgress(Case& c);
    Status writeMoneyAndRoute(Case& c);
    Status writeLinks(Case& c);

    World& m_world;
    QString m_pylosId;
    int m_pylosVictims = 0;
    int m_pylosDeceased = 0;
    Quota m_persons{0, 0};
    Quota m_links{0, 0};
    QHash<QString, int> m_firSerial; // "circle/year" -> last serial
    QHash<QString, int> m_enquirySerial;
};

} // namespace caselink::synthetic
