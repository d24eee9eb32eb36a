#include "analysis/graphlayout.h"

#include <cmath>
#include <random>

#include <QCoreApplication>

#include "analysis/graphigraph.h"
#include "analysis/graphlayoutbarneshut.h"
#include "analysis/graphlayouthierarchy.h"
#include "analysis/measures.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::LayoutOptions)
};

Status cancelled() {
    return fail(ErrorCode::Usage, Tr::tr("The layout was cancelled."));
}

// Start positions in igraph units: placed nodes where they are, new nodes beside their placed neighbours (or at
// random in a square sized for the graph), each with a seeded jitter.
void seedPositions(const ChartData& chart, const LayoutOptions& o, IMatrix& xy, std::mt19937& rng) {
    const std::size_t n = chart.nodes.size();
    const double side = std::sqrt(double(n)) + 1.0;
    std::uniform_real_distribution<double> anywhere(-side / 2, side / 2);
    std::uniform_real_distribution<double> jitter(-0.5, 0.5);
    const auto adj = chart.adjacency();
    std::vector<bool> placed(n);
    for (std::size_t i = 0; i < n; ++i) {
        placed[i] = chart.nodes[i].placed || chart.nodes[i].pinned;
        if (placed[i]) {
            xy.at(igraph_integer_t(i), 0) = chart.nodes[i].pos.x() / o.spacing;
            xy.at(igraph_integer_t(i), 1) = chart.nodes[i].pos.y() / o.spacing;
        }
    }
    // Breadth-first from the placed nodes, so a chain of new nodes grows outwards from where it attaches.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < n; ++i) {
        if (placed[i]) {
            order.push_back(i);
        }
    }
    std::vector<bool> done = placed;
    for (std::size_t head = 0; head < order.size() || order.size() < n;) {
        if (head == order.size()) { // a component with nothing placed: start it anywhere
            std::size_t i = 0;
            while (done[i]) {
                ++i;
            }
            xy.at(igraph_integer_t(i), 0) = anywhere(rng);
            xy.at(igraph_integer_t(i), 1) = anywhere(rng);
            done[i] = true;
            order.push_back(i);
        }
        const std::size_t v = order[head++];
        for (int w : adj[v]) {
            if (!done[std::size_t(w)]) {
                done[std::size_t(w)] = true;
                xy.at(w, 0) = xy.at(igraph_integer_t(v), 0) + jitter(rng);
                xy.at(w, 1) = xy.at(igraph_integer_t(v), 1) + jitter(rng);
                order.push_back(std::size_t(w));
            }
        }
    }
}

void store(ChartData& chart, const LayoutOptions& o, IMatrix& xy, const std::vector<bool>& moved) {
    for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
        ChartNode& node = chart.nodes[i];
        if (node.pinned) {
            node.placed = true;
            continue;
        }
        if (!moved[i]) {
            continue;
        }
        node.pos = QPointF(xy.at(igraph_integer_t(i), 0) * o.spacing, xy.at(igraph_integer_t(i), 1) * o.spacing);
        node.placed = true;
    }
}

// Above this many nodes the Barnes-Hut spring-electrical layout replaces igraph's Fruchterman-Reingold, whose
// grid variant still took 1.3x Graphviz sfdp's time on 10,000 nodes (bench_graph).
constexpr igraph_integer_t kBarnesHutFrom = 1000;

Status forceDirected(ChartData& chart, const LayoutOptions& o, const std::atomic_bool* cancel,
                     const std::function<void(int)>& progress) {
    const igraph_integer_t n = igraph_integer_t(chart.nodes.size());
    std::mt19937 rng(o.seed);
    IMatrix xy(n, 2);
    seedPositions(chart, o, xy, rng);
    std::size_t placedBefore = 0;
    for (const ChartNode& node : chart.nodes) {
        placedBefore += node.placed || node.pinned ? 1 : 0;
    }
    // Incremental runs (most nodes placed) start cool and run shorter: the existing picture stays recognisable.
    const double share = double(placedBefore) / double(std::max<igraph_integer_t>(n, 1));
    const int iterations = share > 0.5 ? std::max(30, o.iterations / 4) : o.iterations;
    const double temp0 = share > 0.5 ? 1.0 : std::sqrt(double(n)) / 5.0 + 1.0;
    if (n > kBarnesHutFrom) {
        std::vector<QPointF> pos(static_cast<std::size_t>(n));
        std::vector<bool> pinned(static_cast<std::size_t>(n));
        for (igraph_integer_t i = 0; i < n; ++i) {
            pos[std::size_t(i)] = QPointF(xy.at(i, 0), xy.at(i, 1));
            pinned[std::size_t(i)] = chart.nodes[std::size_t(i)].pinned;
        }
        std::vector<std::pair<int, int>> edges;
        edges.reserve(chart.edges.size());
        for (const ChartEdge& e : chart.edges) {
            if (e.source != e.target) {
                edges.emplace_back(std::min(e.source, e.target), std::max(e.source, e.target));
            }
        }
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
        BarnesHutOptions bh;
        bh.iterations = iterations;
        bh.initialStep = share > 0.5 ? 0.3 : 0;
        if (auto st = barnesHutLayout(pos, edges, pinned, bh, cancel, progress); !st) {
            return st;
        }
        for (igraph_integer_t i = 0; i < n; ++i) {
            xy.at(i, 0) = pos[std::size_t(i)].x();
            xy.at(i, 1) = pos[std::size_t(i)].y();
        }
        store(chart, o, xy, std::vector<bool>(std::size_t(n), true));
        return ok();
    }
    IVector minx(n), maxx(n), miny(n), maxy(n);
    for (igraph_integer_t i = 0; i < n; ++i) {
        const bool pin = chart.nodes[std::size_t(i)].pinned;
        VECTOR(*minx.get())[i] = pin ? xy.at(i, 0) : -IGRAPH_INFINITY;
        VECTOR(*maxx.get())[i] = pin ? xy.at(i, 0) : IGRAPH_INFINITY;
        VECTOR(*miny.get())[i] = pin ? xy.at(i, 1) : -IGRAPH_INFINITY;
        VECTOR(*maxy.get())[i] = pin ? xy.at(i, 1) : IGRAPH_INFINITY;
    }
    constexpr int kSlices = 10;
    for (int slice = 0; slice < kSlices; ++slice) {
        if (cancel && cancel->load()) {
            return cancelled();
        }
        {
            std::lock_guard lock(igraphMutex());
            IGraph g(chart, false);
            igraph_rng_seed(igraph_rng_default(), o.seed + unsigned(slice));
            const double temp = temp0 * (1.0 - double(slice) / kSlices);
            if (igraph_layout_fruchterman_reingold(g.get(), xy.get(), true, std::max(1, iterations / kSlices), temp,
                                                   IGRAPH_LAYOUT_AUTOGRID, nullptr, minx.get(), maxx.get(), miny.get(),
                                                   maxy.get()) != IGRAPH_SUCCESS) {
                return fail(ErrorCode::Internal, Tr::tr("The layout could not be computed."));
            }
        }
        if (progress) {
            progress((slice + 1) * 100 / kSlices);
        }
    }
    store(chart, o, xy, std::vector<bool>(std::size_t(n), true));
    return ok();
}

Status circular(ChartData& chart, const LayoutOptions& o) {
    std::vector<int> ring = o.subset;
    if (ring.empty()) {
        for (int i = 0; i < int(chart.nodes.size()); ++i) {
            ring.push_back(i);
        }
    }
    QPointF centre;
    int placed = 0;
    for (int i : ring) {
        if (chart.nodes[std::size_t(i)].placed) {
            centre += chart.nodes[std::size_t(i)].pos;
            ++placed;
        }
    }
    if (placed > 0) {
        centre /= placed;
    }
    const ChartData sub = chart.filtered([&](int i) { return std::find(ring.begin(), ring.end(), i) != ring.end(); });
    IMatrix xy(igraph_integer_t(sub.nodes.size()), 2);
    {
        std::lock_guard lock(igraphMutex());
        IGraph g(sub, false);
        if (igraph_layout_circle(g.get(), xy.get(), igraph_vss_all()) != IGRAPH_SUCCESS) {
            return fail(ErrorCode::Internal, Tr::tr("The layout could not be computed."));
        }
    }
    const double radius = std::max(o.spacing, double(ring.size()) * o.spacing / (2 * M_PI));
    std::vector<int> sorted = ring;
    std::sort(sorted.begin(), sorted.end()); // filtered() keeps index order
    for (std::size_t k = 0; k < sorted.size(); ++k) {
        ChartNode& node = chart.nodes[std::size_t(sorted[k])];
        if (!node.pinned) {
            node.pos = centre + QPointF(xy.at(igraph_integer_t(k), 0), xy.at(igraph_integer_t(k), 1)) * radius;
            node.placed = true;
        }
    }
    return ok();
}

} // namespace

Status layoutChart(ChartData& chart, const LayoutOptions& options, const std::atomic_bool* cancel,
                   const std::function<void(int)>& progress) {
    if (chart.nodes.empty()) {
        return ok();
    }
    switch (options.kind) {
    case LayoutKind::ForceDirected:
        return forceDirected(chart, options, cancel, progress);
    case LayoutKind::Hierarchical:
        return hierarchyLayout(chart, options);
    case LayoutKind::Circular:
        return circular(chart, options);
    }
    return ok();
}

} // namespace caselink
