// GEXF 1.3, i2 ANX, the format dispatch and the audited export. GraphML is in graphml.cpp, FtM in ftm.cpp.
#include "io/graphexport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include "io/ftm.h"
#include "io/graphml.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphExport)
};

void attribute(QXmlStreamWriter& xml, const QString& forId, const QString& value) {
    xml.writeStartElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), forId);
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeEndElement();
}

QString anxIcon(const ChartNode& n) {
    switch (n.kind) {
    case NodeKind::Person:
        return n.role.contains(QLatin1String("VICTIM")) ? QStringLiteral("Victim")
               : n.role.isEmpty()                       ? QStringLiteral("Person")
                                                        : QStringLiteral("Offender");
    case NodeKind::Organisation:
        return QStringLiteral("Organisation");
    case NodeKind::Case:
        return QStringLiteral("Case");
    case NodeKind::Phone:
        return QStringLiteral("Phone");
    case NodeKind::Document:
        return QStringLiteral("Document");
    case NodeKind::Address:
        return QStringLiteral("Address");
    case NodeKind::Incident:
        return QStringLiteral("Event");
    }
    return QStringLiteral("Person");
}

} // namespace

std::optional<GraphFormat> graphFormatFromKey(const QString& key) {
    const QString k = key.toLower();
    if (k == QLatin1String("graphml")) {
        return GraphFormat::GraphMl;
    }
    if (k == QLatin1String("gexf")) {
        return GraphFormat::Gexf;
    }
    if (k == QLatin1String("ftm")) {
        return GraphFormat::Ftm;
    }
    if (k == QLatin1String("anx")) {
        return GraphFormat::Anx;
    }
    return std::nullopt;
}

QString graphFormatKey(GraphFormat format) {
    switch (format) {
    case GraphFormat::GraphMl:
        return QStringLiteral("graphml");
    case GraphFormat::Gexf:
        return QStringLiteral("gexf");
    case GraphFormat::Ftm:
        return QStringLiteral("ftm");
    case GraphFormat::Anx:
        return QStringLiteral("anx");
    }
    return {};
}

QString exportNodeId(const ChartData& chart, int index) {
    const ChartNode& n = chart.nodes[std::size_t(index)];
    return n.redacted ? QStringLiteral("redacted-%1").arg(index) : n.key;
}

Status writeGexf(const ChartData& chart, QIODevice& out) {
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeNamespace(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("viz"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("CaseLink"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    auto declare = [&](const QString& cls, const QStringList& names) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), cls);
        for (const QString& name : names) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), name);
            xml.writeAttribute(QStringLiteral("title"), name);
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    declare(QStringLiteral("node"), {QStringLiteral("kind"), QStringLiteral("role"), QStringLiteral("label_ur")});
    declare(QStringLiteral("edge"), {QStringLiteral("type"), QStringLiteral("amount"), QStringLiteral("relation")});
    xml.writeStartElement(QStringLiteral("nodes"));
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        const ChartNode& n = chart.nodes[std::size_t(i)];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), exportNodeId(chart, i));
        xml.writeAttribute(QStringLiteral("label"), n.label);
        xml.writeStartElement(QStringLiteral("attvalues"));
        attribute(xml, QStringLiteral("kind"), nodeKindKey(n.kind));
        attribute(xml, QStringLiteral("role"), n.role);
        attribute(xml, QStringLiteral("label_ur"), n.labelUrdu);
        xml.writeEndElement();
        if (n.placed || n.pinned) {
            xml.writeStartElement(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), QString::number(n.pos.x(), 'f', 2));
            xml.writeAttribute(QStringLiteral("y"), QString::number(-n.pos.y(), 'f', 2));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    int id = 0;
    for (const ChartEdge& e : chart.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(id++));
        xml.writeAttribute(QStringLiteral("source"), exportNodeId(chart, e.source));
        xml.writeAttribute(QStringLiteral("target"), exportNodeId(chart, e.target));
        xml.writeAttribute(QStringLiteral("type"),
                           e.directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
        xml.writeAttribute(QStringLiteral("weight"), QString::number(e.strength));
        xml.writeAttribute(QStringLiteral("label"), edgeTypeKey(e.type));
        if (e.from.isValid()) {
            xml.writeAttribute(QStringLiteral("start"), e.from.toString(Qt::ISODate));
        }
        if (e.to.isValid()) {
            xml.writeAttribute(QStringLiteral("end"), e.to.toString(Qt::ISODate));
        }
        xml.writeStartElement(QStringLiteral("attvalues"));
        attribute(xml, QStringLiteral("type"), edgeTypeKey(e.type));
        if (e.amountMinor > 0) {
            attribute(xml, QStringLiteral("amount"), QStringLiteral("%1 %2").arg(e.currency).arg(e.amountMinor / 100));
        }
        attribute(xml, QStringLiteral("relation"), e.relation);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return xml.hasError() ? fail(ErrorCode::Io, Tr::tr("The chart could not be written.")) : ok();
}

// i2 Analyst's Notebook ANX: entity types and link types, then chart items (entities with icon and identity, links
// End1Id/End2Id with arrow style and strength), attributes as AttributeClass/Attribute pairs.
Status writeAnx(const ChartData& chart, QIODevice& out) {
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Chart"));
    xml.writeStartElement(QStringLiteral("AttributeClassCollection"));
    for (const QString& name :
         {QStringLiteral("Role"), QStringLiteral("Kind"), QStringLiteral("Date"), QStringLiteral("Amount")}) {
        xml.writeStartElement(QStringLiteral("AttributeClass"));
        xml.writeAttribute(QStringLiteral("Name"), name);
        xml.writeAttribute(QStringLiteral("Type"), QStringLiteral("AttText"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("EntityTypeCollection"));
    for (const QString& icon : {QStringLiteral("Person"), QStringLiteral("Offender"), QStringLiteral("Victim"),
                                QStringLiteral("Organisation"), QStringLiteral("Case"), QStringLiteral("Phone"),
                                QStringLiteral("Document"), QStringLiteral("Address"), QStringLiteral("Event")}) {
        xml.writeStartElement(QStringLiteral("EntityType"));
        xml.writeAttribute(QStringLiteral("Name"), icon);
        xml.writeAttribute(QStringLiteral("IconFile"), icon);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("LinkTypeCollection"));
    for (EdgeType t : allEdgeTypes()) {
        xml.writeStartElement(QStringLiteral("LinkType"));
        xml.writeAttribute(QStringLiteral("Name"), edgeTypeKey(t));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("ChartItemCollection"));
    auto attrs = [&](const QList<std::pair<QString, QString>>& values) {
        xml.writeStartElement(QStringLiteral("AttributeCollection"));
        for (const auto& [cls, value] : values) {
            if (!value.isEmpty()) {
                xml.writeStartElement(QStringLiteral("Attribute"));
                xml.writeAttribute(QStringLiteral("AttributeClass"), cls);
                xml.writeAttribute(QStringLiteral("Value"), value);
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    };
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        const ChartNode& n = chart.nodes[std::size_t(i)];
        xml.writeStartElement(QStringLiteral("ChartItem"));
        xml.writeAttribute(QStringLiteral("Label"), n.label);
        xml.writeAttribute(QStringLiteral("XPosition"), QString::number(qRound(n.pos.x())));
        xml.writeAttribute(QStringLiteral("YPosition"), QString::number(qRound(n.pos.y())));
        attrs({{QStringLiteral("Role"), n.role}, {QStringLiteral("Kind"), nodeKindKey(n.kind)}});
        xml.writeStartElement(QStringLiteral("End"));
        xml.writeStartElement(QStringLiteral("Entity"));
        xml.writeAttribute(QStringLiteral("EntityId"), exportNodeId(chart, i));
        xml.writeAttribute(QStringLiteral("Identity"), n.redacted ? exportNodeId(chart, i) : n.recordId);
        xml.writeStartElement(QStringLiteral("Icon"));
        xml.writeStartElement(QStringLiteral("IconStyle"));
        xml.writeAttribute(QStringLiteral("Type"), anxIcon(n));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    for (const ChartEdge& e : chart.edges) {
        xml.writeStartElement(QStringLiteral("ChartItem"));
        xml.writeAttribute(QStringLiteral("Label"), edgeLabel(e));
        attrs({{QStringLiteral("Date"), e.from.toString(Qt::ISODate)},
               {QStringLiteral("Amount"),
                e.amountMinor > 0 ? QStringLiteral("%1 %2").arg(e.currency).arg(e.amountMinor / 100) : QString()}});
        xml.writeStartElement(QStringLiteral("Link"));
        xml.writeAttribute(QStringLiteral("End1Id"), exportNodeId(chart, e.source));
        xml.writeAttribute(QStringLiteral("End2Id"), exportNodeId(chart, e.target));
        xml.writeStartElement(QStringLiteral("LinkStyle"));
        xml.writeAttribute(QStringLiteral("Type"), edgeTypeKey(e.type));
        xml.writeAttribute(QStringLiteral("ArrowStyle"),
                           e.directed ? QStringLiteral("ArrowOnHead") : QStringLiteral("ArrowNone"));
        xml.writeAttribute(QStringLiteral("Strength"), e.strength >= 0.99  ? QStringLiteral("Confirmed")
                                                       : e.strength >= 0.5 ? QStringLiteral("Unconfirmed")
                                                                           : QStringLiteral("Tentative"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return xml.hasError() ? fail(ErrorCode::Io, Tr::tr("The chart could not be written.")) : ok();
}

Status writeGraph(const ChartData& chart, GraphFormat format, QIODevice& out) {
    switch (format) {
    case GraphFormat::GraphMl:
        return writeGraphMl(chart, out);
    case GraphFormat::Gexf:
        return writeGexf(chart, out);
    case GraphFormat::Ftm:
        return writeFtm(chart, out);
    case GraphFormat::Anx:
        return writeAnx(chart, out);
    }
    return ok();
}

Status exportGraph(RepositoryContext& context, const ChartData& chart, GraphFormat format, const QString& path) {
    qint64 redacted = 0;
    for (const ChartNode& n : chart.nodes) {
        redacted += n.redacted ? 1 : 0;
    }
    const Status audited =
        context.auditRead({QStringLiteral("chart.export"), QStringLiteral("chart"), graphFormatKey(format),
                           QJsonObject{{QLatin1String("format"), graphFormatKey(format)},
                                       {QLatin1String("nodes"), qint64(chart.nodes.size())},
                                       {QLatin1String("edges"), qint64(chart.edges.size())},
                                       {QLatin1String("redacted"), redacted}}});
    if (!audited) {
        return audited; // an export that cannot be audited is not written
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (auto st = writeGraph(chart, format, file); !st) {
        file.cancelWriting();
        return st;
    }
    if (!file.commit()) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return ok();
}

} // namespace caselink
