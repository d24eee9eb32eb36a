// Court proceedings of a case and their hearings; the hearing dates coming up across every case in scope.
#pragma once

#include <vector>

#include "domain/court.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class CourtRepository {
public:
    explicit CourtRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> createProceeding(const CourtProceeding& proceeding);
    // The case of a proceeding never changes.
    Result<SaveOutcome> updateProceeding(const CourtProceeding& proceeding);
    Result<CourtProceeding> proceeding(const QString& id);
    // NotFound when the case is out of scope. Oldest first.
    Result<std::vector<CourtProceeding>> proceedingsForCase(const QString& caseId);

    Result<SaveOutcome> addHearing(const Hearing& hearing);
    Result<SaveOutcome> updateHearing(const Hearing& hearing);
    // By date held.
    Result<std::vector<Hearing>> hearings(const QString& proceedingId);
    // Next hearing dates within [from, to], soonest first, in the cases the user may see.
    Result<std::vector<UpcomingHearing>> upcomingHearings(QDate from, QDate to);

private:
    Result<std::vector<Issue>> normalise(CourtProceeding& proceeding);
    Result<std::vector<Issue>> normalise(Hearing& hearing);
    Status writeProceeding(const CourtProceeding& proceeding, bool insert);
    Status writeHearing(const Hearing& hearing, bool insert);
    Result<std::vector<CourtProceeding>> listProceedings(const QString& where,
                                                         const std::function<void(Statement&)>& bind);
    Result<std::vector<Hearing>> listHearings(const QString& where, const std::function<void(Statement&)>& bind);

    RepositoryContext& m_context;
};

} // namespace caselink
