// Network measures over a chart, computed by the igraph C library (none is hand-written here): degree,
// betweenness, closeness, eigenvector centrality, k-core, communities (Louvain / multilevel), shortest paths and the
// connecting network of a set of nodes. The graph is taken as undirected: who reaches whom matters, not the arrow.
// The one exception is timeRespectingPath (graphpaths.h), a search of our own over igraph's incidence lists.
#pragma once

#include <mutex>
#include <vector>

#include "analysis/graph.h"

namespace caselink {

enum class Measure { Degree, Betweenness, Closeness, Eigenvector, Coreness, Community };
QString measureKey(Measure m); // "degree", ...
std::optional<Measure> measureFromKey(const QString& key);
QString measureName(Measure m); // translated
QList<Measure> allMeasures();

struct NetworkMeasures {
    std::vector<double> degree;
    std::vector<double> betweenness; // raw (unnormalised) pair counts, undirected
    std::vector<double> closeness;   // normalised, over the nodes each node reaches
    std::vector<double> eigenvector; // scaled so the largest is 1
    std::vector<int> coreness;
    std::vector<int> community; // Louvain membership, 0-based
    double modularity = 0;

    const std::vector<double>* values(Measure m) const;
    double value(Measure m, int node) const;
};

// igraph keeps global state (its random number generator, error handlers) and this build is not thread-safe:
// every call into igraph holds this lock.
std::mutex& igraphMutex();

// All measures; seed fixes the community detection's random order.
Result<NetworkMeasures> computeMeasures(const ChartData& chart, unsigned seed = 1);

// Fewest-hop path from a to b as node indexes (a first); empty when b is unreachable.
Result<std::vector<int>> shortestPath(const ChartData& chart, int a, int b);

// The network that connects the chosen nodes: the union of a shortest path between every pair of them (a simple
// Steiner-tree approximation). Returns node indexes, sorted, the chosen ones included.
Result<std::vector<int>> connectingNetwork(const ChartData& chart, const std::vector<int>& chosen);

// The top n node indexes by one measure, highest first (ties by index).
std::vector<int> topNodes(const NetworkMeasures& measures, Measure m, int n);

} // namespace caselink
