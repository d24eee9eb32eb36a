// Arrests and custody in a case: recording an arrest (the role's arrest status and the timeline follow in the same
// transaction), production before a magistrate, and remand orders under the 15-day physical remand ceiling. The
// deadlines these start are DeadlineQuery's.
#pragma once

#include <optional>
#include <vector>

#include "domain/caserecord.h"
#include "domain/legalclocks.h"
#include "repo/caserepository.h"
#include "repo/repositorycontext.h"

namespace caselink {

struct RemandSummary {
    int physicalDays = 0;          // days covered by physical remand orders, overlaps counted once
    int remainingPhysicalDays = 0; // what section 167 still allows
    int judicialDays = 0;
};

class ArrestRepository {
public:
    explicit ArrestRepository(RepositoryContext& context, LegalClockRules rules = {})
        : m_context(context)
        , m_cases(context)
        , m_rules(rules) {}

    // The person must hold a role in the case. Sets that role's arrest status to ARRESTED and adds an ARREST event
    // (and PRODUCED_BEFORE_MAGISTRATE when the production time is given) in the same transaction. An arrest dated
    // before the case was registered (arrest.before_registration) or in the future (arrest.time_future) is refused
    // unless dateReason confirms it; a production later than 24 hours without productionDelayReason is refused
    // (arrest.production_delay_reason_missing). The reasons are stored with the arrest.
    Result<SaveOutcome> record(const Arrest& draft);
    // A production later than 24 hours is recorded with the warning clock.production_late, and only with the reason
    // for the delay; before the arrest is refused.
    Result<std::vector<Issue>> recordProduction(const QString& arrestId, const QDateTime& producedAt,
                                                const QString& delayReason = {});
    Result<Arrest> get(const QString& arrestId);
    Result<std::vector<Arrest>> forCase(const QString& caseId);

    // A physical remand that would take the arrest's total over 15 days is refused (ErrorCode::Input with the
    // section 167 message); judicial remand has no ceiling. Each order adds a PHYSICAL_REMAND or JUDICIAL_REMAND
    // event.
    Result<SaveOutcome> addCustody(const CustodyPeriod& draft);
    Status removeCustody(const QString& periodId);
    Result<std::vector<CustodyPeriod>> custody(const QString& arrestId);
    Result<RemandSummary> remandTotal(const QString& arrestId);

private:
    Result<CustodyPeriod> getCustody(const QString& periodId);
    Status insertEvent(const QString& id, const Arrest& arrest, const QString& type, const QString& occurredAt,
                       const QString& description);
    Status deleteEvent(const QString& id);

    RepositoryContext& m_context;
    CaseRepository m_cases;
    LegalClockRules m_rules;
};

} // namespace caselink
