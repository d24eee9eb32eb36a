// Incidents (shipwrecks, deaths in transit) that cases are linked to. Incidents are national knowledge: every role
// sees them except prosecutor-readers, who see those linked to their assigned cases.
#pragma once

#include <vector>

#include "domain/incident.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class IncidentRepository {
public:
    explicit IncidentRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> create(const Incident& incident);
    Result<SaveOutcome> update(const Incident& incident);
    Result<Incident> get(const QString& id);
    // Most recent first.
    Result<std::vector<Incident>> list();
    // The cases linked to the incident that the user may see.
    Result<QStringList> linkedCaseIds(const QString& incidentId);

private:
    Result<std::vector<Issue>> normalise(Incident& incident);
    Status writeRow(const Incident& incident, bool insert);
    Result<std::vector<Incident>> listWhere(const QString& where, const std::function<void(Statement&)>& bind);
    QString visible(const QString& alias) const;

    RepositoryContext& m_context;
};

} // namespace caselink
