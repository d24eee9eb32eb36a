// The interchange files as the tools that read them judge them: GraphML against the official GraphML 1.0 schema
// (xmllint) and loaded by networkx and igraph; GEXF against the GEXF 1.3 schema; FollowTheMoney lines checked by the
// official followthemoney model, with ids that obey FtM's id rule and stay the same between two exports of
// overlapping networks; ANX with unique item ids, links that refer to their ends' chart items, positions from the
// layout, icons by role and typed dates and amounts.
#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "interchangecheck.h"
#include "io/anx.h"
#include "io/ftm.h"
#include "io/graphexport.h"
#include "io/graphml.h"

using namespace caselink;

namespace {

const QRegularExpression kFtmId(QStringLiteral("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$"));
// An XML NCName of ASCII letters, digits, '-', '.', '_' (what an ID and an NMTOKEN both accept).
const QRegularExpression kXmlId(QStringLiteral("^[A-Za-z_][A-Za-z0-9._-]*$"));

ChartNode node(NodeKind kind, const QString& recordId, const QString& label, const QString& role = {}) {
    ChartNode n;
    n.kind = kind;
    n.recordId = recordId;
    n.key = chartNodeKey(kind, recordId);
    n.label = label;
    n.role = role;
    return n;
}

ChartEdge edge(int source, int target, EdgeType type, bool directed, const QString& recordId = {}) {
    ChartEdge e;
    e.source = source;
    e.target = target;
    e.type = type;
    e.directed = directed;
    e.recordId = recordId;
    return e;
}

// A network like the demo's: a kingpin who recruited an agent and paid a protected victim's family, a complainant,
// a phone and an address whose keys are not valid XML ids, a case, both directed and undirected relations.
ChartData network() {
    ChartData c;
    c.addNode(node(NodeKind::Person, QStringLiteral("0194a000-0000-7000-8000-000000000001"),
                   QStringLiteral("Kingpin K"), QStringLiteral("KINGPIN")));
    c.addNode(node(NodeKind::Person, QStringLiteral("0194a000-0000-7000-8000-000000000002"), QStringLiteral("Agent A"),
                   QStringLiteral("AGENT")));
    ChartNode victim = node(NodeKind::Person, QStringLiteral("0194a000-0000-7000-8000-000000000003"),
                            QStringLiteral("Protected person H9R7-MD1R-NG48"), QStringLiteral("VICTIM"));
    victim.redacted = true;
    c.addNode(victim);
    c.addNode(node(NodeKind::Person, QStringLiteral("0194a000-0000-7000-8000-000000000004"),
                   QStringLiteral("Complainant C"), QStringLiteral("COMPLAINANT")));
    c.addNode(node(NodeKind::Phone, QStringLiteral("+923001234567"), QStringLiteral("+92 300 1234567")));
    c.addNode(
        node(NodeKind::Address, QStringLiteral("dhok ratta rawalpindi"), QStringLiteral("Dhok Ratta, Rawalpindi")));
    c.addNode(
        node(NodeKind::Case, QStringLiteral("0194a000-0000-7000-8000-0000000000c1"), QStringLiteral("FIR 41/2025")));
    c.addNode(node(NodeKind::Document, QStringLiteral("AB1234567"), QStringLiteral("PASSPORT AB1234567")));
    ChartEdge paid = edge(0, 2, EdgeType::Paid, true, QStringLiteral("0194a000-0000-7000-8000-0000000000p1"));
    paid.amountMinor = 12345600;
    paid.currency = QStringLiteral("PKR");
    paid.from = QDate(2023, 3, 14);
    c.addEdge(paid);
    ChartEdge recruited = edge(0, 1, EdgeType::Recruited, true, QStringLiteral("0194a000-0000-7000-8000-0000000000l1"));
    recruited.from = QDate(2022, 5, 1);
    c.addEdge(recruited);
    c.addEdge(edge(1, 3, EdgeType::Associate, false, QStringLiteral("0194a000-0000-7000-8000-0000000000l2")));
    c.addEdge(edge(0, 4, EdgeType::SharesPhone, false));
    c.addEdge(edge(1, 4, EdgeType::SharesPhone, false));
    c.addEdge(edge(1, 5, EdgeType::SharesAddress, false));
    c.addEdge(edge(1, 7, EdgeType::SharesDocument, false));
    ChartEdge role = edge(0, 6, EdgeType::RoleInCase, true, QStringLiteral("0194a000-0000-7000-8000-0000000000r1"));
    role.relation = QStringLiteral("KINGPIN");
    c.addEdge(role);
    c.addEdge(edge(3, 6, EdgeType::RoleInCase, true, QStringLiteral("0194a000-0000-7000-8000-0000000000r2")));
    return c;
}

// The same people seen from another seed: other nodes first, the victim at another index, one more relation.
ChartData overlappingNetwork() {
    const ChartData a = network();
    ChartData c;
    c.addNode(node(NodeKind::Person, QStringLiteral("0194a000-0000-7000-8000-000000000009"),
                   QStringLiteral("Sub-agent S"), QStringLiteral("SUB_AGENT")));
    for (int i : {6, 2, 1, 0}) {
        c.addNode(a.nodes[std::size_t(i)]);
    }
    c.addEdge(edge(0, 3, EdgeType::SubAgentOf, true, QStringLiteral("0194a000-0000-7000-8000-0000000000l9")));
    ChartEdge paid = a.edges[0];
    paid.source = 4;
    paid.target = 2;
    c.addEdge(paid);
    ChartEdge recruited = a.edges[1];
    recruited.source = 4;
    recruited.target = 3;
    c.addEdge(recruited);
    return c;
}

QByteArray written(const ChartData& chart, GraphFormat format) {
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    if (!writeGraph(chart, format, buffer)) {
        return {};
    }
    return buffer.data();
}

QString saved(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QHash<QString, QJsonObject> ftmEntities(const QByteArray& lines) {
    QHash<QString, QJsonObject> byId;
    for (const QByteArray& line : lines.trimmed().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        byId.insert(o.value(QLatin1String("id")).toString(), o);
    }
    return byId;
}

// The id of the one relation of schema from one entity to another (through the two properties).
QString ftmRelation(const QHash<QString, QJsonObject>& entities, const QString& schema,
                    const std::pair<QString, QString>& from, const std::pair<QString, QString>& to) {
    QStringList found;
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        const QJsonObject props = it->value(QLatin1String("properties")).toObject();
        if (it->value(QLatin1String("schema")).toString() == schema &&
            props.value(from.first).toArray().contains(QJsonValue(from.second)) &&
            props.value(to.first).toArray().contains(QJsonValue(to.second))) {
            found.append(it.key());
        }
    }
    return found.size() == 1 ? found.first() : QString();
}

} // namespace

class TestGraphInterchange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The validators are not easy to please: what the previous writers produced fails each of them.
    void validatorsRejectWhatThePreviousWritersWrote() {
        const QString graphml =
            saved(m_dir, QStringLiteral("old.graphml"),
                  "<?xml version=\"1.0\"?>\n"
                  "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                  " <graph id=\"caselink\" edgedefault=\"undirected\">\n"
                  "  <node id=\"person:1\"/><node id=\"phone:+92 300 1234567\"/>\n"
                  "  <edge source=\"person:1\" target=\"phone:+92 300 1234567\" directed=\"true\"/>\n"
                  " </graph>\n"
                  "</graphml>\n");
        const test::ProcessResult schema = test::xmllintSchema(QStringLiteral("graphml/graphml.xsd"), graphml);
        QVERIFY(schema.exitCode != 0);
        QVERIFY2(schema.err.contains(QStringLiteral("NMTOKEN")), qPrintable(schema.err));
        const test::ProcessResult networkx = test::networkxGraphMl(graphml);
        QVERIFY(networkx.exitCode != 0);
        QVERIFY2(networkx.err.contains(QStringLiteral("directed=true edge found in undirected graph")),
                 qPrintable(networkx.err));
        if (const QString why = test::ftmUnavailable(); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
        const QString ftm =
            saved(m_dir, QStringLiteral("old.ftm"),
                  "{\"id\":\"person:1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"],\"colour\":[\"red\"]}}\n"
                  "{\"id\":\"link-0\",\"schema\":\"Payment\",\"properties\":{\"payer\":[\"person:1\"],"
                  "\"beneficiary\":[\"redacted-3\"]}}\n");
        const test::ProcessResult checked = test::ftmCheck({ftm});
        QVERIFY(checked.exitCode != 0);
        for (const QString& problem :
             {QStringLiteral("id \"person:1\" breaks the id rule"), QStringLiteral("Person has no property colour"),
              QStringLiteral("points to redacted-3, which is not in the file")}) {
            QVERIFY2(checked.out.contains(problem), qPrintable(checked.out));
        }
    }

    void exportIdsSuitEveryFormatAndEveryExport() {
        const ChartData a = network();
        const ChartData b = overlappingNetwork();
        const QStringList ids = exportNodeIds(a);
        QCOMPARE(ids.size(), qsizetype(a.nodes.size()));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const QString& id : ids) {
            QVERIFY2(kFtmId.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(kXmlId.match(id).hasMatch(), qPrintable(id));
        }
        QCOMPARE(ids[0], QStringLiteral("person-0194a000-0000-7000-8000-000000000001"));  // derived from the UUID
        QVERIFY(!ids[2].contains(QLatin1String("0194a000-0000-7000-8000-000000000003"))); // protected: no record id
        QVERIFY(!ids[2].contains(QLatin1String("H9R7")));
        // The same record has the same id in another export where it sits at another index.
        const QStringList other = exportNodeIds(b);
        QCOMPARE(other[2], ids[2]);
        QCOMPARE(other[3], ids[1]);
        QCOMPARE(other[4], ids[0]);
    }

    void graphMlPassesTheSchemaNetworkxAndIgraph() {
        const ChartData c = network();
        const QString path = saved(m_dir, QStringLiteral("net.graphml"), written(c, GraphFormat::GraphMl));
        QVERIFY(!path.isEmpty());
        const test::ProcessResult schema = test::xmllintSchema(QStringLiteral("graphml/graphml.xsd"), path);
        QVERIFY2(schema.exitCode == 0, qPrintable(schema.err));
        const QString expected = QStringLiteral("%1 %2 True").arg(c.nodes.size()).arg(c.edges.size());
        for (const test::ProcessResult& loaded : {test::networkxGraphMl(path), test::igraphGraphMl(path)}) {
            QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
            QCOMPARE(loaded.out.trimmed(), expected);
        }
        // The human id survives as data, and a file read back has the chart's keys and directions.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto back = readGraphMl(file);
        QVERIFY(back);
        QCOMPARE(back->nodes[4].key, QStringLiteral("phone:+923001234567"));
        QVERIFY(back->edges[0].directed);
        QVERIFY(!back->edges[2].directed);
    }

    void gexfPassesItsSchema() {
        const QString path = saved(m_dir, QStringLiteral("net.gexf"), written(network(), GraphFormat::Gexf));
        const test::ProcessResult schema = test::xmllintSchema(QStringLiteral("gexf-1.3/gexf.xsd"), path);
        QVERIFY2(schema.exitCode == 0, qPrintable(schema.err));
    }

    void ftmPassesTheOfficialLibraryAndMergesAcrossExports() {
        const QByteArray first = written(network(), GraphFormat::Ftm);
        const QByteArray second = written(overlappingNetwork(), GraphFormat::Ftm);
        const auto a = ftmEntities(first);
        const auto b = ftmEntities(second);
        for (const auto* entities : {&a, &b}) {
            for (const QString& id : entities->keys()) {
                QVERIFY2(kFtmId.match(id).hasMatch(), qPrintable(id));
            }
        }
        QCOMPARE(a.size(), first.trimmed().count('\n') + 1); // no id twice in a file
        // The relations both exports contain are one entity each in Aleph; the ones only one has are not confused.
        const QStringList ids = exportNodeIds(network());
        const std::pair payer{QStringLiteral("payer"), ids[0]};
        const std::pair beneficiary{QStringLiteral("beneficiary"), ids[2]};
        const QString payment = ftmRelation(a, QStringLiteral("Payment"), payer, beneficiary);
        QVERIFY(!payment.isEmpty());
        QCOMPARE(ftmRelation(b, QStringLiteral("Payment"), payer, beneficiary), payment);
        const std::pair subject{QStringLiteral("subject"), ids[0]};
        const std::pair object{QStringLiteral("object"), ids[1]};
        const QString recruited = ftmRelation(a, QStringLiteral("UnknownLink"), subject, object);
        QVERIFY(!recruited.isEmpty());
        QCOMPARE(ftmRelation(b, QStringLiteral("UnknownLink"), subject, object), recruited);
        QVERIFY(a.contains(ids[2]) && b.contains(ids[2])); // the protected person, under one id
        QSet<QString> shared;
        for (const QString& id : a.keys()) {
            if (b.contains(id)) {
                shared.insert(id);
                QCOMPARE(b.value(id).value(QLatin1String("schema")), a.value(id).value(QLatin1String("schema")));
            }
        }
        QCOMPARE(shared.size(), qsizetype(6)); // kingpin, agent, victim, case; the payment and the recruitment
        if (const QString why = test::ftmUnavailable(); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
        const QString one = saved(m_dir, QStringLiteral("a.ftm"), first);
        const QString two = saved(m_dir, QStringLiteral("b.ftm"), second);
        const test::ProcessResult checked = test::ftmCheck({one, two});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QVERIFY2(checked.out.contains(QStringLiteral(" 0 problems")), qPrintable(checked.out));
    }

    void anxItemsReferToTheirEndsSitOnTheLayoutAndCarryTypedDates() {
        const ChartData c = network();
        const QByteArray bytes = written(c, GraphFormat::Anx);
        QXmlStreamReader xml(bytes);
        QSet<QString> ids;
        QSet<QString> entityItems;
        QSet<std::pair<int, int>> positions;
        QHash<QString, QString> iconOf; // label -> icon
        QHash<QString, QString> classType;
        QList<std::pair<QString, QString>> references;
        QStringList order;                   // child elements of each ChartItem, in order
        QHash<QString, QString> typedValues; // attribute class -> value
        bool idReferenceLinking = false;
        QString label;
        int dated = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            const auto a = xml.attributes();
            const QString name = xml.name().toString();
            if (name == QLatin1String("Chart")) {
                idReferenceLinking = a.value(QLatin1String("IdReferenceLinking")) == QLatin1String("true");
            }
            if (a.hasAttribute(QLatin1String("Id"))) {
                const QString id = a.value(QLatin1String("Id")).toString();
                QVERIFY2(!ids.contains(id), qPrintable(id)); // ids share one space in the document
                QVERIFY2(kXmlId.match(id).hasMatch(), qPrintable(id));
                ids.insert(id);
            }
            if (name == QLatin1String("AttributeClass")) {
                classType.insert(a.value(QLatin1String("Name")).toString(), a.value(QLatin1String("Type")).toString());
            } else if (name == QLatin1String("ChartItem")) {
                label = a.value(QLatin1String("Label")).toString();
                order.append(QStringLiteral("|"));
                if (a.value(QLatin1String("DateSet")) == QLatin1String("true")) {
                    ++dated;
                    QVERIFY(
                        QDateTime::fromString(a.value(QLatin1String("DateTime")).toString(), Qt::ISODate).isValid());
                }
            } else if (name == QLatin1String("End") || name == QLatin1String("Link") ||
                       name == QLatin1String("AttributeCollection")) {
                order.append(name);
            }
            if (name == QLatin1String("End")) {
                const int x = a.value(QLatin1String("X")).toInt();
                const int y = a.value(QLatin1String("Y")).toInt();
                QVERIFY(x > 0 && y > 0);
                positions.insert({x, y});
            } else if (name == QLatin1String("Entity")) {
                entityItems.insert(a.value(QLatin1String("EntityId")).toString());
            } else if (name == QLatin1String("IconStyle")) {
                iconOf.insert(label, a.value(QLatin1String("Type")).toString());
                QVERIFY(ids.contains(a.value(QLatin1String("EntityTypeReference")).toString()));
            } else if (name == QLatin1String("Link")) {
                references.append({a.value(QLatin1String("End1Reference")).toString(),
                                   a.value(QLatin1String("End2Reference")).toString()});
            } else if (name == QLatin1String("LinkStyle")) {
                QVERIFY(ids.contains(a.value(QLatin1String("LinkTypeReference")).toString()));
                QVERIFY(ids.contains(a.value(QLatin1String("StrengthReference")).toString()));
            } else if (name == QLatin1String("Attribute")) {
                QVERIFY(ids.contains(a.value(QLatin1String("AttributeClassReference")).toString()));
                typedValues.insert(a.value(QLatin1String("AttributeClass")).toString(),
                                   a.value(QLatin1String("Value")).toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(idReferenceLinking);
        // Every node where the layout put it: one distinct position each, none at the origin.
        QCOMPARE(positions.size(), qsizetype(c.nodes.size()));
        // Every link refers to the chart items (Id) of two entities of the chart.
        QCOMPARE(references.size(), qsizetype(c.edges.size()));
        for (const auto& [end1, end2] : references) {
            QVERIFY2(entityItems.contains(end1) && ids.contains(end1), qPrintable(end1));
            QVERIFY2(entityItems.contains(end2) && ids.contains(end2), qPrintable(end2));
        }
        // Schema order inside an item: the End or Link, then its attributes.
        QVERIFY2(!order.join(QLatin1Char(' ')).contains(QLatin1String("AttributeCollection End")) &&
                     !order.join(QLatin1Char(' ')).contains(QLatin1String("AttributeCollection Link")),
                 qPrintable(order.join(QLatin1Char(' '))));
        // Icons by role: the complainant is a person, not an offender.
        QCOMPARE(iconOf.value(QStringLiteral("Complainant C")), QStringLiteral("Person"));
        QCOMPARE(iconOf.value(QStringLiteral("Kingpin K")), QStringLiteral("Offender"));
        QCOMPARE(iconOf.value(QStringLiteral("Agent A")), QStringLiteral("Offender"));
        QCOMPARE(iconOf.value(QStringLiteral("Protected person H9R7-MD1R-NG48")), QStringLiteral("Victim"));
        QCOMPARE(iconOf.value(QStringLiteral("+92 300 1234567")), QStringLiteral("Phone"));
        // Dates and amounts typed, so the payment and the recruitment reach ANB's timeline.
        QCOMPARE(dated, 2);
        QCOMPARE(classType.value(QStringLiteral("Date")), QStringLiteral("AttTime"));
        QCOMPARE(classType.value(QStringLiteral("Amount")), QStringLiteral("AttNumber"));
        QCOMPARE(typedValues.value(QStringLiteral("Amount")), QStringLiteral("123456.00"));
        QCOMPARE(typedValues.value(QStringLiteral("Currency")), QStringLiteral("PKR"));
    }

    void anxKeepsTheChartsOwnPositions() {
        ChartData c = network();
        for (std::size_t i = 0; i < c.nodes.size(); ++i) {
            c.nodes[i].placed = true;
            c.nodes[i].pos = QPointF(100.0 * double(i), 50.0 * double(i % 3));
        }
        QXmlStreamReader xml(written(c, GraphFormat::Anx));
        QList<QPoint> at;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("End")) {
                at.append(QPoint(xml.attributes().value(QLatin1String("X")).toInt(),
                                 xml.attributes().value(QLatin1String("Y")).toInt()));
            }
        }
        QCOMPARE(at.size(), qsizetype(c.nodes.size()));
        for (int i = 1; i < at.size(); ++i) { // the same picture, moved clear of the corner
            QCOMPARE(at[i] - at[0], (c.nodes[std::size_t(i)].pos - c.nodes[0].pos).toPoint());
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestGraphInterchange)
#include "test_graph_interchange.moc"
