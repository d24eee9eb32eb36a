// Cases: create and update with FIR validation and uniqueness, status changes, offences, scoped search over
// FIR/enquiry numbers and titles, and keyset-paged lists. The roles persons hold are in caseroles.h, linked cases in
// caselinks.h, prosecutor assignments in caseassignments.h.
#pragma once

#include <optional>
#include <vector>

#include "domain/caserecord.h"
#include "repo/repositorycontext.h"

namespace caselink {

// One row of a case list or search result.
struct CaseSummary {
    QString id;
    QString officeId;
    QString label; // FIR display form ("C-188/2023"), else the enquiry number
    QString enquiryNumber;
    QString firStation;
    QDate firDate;
    CaseStatus status = CaseStatus::EnquiryRegistered;
    QString title;
    QString sortKey; // FIR date, else creation time: the list order, and half of the page key
};

// Where the next page starts: the last row's sort key and id.
struct CaseKey {
    QString sortKey;
    QString id;
};

struct CaseFilter {
    QString officeId; // this office and every unit below it; empty for the whole scope
    std::optional<CaseStatus> status;
    int year = 0; // FIR year, else the year of the enquiry or creation; 0 for any
};

// Converting an enquiry into an FIR (CrPC s.154): the FIR's number, station and registration. The enquiry number and
// its history stay.
struct FirRegistration {
    QString firNumber;  // as typed
    QString firStation; // empty: the owning office's code
    QDate firDate;      // empty: the Pakistani day of registeredAt
    QDateTime registeredAt;
};

struct CasePage {
    std::vector<CaseSummary> rows;
    std::optional<CaseKey> next; // set when more rows may follow
};

class CaseRepository {
public:
    explicit CaseRepository(RepositoryContext& context)
        : m_context(context) {}

    // The office is the user's own unless an administrator or supervisor picks one inside their scope. An FIR
    // number already recorded for the same station and year is a Conflict naming the FIR.
    Result<SaveOutcome> create(const CaseRecord& draft);
    // An enquiry number already recorded by the same office in the same year is a Conflict naming the number, as is
    // an FIR number; both are checked inside the write transaction.
    // Changes everything but the status (setStatus) and, for investigators, the office.
    Result<SaveOutcome> update(const CaseRecord& edited);
    // NotFound when the case does not exist or is outside the user's scope (the two are not told apart).
    Result<CaseRecord> get(const QString& id);
    Status setStatus(const QString& caseId, CaseStatus status);
    // Registers the FIR of a case that has none (an enquiry) and moves an enquiry status to FIR_REGISTERED, in one
    // audited transaction (case.fir_register). The enquiry number and date stay.
    Result<SaveOutcome> registerFir(const QString& caseId, const FirRegistration& fir);
    // The undo of registerFir: takes the FIR off again and puts the status back (case.fir_withdraw).
    Status withdrawFir(const QString& caseId, CaseStatus statusBefore);

    // FIR forms ("C-188/2023", "188/2023", "188"), enquiry numbers, titles and summaries; newest first.
    Result<std::vector<CaseSummary>> search(const QString& query, int limit = 50);
    // Newest first by (FIR date, else creation time; id). Pass the previous page's next to continue.
    Result<CasePage> list(const CaseFilter& filter, const std::optional<CaseKey>& after, int limit = 100);

private:
    Result<std::vector<Issue>> normalise(CaseRecord& c, const CaseRecord* before);
    Status checkOffice(const QString& officeId) const;
    Status checkReferences(const CaseRecord& c);
    Status checkFirUnique(const CaseRecord& c);
    Status checkEnquiryUnique(const CaseRecord& c);
    Status writeRow(const CaseRecord& c, bool insert);
    Status writeOffences(const CaseRecord& c);
    Status refreshSearch(const CaseRecord& c);
    Result<std::vector<CaseSummary>> summaries(const QString& where, const std::function<void(Statement&)>& bind,
                                               const QString& tail);

    RepositoryContext& m_context;
};

} // namespace caselink
