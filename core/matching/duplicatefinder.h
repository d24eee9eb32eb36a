// Candidate pairs of person records that may be the same human, scored with the reasons an investigator can check.
// Never merges: merging is PersonMerge::merge, after a person has looked.
#pragma once

#include <vector>

#include <QStringList>

#include "repo/repositorycontext.h"

namespace caselink {

struct DuplicateCandidate {
    QString personA;
    QString personB;
    double score = 0;    // 0..1
    QStringList reasons; // translated, strongest first
};

class DuplicateFinder {
public:
    explicit DuplicateFinder(RepositoryContext& context)
        : m_context(context) {}

    // Records that may be the same human as personId, best first, at or above minimumScore.
    Result<std::vector<DuplicateCandidate>> candidatesFor(const QString& personId, double minimumScore = 0.5);
    // Pairs across the user's scope, found by shared identifiers and by identical phonetic name keys, best first.
    Result<std::vector<DuplicateCandidate>> scan(int limit = 200, double minimumScore = 0.65);

private:
    struct Facts;
    Result<Facts> facts(const QString& personId);
    DuplicateCandidate score(const Facts& a, const Facts& b) const;
    Result<QStringList> blockingPartners(const Facts& person);

    RepositoryContext& m_context;
};

} // namespace caselink
