// The time-respecting path: igraph offers no search constrained by edge dates, so this is our own earliest-arrival
// search (Dijkstra on arrival dates, ties by hops) over igraph's incidence lists. Edges are followed both ways:
// what is ordered is time, not the arrow.
#include "analysis/graphpaths.h"

#include <limits>
#include <mutex>
#include <queue>
#include <tuple>

#include <QCoreApplication>

#include "analysis/graphigraph.h"
#include "analysis/measures.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::NetworkMeasures)
};

} // namespace

Result<std::vector<int>> timeRespectingPath(const ChartData& chart, int a, int b) {
    const int n = int(chart.nodes.size());
    if (a < 0 || b < 0 || a >= n || b >= n) {
        return fail(ErrorCode::Usage, Tr::tr("No such node in the chart."));
    }
    std::lock_guard lock(igraphMutex());
    IGraph g(chart, true); // edge i of the igraph graph is chart edge i
    igraph_inclist_t incidence;
    if (igraph_inclist_init(g.get(), &incidence, IGRAPH_ALL, IGRAPH_LOOPS_TWICE) != IGRAPH_SUCCESS) {
        return fail(ErrorCode::Internal, Tr::tr("The path could not be computed."));
    }
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    // State per node: earliest arrival day (Julian day), hops, previous node.
    std::vector<qint64> arrival(std::size_t(n), kNever);
    std::vector<int> hops(std::size_t(n), std::numeric_limits<int>::max());
    std::vector<int> previous(std::size_t(n), -1);
    using Item = std::tuple<qint64, int, int>; // arrival, hops, node
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    arrival[std::size_t(a)] = std::numeric_limits<qint64>::min();
    hops[std::size_t(a)] = 0;
    queue.emplace(arrival[std::size_t(a)], 0, a);
    while (!queue.empty()) {
        const auto [time, h, v] = queue.top();
        queue.pop();
        if (time != arrival[std::size_t(v)] || h != hops[std::size_t(v)]) {
            continue; // stale entry
        }
        if (v == b) {
            break;
        }
        const igraph_vector_int_t* edges = igraph_inclist_get(&incidence, v);
        for (igraph_integer_t k = 0; k < igraph_vector_int_size(edges); ++k) {
            const igraph_integer_t e = VECTOR(*edges)[k];
            const ChartEdge& edge = chart.edges[std::size_t(e)];
            const QDate date = edge.from.isValid() ? edge.from : edge.to;
            if (!date.isValid() || date.toJulianDay() < time) {
                continue;
            }
            const int w = int(IGRAPH_OTHER(g.get(), e, v));
            const qint64 t = date.toJulianDay();
            if (t < arrival[std::size_t(w)] || (t == arrival[std::size_t(w)] && h + 1 < hops[std::size_t(w)])) {
                arrival[std::size_t(w)] = t;
                hops[std::size_t(w)] = h + 1;
                previous[std::size_t(w)] = v;
                queue.emplace(t, h + 1, w);
            }
        }
    }
    igraph_inclist_destroy(&incidence);
    if (a != b && previous[std::size_t(b)] < 0) {
        return std::vector<int>{};
    }
    std::vector<int> path;
    for (int v = b; v != -1; v = previous[std::size_t(v)]) {
        path.insert(path.begin(), v);
        if (v == a) {
            break;
        }
    }
    return path;
}

} // namespace caselink
