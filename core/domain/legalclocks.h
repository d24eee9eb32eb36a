// The CrPC time limits an investigation runs against: producing the arrested person before a magistrate, the
// physical remand ceiling, the interim challan, and the proclamation period before declaring a proclaimed offender.
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include <QDate>
#include <QDateTime>

#include "domain/validation.h"

namespace caselink {

// The limits as DOMAIN.md states them. They are parameters, not constants, because DOMAIN.md requires uncertain
// legal facts to stay editable reference data: they are to be loaded from a small JSON resource under :/data/ that
// an administrator can correct without a new release. Until then these defaults apply.
struct LegalClockRules {
    std::chrono::hours magistrateProduction{24}; // s.61: before a magistrate within 24 hours of arrest
    int maxPhysicalRemandDays = 15;              // s.167: physical remand in total over all orders for one arrest
    int interimChallanAfterDays = 14;            // s.173: investigation not complete this long after the FIR...
    int interimChallanGraceDays = 3;             // ...then an interim report within this many more days
    int proclamationMinDays = 30;                // s.87: at least this long between proclamation and PO declaration
};

// --- Production before a magistrate (s.61) ---

// Exactly 24 hours after arrest. s.61 excludes the journey to the court; CaseLink shows the strict deadline and
// leaves the journey to the officer's explanation.
QDateTime magistrateProductionDeadline(const QDateTime& arrestedAt, const LegalClockRules& rules = {});
bool isMagistrateProductionOverdue(const QDateTime& arrestedAt, const std::optional<QDateTime>& producedAt,
                                   const QDateTime& now, const LegalClockRules& rules = {});
// For recording a production that happened: late is a warning (clock.production_late; the fact is recorded, not
// refused), before the arrest is an error (clock.production_before_arrest), as are invalid times (clock.invalid).
ValidatedValue<QDateTime> checkMagistrateProduction(const QDateTime& arrestedAt, const QDateTime& producedAt,
                                                    const LegalClockRules& rules = {});

// --- Physical remand (s.167) ---

// One remand order, both days included (as custody_periods stores it: a one-day remand has from == to). Counting
// both ends never under-counts custody, so the ceiling errs on the side of the accused's rights.
struct RemandPeriod {
    QDate from;
    QDate to;

    qint64 days() const { return from.daysTo(to) + 1; }
};

struct RemandTotal {
    int alreadyGranted = 0; // days covered by the existing orders
    int proposed = 0;       // days the proposed order adds (overlaps counted once)
    int total = 0;
    int remaining = 0; // days still available after the proposed order
};

// Refuses (remand.limit_exceeded, with the total in the message) a remand that would take this arrest's physical
// remand over the limit. Days covered by more than one order count once. An order starting on the day the previous
// one ended (the production day on which it was extended) is normal; any larger overlap gets the warning
// remand.overlap. Periods without both dates or ending before they start are errors (remand.invalid_period).
ValidatedValue<RemandTotal> checkPhysicalRemand(const std::vector<RemandPeriod>& granted, const RemandPeriod& proposed,
                                                const LegalClockRules& rules = {});

// --- Interim challan (s.173) ---

struct InterimChallanSchedule {
    QDate reportRequiredFrom; // FIR + 14 days: from this day an incomplete investigation needs an interim report
    QDate reportDue;          // FIR + 17 days: the last day for it
};

enum class ClockStatus {
    Running,   // not yet required
    Due,       // required now, still within time
    Overdue,   // past the last day and nothing submitted
    MetOnTime, // submitted on or before the last day
    MetLate,   // submitted after the last day
};

InterimChallanSchedule interimChallanSchedule(QDate firDate, const LegalClockRules& rules = {});
// submittedOn is the interim report, or a final challan that made one unnecessary.
ClockStatus interimChallanStatus(QDate firDate, std::optional<QDate> submittedOn, QDate today,
                                 const LegalClockRules& rules = {});
bool isInterimChallanOverdue(QDate firDate, std::optional<QDate> submittedOn, QDate today,
                             const LegalClockRules& rules = {});

// --- Proclamation (s.87) ---

QDate earliestPoDeclaration(QDate proclamationPublished, const LegalClockRules& rules = {});
// Refuses (proclamation.too_early) a declaration before the earliest date and one with invalid dates
// (clock.invalid); returns the declaration date otherwise.
ValidatedValue<QDate> checkPoDeclaration(QDate proclamationPublished, QDate declaredOn,
                                         const LegalClockRules& rules = {});

} // namespace caselink
