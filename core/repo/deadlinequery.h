// Every date an investigator must not miss, across the cases in the user's scope: production before a magistrate,
// remand expiries, interim challans and the end of proclamation periods (s.87: a PROCLAMATION event with no
// DECLARED_PO yet for the same person and case), read in date order from the open items migration 0012 keeps per
// case, and court hearings (CourtRepository). Each row carries the case's office and investigating officer so views
// can filter by them.
#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "domain/caserecord.h"
#include "domain/legalclocks.h"
#include "repo/repositorycontext.h"

namespace caselink {

enum class DeadlineKind { MagistrateProduction, RemandExpiry, InterimChallan, Proclamation, Hearing };

// One open deadline, as every view shows it: the one definition of what is due, read from the items the deadline
// triggers keep (migration 0012) - lists, the Dashboard, a case's overview and its arrests page alike.
struct DeadlineItem {
    using Kind = DeadlineKind;
    Kind kind = Kind::InterimChallan;
    QString caseId;
    QString caseLabel; // FIR display form, else the enquiry number
    QString officeId;
    QString officeCode;
    QString officerId; // the case's investigating officer, may be empty
    QString officerName;
    QString personId;                       // empty for case-level deadlines
    QString personName;                     // the pseudonym when the person is protected for this user
    QString detail;                         // court name, custody kind, ...
    QString arrestId;                       // production and remand deadlines
    std::optional<CustodyKind> custodyKind; // remand expiries
    QDate due;
    QDateTime dueAt; // production only: the exact end of the 24 hours
    ClockStatus status = ClockStatus::Running;
    bool overdue = false;
};

struct DeadlineFilter {
    QString caseId;                  // this case's deadlines only; empty for every case in scope
    QString officeId;                // cases of this office (exactly); empty for every office in scope
    QString officerId;               // cases of this investigating officer; empty for any
    int limit = 1000;                // the most urgent rows kept (earliest due first); 0 keeps all
    std::vector<DeadlineKind> kinds; // these kinds only; empty for every kind
};

struct DeadlineList {
    std::vector<DeadlineItem> items; // at most filter.limit, earliest first, with case and person details
    qsizetype total = 0;             // every open deadline matching the filter
};

class DeadlineQuery {
public:
    explicit DeadlineQuery(RepositoryContext& context, LegalClockRules rules = {})
        : m_context(context)
        , m_rules(rules) {}

    // Open deadlines due by today + horizonDays, overdue ones included, earliest first. Case and person details
    // are read for the rows kept only, so a national database with a quarter of a million overdue items still
    // answers with its most urgent ones.
    Result<DeadlineList> list(QDate today, int horizonDays = 30, const DeadlineFilter& filter = {});

    static QString kindName(DeadlineItem::Kind kind); // translated

private:
    // The open items of one kind due by horizon, earliest first: at most limit of them (0: all), and how many there
    // are in all.
    Status openItems(DeadlineItem::Kind kind, QDate today, QDate horizon, const DeadlineFilter& filter,
                     std::vector<DeadlineItem>& out, qsizetype& total);
    Status hearings(QDate today, QDate horizon, const DeadlineFilter& filter, std::vector<DeadlineItem>& out);
    Status fillCases(std::vector<DeadlineItem>& items);
    Status fillPersons(std::vector<DeadlineItem>& items);

    RepositoryContext& m_context;
    LegalClockRules m_rules;
};

} // namespace caselink
