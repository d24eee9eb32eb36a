// NetworkBuilder: the first part of a synthetic run's world: smuggling networks (a kingpin and agents, a front
// company for some), their members as persons with links and warrants, and the Red Book editions that list them.
#pragma once

#include <utility>
#include <vector>

#include <QString>

#include "synthetic/scenario.h"
#include "util/result.h"

namespace caselink::synthetic {

class NetworkBuilder {
public:
    explicit NetworkBuilder(World& world)
        : m_world(world) {}

    // Plans the networks into World::networks, chooses the Red Book members, then writes editions 12 and 13, the
    // networks with their members, and the editions' entries.
    Status write();

private:
    void plan();
    void chooseRedBook();
    Status writeNetwork(Network& net);
    Status writeRedBookEditions();

    World& m_world;
    std::vector<std::pair<int, int>> m_redBook13; // (network, member) in serial order
    std::vector<std::pair<int, int>> m_redBook12;
    QString m_edition13;
    QString m_edition12;
};

} // namespace caselink::synthetic
