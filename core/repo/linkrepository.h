// Typed, dated links between persons and organisations: the edges of the relationship charts. A link is visible
// only when both of its ends are; a link to a person or organisation outside the user's scope is refused.
#pragma once

#include <vector>

#include "domain/link.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class LinkRepository {
public:
    explicit LinkRepository(RepositoryContext& context)
        : m_context(context) {}

    // NotFound when an end (or the case) does not exist or is outside the user's scope.
    Result<SaveOutcome> create(const Link& link);
    // Changes the type, relation, strength, dates and notes; the ends and the case never change.
    Result<SaveOutcome> update(const Link& link);
    Status remove(const QString& id);
    Result<Link> get(const QString& id);

    // Links from or to the entity whose type is one of types (all when empty) and whose validity overlaps
    // [from, to] (an invalid date leaves that side open; a link without dates always overlaps). Oldest first.
    Result<std::vector<Link>> linksOf(const QString& entityId, const std::vector<LinkType>& types = {}, QDate from = {},
                                      QDate to = {});

private:
    Result<std::vector<Issue>> normalise(Link& link);
    Status requireVisibleEnd(const EntityRef& end);
    Status writeRow(const Link& link, bool insert);
    Result<std::vector<Link>> list(const QString& where, const std::function<void(Statement&)>& bind);
    QString endVisible(const QString& kindColumn, const QString& idColumn) const;

    RepositoryContext& m_context;
};

} // namespace caselink
