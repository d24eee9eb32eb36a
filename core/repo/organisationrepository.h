// Organisations (networks, front companies, fake agencies) and their members. Scoped by the recording office like
// persons; members must be persons the user may see.
#pragma once

#include <vector>

#include "domain/organisation.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class OrganisationRepository {
public:
    explicit OrganisationRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> create(const Organisation& organisation);
    Result<SaveOutcome> update(const Organisation& organisation);
    Result<Organisation> get(const QString& id);
    // Every organisation in scope, by name.
    Result<std::vector<Organisation>> list();
    // Organisations in scope whose Latin or Urdu name contains query, or whose registration number is query, by
    // name; at most limit. The one organisation search: the global search field and `caselink-cli search --type
    // org` both use it. A query shorter than two characters finds nothing.
    Result<std::vector<Organisation>> search(const QString& query, int limit);

    Result<SaveOutcome> addMember(const Membership& membership);
    // Records when a membership ended; the membership itself stays as history.
    Status endMembership(const QString& membershipId, QDate until);
    Result<std::vector<Membership>> members(const QString& organisationId);
    // The memberships of a person in organisations the user may see.
    Result<std::vector<Membership>> membershipsOf(const QString& personId);

private:
    Result<std::vector<Issue>> normalise(Organisation& organisation);
    Status writeRow(const Organisation& organisation, bool insert);
    Result<std::vector<Organisation>> listWhere(const QString& where, const std::function<void(Statement&)>& bind,
                                                int limit = -1);
    Result<std::vector<Membership>> listMemberships(const QString& where, const std::function<void(Statement&)>& bind);

    RepositoryContext& m_context;
};

} // namespace caselink
