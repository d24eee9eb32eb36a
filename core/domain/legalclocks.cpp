#include "domain/legalclocks.h"

#include <algorithm>

#include "domain/documentdate.h"
#include "domain/localtime.h"
#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

Issue invalidInput(const QString& what) {
    return errorIssue(u"clock.invalid"_s, ValidationText::tr("The %1 is missing or not a valid date.").arg(what));
}

// Days covered by the union of the periods, so an order entered twice or overlapping another is not counted twice.
int coveredDays(std::vector<RemandPeriod> periods) {
    std::ranges::sort(periods, {}, &RemandPeriod::from);
    qint64 days = 0;
    QDate end; // first day after everything counted so far
    for (const RemandPeriod& p : periods) {
        const QDate afterLast = p.to.addDays(1);
        const QDate start = end.isValid() && end > p.from ? end : p.from;
        if (afterLast > start) {
            days += start.daysTo(afterLast);
            end = afterLast;
        }
    }
    return int(days);
}

// Sharing only the boundary day (the production day on which the remand was extended) is not an overlap.
bool overlapsAny(const std::vector<RemandPeriod>& periods, const RemandPeriod& p) {
    return std::ranges::any_of(periods, [&p](const RemandPeriod& q) { return p.from < q.to && q.from < p.to; });
}

bool isValidPeriod(const RemandPeriod& p) {
    return p.from.isValid() && p.to.isValid() && p.from <= p.to;
}

} // namespace

QDateTime magistrateProductionDeadline(const QDateTime& arrestedAt, const LegalClockRules& rules) {
    return arrestedAt.addSecs(std::chrono::duration_cast<std::chrono::seconds>(rules.magistrateProduction).count());
}

bool isMagistrateProductionOverdue(const QDateTime& arrestedAt, const std::optional<QDateTime>& producedAt,
                                   const QDateTime& now, const LegalClockRules& rules) {
    const QDateTime deadline = magistrateProductionDeadline(arrestedAt, rules);
    return producedAt ? *producedAt > deadline : now > deadline;
}

ValidatedValue<QDateTime> checkMagistrateProduction(const QDateTime& arrestedAt, const QDateTime& producedAt,
                                                    const LegalClockRules& rules) {
    if (!arrestedAt.isValid()) {
        return refused<QDateTime>({invalidInput(ValidationText::tr("arrest time"))});
    }
    if (!producedAt.isValid()) {
        return refused<QDateTime>({invalidInput(ValidationText::tr("production time"))});
    }
    if (producedAt < arrestedAt) {
        return refused<QDateTime>({errorIssue(u"clock.production_before_arrest"_s,
                                              ValidationText::tr("The production before the magistrate (%1) is "
                                                                 "before the arrest (%2).")
                                                  .arg(displayDateTime(producedAt), displayDateTime(arrestedAt)))});
    }
    std::vector<Issue> issues;
    const QDateTime deadline = magistrateProductionDeadline(arrestedAt, rules);
    if (producedAt > deadline) {
        const qint64 hours = arrestedAt.secsTo(producedAt) / 3600;
        issues.push_back(warningIssue(u"clock.production_late"_s,
                                      ValidationText::tr("The person was produced before the magistrate %1 hours "
                                                         "after arrest, later than the %n hours section 61 CrPC "
                                                         "allows (deadline %2). Record the reason for the delay.",
                                                         nullptr, int(rules.magistrateProduction.count()))
                                          .arg(hours)
                                          .arg(displayDateTime(deadline))));
    }
    return validated(producedAt, std::move(issues));
}

ValidatedValue<RemandTotal> checkPhysicalRemand(const std::vector<RemandPeriod>& granted, const RemandPeriod& proposed,
                                                const LegalClockRules& rules) {
    if (!isValidPeriod(proposed)) {
        return refused<RemandTotal>(
            {errorIssue(u"remand.invalid_period"_s, ValidationText::tr("The proposed remand needs a start date and an "
                                                                       "end date that is not before it."))});
    }
    if (!std::ranges::all_of(granted, isValidPeriod)) {
        return refused<RemandTotal>({errorIssue(u"remand.invalid_period"_s,
                                                ValidationText::tr("A remand order already recorded for this arrest "
                                                                   "has no valid dates; correct it first, so the "
                                                                   "total can be counted."))});
    }
    std::vector<Issue> issues;
    if (overlapsAny(granted, proposed)) {
        issues.push_back(warningIssue(u"remand.overlap"_s,
                                      ValidationText::tr("The proposed remand from %1 to %2 overlaps a remand already "
                                                         "recorded; the shared days are counted once.")
                                          .arg(displayDate(proposed.from), displayDate(proposed.to))));
    }
    RemandTotal total;
    total.alreadyGranted = coveredDays(granted);
    std::vector<RemandPeriod> all = granted;
    all.push_back(proposed);
    total.total = coveredDays(all);
    total.proposed = total.total - total.alreadyGranted;
    total.remaining = std::max(0, rules.maxPhysicalRemandDays - total.total);
    if (total.total > rules.maxPhysicalRemandDays) {
        issues.push_back(errorIssue(u"remand.limit_exceeded"_s,
                                    ValidationText::tr("Refused: with this remand, physical remand for this arrest "
                                                       "would total %1 days (%2 already granted and %3 more), but "
                                                       "section 167 CrPC allows at most %n days in all. At most %4 "
                                                       "more days can be granted.",
                                                       nullptr, rules.maxPhysicalRemandDays)
                                        .arg(total.total)
                                        .arg(total.alreadyGranted)
                                        .arg(total.proposed)
                                        .arg(std::max(0, rules.maxPhysicalRemandDays - total.alreadyGranted))));
    }
    return validated(total, std::move(issues));
}

InterimChallanSchedule interimChallanSchedule(QDate firDate, const LegalClockRules& rules) {
    const QDate from = firDate.addDays(rules.interimChallanAfterDays);
    return {from, from.addDays(rules.interimChallanGraceDays)};
}

ClockStatus interimChallanStatus(QDate firDate, std::optional<QDate> submittedOn, QDate today,
                                 const LegalClockRules& rules) {
    const InterimChallanSchedule schedule = interimChallanSchedule(firDate, rules);
    if (submittedOn && submittedOn->isValid()) {
        return *submittedOn <= schedule.reportDue ? ClockStatus::MetOnTime : ClockStatus::MetLate;
    }
    if (today > schedule.reportDue) {
        return ClockStatus::Overdue;
    }
    return today >= schedule.reportRequiredFrom ? ClockStatus::Due : ClockStatus::Running;
}

bool isInterimChallanOverdue(QDate firDate, std::optional<QDate> submittedOn, QDate today,
                             const LegalClockRules& rules) {
    return interimChallanStatus(firDate, submittedOn, today, rules) == ClockStatus::Overdue;
}

QDate earliestPoDeclaration(QDate proclamationPublished, const LegalClockRules& rules) {
    return proclamationPublished.addDays(rules.proclamationMinDays);
}

ValidatedValue<QDate> checkPoDeclaration(QDate proclamationPublished, QDate declaredOn, const LegalClockRules& rules) {
    if (!proclamationPublished.isValid()) {
        return refused<QDate>({invalidInput(ValidationText::tr("proclamation date"))});
    }
    if (!declaredOn.isValid()) {
        return refused<QDate>({invalidInput(ValidationText::tr("declaration date"))});
    }
    const QDate earliest = earliestPoDeclaration(proclamationPublished, rules);
    if (declaredOn < earliest) {
        return refused<QDate>({errorIssue(
            u"proclamation.too_early"_s,
            ValidationText::tr("Refused: the proclamation was published on %1 and section 87 CrPC requires at least "
                               "%n days before a proclaimed offender is declared; %2 is only %3 days later. The "
                               "earliest date is %4.",
                               nullptr, rules.proclamationMinDays)
                .arg(displayDate(proclamationPublished), displayDate(declaredOn))
                .arg(proclamationPublished.daysTo(declaredOn))
                .arg(displayDate(earliest)))});
    }
    return validated(declaredOn, {});
}

} // namespace caselink
