// Reference tables (offence sections, event types, countries): everyone reads them; only administrators add,
// change or deactivate entries, each change audited.
#pragma once

#include <vector>

#include "domain/reference.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class ReferenceRepository {
public:
    explicit ReferenceRepository(RepositoryContext& context)
        : m_context(context) {}

    // Ordered by code; inactive offences only when asked for.
    Result<std::vector<Offence>> offences(bool includeInactive = false);
    Result<std::vector<EventType>> eventTypes();
    Result<std::vector<Country>> countries();

    // Administrators only (ErrorCode::Permission otherwise). Codes are unique (ErrorCode::Conflict).
    Result<QString> addOffence(const Offence& offence);
    Status updateOffence(const Offence& offence);
    // Offences stay for the cases that cite them; a deactivated one is no longer offered for new cases.
    Status deactivateOffence(const QString& id);
    Status addEventType(const EventType& type);
    Status updateEventType(const EventType& type);
    Status addCountry(const Country& country);
    Status updateCountry(const Country& country);

private:
    Status requireAdministrator() const;
    Result<Offence> offence(const QString& id);
    Status checkOffence(Offence& offence);
    Status writeOffence(const Offence& offence, bool insert);
    Status writeEventType(EventType type, bool insert);
    Status writeCountry(Country country, bool insert);

    RepositoryContext& m_context;
};

} // namespace caselink
