// The roles persons hold in a case (accused, agent, victim, witness, complainant ...), with their arrest status and,
// for victims, the outcome. A person is shown as PersonRepository::get shows it, so protected persons keep their
// pseudonym for users without the victim grant.
#pragma once

#include <vector>

#include "repo/caserepository.h"
#include "repo/personrepository.h"

namespace caselink {

struct CaseRoleView {
    CaseRole role;
    Person person;
};

class CaseRoleRepository {
public:
    explicit CaseRoleRepository(RepositoryContext& context)
        : m_context(context)
        , m_cases(context)
        , m_persons(context) {}

    // The role's id (the caller's, when given: a bundle import or a redo keeps it).
    Result<QString> add(const CaseRole& role);
    // A role stays with its case and person; remove and add to move it.
    Status update(const CaseRole& role);
    Status remove(const QString& roleId);
    // In the order they were added; roles of persons the user may not see are left out.
    Result<std::vector<CaseRoleView>> ofCase(const QString& caseId);
    Result<CaseRole> get(const QString& roleId);

private:
    Result<std::vector<Issue>> normalise(CaseRole& role);
    Status write(const CaseRole& role, bool insert);

    RepositoryContext& m_context;
    CaseRepository m_cases;
    PersonRepository m_persons;
};

} // namespace caselink
