// Persons: create and update with validation, scoped and redacted reads, search in either script and any spelling,
// and exact identifier lookup. Merging two records of the same human is PersonMerge's (personmerge.h).
#pragma once

#include <utility>
#include <vector>

#include <QByteArray>
#include <QVariant>

#include "domain/person.h"
#include "domain/validation.h"
#include "repo/repositorycontext.h"

namespace caselink {

struct PersonHit {
    QString id;
    QString name; // display name (Latin, else Urdu)
    QString nameUrdu;
    QString relative;  // father's or husband's name
    QString cnic;      // display form, or empty
    QString matchedBy; // "name", "cnic", "passport", "phone"
};

enum class IdentifierKind { Cnic, Passport, Phone };

// One page of a person search and how many persons in the user's scope match in all, so a list can say "N more".
struct PersonSearchResult {
    std::vector<PersonHit> hits; // best first, at most the limit asked for
    qint64 total = 0;            // every match in scope, the hits included
};

// The persons a query finds, as one SQL condition over the persons alias p and the parameters it binds: the same
// matching as PersonRepository::find, for a list that pages through every match (the search results page).
struct PersonMatchCondition {
    QString sql; // "0" when the query can match nothing
    std::vector<std::pair<QByteArray, QVariant>> parameters;
};

class PersonRepository {
public:
    explicit PersonRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> create(const Person& draft);
    Result<SaveOutcome> update(const Person& person);
    // NotFound when the person does not exist or is outside the user's scope (the two are not told apart).
    Result<Person> get(const QString& id);

    // Persons whose normalised identifier equals the normalised input. Protected persons are left out for users
    // without the victim grant.
    Result<std::vector<PersonHit>> findByIdentifier(IdentifierKind kind, const QString& input);
    // Names in either script and any common spelling (FTS5 over normalised forms), and identifiers when the query
    // looks like one. Best matches first.
    // Any name token or its first letters (two or more) matches. The scope filters the matches before the limit
    // takes the best of them.
    Result<PersonSearchResult> find(const QString& query, int limit = 50);
    // find() without the total.
    Result<std::vector<PersonHit>> search(const QString& query, int limit = 50);
    // What find() matches, as a condition for a list query; the caller adds the scope and leaves protected persons
    // out, as find() does.
    static PersonMatchCondition matchCondition(const QString& query);

private:
    Result<std::vector<Issue>> normalise(Person& person) const;
    Status writeRow(const Person& person, bool insert);
    Status writeChildren(const Person& person);
    Status refreshSearch(const Person& person);
    // fromWhere narrowed to the persons the user may see (scope, not merged, not protected).
    QString shown(const QString& fromWhere) const;
    Result<std::vector<PersonHit>> hits(const QString& fromWhere, const std::function<void(Statement&)>& bind,
                                        const QString& matchedBy, const QString& tail = {});
    // The best `limit` persons in scope whose person_search row matches, closest to the typed query first.
    Result<std::vector<PersonHit>> nameHits(const QString& query, const QString& match, int limit);
    // How many persons a match from Scope::personSearchMatch finds (it carries scope, protection and merges).
    Result<qint64> countNameMatches(const QString& match);

    RepositoryContext& m_context;
};

} // namespace caselink
