// Linked cases: two cases an investigator has found to belong together (the same network, a split FIR). A link is
// between cases the user may see; linked cases outside the scope are left out of every answer.
#pragma once

#include <vector>

#include "repo/caserepository.h"

namespace caselink {

struct CaseLink {
    QString caseId; // the other case
    QString label;
    QString note;
};

class CaseLinkRepository {
public:
    explicit CaseLinkRepository(RepositoryContext& context)
        : m_context(context)
        , m_cases(context) {}

    Status link(const QString& caseId, const QString& otherCaseId, const QString& note = {});
    Status unlink(const QString& caseId, const QString& otherCaseId);
    // Linked cases the user may see; others are left out.
    Result<std::vector<CaseLink>> linked(const QString& caseId);

private:
    RepositoryContext& m_context;
    CaseRepository m_cases;
};

} // namespace caselink
