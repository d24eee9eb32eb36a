// Charts: (1) force-directed layout of a synthetic 10,000-node / 40,000-edge network against Graphviz sfdp on the
// same graph in the same run, time and quality (normalised stress over sampled pairs: 0 is perfect); (2) every
// network measure on that graph; (3) two-hop extraction around persons on a scale database (read-only).
// Usage: bench_graph [--nodes N] [--edges M] [--iterations K] [DATABASE USER]   (password from CASELINK_PASSWORD)
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <queue>
#include <random>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineF>
#include <QProcess>
#include <QTemporaryDir>

#include "analysis/graph.h"
#include "analysis/graphextractor.h"
#include "analysis/graphlayout.h"
#include "analysis/measures.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "storage/database.h"

using namespace caselink;

namespace {

double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Planted communities (100 nodes each) with most ties inside them: a smuggling network's shape, roughly.
ChartData synthetic(int n, int m, unsigned seed) {
    std::mt19937 rng(seed);
    ChartData chart;
    for (int i = 0; i < n; ++i) {
        ChartNode node;
        node.key = QStringLiteral("n%1").arg(i);
        chart.addNode(node);
    }
    std::uniform_real_distribution<double> coin(0, 1);
    std::uniform_int_distribution<int> any(0, n - 1);
    const int block = 100;
    for (int i = 1; i < n; ++i) { // a spanning tree inside and between blocks keeps it connected
        ChartEdge e;
        e.source = i;
        e.target = (i % block) ? i - 1 - int(coin(rng) * std::min(i % block, 5)) : any(rng) % i;
        e.recordId = QString::number(i);
        chart.addEdge(e);
    }
    while (int(chart.edges.size()) < m) {
        ChartEdge e;
        e.source = any(rng);
        e.target = coin(rng) < 0.85 ? (e.source / block) * block + any(rng) % block : any(rng);
        e.recordId = QStringLiteral("x%1").arg(chart.edges.size());
        chart.addEdge(e);
    }
    return chart;
}

// Kruskal-style stress on pairs (i, j) sampled by BFS from random sources, after the best uniform scaling.
double normalisedStress(const ChartData& chart, const std::vector<QPointF>& pos, unsigned seed) {
    const auto adj = chart.adjacency();
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> any(0, int(chart.nodes.size()) - 1);
    std::vector<std::tuple<double, double>> pairs; // graph distance, layout distance
    for (int s = 0; s < 40; ++s) {
        const int source = any(rng);
        std::vector<int> dist(chart.nodes.size(), -1);
        std::queue<int> queue;
        dist[std::size_t(source)] = 0;
        queue.push(source);
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop();
            for (int w : adj[std::size_t(v)]) {
                if (dist[std::size_t(w)] < 0) {
                    dist[std::size_t(w)] = dist[std::size_t(v)] + 1;
                    queue.push(w);
                }
            }
        }
        for (int k = 0; k < 100; ++k) {
            const int t = any(rng);
            if (t != source && dist[std::size_t(t)] > 0) {
                pairs.emplace_back(dist[std::size_t(t)],
                                   QLineF(pos[std::size_t(source)], pos[std::size_t(t)]).length());
            }
        }
    }
    double num = 0;
    double den = 0;
    for (const auto& [d, x] : pairs) {
        num += x / d;
        den += x * x / (d * d);
    }
    const double scale = den > 0 ? num / den : 1;
    double stress = 0;
    for (const auto& [d, x] : pairs) {
        stress += (scale * x - d) * (scale * x - d) / (d * d);
    }
    return stress / double(pairs.size());
}

// sfdp on the same graph: DOT in, plain positions out (the process, the layout and the parse are timed).
bool sfdp(const ChartData& chart, const QString& dir, std::vector<QPointF>& pos, double& ms) {
    const QString dot = dir + QStringLiteral("/g.dot");
    QFile file(dot);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray text = "graph G {\n";
    for (std::size_t i = 0; i < chart.nodes.size(); ++i) {
        text += 'n' + QByteArray::number(qulonglong(i)) + ";\n";
    }
    for (const ChartEdge& e : chart.edges) {
        text += 'n' + QByteArray::number(e.source) + " -- n" + QByteArray::number(e.target) + ";\n";
    }
    text += "}\n";
    file.write(text);
    file.close();
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("/usr/bin/sfdp"), {QStringLiteral("-Tplain"), dot});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        return false;
    }
    pos.assign(chart.nodes.size(), QPointF());
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("node ")) {
            const QList<QByteArray> f = line.split(' ');
            pos[std::size_t(f[1].mid(1).toInt())] = QPointF(f[2].toDouble(), f[3].toDouble());
        }
    }
    ms = msSince(t);
    return true;
}

void benchLayout(int n, int m, int iterations) {
    const ChartData graph = synthetic(n, m, 2025);
    std::printf("synthetic network: %zu nodes, %zu edges\n", graph.nodes.size(), graph.edges.size());
    ChartData ours = graph;
    LayoutOptions options;
    options.iterations = iterations;
    QElapsedTimer t;
    t.start();
    if (!layoutChart(ours, options)) {
        std::printf("layout failed\n");
        return;
    }
    const double oursMs = msSince(t);
    std::vector<QPointF> oursPos;
    for (const ChartNode& node : ours.nodes) {
        oursPos.push_back(node.pos);
    }
    QTemporaryDir dir;
    std::vector<QPointF> sfdpPos;
    double sfdpMs = 0;
    if (!sfdp(graph, dir.path(), sfdpPos, sfdpMs)) {
        std::printf("sfdp failed or missing (/usr/bin/sfdp)\n");
        return;
    }
    std::printf("%-44s %10.0f ms   normalised stress %.3f\n", "layout: CaseLink force-directed (BH)", oursMs,
                normalisedStress(graph, oursPos, 7));
    std::printf("%-44s %10.0f ms   normalised stress %.3f\n", "layout: Graphviz sfdp -Tplain", sfdpMs,
                normalisedStress(graph, sfdpPos, 7));
    std::printf("%-44s %10.2f   (budget <= 0.50)\n", "time ratio ours / sfdp", oursMs / sfdpMs);
    t.restart();
    auto measures = computeMeasures(graph);
    std::printf("%-44s %10.0f ms   (%d communities, modularity %.3f)\n", "measures: degree..communities, all",
                msSince(t),
                measures ? *std::max_element(measures->community.begin(), measures->community.end()) + 1 : 0,
                measures ? measures->modularity : 0.0);
    t.restart();
    auto path = shortestPath(graph, 0, n - 1);
    std::printf("%-44s %10.2f ms   (%zu nodes)\n", "shortest path", msSince(t), path ? path->size() : 0);
}

void benchExtraction(const QString& path, const QString& user, const QSet<EdgeType>& types, const char* name) {
    UnlockOptions unlock;
    unlock.readOnly = true;
    auto session =
        Session::unlock(path, user, SecureBytes::fromUtf8(qEnvironmentVariable("CASELINK_PASSWORD")), unlock);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return;
    }
    auto context = RepositoryContext::create(**session);
    if (!context) {
        return;
    }
    // Seeds: accused persons with links, spread over the table (by rowid stride), visible to the user.
    auto stmt = (*session)->database().prepare(
        QStringLiteral("SELECT DISTINCT cp.person_id FROM case_persons cp JOIN cases c ON c.id = cp.case_id WHERE "
                       "cp.rowid % 97 = 0 AND cp.role IN ('AGENT', 'SUB_AGENT', 'KINGPIN') AND %1 LIMIT 400")
            .arg((*context)->scope().caseVisible(QStringLiteral("c"))));
    (*context)->scope().bind(*stmt);
    std::vector<QString> seeds;
    (void)stmt->forEachRow([&](Statement& s) { seeds.push_back(s.columnText(0)); });
    GraphExtractor extractor(**context);
    std::vector<double> ms;
    std::vector<double> sizes;
    for (const QString& seed : seeds) {
        ExtractOptions o;
        o.seedIds = {seed};
        o.depth = 2;
        o.types = types;
        QElapsedTimer t;
        t.start();
        auto chart = extractor.extract(o);
        const double took = msSince(t);
        if (!chart && ms.empty() && seed == seeds.front()) {
            std::fprintf(stderr, "%s\n", qPrintable(chart.error().message));
        }
        if (chart) {
            ms.push_back(took);
            sizes.push_back(double(chart->nodes.size()));
        }
        if (ms.size() >= 200) {
            break;
        }
    }
    if (ms.empty()) {
        std::printf("extraction: none of %zu seeds extracted for %s\n", seeds.size(), qPrintable(user));
        return;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(sizes.begin(), sizes.end());
    std::printf("%-44s median %7.2f ms   p95 %7.2f ms   max %7.2f ms   (%zu seeds, median %.0f nodes, max %.0f)\n",
                name, ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back(), ms.size(), sizes[sizes.size() / 2],
                sizes.back());
    std::printf("%-44s %10s\n", "budget: median", "< 20 ms");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int n = 10000;
    int m = 40000;
    int iterations = 300;
    auto take = [&](const QString& name, int& value) {
        const auto at = args.indexOf(name);
        if (at >= 0 && at + 1 < args.size()) {
            value = args[at + 1].toInt();
            args.remove(at, 2);
        }
    };
    take(QStringLiteral("--nodes"), n);
    take(QStringLiteral("--edges"), m);
    take(QStringLiteral("--iterations"), iterations);
    benchLayout(n, m, iterations);
    if (args.size() >= 2) {
        // Between persons and organisations (links, payments, memberships), then everything (roles in cases,
        // shared phones, documents and addresses, which bring in every co-accused and victim of a case).
        benchExtraction(args[0], args[1],
                        {EdgeType::Recruited, EdgeType::SubAgentOf, EdgeType::Paid, EdgeType::MemberOf,
                         EdgeType::Family, EdgeType::Associate, EdgeType::TravelledWith, EdgeType::ArrestedTogether},
                        "two-hop extraction, person relations");
        benchExtraction(args[0], args[1], {}, "two-hop extraction, all relation types");
    }
    return 0;
}
