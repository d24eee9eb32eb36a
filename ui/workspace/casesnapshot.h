// Everything the case workspace shows, read through the repositories in one go after each committed change, so the
// panels render one consistent state and none of them queries on its own.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "domain/document.h"
#include "domain/event.h"
#include "domain/incident.h"
#include "domain/payment.h"
#include "domain/reference.h"
#include "domain/routeleg.h"
#include "repo/arrestrepository.h"
#include "repo/caseinsight.h"
#include "repo/caselinks.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/changenotifier.h"
#include "repo/deadlinequery.h"

namespace caselink {

struct ArrestView {
    Arrest arrest;
    std::vector<CustodyPeriod> custody;
    RemandSummary remand;
};

// Far enough ahead to include every open deadline of a case, whatever its date.
constexpr int kAnyHorizonDays = 100 * 365;

struct CaseSnapshot {
    CaseRecord caseFile;
    std::vector<CaseRoleView> roles;
    std::vector<ArrestView> arrests;
    std::vector<DeadlineItem> deadlines; // this case's open deadlines, earliest first
    std::vector<Payment> payments;
    PaymentTotals paymentTotals;
    std::vector<RouteLeg> route;
    std::vector<Document> documents;
    std::vector<EvidenceListItem> evidence;
    std::vector<CaseLink> linkedCases;
    std::optional<Incident> incident;
    std::vector<CaseHistoryEntry> history;
    std::vector<Offence> offences; // the case's offences, resolved from the reference table
    QString ioName;
    bool victimGrant = false;

    // The person's display name as this user may see it (pseudonym when protected), else the id.
    QString personName(const QString& personId) const;
    // Whether a committed change can alter what this snapshot shows: a change to the case or to a record of it, to one
    // of its persons or arrests, to a linked case, or one made by another process.
    bool isTouchedBy(const ChangeEvent& event) const;
    std::optional<PersonRole> roleOf(const QString& personId) const;
};

// Reads the snapshot; the first error (NotFound for a case out of scope) stops it. today dates the deadlines.
Result<CaseSnapshot> loadCaseSnapshot(RepositoryContext& context, const QString& caseId, QDate today);

// The next legal step for a case in this status (and, for FIR cases under investigation, the interim challan
// schedule), translated.
QString nextLegalStep(const CaseSnapshot& snapshot, QDate today);

} // namespace caselink
