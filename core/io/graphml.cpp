// GraphML: every node and edge attribute as a typed <key>, so a file read back gives the same chart. The graph is
// directed (edgedefault="directed", no per-edge override, which networkx refuses): payments, recruitment and
// sub-agency have a direction; whether CaseLink draws a relation with an arrow is the edge's "directed" data.
#include "io/graphml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "io/graphexport.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphExport)
};

struct Key {
    const char* id;
    const char* domain;
    const char* type;
};

// chart_key is the node's human id ("phone:+92...", "address:dhok ..."), which is not a valid XML id; the node's id
// is its export id (exportNodeIds).
constexpr Key kKeys[] = {
    {"kind", "node", "string"},        {"label", "node", "string"},     {"label_ur", "node", "string"},
    {"role", "node", "string"},        {"record_id", "node", "string"}, {"chart_key", "node", "string"},
    {"redacted", "node", "boolean"},   {"x", "node", "double"},         {"y", "node", "double"},
    {"pinned", "node", "boolean"},     {"type", "edge", "string"},      {"directed", "edge", "boolean"},
    {"strength", "edge", "double"},    {"start", "edge", "string"},     {"end", "edge", "string"},
    {"amount_minor", "edge", "long"},  {"currency", "edge", "string"},  {"relation", "edge", "string"},
    {"record_id_e", "edge", "string"},
};

void data(QXmlStreamWriter& xml, const char* key, const QString& value) {
    if (value.isEmpty()) {
        return;
    }
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

} // namespace

Status writeGraphMl(const ChartData& chart, QIODevice& out) {
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    for (const Key& k : kKeys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(k.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(k.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(k.id).remove(QStringLiteral("_e")));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(k.type));
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("caselink"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    const QStringList ids = exportNodeIds(chart);
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        const ChartNode& n = chart.nodes[std::size_t(i)];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), ids[i]);
        data(xml, "kind", nodeKindKey(n.kind));
        data(xml, "label", n.label);
        data(xml, "label_ur", n.labelUrdu);
        data(xml, "role", n.role);
        data(xml, "record_id", n.redacted ? QString() : n.recordId);
        data(xml, "chart_key", n.redacted ? QString() : n.key);
        data(xml, "redacted", n.redacted ? QStringLiteral("true") : QString());
        if (n.placed || n.pinned) {
            data(xml, "x", QString::number(n.pos.x(), 'g', 10));
            data(xml, "y", QString::number(n.pos.y(), 'g', 10));
        }
        data(xml, "pinned", n.pinned ? QStringLiteral("true") : QString());
        xml.writeEndElement();
    }
    int id = 0;
    for (const ChartEdge& e : chart.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(id++));
        xml.writeAttribute(QStringLiteral("source"), ids[e.source]);
        xml.writeAttribute(QStringLiteral("target"), ids[e.target]);
        data(xml, "type", edgeTypeKey(e.type));
        data(xml, "directed", e.directed ? QStringLiteral("true") : QStringLiteral("false"));
        data(xml, "strength", QString::number(e.strength));
        data(xml, "start", e.from.toString(Qt::ISODate));
        data(xml, "end", e.to.toString(Qt::ISODate));
        data(xml, "amount_minor", e.amountMinor ? QString::number(e.amountMinor) : QString());
        data(xml, "currency", e.currency);
        data(xml, "relation", e.relation);
        data(xml, "record_id_e", e.recordId);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return xml.hasError() ? fail(ErrorCode::Io, Tr::tr("The chart could not be written.")) : ok();
}

Result<ChartData> readGraphMl(QIODevice& in) {
    QXmlStreamReader xml(&in);
    ChartData chart;
    QHash<QString, int> ids;
    QHash<QString, QString> chartKeys; // file id -> the chart's own key
    struct PendingEdge {
        QString source, target;
        ChartEdge edge;
    };
    std::vector<PendingEdge> edges;
    ChartNode node;
    PendingEdge edge;
    enum { None, InNode, InEdge } where = None;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const auto attrs = xml.attributes();
            if (name == QLatin1String("node")) {
                node = ChartNode{};
                node.key = attrs.value(QLatin1String("id")).toString();
                where = InNode;
            } else if (name == QLatin1String("edge")) {
                edge = PendingEdge{};
                edge.source = attrs.value(QLatin1String("source")).toString();
                edge.target = attrs.value(QLatin1String("target")).toString();
                // Files written before the "directed" data key carried it as the edge's attribute.
                edge.edge.directed = attrs.value(QLatin1String("directed")) == QLatin1String("true");
                where = InEdge;
            } else if (name == QLatin1String("data")) {
                const QString key = attrs.value(QLatin1String("key")).toString();
                const QString text = xml.readElementText();
                if (where == InNode) {
                    if (key == QLatin1String("kind")) {
                        node.kind = nodeKindFromKey(text).value_or(NodeKind::Person);
                    } else if (key == QLatin1String("label")) {
                        node.label = text;
                    } else if (key == QLatin1String("label_ur")) {
                        node.labelUrdu = text;
                    } else if (key == QLatin1String("role")) {
                        node.role = text;
                    } else if (key == QLatin1String("record_id")) {
                        node.recordId = text;
                    } else if (key == QLatin1String("chart_key")) {
                        chartKeys.insert(node.key, text);
                    } else if (key == QLatin1String("redacted")) {
                        node.redacted = text == QLatin1String("true");
                    } else if (key == QLatin1String("x")) {
                        node.pos.setX(text.toDouble());
                        node.placed = true;
                    } else if (key == QLatin1String("y")) {
                        node.pos.setY(text.toDouble());
                    } else if (key == QLatin1String("pinned")) {
                        node.pinned = text == QLatin1String("true");
                    }
                } else if (where == InEdge) {
                    ChartEdge& e = edge.edge;
                    if (key == QLatin1String("type")) {
                        e.type = edgeTypeFromKey(text).value_or(EdgeType::Associate);
                    } else if (key == QLatin1String("directed")) {
                        e.directed = text == QLatin1String("true");
                    } else if (key == QLatin1String("strength")) {
                        e.strength = text.toDouble();
                    } else if (key == QLatin1String("start")) {
                        e.from = QDate::fromString(text, Qt::ISODate);
                    } else if (key == QLatin1String("end")) {
                        e.to = QDate::fromString(text, Qt::ISODate);
                    } else if (key == QLatin1String("amount_minor")) {
                        e.amountMinor = text.toLongLong();
                    } else if (key == QLatin1String("currency")) {
                        e.currency = text;
                    } else if (key == QLatin1String("relation")) {
                        e.relation = text;
                    } else if (key == QLatin1String("record_id_e")) {
                        e.recordId = text;
                    }
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("node") && where == InNode) {
                const QString fileId = node.key;
                node.key = chartKeys.value(fileId, fileId);
                ids.insert(fileId, chart.addNode(node));
                where = None;
            } else if (xml.name() == QLatin1String("edge") && where == InEdge) {
                edges.push_back(edge);
                where = None;
            }
        }
    }
    if (xml.hasError()) {
        return fail(ErrorCode::Input, Tr::tr("The GraphML file is not valid XML: %1").arg(xml.errorString()));
    }
    for (PendingEdge& p : edges) {
        if (!ids.contains(p.source) || !ids.contains(p.target)) {
            return fail(ErrorCode::Input, Tr::tr("The GraphML file has an edge to a node it does not define."));
        }
        p.edge.source = ids.value(p.source);
        p.edge.target = ids.value(p.target);
        chart.addEdge(p.edge);
    }
    return chart;
}

} // namespace caselink
