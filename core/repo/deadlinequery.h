// Every date an investigator must not miss, across the cases in the user's scope: production before a magistrate,
// remand expiries and interim challans (ArrestRepository::deadlines), court hearings (CourtRepository) and the end of
// proclamation periods (s.87: a PROCLAMATION event with no DECLARED_PO yet for the same person and case). Each row
// carries the case's office and investigating officer so views can filter by them.
#pragma once

#include <vector>

#include <QDate>
#include <QString>

#include "domain/legalclocks.h"
#include "repo/repositorycontext.h"

namespace caselink {

struct DeadlineItem {
    enum class Kind { MagistrateProduction, RemandExpiry, InterimChallan, Proclamation, Hearing };
    Kind kind = Kind::InterimChallan;
    QString caseId;
    QString caseLabel; // FIR display form, else the enquiry number
    QString officeId;
    QString officeCode;
    QString officerId; // the case's investigating officer, may be empty
    QString officerName;
    QString personId;   // empty for case-level deadlines
    QString personName; // the pseudonym when the person is protected for this user
    QString detail;     // court name, custody kind, ...
    QDate due;
    bool overdue = false;
};

struct DeadlineFilter {
    QString officeId;  // cases of this office (exactly); empty for every office in scope
    QString officerId; // cases of this investigating officer; empty for any
    int limit = 1000;  // the most urgent rows kept (earliest due first); 0 keeps all
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
    Status proclamations(QDate today, QDate horizon, std::vector<DeadlineItem>& out);
    Status keepFiltered(const DeadlineFilter& filter, std::vector<DeadlineItem>& items);
    Status fillCases(std::vector<DeadlineItem>& items);
    Status fillPersons(std::vector<DeadlineItem>& items);

    RepositoryContext& m_context;
    LegalClockRules m_rules;
};

} // namespace caselink
