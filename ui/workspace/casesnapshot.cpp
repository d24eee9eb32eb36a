#include "ui/workspace/casesnapshot.h"

#include <algorithm>

#include <QCoreApplication>

#include "domain/documentdate.h"
#include "repo/caselinks.h"
#include "repo/caseroles.h"
#include "repo/documentrepository.h"
#include "repo/eventrepository.h"
#include "repo/incidentrepository.h"
#include "repo/officerrepository.h"
#include "repo/paymentrepository.h"
#include "repo/referencerepository.h"
#include "repo/routerepository.h"
#include "ui/workspace/panelsupport.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseWorkspace)
};

template <typename T>
bool take(Result<T>&& result, T& into, std::optional<Error>& error) {
    if (!result) {
        error = result.error();
        return false;
    }
    into = std::move(*result);
    return true;
}

} // namespace

bool CaseSnapshot::isTouchedBy(const ChangeEvent& event) const {
    if (event.concernsCase(caseFile.id)) {
        return true;
    }
    switch (event.entity) {
    case RecordKind::Person:
        return std::any_of(roles.begin(), roles.end(),
                           [&](const CaseRoleView& r) { return r.role.personId == event.id; });
    case RecordKind::Arrest:
        return std::any_of(arrests.begin(), arrests.end(),
                           [&](const ArrestView& a) { return a.arrest.id == event.id; });
    case RecordKind::Case:
        return std::any_of(linkedCases.begin(), linkedCases.end(),
                           [&](const CaseLink& l) { return l.caseId == event.id; });
    case RecordKind::Officer:
    case RecordKind::Incident:
    case RecordKind::Reference:
        return true; // names and references the overview shows
    default:
        return false;
    }
}

QString CaseSnapshot::personName(const QString& personId) const {
    for (const CaseRoleView& view : roles) {
        if (view.person.id == personId) {
            return localName(view.person);
        }
    }
    return personId.isEmpty() ? QString() : Tr::tr("(not in this case)");
}

std::optional<PersonRole> CaseSnapshot::roleOf(const QString& personId) const {
    for (const CaseRoleView& view : roles) {
        if (view.person.id == personId) {
            return view.role.role;
        }
    }
    return std::nullopt;
}

Result<CaseSnapshot> loadCaseSnapshot(RepositoryContext& context, const QString& caseId, QDate today) {
    CaseSnapshot s;
    std::optional<Error> error;
    CaseRepository cases(context);
    ArrestRepository arrests(context);
    if (!take(cases.get(caseId), s.caseFile, error) ||
        !take(CaseRoleRepository(context).ofCase(caseId), s.roles, error) ||
        !take(CaseLinkRepository(context).linked(caseId), s.linkedCases, error)) {
        return std::unexpected(*error);
    }
    std::vector<Arrest> arrestRows;
    if (!take(arrests.forCase(caseId), arrestRows, error)) {
        return std::unexpected(*error);
    }
    for (Arrest& a : arrestRows) {
        ArrestView view;
        if (!take(arrests.custody(a.id), view.custody, error) || !take(arrests.remandTotal(a.id), view.remand, error)) {
            return std::unexpected(*error);
        }
        view.arrest = std::move(a);
        s.arrests.push_back(std::move(view));
    }
    // The case's open deadlines by the one definition every view uses, whatever their date.
    DeadlineFilter thisCase;
    thisCase.caseId = caseId;
    thisCase.limit = 0;
    auto deadlines = DeadlineQuery(context).list(today, kAnyHorizonDays, thisCase);
    if (!deadlines) {
        return std::unexpected(deadlines.error());
    }
    s.deadlines = std::move(deadlines->items);
    PaymentRepository payments(context);
    RouteRepository route(context);
    DocumentRepository documents(context);
    CaseInsight insight(context);
    if (!take(payments.listForCase(caseId), s.payments, error) ||
        !take(payments.totalsForCase(caseId), s.paymentTotals, error) ||
        !take(route.chainForCase(caseId), s.route, error) || !take(documents.listForCase(caseId), s.documents, error) ||
        !take(insight.evidence(caseId), s.evidence, error) || !take(insight.history(caseId), s.history, error)) {
        return std::unexpected(*error);
    }
    if (!s.caseFile.incidentId.isEmpty()) {
        if (auto incident = IncidentRepository(context).get(s.caseFile.incidentId)) {
            s.incident = std::move(*incident);
        }
    }
    if (!s.caseFile.offenceIds.isEmpty()) {
        if (auto all = ReferenceRepository(context).offences(true)) {
            for (Offence& o : *all) {
                if (s.caseFile.offenceIds.contains(o.id)) {
                    s.offences.push_back(std::move(o));
                }
            }
        }
    }
    if (!s.caseFile.ioOfficerId.isEmpty()) {
        if (auto io = OfficerRepository(context).get(s.caseFile.ioOfficerId)) {
            s.ioName = io->name;
        }
    }
    s.victimGrant = context.scope().victimGrant();
    return s;
}

QString nextLegalStep(const CaseSnapshot& s, QDate today) {
    const CaseRecord& c = s.caseFile;
    switch (c.status) {
    case CaseStatus::EnquiryRegistered:
        return Tr::tr("Complete the enquiry: register an FIR or close the enquiry.");
    case CaseStatus::FirRegistered:
    case CaseStatus::UnderInvestigation: {
        if (!c.firDate.isValid()) {
            return Tr::tr("Investigate and submit the challan under section 173.");
        }
        const InterimChallanSchedule schedule = interimChallanSchedule(c.firDate);
        switch (interimChallanStatus(c.firDate, std::nullopt, today)) {
        case ClockStatus::Running:
            return Tr::tr("Investigate; an interim challan is required from %1 if the investigation is not complete.")
                .arg(displayDate(schedule.reportRequiredFrom));
        case ClockStatus::Due:
            return Tr::tr("Submit the interim challan (section 173) by %1.").arg(displayDate(schedule.reportDue));
        default:
            return Tr::tr("The interim challan was due on %1 and is overdue.").arg(displayDate(schedule.reportDue));
        }
    }
    case CaseStatus::InterimChallanSubmitted:
        return Tr::tr("Complete the investigation and submit the final challan.");
    case CaseStatus::FinalChallanSubmitted:
        return Tr::tr("Await the court's cognisance and the start of the trial.");
    case CaseStatus::UnderTrial:
        return Tr::tr("Attend the hearings and produce the prosecution witnesses.");
    case CaseStatus::AccusedProclaimedOffender:
        return Tr::tr("Trace the proclaimed offender; consider a Red Book entry and a Red Notice request.");
    case CaseStatus::Convicted:
    case CaseStatus::Acquitted:
        return Tr::tr("Appeal period: decide on an appeal and record its outcome.");
    case CaseStatus::AppealPending:
        return Tr::tr("Follow the appeal.");
    case CaseStatus::EnquiryClosed:
    case CaseStatus::DroppedAfterInvestigation:
    case CaseStatus::Disposed:
        break;
    }
    return Tr::tr("No further legal step: the case is closed.");
}

} // namespace caselink
