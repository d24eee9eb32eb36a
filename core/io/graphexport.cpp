// Export ids, GEXF 1.3, the format dispatch and the audited export. GraphML is in graphml.cpp, FtM in ftm.cpp, ANX in
// anx.cpp.
#include "io/graphexport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

#include "io/anx.h"
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

// A record id that is already a valid export id (a UUID, a test's "7") is kept as it is; anything else (a phone
// number, an address text) is hashed.
bool idSafe(const QString& id) {
    static const QRegularExpression safe(QStringLiteral("^[0-9a-zA-Z]([0-9a-zA-Z-]{0,62}[0-9a-zA-Z])?$"));
    return safe.match(id).hasMatch();
}

QString digest(const QString& text) {
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
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

QStringList exportNodeIds(const ChartData& chart) {
    QStringList ids;
    ids.reserve(qsizetype(chart.nodes.size()));
    QSet<QString> taken;
    for (const ChartNode& n : chart.nodes) {
        const QString kind = nodeKindKey(n.kind);
        QString id;
        if (n.redacted) {
            id = QStringLiteral("protected-") + digest(QStringLiteral("protected\n") + n.label);
        } else if (idSafe(n.recordId)) {
            id = kind + QLatin1Char('-') + n.recordId;
        } else {
            id = kind + QLatin1Char('-') + digest(kind + QLatin1Char('\n') + n.recordId);
        }
        // Two protected persons with one pseudonym cannot happen with real pseudonyms (they are unique); a file
        // must still never have one id twice.
        const QString base = id;
        for (int k = 2; taken.contains(id); ++k) {
            id = QStringLiteral("%1-%2").arg(base).arg(k);
        }
        taken.insert(id);
        ids.append(id);
    }
    return ids;
}

QString exportDerivedId(const QString& prefix, const QStringList& parts) {
    return prefix + QLatin1Char('-') + digest(parts.join(QLatin1Char('\n')));
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
    const QStringList ids = exportNodeIds(chart);
    xml.writeStartElement(QStringLiteral("nodes"));
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        const ChartNode& n = chart.nodes[std::size_t(i)];
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), ids[i]);
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
        xml.writeAttribute(QStringLiteral("source"), ids[e.source]);
        xml.writeAttribute(QStringLiteral("target"), ids[e.target]);
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
