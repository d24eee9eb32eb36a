// FollowTheMoney JSON lines (DOMAIN.md "Interchange"): one entity per line, {"id", "schema", "properties"} with
// every property a list of strings. Nodes become Person / Organization / Event (cases, incidents) / Address;
// phones become the "phone" property of their persons; documents become Passport or Identification entities
// (holder, number); relations are entities of their own: Family, Associate, Membership, Payment, UnknownLink.
// Ids follow FtM's id rule and are the same in every export (exportNodeIds; a relation's from its record, its type
// and its ends), so Aleph merges two exports of overlapping networks instead of keeping both copies.
#include "io/ftm.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "io/graphexport.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphExport)
};

struct Entity {
    QString id;
    QString schema;
    QJsonObject properties;

    void add(const QString& property, const QString& value) {
        if (value.isEmpty()) {
            return;
        }
        QJsonArray values = properties.value(property).toArray();
        if (!values.contains(value)) {
            values.append(value);
        }
        properties.insert(property, values);
    }
};

QString schemaOf(const ChartNode& n) {
    switch (n.kind) {
    case NodeKind::Person:
        return QStringLiteral("Person");
    case NodeKind::Organisation:
        return QStringLiteral("Organization");
    case NodeKind::Case:
    case NodeKind::Incident:
        return QStringLiteral("Event");
    case NodeKind::Address:
        return QStringLiteral("Address");
    case NodeKind::Phone:
    case NodeKind::Document:
        return {}; // properties and identification entities, below
    }
    return {};
}

QString date(QDate d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Status writeFtm(const ChartData& chart, QIODevice& out) {
    std::vector<Entity> entities;
    QHash<int, std::size_t> entityOf; // node index -> entity
    const QStringList ids = exportNodeIds(chart);
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        const ChartNode& n = chart.nodes[std::size_t(i)];
        const QString schema = schemaOf(n);
        if (schema.isEmpty()) {
            continue;
        }
        Entity e{ids[i], schema, {}};
        if (n.kind == NodeKind::Address) {
            e.add(QStringLiteral("full"), n.label);
        } else {
            e.add(QStringLiteral("name"), n.label);
            if (!n.redacted) {
                e.add(QStringLiteral("alias"), n.labelUrdu);
            }
        }
        if (n.kind == NodeKind::Case || n.kind == NodeKind::Incident) {
            e.add(QStringLiteral("summary"), n.detail);
        }
        entityOf.insert(i, entities.size());
        entities.push_back(e);
    }
    auto id = [&](int node) {
        return ids[node];
    };
    QSet<QString> written;
    for (const ChartEdge& edge : chart.edges) {
        const ChartNode& b = chart.nodes[std::size_t(edge.target)];
        // A relation entity must point at entities of the file; phones and documents are not entities of their own.
        const bool endsAreEntities = entityOf.contains(edge.source) && entityOf.contains(edge.target);
        Entity e;
        // The same relation gets the same id in every export: from its own record where it has one, and from its
        // type and ends (a document: the number and its holder).
        e.id = exportDerivedId(QStringLiteral("rel"), {edgeTypeKey(edge.type), edge.recordId, id(edge.source),
                                                       id(edge.target), edge.relation});
        switch (edge.type) {
        case EdgeType::SharesPhone:
            if (entityOf.contains(edge.source)) {
                entities[entityOf.value(edge.source)].add(QStringLiteral("phone"), b.label);
            }
            continue;
        case EdgeType::SharesAddress:
            if (entityOf.contains(edge.source) && entityOf.contains(edge.target)) {
                entities[entityOf.value(edge.source)].add(QStringLiteral("addressEntity"), id(edge.target));
            }
            continue;
        case EdgeType::SharesDocument:
            if (!entityOf.contains(edge.source) || b.redacted || b.recordId.isEmpty()) {
                continue;
            }
            e.id = exportDerivedId(QStringLiteral("doc"), {id(edge.target), id(edge.source)});
            e.schema = b.label.startsWith(QLatin1String("PASSPORT")) ? QStringLiteral("Passport")
                                                                     : QStringLiteral("Identification");
            e.add(QStringLiteral("holder"), id(edge.source));
            e.add(QStringLiteral("number"), b.recordId);
            e.add(QStringLiteral("country"), QStringLiteral("pk"));
            break;
        case EdgeType::Family:
            e.schema = QStringLiteral("Family");
            e.add(QStringLiteral("person"), id(edge.source));
            e.add(QStringLiteral("relative"), id(edge.target));
            e.add(QStringLiteral("relationship"), edgeLabel(edge).section(QStringLiteral(" · "), 0, 0));
            e.add(QStringLiteral("startDate"), date(edge.from));
            e.add(QStringLiteral("endDate"), date(edge.to));
            break;
        case EdgeType::Associate:
        case EdgeType::TravelledWith:
        case EdgeType::ArrestedTogether:
            e.schema = QStringLiteral("Associate");
            e.add(QStringLiteral("person"), id(edge.source));
            e.add(QStringLiteral("associate"), id(edge.target));
            e.add(QStringLiteral("relationship"), edgeTypeName(edge.type));
            e.add(QStringLiteral("startDate"), date(edge.from));
            e.add(QStringLiteral("endDate"), date(edge.to));
            break;
        case EdgeType::MemberOf:
            e.schema = QStringLiteral("Membership");
            e.add(QStringLiteral("member"), id(edge.source));
            e.add(QStringLiteral("organization"), id(edge.target));
            e.add(QStringLiteral("role"), edge.relation);
            e.add(QStringLiteral("startDate"), date(edge.from));
            e.add(QStringLiteral("endDate"), date(edge.to));
            break;
        case EdgeType::Paid:
            e.schema = QStringLiteral("Payment");
            e.add(QStringLiteral("payer"), id(edge.source));
            e.add(QStringLiteral("beneficiary"), id(edge.target));
            if (edge.amountMinor > 0) {
                e.add(QStringLiteral("amount"), QString::number(double(edge.amountMinor) / 100.0, 'f', 2));
                e.add(QStringLiteral("currency"), edge.currency);
            }
            e.add(QStringLiteral("date"), date(edge.from));
            break;
        case EdgeType::Recruited:
        case EdgeType::SubAgentOf:
        case EdgeType::RoleInCase:
        case EdgeType::VictimOf:
        case EdgeType::CaseIncident:
            e.schema = QStringLiteral("UnknownLink");
            e.add(QStringLiteral("subject"), id(edge.source));
            e.add(QStringLiteral("object"), id(edge.target));
            e.add(QStringLiteral("role"), edge.type == EdgeType::RoleInCase && !edge.relation.isEmpty()
                                              ? edge.relation.toLower().replace(QLatin1Char('_'), QLatin1Char(' '))
                                              : edgeTypeName(edge.type));
            e.add(QStringLiteral("startDate"), date(edge.from));
            break;
        }
        if (edge.type != EdgeType::SharesDocument && !endsAreEntities) {
            continue;
        }
        if (!written.contains(e.id)) { // a document held by one person, reached through two edges, is one entity
            written.insert(e.id);
            entities.push_back(e);
        }
    }
    for (const Entity& e : entities) {
        const QJsonObject line{{QLatin1String("id"), e.id},
                               {QLatin1String("schema"), e.schema},
                               {QLatin1String("properties"), e.properties}};
        const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        if (out.write(bytes) != bytes.size()) {
            return fail(ErrorCode::Io, Tr::tr("The chart could not be written."));
        }
    }
    return ok();
}

} // namespace caselink
