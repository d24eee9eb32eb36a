// One search field for everything: persons by name in either script and any spelling or by CNIC, passport or phone
// (PersonRepository::search), cases by FIR or enquiry number and title (CaseRepository::search) and organisations by
// name. Every part goes through the repositories' scoped queries, so results never leave the user's scope.
#pragma once

#include <vector>

#include <QString>

#include "repo/repositorycontext.h"

namespace caselink {

struct GlobalSearchHit {
    enum class Kind { Person, Case, Organisation };
    Kind kind = Kind::Person;
    QString id;
    QString title;     // the name or case number as the user knows it
    QString detail;    // a second line: Urdu name, relative, CNIC; case title; organisation kind
    QString matchedBy; // "name", "cnic", "passport", "phone", "case", "organisation"
};

// What one search found: the hits shown, and how many persons in scope match in all (the hits show at most perKind).
struct GlobalSearchResult {
    std::vector<GlobalSearchHit> hits;
    qint64 personTotal = 0;
    int personsShown = 0;
};

class GlobalSearch {
public:
    explicit GlobalSearch(RepositoryContext& context)
        : m_context(context) {}

    // Results grouped by kind (persons, cases, organisations), best first within a kind, at most perKind each.
    // A query shorter than two characters finds nothing.
    Result<GlobalSearchResult> run(const QString& query, int perKind = 8);
    Result<std::vector<GlobalSearchHit>> organisations(const QString& query, int limit);

    // Searching identities is a sensitive read: one audit entry ("search.person") per search a user ran, saying how
    // many persons it found and how many were shown, never the query, which may be a victim's name. The command
    // line's search and the window's search field both record through here.
    Status auditPersonSearch(qint64 found, qint64 shown);
    // A search for cases ("case") or organisations ("org") from the command line, audited the same way: the number
    // of results, never the query.
    Status auditRecordSearch(const QString& kind, qint64 found);

private:
    RepositoryContext& m_context;
};

} // namespace caselink
