#include "analysis/graphlayouthierarchy.h"

#include <algorithm>
#include <deque>
#include <functional>

namespace caselink {

namespace {

// Kingpin first: the order roots and siblings are laid out in.
int rank(const ChartNode& node) {
    static const QStringList ranks{QStringLiteral("KINGPIN"), QStringLiteral("AGENT"), QStringLiteral("SUB_AGENT")};
    const int at = int(ranks.indexOf(node.role));
    return at < 0 ? int(ranks.size()) + (node.kind == NodeKind::Person ? 0 : 1) : at;
}

// Above -> below for the links that make the hierarchy: the recruiter above the recruit, the agent above the
// sub-agent (a SUB_AGENT_OF link runs from the sub-agent to the agent).
std::vector<std::vector<int>> hierarchyArcs(const ChartData& chart) {
    std::vector<std::vector<int>> below(chart.nodes.size());
    for (const ChartEdge& e : chart.edges) {
        if (e.type == EdgeType::Recruited) {
            below[std::size_t(e.source)].push_back(e.target);
        } else if (e.type == EdgeType::SubAgentOf) {
            below[std::size_t(e.target)].push_back(e.source);
        }
    }
    return below;
}

std::vector<int> byRank(const ChartData& chart, std::vector<int> nodes) {
    std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) {
        const ChartNode& x = chart.nodes[std::size_t(a)];
        const ChartNode& y = chart.nodes[std::size_t(b)];
        return std::pair(rank(x), x.label) < std::pair(rank(y), y.label);
    });
    return nodes;
}

} // namespace

std::vector<int> hierarchyLevels(const ChartData& chart, const std::vector<int>& roots) {
    const std::size_t n = chart.nodes.size();
    std::vector<std::vector<int>> below = hierarchyArcs(chart);
    std::vector<int> order(n);
    for (std::size_t i = 0; i < n; ++i) {
        order[i] = int(i);
    }
    order = byRank(chart, order);
    // Drop the arcs that close a cycle (depth-first from the highest ranks), so what is left is acyclic.
    std::vector<int> state(n, 0); // 0 new, 1 on the stack, 2 done
    std::function<void(int)> visit = [&](int v) {
        state[std::size_t(v)] = 1;
        auto& out = below[std::size_t(v)];
        out.erase(std::remove_if(out.begin(), out.end(), [&](int w) { return state[std::size_t(w)] == 1; }), out.end());
        for (int w : out) {
            if (state[std::size_t(w)] == 0) {
                visit(w);
            }
        }
        state[std::size_t(v)] = 2;
    };
    for (int v : order) {
        if (state[std::size_t(v)] == 0) {
            visit(v);
        }
    }
    // Longest path from the top: a level strictly grows along every remaining arc.
    std::vector<int> indegree(n, 0);
    std::vector<bool> inHierarchy(n, false);
    for (std::size_t v = 0; v < n; ++v) {
        for (int w : below[v]) {
            ++indegree[std::size_t(w)];
            inHierarchy[v] = inHierarchy[std::size_t(w)] = true;
        }
    }
    std::vector<int> level(n, -1);
    std::deque<int> ready;
    for (int v : order) {
        if (inHierarchy[std::size_t(v)] && indegree[std::size_t(v)] == 0) {
            level[std::size_t(v)] = 0;
            ready.push_back(v);
        }
    }
    while (!ready.empty()) {
        const int v = ready.front();
        ready.pop_front();
        for (int w : below[std::size_t(v)]) {
            level[std::size_t(w)] = std::max(level[std::size_t(w)], level[std::size_t(v)] + 1);
            if (--indegree[std::size_t(w)] == 0) {
                ready.push_back(w);
            }
        }
    }
    // Everything else hangs one level below where it attaches; a component outside any hierarchy starts at the
    // chosen roots or its highest-ranking node.
    const auto adj = chart.adjacency();
    std::deque<int> queue;
    for (int v : order) {
        if (level[std::size_t(v)] >= 0) {
            queue.push_back(v);
        }
    }
    std::vector<int> starts = roots;
    starts.insert(starts.end(), order.begin(), order.end());
    std::size_t next = 0;
    while (true) {
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop_front();
            for (int w : adj[std::size_t(v)]) {
                if (level[std::size_t(w)] < 0) {
                    level[std::size_t(w)] = level[std::size_t(v)] + 1;
                    queue.push_back(w);
                }
            }
        }
        while (next < starts.size() && level[std::size_t(starts[next])] >= 0) {
            ++next;
        }
        if (next == starts.size()) {
            break;
        }
        level[std::size_t(starts[next])] = 0;
        queue.push_back(starts[next]);
    }
    return level;
}

Status hierarchyLayout(ChartData& chart, const LayoutOptions& o) {
    const std::size_t n = chart.nodes.size();
    const std::vector<int> level = hierarchyLevels(chart, o.roots);
    // A spanning forest: each node's parent is a neighbour one level up (a hierarchy parent when it has one).
    const auto arcs = hierarchyArcs(chart);
    std::vector<int> parent(n, -1);
    for (std::size_t v = 0; v < n; ++v) {
        for (int w : arcs[v]) {
            if (parent[std::size_t(w)] < 0 && level[std::size_t(w)] == level[v] + 1) {
                parent[std::size_t(w)] = int(v);
            }
        }
    }
    const auto adj = chart.adjacency();
    for (std::size_t v = 0; v < n; ++v) {
        for (int w : adj[v]) {
            if (parent[v] < 0 && level[std::size_t(w)] == level[v] - 1) {
                parent[v] = w;
            }
        }
    }
    std::vector<std::vector<int>> children(n);
    std::vector<int> tops;
    for (std::size_t v = 0; v < n; ++v) {
        (parent[v] < 0 ? tops : children[std::size_t(parent[v])]).push_back(int(v));
    }
    // Leaves take the next slot; a parent sits over the middle of its children, so subtrees never overlap. Children
    // that lead nowhere (recruits, victims, phones, the cases of an incident) are stacked in short rows under their
    // parent, so a hub with fifty of them grows down instead of fifty slots wide.
    constexpr int kRow = 6;
    std::vector<double> slot(n, 0);
    std::vector<int> row(n, 0);
    double nextSlot = 0;
    std::function<void(int)> place = [&](int v) {
        const std::vector<int> kids = byRank(chart, children[std::size_t(v)]);
        if (kids.empty()) {
            slot[std::size_t(v)] = nextSlot++;
            return;
        }
        std::vector<int> sinks;
        for (int c : kids) {
            if (children[std::size_t(c)].empty() && arcs[std::size_t(c)].empty()) {
                sinks.push_back(c);
            } else {
                place(c);
            }
        }
        const int columns = std::min<int>(kRow, int(sinks.size()));
        for (std::size_t k = 0; k < sinks.size(); ++k) {
            slot[std::size_t(sinks[k])] = nextSlot + double(int(k) % columns);
            row[std::size_t(sinks[k])] = int(k) / columns;
        }
        nextSlot += columns;
        double first = slot[std::size_t(kids.front())];
        double last = first;
        for (int c : kids) {
            first = std::min(first, slot[std::size_t(c)]);
            last = std::max(last, slot[std::size_t(c)]);
        }
        slot[std::size_t(v)] = (first + last) / 2;
    };
    for (int t : byRank(chart, tops)) {
        place(t);
        nextSlot += 0.5; // a little air between separate trees
    }
    const double dx = o.spacing * 2.1; // wider than a node name (6 node sizes), so names on one level never touch
    const double dy = o.spacing * 1.5;
    for (std::size_t v = 0; v < n; ++v) {
        ChartNode& node = chart.nodes[v];
        if (!node.pinned) {
            node.pos = QPointF(slot[v] * dx, level[v] * dy + row[v] * dy * 0.45);
        }
        node.placed = true;
    }
    return ok();
}

} // namespace caselink
