// Measures against textbook values (a star, a path, Zachary's karate club with the betweenness values published
// for it, e.g. in the NetworkX documentation: node 1 0.4376 and node 34 0.3041 normalised by 2/((n-1)(n-2))), the
// time-respecting path, the connecting network, layouts (deterministic for a seed, pins respected) and the
// interchange formats (GraphML round trip, FtM lines valid JSON with the schemas' property names, GEXF and ANX
// well-formed with dates and link ends).
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QtTest>

#include "analysis/graphlayout.h"
#include "analysis/graphpaths.h"
#include "analysis/measures.h"
#include "io/ftm.h"
#include "io/graphexport.h"
#include "io/graphml.h"

using namespace caselink;

namespace {

ChartData graph(int n, const std::vector<std::pair<int, int>>& edges) {
    ChartData chart;
    for (int i = 0; i < n; ++i) {
        ChartNode node;
        node.key = QStringLiteral("person:%1").arg(i);
        node.recordId = QString::number(i);
        node.label = QStringLiteral("P%1").arg(i);
        chart.addNode(node);
    }
    for (const auto& [a, b] : edges) {
        ChartEdge e;
        e.source = a;
        e.target = b;
        e.recordId = QStringLiteral("%1-%2").arg(a).arg(b);
        chart.addEdge(e);
    }
    return chart;
}

ChartData karate() {
    // Zachary (1977), 34 members, 78 ties; 1-based as published.
    const std::vector<std::vector<int>> adj{{2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 18, 20, 22, 32},
                                            {3, 4, 8, 14, 18, 20, 22, 31},
                                            {4, 8, 9, 10, 14, 28, 29, 33},
                                            {8, 13, 14},
                                            {7, 11},
                                            {7, 11, 17},
                                            {17},
                                            {},
                                            {31, 33, 34},
                                            {34},
                                            {},
                                            {},
                                            {},
                                            {34},
                                            {33, 34},
                                            {33, 34},
                                            {},
                                            {},
                                            {33, 34},
                                            {34},
                                            {33, 34},
                                            {},
                                            {33, 34},
                                            {26, 28, 30, 33, 34},
                                            {26, 28, 32},
                                            {32},
                                            {30, 34},
                                            {34},
                                            {32, 34},
                                            {33, 34},
                                            {33, 34},
                                            {33, 34},
                                            {34},
                                            {}};
    std::vector<std::pair<int, int>> edges;
    for (int i = 0; i < int(adj.size()); ++i) {
        for (int j : adj[std::size_t(i)]) {
            edges.emplace_back(i, j - 1);
        }
    }
    return graph(34, edges);
}

} // namespace

class TestGraphMeasures : public QObject {
    Q_OBJECT

private slots:
    void star() {
        const ChartData s = graph(6, {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}});
        auto m = computeMeasures(s);
        QVERIFY(m);
        QCOMPARE(m->degree[0], 5.0);
        QCOMPARE(m->degree[3], 1.0);
        QCOMPARE(m->betweenness[0], 10.0); // every pair of the 5 leaves: C(5,2)
        QCOMPARE(m->betweenness[1], 0.0);
        QCOMPARE(m->closeness[0], 1.0);
        QCOMPARE(m->closeness[1], 5.0 / 9.0); // 1 + 4 * 2 = 9 steps to the other five
        QCOMPARE(m->coreness[0], 1);
        QCOMPARE(topNodes(*m, Measure::Betweenness, 1), std::vector<int>{0});
    }

    void path() {
        const ChartData p = graph(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
        auto m = computeMeasures(p);
        QVERIFY(m);
        QCOMPARE(m->betweenness, (std::vector<double>{0, 3, 4, 3, 0}));
        QCOMPARE(m->closeness[2], 4.0 / 6.0);
        QCOMPARE(*shortestPath(p, 0, 4), (std::vector<int>{0, 1, 2, 3, 4}));
    }

    void karateClub() {
        const ChartData k = karate();
        QCOMPARE(k.edges.size(), std::size_t(78));
        auto m = computeMeasures(k, 7);
        QVERIFY(m);
        QCOMPARE(m->degree[0], 16.0);
        QCOMPARE(m->degree[33], 17.0);
        QVERIFY(qAbs(m->betweenness[0] / 528.0 - 0.43763528) < 1e-6);
        QVERIFY(qAbs(m->betweenness[33] / 528.0 - 0.30407497) < 1e-6);
        QCOMPARE(*std::max_element(m->coreness.begin(), m->coreness.end()), 4);
        QCOMPARE(topNodes(*m, Measure::Eigenvector, 2), (std::vector<int>{33, 0}));
        QVERIFY2(m->modularity > 0.40 && m->modularity < 0.42, qPrintable(QString::number(m->modularity)));
        // The instructor (1) and the administrator (34) end up in different communities.
        QVERIFY(m->community[0] != m->community[33]);
    }

    void timeRespectingPathGoesForwardInTime() {
        ChartData c = graph(4, {});
        auto dated = [&](int a, int b, QDate d) {
            ChartEdge e;
            e.source = a;
            e.target = b;
            e.from = d;
            e.recordId = QString::number(c.edges.size());
            c.addEdge(e);
        };
        dated(0, 1, QDate(2023, 1, 1)); // a -> b in January 2023
        dated(1, 2, QDate(2022, 1, 1)); // b -> c a year before: cannot follow
        dated(0, 3, QDate(2023, 2, 1));
        dated(3, 2, QDate(2023, 3, 1));
        QCOMPARE(shortestPath(c, 0, 2)->size(), std::size_t(3));
        QCOMPARE(*timeRespectingPath(c, 0, 2), (std::vector<int>{0, 3, 2}));
        // Remove the forward route: no path in time order, though one exists.
        ChartData back = c.filtered([](int i) { return i != 3; });
        QVERIFY(timeRespectingPath(back, 0, 2)->empty());
        QCOMPARE(shortestPath(back, 0, 2)->size(), std::size_t(3));
    }

    void connectingNetworkJoinsTheChosen() {
        // Two triangles joined by a bridge 2-3; connecting 0 and 5 takes the bridge, not the other corners.
        const ChartData g = graph(7, {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {3, 5}, {5, 6}});
        QCOMPARE(*connectingNetwork(g, {0, 5}), (std::vector<int>{0, 2, 3, 5}));
        QCOMPARE(*connectingNetwork(g, {0, 6, 1}), (std::vector<int>{0, 1, 2, 3, 5, 6}));
    }

    void layoutDeterministicAndPinned() {
        ChartData a = karate();
        a.nodes[5].pos = QPointF(1000, -500);
        a.nodes[5].pinned = true;
        ChartData b = a;
        LayoutOptions o;
        o.seed = 42;
        QVERIFY(layoutChart(a, o));
        QVERIFY(layoutChart(b, o));
        for (std::size_t i = 0; i < a.nodes.size(); ++i) {
            QCOMPARE(a.nodes[i].pos, b.nodes[i].pos);
            QVERIFY(a.nodes[i].placed);
        }
        QCOMPARE(a.nodes[5].pos, QPointF(1000, -500));
        ChartData c = karate();
        o.seed = 43;
        QVERIFY(layoutChart(c, o));
        QVERIFY(c.nodes[0].pos != a.nodes[0].pos);
        // Incremental: one new node attached to node 0 starts near it and the rest barely move.
        ChartData grown = a;
        ChartNode extra;
        extra.key = QStringLiteral("person:new");
        const int at = grown.addNode(extra);
        ChartEdge e;
        e.source = 0;
        e.target = at;
        grown.addEdge(e);
        QVERIFY(layoutChart(grown, o));
        QCOMPARE(grown.nodes[5].pos, QPointF(1000, -500));
        QVERIFY(QLineF(grown.nodes[std::size_t(at)].pos, grown.nodes[0].pos).length() < 400);
        // Cancelled before it starts: positions untouched.
        std::atomic_bool cancel{true};
        ChartData untouched = karate();
        QVERIFY(!layoutChart(untouched, o, &cancel));
        QVERIFY(!untouched.nodes[0].placed);
    }

    void largeLayoutUsesBarnesHutDeterministically() {
        // 1,200 nodes in rings of 100 joined in a chain: above the Barnes-Hut threshold.
        std::vector<std::pair<int, int>> edges;
        for (int i = 0; i < 1200; ++i) {
            edges.emplace_back(i, (i % 100 == 99) ? i - 99 : i + 1);
            if (i % 100 == 0 && i > 0) {
                edges.emplace_back(i, i - 100);
            }
        }
        ChartData a = graph(1200, edges);
        a.nodes[7].pos = QPointF(-300, 40);
        a.nodes[7].pinned = true;
        ChartData b = a;
        LayoutOptions o;
        int lastProgress = 0;
        QVERIFY(layoutChart(a, o, nullptr, [&](int p) { lastProgress = p; }));
        QVERIFY(layoutChart(b, o));
        QVERIFY(lastProgress > 0);
        for (std::size_t i = 0; i < a.nodes.size(); ++i) {
            QCOMPARE(a.nodes[i].pos, b.nodes[i].pos);
        }
        QCOMPARE(a.nodes[7].pos, QPointF(-300, 40));
        // Neighbours end up closer than the average pair: the layout shows the structure.
        double neighbours = 0;
        for (const ChartEdge& e : a.edges) {
            neighbours += QLineF(a.nodes[std::size_t(e.source)].pos, a.nodes[std::size_t(e.target)].pos).length();
        }
        neighbours /= double(a.edges.size());
        double pairs = 0;
        for (int i = 0; i < 1000; ++i) {
            pairs += QLineF(a.nodes[std::size_t(i)].pos, a.nodes[std::size_t((i * 7 + 500) % 1200)].pos).length();
        }
        pairs /= 1000;
        QVERIFY2(neighbours * 4 < pairs, qPrintable(QStringLiteral("%1 vs %2").arg(neighbours).arg(pairs)));
    }

    void hierarchicalAndCircular() {
        ChartData tree = graph(7, {{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 5}, {2, 6}});
        tree.nodes[0].role = QStringLiteral("KINGPIN");
        LayoutOptions o;
        o.kind = LayoutKind::Hierarchical;
        QVERIFY(layoutChart(tree, o));
        QVERIFY(tree.nodes[0].pos.y() < tree.nodes[1].pos.y());
        QVERIFY(tree.nodes[1].pos.y() < tree.nodes[3].pos.y());
        QCOMPARE(tree.nodes[3].pos.y(), tree.nodes[6].pos.y());
        o.kind = LayoutKind::Circular;
        o.subset = {1, 3, 4};
        QVERIFY(layoutChart(tree, o));
        const QPointF centre = (tree.nodes[1].pos + tree.nodes[3].pos + tree.nodes[4].pos) / 3;
        const double r1 = QLineF(centre, tree.nodes[1].pos).length();
        QVERIFY(qAbs(QLineF(centre, tree.nodes[3].pos).length() - r1) < 1e-6);
    }

    void graphMlRoundTrip() {
        ChartData k = karate();
        k.nodes[3].redacted = true;
        k.nodes[3].label = QStringLiteral("Victim");
        k.nodes[2].labelUrdu = QStringLiteral("طارق");
        k.edges[0].type = EdgeType::Paid;
        k.edges[0].directed = true;
        k.edges[0].amountMinor = 12345600;
        k.edges[0].currency = QStringLiteral("PKR");
        k.edges[0].from = QDate(2023, 3, 14);
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QVERIFY(writeGraphMl(k, buffer));
        buffer.seek(0);
        auto back = readGraphMl(buffer);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->nodes.size(), k.nodes.size());
        QCOMPARE(back->edges.size(), k.edges.size());
        for (std::size_t i = 0; i < k.nodes.size(); ++i) {
            QCOMPARE(back->nodes[i].label, k.nodes[i].label);
            QCOMPARE(back->nodes[i].labelUrdu, k.nodes[i].labelUrdu);
            // The chart's own key comes back (GraphML ids are export ids); a protected person's is its export id.
            QCOMPARE(back->nodes[i].key, k.nodes[i].redacted ? exportNodeIds(k)[int(i)] : k.nodes[i].key);
        }
        QVERIFY(back->nodes[3].recordId.isEmpty()); // a redacted node carries no record id
        for (std::size_t i = 0; i < k.edges.size(); ++i) {
            QCOMPARE(back->edges[i].source, k.edges[i].source);
            QCOMPARE(back->edges[i].target, k.edges[i].target);
            QCOMPARE(back->edges[i].type, k.edges[i].type);
        }
        QCOMPARE(back->edges[0].amountMinor, 12345600);
        QCOMPARE(back->edges[0].from, QDate(2023, 3, 14));
        QVERIFY(back->edges[0].directed);
    }

    void ftmLinesUseSchemaProperties() {
        ChartData c = graph(4, {});
        c.nodes[1].kind = NodeKind::Organisation;
        c.nodes[2].kind = NodeKind::Phone;
        c.nodes[3].redacted = true;
        c.nodes[3].label = QStringLiteral("Victim");
        const std::vector<std::tuple<int, int, EdgeType>> edges{
            {0, 1, EdgeType::MemberOf},  {0, 2, EdgeType::SharesPhone}, {3, 0, EdgeType::Paid},
            {0, 3, EdgeType::Recruited}, {0, 3, EdgeType::Family},      {0, 3, EdgeType::Associate}};
        for (const auto& [a, b, t] : edges) {
            ChartEdge e;
            e.source = a;
            e.target = b;
            e.type = t;
            e.amountMinor = t == EdgeType::Paid ? 5000000 : 0;
            e.currency = QStringLiteral("PKR");
            c.addEdge(e);
        }
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QVERIFY(writeFtm(c, buffer));
        const QHash<QString, QStringList> schema{
            {QStringLiteral("Person"),
             {QStringLiteral("name"), QStringLiteral("alias"), QStringLiteral("phone"), QStringLiteral("addressEntity"),
              QStringLiteral("nationality")}},
            {QStringLiteral("Organization"), {QStringLiteral("name"), QStringLiteral("alias")}},
            {QStringLiteral("Membership"),
             {QStringLiteral("member"), QStringLiteral("organization"), QStringLiteral("role"),
              QStringLiteral("startDate"), QStringLiteral("endDate")}},
            {QStringLiteral("Payment"),
             {QStringLiteral("payer"), QStringLiteral("beneficiary"), QStringLiteral("amount"),
              QStringLiteral("currency"), QStringLiteral("date")}},
            {QStringLiteral("UnknownLink"),
             {QStringLiteral("subject"), QStringLiteral("object"), QStringLiteral("role"),
              QStringLiteral("startDate")}},
            {QStringLiteral("Family"),
             {QStringLiteral("person"), QStringLiteral("relative"), QStringLiteral("relationship"),
              QStringLiteral("startDate"), QStringLiteral("endDate")}},
            {QStringLiteral("Associate"),
             {QStringLiteral("person"), QStringLiteral("associate"), QStringLiteral("relationship"),
              QStringLiteral("startDate"), QStringLiteral("endDate")}}};
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 8); // person, organisation, victim; five relations (the phone is a property)
        QSet<QString> seen;
        for (const QByteArray& line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            const QJsonObject o = doc.object();
            const QString s = o.value(QLatin1String("schema")).toString();
            QVERIFY2(schema.contains(s), qPrintable(s));
            QVERIFY(!o.value(QLatin1String("id")).toString().isEmpty());
            const QJsonObject props = o.value(QLatin1String("properties")).toObject();
            for (auto it = props.begin(); it != props.end(); ++it) {
                QVERIFY2(schema.value(s).contains(it.key()), qPrintable(s + QLatin1Char('.') + it.key()));
                QVERIFY(it.value().isArray());
            }
            seen.insert(s);
            QVERIFY(!line.contains("person:3") && !line.contains("person-3")); // the victim only by pseudonym
        }
        QVERIFY(seen.contains(QStringLiteral("Payment")));
        QVERIFY(buffer.data().contains("\"phone\":[\"P2\"]"));
    }

    void gexfAndAnxAreWellFormed() {
        ChartData c = graph(3, {{0, 1}, {1, 2}});
        c.edges[0].from = QDate(2022, 5, 1);
        c.edges[0].to = QDate(2023, 1, 31);
        c.edges[1].directed = true;
        for (GraphFormat f : {GraphFormat::Gexf, GraphFormat::Anx}) {
            QBuffer buffer;
            buffer.open(QIODevice::ReadWrite);
            QVERIFY(writeGraph(c, f, buffer));
            QXmlStreamReader xml(buffer.data());
            int nodes = 0;
            int edges = 0;
            bool dated = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement()) {
                    continue;
                }
                nodes += xml.name() == QLatin1String(f == GraphFormat::Gexf ? "node" : "Entity") ? 1 : 0;
                edges += xml.name() == QLatin1String(f == GraphFormat::Gexf ? "edge" : "Link") ? 1 : 0;
                dated |= xml.attributes().value(QLatin1String("start")) == QLatin1String("2022-05-01") ||
                         xml.attributes().value(QLatin1String("DateTime")) == QLatin1String("2022-05-01T00:00:00");
                if (xml.name() == QLatin1String("Link")) {
                    QVERIFY(!xml.attributes().value(QLatin1String("End1Reference")).isEmpty());
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(nodes, 3);
            QCOMPARE(edges, 2);
            QVERIFY(dated);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphMeasures)
#include "test_graph_measures.moc"
