// RAII wrappers over the few igraph types core/analysis uses, and the conversion of a chart to an igraph graph.
// Callers hold igraphMutex() (measures.h) while any of these live. Only core/analysis includes it: igraph is a
// private dependency of caselink_core.
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include <igraph.h>

#include "analysis/graph.h"

namespace caselink {

// igraph aborts the process on errors by default; here errors come back as return codes.
inline void quietIgraphErrors() {
    static const bool once = [] {
        igraph_set_error_handler(igraph_error_handler_ignore);
        igraph_set_warning_handler(igraph_warning_handler_ignore);
        return true;
    }();
    (void)once;
}

class IVector {
public:
    explicit IVector(igraph_integer_t n) { igraph_vector_init(&m_v, n); }
    ~IVector() { igraph_vector_destroy(&m_v); }
    IVector(const IVector&) = delete;
    IVector& operator=(const IVector&) = delete;
    igraph_vector_t* get() { return &m_v; }

private:
    igraph_vector_t m_v;
};

class IVectorInt {
public:
    explicit IVectorInt(igraph_integer_t n) { igraph_vector_int_init(&m_v, n); }
    ~IVectorInt() { igraph_vector_int_destroy(&m_v); }
    IVectorInt(const IVectorInt&) = delete;
    IVectorInt& operator=(const IVectorInt&) = delete;
    igraph_vector_int_t* get() { return &m_v; }
    std::vector<int> toStd() const {
        std::vector<int> out(std::size_t(igraph_vector_int_size(&m_v)));
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = int(VECTOR(m_v)[igraph_integer_t(i)]);
        }
        return out;
    }

private:
    igraph_vector_int_t m_v;
};

class IMatrix {
public:
    IMatrix(igraph_integer_t rows, igraph_integer_t cols) { igraph_matrix_init(&m_m, rows, cols); }
    ~IMatrix() { igraph_matrix_destroy(&m_m); }
    IMatrix(const IMatrix&) = delete;
    IMatrix& operator=(const IMatrix&) = delete;
    igraph_matrix_t* get() { return &m_m; }
    double& at(igraph_integer_t r, igraph_integer_t c) { return MATRIX(m_m, r, c); }

private:
    igraph_matrix_t m_m;
};

// The chart as an undirected igraph graph, one vertex per node in order. With multi, every chart edge is an igraph
// edge (parallel edges kept: two payments are two ties); without, parallel edges collapse into one.
class IGraph {
public:
    IGraph(const ChartData& chart, bool multi) {
        quietIgraphErrors();
        igraph_vector_int_t edges;
        igraph_vector_int_init(&edges, 0);
        std::vector<std::pair<int, int>> seen;
        seen.reserve(chart.edges.size());
        for (const ChartEdge& e : chart.edges) {
            const int a = std::min(e.source, e.target);
            const int b = std::max(e.source, e.target);
            seen.emplace_back(a, b);
        }
        if (!multi) {
            std::sort(seen.begin(), seen.end());
            seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
        }
        igraph_vector_int_reserve(&edges, igraph_integer_t(seen.size() * 2));
        for (const auto& [a, b] : seen) {
            igraph_vector_int_push_back(&edges, a);
            igraph_vector_int_push_back(&edges, b);
        }
        igraph_create(&m_g, &edges, igraph_integer_t(chart.nodes.size()), IGRAPH_UNDIRECTED);
        igraph_vector_int_destroy(&edges);
    }
    ~IGraph() { igraph_destroy(&m_g); }
    IGraph(const IGraph&) = delete;
    IGraph& operator=(const IGraph&) = delete;
    igraph_t* get() { return &m_g; }

private:
    igraph_t m_g;
};

} // namespace caselink
