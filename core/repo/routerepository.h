// Route legs of a case: one ordered chain per case and traveller, positions kept gap-free on every add, move and
// removal. Every read goes through the case's scope.
#pragma once

#include <vector>

#include "domain/routeleg.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class RouteRepository {
public:
    explicit RouteRepository(RepositoryContext& context)
        : m_context(context) {}

    // leg.seq 0 (or past the end) appends; otherwise the leg goes in at that position and later legs move down.
    Result<SaveOutcome> add(const RouteLeg& leg);
    // Changes everything but the case, the traveller and the position.
    Result<SaveOutcome> update(const RouteLeg& leg);
    // Moves the leg to position seq (clamped to the chain) and renumbers the others.
    Status move(const QString& id, int seq);
    Status remove(const QString& id);
    Result<RouteLeg> get(const QString& id);

    // Every chain of the case, traveller by traveller, each in order. NotFound when the case is out of scope.
    Result<std::vector<RouteLeg>> chainForCase(const QString& caseId);
    // One traveller's chain in the case.
    Result<std::vector<RouteLeg>> chainForCase(const QString& caseId, const QString& personId);

private:
    Result<std::vector<Issue>> normalise(RouteLeg& leg);
    Status writeRow(const RouteLeg& leg, bool insert);
    Result<std::vector<RouteLeg>> list(const QString& where, const std::function<void(Statement&)>& bind);
    Result<int> chainLength(const RouteLeg& leg);
    Status shift(const RouteLeg& leg, int fromSeq, int toSeq, int by);
    Status setSeq(const QString& id, int seq);

    RepositoryContext& m_context;
};

} // namespace caselink
