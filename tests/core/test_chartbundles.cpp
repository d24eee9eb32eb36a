// Charts as a reader sees them, without widgets: repeated links between two persons are one drawn link with a count
// and a lakh/crore total, link labels find free spots, the hierarchy levels follow recruitment in every branch even
// when the records hold a cycle, and the report painter draws the bundled label and the legend.
#include <set>

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

#include "analysis/graphlayouthierarchy.h"
#include "domain/rupees.h"
#include "render/chartbundles.h"
#include "render/chartlegend.h"
#include "render/chartpainter.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

ChartData persons(const QStringList& roles) {
    ChartData c;
    for (int i = 0; i < roles.size(); ++i) {
        ChartNode n;
        n.key = u"person:%1"_s.arg(i);
        n.label = u"Person %1"_s.arg(i);
        n.role = roles[i];
        n.pos = QPointF(i * 100, 0);
        n.placed = true;
        c.addNode(n);
    }
    return c;
}

void link(ChartData& c, int a, int b, EdgeType type, qint64 paisa = 0, const QString& record = {}) {
    ChartEdge e;
    e.source = a;
    e.target = b;
    e.type = type;
    e.directed = true;
    e.amountMinor = paisa;
    e.currency = u"PKR"_s;
    e.recordId = record.isEmpty() ? QString::number(c.edges.size()) : record;
    c.addEdge(e);
}

} // namespace

class TestChartBundles : public QObject {
    Q_OBJECT
private slots:
    void rupeesShort_data() {
        QTest::addColumn<qint64>("paisa");
        QTest::addColumn<QString>("text");
        QTest::newRow("below a lakh") << qint64(4500000) << u"PKR 45,000"_s;
        QTest::newRow("lakh") << qint64(123000000) << u"PKR 12.3 lakh"_s;
        QTest::newRow("whole lakh") << qint64(50000000) << u"PKR 5 lakh"_s;
        QTest::newRow("crore") << qint64(1234000000) << u"PKR 1.23 crore"_s;
    }
    void rupeesShort() {
        QFETCH(qint64, paisa);
        QFETCH(QString, text);
        QCOMPARE(caselink::rupeesShort(Money{paisa, u"PKR"_s}), text);
    }

    void paymentsBundleWithCountAndTotal() {
        ChartData c = persons({u"VICTIM"_s, u"SUB_AGENT"_s, u"AGENT"_s});
        link(c, 0, 1, EdgeType::Paid, 50000000);
        link(c, 0, 1, EdgeType::Paid, 40000000);
        link(c, 1, 0, EdgeType::Paid, 33000000); // a refund the other way: same pair
        link(c, 1, 2, EdgeType::SubAgentOf);
        const auto bundles = bundleEdges(c);
        QCOMPARE(bundles.size(), std::size_t(2));
        QCOMPARE(bundles[0].edges.size(), std::size_t(3));
        QVERIFY(!bundles[0].directed); // mixed directions draw no arrow rather than a wrong one
        QCOMPARE(bundleLabel(c, bundles[0]), u"3 payments · PKR 12.3 lakh"_s);
        QCOMPARE(bundles[1].edges.size(), std::size_t(1));
        // Expanded, the pair shows each link.
        QCOMPARE(bundleEdges(c, {{0, 1}}).size(), std::size_t(4));
    }

    void labelsFindFreeSpots() {
        // Three links from one hub: their midpoint labels would overlap near the hub.
        const QPointF hub(0, 0);
        std::vector<QLineF> lines{QLineF(hub, QPointF(120, 10)), QLineF(hub, QPointF(120, 0)),
                                  QLineF(hub, QPointF(120, -10))};
        const std::vector<QSizeF> sizes(3, QSizeF(60, 12));
        const auto spots = placeLabels(lines, sizes, {QRectF(-15, -15, 30, 30)});
        std::vector<QRectF> rects;
        for (std::size_t i = 0; i < spots.size(); ++i) {
            QVERIFY(spots[i].shown);
            rects.push_back(labelRect(lines[i], sizes[i], spots[i]));
            QVERIFY(!rects.back().intersects(QRectF(-15, -15, 30, 30)));
        }
        for (std::size_t i = 0; i < rects.size(); ++i) {
            for (std::size_t j = i + 1; j < rects.size(); ++j) {
                QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(u"%1 and %2"_s.arg(i).arg(j)));
            }
        }
    }

    void hierarchyLevelsFollowRecruitment() {
        // kingpin 0 <- agent 1 <- sub-agents 2, 3; 2 recruited 4, 3 recruited 5; a bad record says 0 is a
        // sub-agent of 4 (a cycle); a phone 6 hangs on 3.
        ChartData c = persons({u"KINGPIN"_s,
                               u"AGENT"_s,
                               u"SUB_AGENT"_s,
                               u"SUB_AGENT"_s,
                               u"SMUGGLED_MIGRANT"_s,
                               u"SMUGGLED_MIGRANT"_s,
                               {}});
        c.nodes[6].kind = NodeKind::Phone;
        link(c, 1, 0, EdgeType::SubAgentOf);
        link(c, 3, 1, EdgeType::SubAgentOf);
        link(c, 2, 1, EdgeType::SubAgentOf);
        link(c, 2, 4, EdgeType::Recruited);
        link(c, 3, 5, EdgeType::Recruited);
        link(c, 0, 4, EdgeType::SubAgentOf);
        link(c, 3, 6, EdgeType::SharesPhone);
        const std::vector<int> level = hierarchyLevels(c);
        QCOMPARE(level[0], 0);
        QCOMPARE(level[1], 1);
        QCOMPARE(level[2], 2);
        QCOMPARE(level[3], 2);
        QCOMPARE(level[4], 3);
        QCOMPARE(level[5], 3);
        QCOMPARE(level[6], 3);
        LayoutOptions o;
        o.kind = LayoutKind::Hierarchical;
        QVERIFY(layoutChart(c, o));
        for (const ChartEdge& e : c.edges) {
            if (e.type == EdgeType::Recruited) {
                QVERIFY(c.nodes[std::size_t(e.source)].pos.y() < c.nodes[std::size_t(e.target)].pos.y());
            }
        }
        QVERIFY(c.nodes[2].pos.x() != c.nodes[3].pos.x()); // two branches side by side
    }

    void manyRecruitsStackUnderTheirRecruiter() {
        QStringList roles{u"SUB_AGENT"_s};
        for (int i = 0; i < 20; ++i) {
            roles << u"SMUGGLED_MIGRANT"_s;
        }
        ChartData c = persons(roles);
        for (int i = 1; i <= 20; ++i) {
            link(c, 0, i, EdgeType::Recruited);
        }
        LayoutOptions o;
        o.kind = LayoutKind::Hierarchical;
        QVERIFY(layoutChart(c, o));
        double left = 0, right = 0;
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(c.nodes[0].pos.y() < c.nodes[std::size_t(i)].pos.y());
            left = std::min(left, c.nodes[std::size_t(i)].pos.x() - c.nodes[0].pos.x());
            right = std::max(right, c.nodes[std::size_t(i)].pos.x() - c.nodes[0].pos.x());
        }
        // Rows of six, not a line of twenty: about six node distances wide, centred under the recruiter.
        QVERIFY2(right - left < 6 * o.spacing * 2.1, qPrintable(QString::number(right - left)));
        QCOMPARE(left, -right);
        std::set<std::pair<double, double>> places;
        for (const ChartNode& n : c.nodes) {
            QVERIFY(places.insert({n.pos.x(), n.pos.y()}).second); // no two nodes on one spot
        }
    }

    void reportPainterDrawsBundleAndLegend() {
        ChartData c = persons({u"VICTIM"_s, u"SUB_AGENT"_s});
        link(c, 0, 1, EdgeType::Paid, 50000000);
        link(c, 0, 1, EdgeType::Paid, 40000000);
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(800, 400));
        QPainter painter(&svg);
        paintChart(painter, QRectF(0, 0, 800, 400), c);
        painter.end();
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.contains(u"2 payments · PKR 9 lakh"_s));
        QVERIFY(text.contains(u"Legend"_s));
        QVERIFY(text.contains(u"Sub-agent"_s));
    }
};

QTEST_MAIN(TestChartBundles)
#include "test_chartbundles.moc"
