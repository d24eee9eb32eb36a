// Persons: create and update with validation, scoped and redacted reads, search in either script and any spelling,
// and exact identifier lookup. Merging two records of the same human is PersonMerge's (personmerge.h).
#pragma once

#include <vector>

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
    Result<std::vector<PersonHit>> search(const QString& query, int limit = 50);

private:
    Result<std::vector<Issue>> normalise(Person& person) const;
    Status writeRow(const Person& person, bool insert);
    Status writeChildren(const Person& person);
    Status refreshSearch(const Person& person);
    Result<std::vector<PersonHit>> hits(const QString& sql, const std::function<void(Statement&)>& bind,
                                        const QString& matchedBy);

    RepositoryContext& m_context;
};

} // namespace caselink
