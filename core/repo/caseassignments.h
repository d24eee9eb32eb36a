// Prosecutor assignments: a prosecutor-reader sees exactly the cases assigned to them. Administrators and supervisors
// assign, to active prosecutor-reader accounts only.
#pragma once

#include <QStringList>

#include "repo/caserepository.h"

namespace caselink {

class CaseAssignmentRepository {
public:
    explicit CaseAssignmentRepository(RepositoryContext& context)
        : m_context(context)
        , m_cases(context) {}

    Status assign(const QString& caseId, const QString& userId);
    Status unassign(const QString& caseId, const QString& userId);
    // User ids, in the order they were assigned.
    Result<QStringList> assignedUsers(const QString& caseId);

private:
    RepositoryContext& m_context;
    CaseRepository m_cases;
};

} // namespace caselink
