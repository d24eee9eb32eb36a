// Reference data that administrators edit: offence sections (with penalties as reported, some uncertain), timeline
// event types with their legal references, and countries on the routes.
#pragma once

#include <optional>

#include <QString>

#include "domain/event.h"

namespace caselink {

struct Offence {
    QString id;
    QString code; // "PSMA-6", "EO-17(2)", "PPC-420"
    QString act;  // "PSMA 2018", "Emigration Ordinance 1979", ...
    QString section;
    QString titleEn;
    QString titleUr;
    QString penalty; // as reported; a text, never a rule
    std::optional<bool> cognizable;
    std::optional<bool> bailable;
    bool uncertain = false; // from a secondary source (DOMAIN.md): shown as such
    bool active = true;

    friend bool operator==(const Offence&, const Offence&) = default;
};

struct EventType {
    QString code; // FIR_REGISTERED, ...
    EventPhase phase = EventPhase::PreTrial;
    QString legalRef;
    QString titleEn;
    QString titleUr;

    friend bool operator==(const EventType&, const EventType&) = default;
};

struct Country {
    QString iso2;
    QString nameEn;
    QString nameUr;

    friend bool operator==(const Country&, const Country&) = default;
};

} // namespace caselink
