#include "analysis/measures.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <queue>

#include <QCoreApplication>

#include <igraph.h>

#include "analysis/graphigraph.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::NetworkMeasures)
};

std::vector<double> toStd(const igraph_vector_t& v) {
    std::vector<double> out(std::size_t(igraph_vector_size(&v)));
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = VECTOR(v)[igraph_integer_t(i)];
    }
    return out;
}

} // namespace

std::mutex& igraphMutex() {
    static std::mutex mutex;
    return mutex;
}

QString measureKey(Measure m) {
    static const char* keys[] = {"degree", "betweenness", "closeness", "eigenvector", "coreness", "community"};
    return QString::fromLatin1(keys[int(m)]);
}

std::optional<Measure> measureFromKey(const QString& key) {
    for (Measure m : allMeasures()) {
        if (measureKey(m) == key) {
            return m;
        }
    }
    return std::nullopt;
}

QList<Measure> allMeasures() {
    return {Measure::Degree,      Measure::Betweenness, Measure::Closeness,
            Measure::Eigenvector, Measure::Coreness,    Measure::Community};
}

QString measureName(Measure m) {
    switch (m) {
    case Measure::Degree:
        return Tr::tr("Degree");
    case Measure::Betweenness:
        return Tr::tr("Betweenness");
    case Measure::Closeness:
        return Tr::tr("Closeness");
    case Measure::Eigenvector:
        return Tr::tr("Eigenvector centrality");
    case Measure::Coreness:
        return Tr::tr("k-core");
    case Measure::Community:
        return Tr::tr("Community");
    }
    return {};
}

const std::vector<double>* NetworkMeasures::values(Measure m) const {
    switch (m) {
    case Measure::Degree:
        return &degree;
    case Measure::Betweenness:
        return &betweenness;
    case Measure::Closeness:
        return &closeness;
    case Measure::Eigenvector:
        return &eigenvector;
    default:
        return nullptr;
    }
}

double NetworkMeasures::value(Measure m, int node) const {
    const std::size_t i = std::size_t(node);
    if (m == Measure::Coreness) {
        return i < coreness.size() ? coreness[i] : 0;
    }
    if (m == Measure::Community) {
        return i < community.size() ? community[i] : 0;
    }
    const std::vector<double>* v = values(m);
    return v && i < v->size() ? (*v)[i] : 0;
}

Result<NetworkMeasures> computeMeasures(const ChartData& chart, unsigned seed) {
    std::lock_guard lock(igraphMutex());
    IGraph g(chart, true);
    NetworkMeasures out;
    const igraph_integer_t n = igraph_vcount(g.get());
    if (n == 0) {
        return out;
    }
    IVector res(n);
    if (igraph_strength(g.get(), res.get(), igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS, nullptr) != IGRAPH_SUCCESS) {
        return fail(ErrorCode::Internal, Tr::tr("The degree could not be computed."));
    }
    out.degree = toStd(*res.get());
    if (igraph_betweenness(g.get(), res.get(), igraph_vss_all(), false, nullptr) != IGRAPH_SUCCESS) {
        return fail(ErrorCode::Internal, Tr::tr("Betweenness could not be computed."));
    }
    out.betweenness = toStd(*res.get());
    if (igraph_closeness(g.get(), res.get(), nullptr, nullptr, igraph_vss_all(), IGRAPH_ALL, nullptr, true) !=
        IGRAPH_SUCCESS) {
        return fail(ErrorCode::Internal, Tr::tr("Closeness could not be computed."));
    }
    out.closeness = toStd(*res.get());
    for (double& c : out.closeness) {
        if (std::isnan(c)) {
            c = 0; // an isolated node reaches nobody
        }
    }
    igraph_real_t eigenvalue = 0;
    igraph_arpack_options_t arpack;
    igraph_arpack_options_init(&arpack);
    if (igraph_ecount(g.get()) > 0 && igraph_eigenvector_centrality(g.get(), res.get(), &eigenvalue, false, true,
                                                                    nullptr, &arpack) == IGRAPH_SUCCESS) {
        out.eigenvector = toStd(*res.get());
    } else {
        out.eigenvector.assign(std::size_t(n), 0.0);
    }
    IVectorInt cores(n);
    if (igraph_coreness(g.get(), cores.get(), IGRAPH_ALL) != IGRAPH_SUCCESS) {
        return fail(ErrorCode::Internal, Tr::tr("The k-core could not be computed."));
    }
    out.coreness = cores.toStd();
    // Louvain on the simple graph (parallel edges merged): the modularity is that of the distinct ties.
    IGraph simple(chart, false);
    igraph_rng_seed(igraph_rng_default(), seed);
    IVectorInt membership(n);
    IVector modularity(0);
    if (igraph_community_multilevel(simple.get(), nullptr, 1.0, membership.get(), nullptr, modularity.get()) !=
        IGRAPH_SUCCESS) {
        return fail(ErrorCode::Internal, Tr::tr("Communities could not be computed."));
    }
    out.community = membership.toStd();
    const igraph_integer_t levels = igraph_vector_size(modularity.get());
    out.modularity = levels > 0 ? VECTOR(*modularity.get())[levels - 1] : 0;
    return out;
}

Result<std::vector<int>> shortestPath(const ChartData& chart, int a, int b) {
    const int n = int(chart.nodes.size());
    if (a < 0 || b < 0 || a >= n || b >= n) {
        return fail(ErrorCode::Usage, Tr::tr("No such node in the chart."));
    }
    std::lock_guard lock(igraphMutex());
    IGraph g(chart, false);
    IVectorInt vertices(0);
    if (igraph_get_shortest_path(g.get(), vertices.get(), nullptr, a, b, IGRAPH_ALL) != IGRAPH_SUCCESS) {
        return fail(ErrorCode::Internal, Tr::tr("The path could not be computed."));
    }
    return vertices.toStd();
}

Result<std::vector<int>> connectingNetwork(const ChartData& chart, const std::vector<int>& chosen) {
    const int n = int(chart.nodes.size());
    for (int c : chosen) {
        if (c < 0 || c >= n) {
            return fail(ErrorCode::Usage, Tr::tr("No such node in the chart."));
        }
    }
    std::lock_guard lock(igraphMutex());
    IGraph g(chart, false);
    std::vector<bool> in(std::size_t(n), false);
    for (int c : chosen) {
        in[std::size_t(c)] = true;
    }
    for (std::size_t i = 0; i + 1 < chosen.size(); ++i) {
        igraph_vector_int_t targets;
        igraph_vector_int_init(&targets, igraph_integer_t(chosen.size() - i - 1));
        for (std::size_t j = i + 1; j < chosen.size(); ++j) {
            VECTOR(targets)[igraph_integer_t(j - i - 1)] = chosen[j];
        }
        igraph_vector_int_list_t paths;
        igraph_vector_int_list_init(&paths, 0);
        const igraph_error_t rc = igraph_get_shortest_paths(g.get(), &paths, nullptr, chosen[i],
                                                            igraph_vss_vector(&targets), IGRAPH_ALL, nullptr, nullptr);
        if (rc == IGRAPH_SUCCESS) {
            for (igraph_integer_t p = 0; p < igraph_vector_int_list_size(&paths); ++p) {
                const igraph_vector_int_t* path = igraph_vector_int_list_get_ptr(&paths, p);
                for (igraph_integer_t k = 0; k < igraph_vector_int_size(path); ++k) {
                    in[std::size_t(VECTOR(*path)[k])] = true;
                }
            }
        }
        igraph_vector_int_list_destroy(&paths);
        igraph_vector_int_destroy(&targets);
        if (rc != IGRAPH_SUCCESS) {
            return fail(ErrorCode::Internal, Tr::tr("The path could not be computed."));
        }
    }
    std::vector<int> out;
    for (int i = 0; i < n; ++i) {
        if (in[std::size_t(i)]) {
            out.push_back(i);
        }
    }
    return out;
}

std::vector<int> topNodes(const NetworkMeasures& measures, Measure m, int count) {
    const std::size_t n = measures.degree.size();
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return measures.value(m, a) > measures.value(m, b); });
    order.resize(std::min(n, std::size_t(std::max(0, count))));
    return order;
}

} // namespace caselink
