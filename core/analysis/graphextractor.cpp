// Extraction hop by hop: each hop runs a fixed set of queries over the whole frontier (ids bound as one JSON array),
// so a two-hop neighbourhood costs a few dozen statements whatever its size. Visibility is decided by the same SQL
// fragments the repositories use (Scope, organisationVisible); nothing is read around them.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "analysis/graph.h"
#include "analysis/graphextractor_p.h"
#include "repo/aggregatesupport.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphExtractor)
};

} // namespace

QString idsJson(const QStringList& ids) {
    QJsonArray array;
    for (const QString& id : ids) {
        array.append(id);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString key(NodeKind kind, const QString& id) {
    return nodeKindKey(kind) + QLatin1Char(':') + id;
}

namespace {

// Strongest role first: the chart shows a person by the most serious part they played.
const QStringList kRolePriority{
    QStringLiteral("KINGPIN"),         QStringLiteral("AGENT"),         QStringLiteral("SUB_AGENT"),
    QStringLiteral("DOCUMENT_FORGER"), QStringLiteral("MONEY_HANDLER"), QStringLiteral("TRANSPORTER"),
    QStringLiteral("SAFE_HOUSE"),      QStringLiteral("BOAT_OPERATOR"), QStringLiteral("CORRUPT_OFFICIAL"),
    QStringLiteral("DECEASED_VICTIM"), QStringLiteral("VICTIM"),        QStringLiteral("WITNESS"),
    QStringLiteral("COMPLAINANT"),     QStringLiteral("FAMILY_MEMBER")};

QString chartRole(const QString& roles) {
    int best = int(kRolePriority.size());
    for (const QString& entry : roles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = entry.section(QLatin1Char(':'), 0, 0);
        const QString outcome = entry.section(QLatin1Char(':'), 1, 1);
        QString mapped = role;
        if (role == QLatin1String("SMUGGLED_MIGRANT") || role == QLatin1String("TRAFFICKING_VICTIM")) {
            mapped =
                outcome == QLatin1String("DECEASED") ? QStringLiteral("DECEASED_VICTIM") : QStringLiteral("VICTIM");
        }
        const int at = int(kRolePriority.indexOf(mapped));
        if (at >= 0 && at < best) {
            best = at;
        }
    }
    return best < kRolePriority.size() ? kRolePriority[best] : QString();
}

QString redactedLabel(const QString& role) {
    if (role == QLatin1String("WITNESS")) {
        return Tr::tr("Witness");
    }
    if (role == QLatin1String("COMPLAINANT")) {
        return Tr::tr("Complainant");
    }
    if (role == QLatin1String("FAMILY_MEMBER")) {
        return Tr::tr("Family member");
    }
    if (role == QLatin1String("DECEASED_VICTIM")) {
        return Tr::tr("Deceased victim");
    }
    return Tr::tr("Victim");
}

} // namespace

Status GraphExtractor::Impl::loadNodes(NodeKind kind, const QStringList& ids, int depth,
                                       QHash<QString, ChartNode>& out) {
    const Scope& scope = context.scope();
    auto node = [&](const QString& id) -> ChartNode& {
        ChartNode& n = out[key(kind, id)];
        n.key = key(kind, id);
        n.kind = kind;
        n.recordId = id;
        n.depth = depth;
        return n;
    };
    switch (kind) {
    case NodeKind::Person:
        return run(QStringLiteral("SELECT p.id, p.name_latin, p.name_urdu, p.relation, p.relative_latin, %1, "
                                  "(SELECT group_concat(cp.role || ':' || coalesce(cp.victim_outcome, '')) "
                                  "FROM case_persons cp WHERE cp.person_id = p.id) FROM persons p "
                                  "WHERE p.id IN (SELECT value FROM json_each(:ids)) AND p.merged_into IS NULL AND %2")
                       .arg(scope.personProtected(QStringLiteral("p")), scope.personVisible(QStringLiteral("p"))),
                   ids, [&](Statement& s) {
                       ChartNode& n = node(s.columnText(0));
                       n.role = chartRole(s.columnText(6));
                       n.redacted = s.columnInt(5) != 0;
                       if (n.redacted) {
                           n.label = redactedLabel(n.role);
                       } else {
                           n.label = s.columnText(1).isEmpty() ? s.columnText(2) : s.columnText(1);
                           n.labelUrdu = s.columnText(2);
                           const QString rel = s.columnText(3);
                           if (!rel.isEmpty() && !s.columnText(4).isEmpty()) {
                               n.detail = QStringLiteral("%1 %2").arg(rel == QLatin1String("SO")   ? Tr::tr("s/o")
                                                                      : rel == QLatin1String("DO") ? Tr::tr("d/o")
                                                                                                   : Tr::tr("w/o"),
                                                                      s.columnText(4));
                           }
                       }
                   });
    case NodeKind::Organisation:
        return run(QStringLiteral("SELECT o.id, o.name, o.name_urdu, o.kind FROM organisations o "
                                  "WHERE o.id IN (SELECT value FROM json_each(:ids)) AND %1")
                       .arg(organisationVisible(scope, QStringLiteral("o"))),
                   ids, [&](Statement& s) {
                       ChartNode& n = node(s.columnText(0));
                       n.label = s.columnText(1);
                       n.labelUrdu = s.columnText(2);
                       n.role = s.columnText(3);
                   });
    case NodeKind::Case:
        return run(QStringLiteral("SELECT c.id, c.fir_serial, c.fir_year, c.fir_station, c.enquiry_number, c.title, "
                                  "c.status FROM cases c WHERE c.id IN (SELECT value FROM json_each(:ids)) AND %1")
                       .arg(scope.caseVisible(QStringLiteral("c"))),
                   ids, [&](Statement& s) {
                       ChartNode& n = node(s.columnText(0));
                       n.label = s.columnIsNull(1) ? Tr::tr("Enquiry %1").arg(s.columnText(4))
                                                   : Tr::tr("FIR %1/%2").arg(s.columnInt(1)).arg(s.columnInt(2));
                       n.detail = s.columnText(5).isEmpty() ? s.columnText(3) : s.columnText(5);
                       n.role = s.columnText(6);
                   });
    case NodeKind::Incident:
        // Incidents carry no office: one is visible when a visible case refers to it.
        return run(QStringLiteral("SELECT i.id, i.title, i.occurred_on, i.kind FROM incidents i "
                                  "WHERE i.id IN (SELECT value FROM json_each(:ids)) AND EXISTS (SELECT 1 FROM cases c "
                                  "WHERE c.incident_id = i.id AND %1)")
                       .arg(scope.caseVisible(QStringLiteral("c"))),
                   ids, [&](Statement& s) {
                       ChartNode& n = node(s.columnText(0));
                       n.label = s.columnText(1);
                       n.detail = s.columnText(2);
                       n.role = s.columnText(3);
                   });
    case NodeKind::Phone:
    case NodeKind::Document:
    case NodeKind::Address:
        for (const QString& id : ids) {
            ChartNode& n = node(id);
            if (n.label.isEmpty()) {
                n.label = id;
            }
        }
        return ok();
    }
    return ok();
}

Status GraphExtractor::Impl::collect(const QHash<NodeKind, QStringList>& frontier, std::vector<Candidate>& out) {
    const Scope& scope = context.scope();
    const QStringList persons = frontier.value(NodeKind::Person);
    const QStringList ends = persons + frontier.value(NodeKind::Organisation);
    const QStringList cases = frontier.value(NodeKind::Case);

    // Links between persons and organisations.
    QStringList linkTypes;
    for (EdgeType t : {EdgeType::Recruited, EdgeType::SubAgentOf, EdgeType::Paid, EdgeType::MemberOf, EdgeType::Family,
                       EdgeType::Associate, EdgeType::TravelledWith, EdgeType::ArrestedTogether}) {
        if (wants(t)) {
            linkTypes << QLatin1Char('\'') + edgeTypeKey(t) + QLatin1Char('\''); // constants, never input
        }
    }
    if (!linkTypes.isEmpty()) {
        const QString cols = QStringLiteral("SELECT l.id, l.from_kind, l.from_id, l.to_kind, l.to_id, l.link_type, "
                                            "l.relation, l.strength, l.valid_from, l.valid_to FROM links l ");
        const QString filter = QStringLiteral(" AND l.link_type IN (%1) AND %2")
                                   .arg(linkTypes.join(QLatin1Char(',')),
                                        overlaps(QStringLiteral("l.valid_from"), QStringLiteral("l.valid_to")));
        const QString sql = cols + QStringLiteral("WHERE l.from_id IN (SELECT value FROM json_each(:ids))") + filter +
                            QStringLiteral(" UNION ALL ") + cols +
                            QStringLiteral("WHERE l.to_id IN (SELECT value FROM json_each(:ids)) AND l.from_id NOT IN "
                                           "(SELECT value FROM json_each(:ids))") +
                            filter;
        auto st = run(sql, ends, [&](Statement& s) {
            Candidate c;
            c.fromKind = s.columnText(1) == QLatin1String("PERSON") ? NodeKind::Person : NodeKind::Organisation;
            c.fromId = s.columnText(2);
            c.toKind = s.columnText(3) == QLatin1String("PERSON") ? NodeKind::Person : NodeKind::Organisation;
            c.toId = s.columnText(4);
            c.edge.type = edgeTypeFromKey(s.columnText(5)).value_or(EdgeType::Associate);
            c.edge.directed = c.edge.type == EdgeType::Recruited || c.edge.type == EdgeType::SubAgentOf ||
                              c.edge.type == EdgeType::Paid || c.edge.type == EdgeType::MemberOf;
            c.edge.relation = s.columnText(6);
            c.edge.strength = s.columnDouble(7);
            c.edge.from = fromIsoDate(s.columnText(8));
            c.edge.to = fromIsoDate(s.columnText(9));
            c.edge.recordId = s.columnText(0);
            out.push_back(c);
        });
        if (!st) {
            return st;
        }
    }

    // Roles in cases, from persons and from cases.
    if (wants(EdgeType::RoleInCase) || wants(EdgeType::VictimOf)) {
        const QString cols =
            QStringLiteral("SELECT cp.id, cp.person_id, cp.case_id, cp.role FROM case_persons cp WHERE ");
        auto each = [&](Statement& s) {
            Candidate c;
            c.fromKind = NodeKind::Person;
            c.fromId = s.columnText(1);
            c.toKind = NodeKind::Case;
            c.toId = s.columnText(2);
            c.edge.relation = s.columnText(3);
            const bool victim = c.edge.relation == QLatin1String("SMUGGLED_MIGRANT") ||
                                c.edge.relation == QLatin1String("TRAFFICKING_VICTIM");
            c.edge.type = victim ? EdgeType::VictimOf : EdgeType::RoleInCase;
            c.edge.directed = true;
            c.edge.recordId = s.columnText(0);
            if (wants(c.edge.type)) {
                out.push_back(c);
            }
        };
        auto st = run(cols + QStringLiteral("cp.person_id IN (SELECT value FROM json_each(:ids)) AND ") +
                          scope.caseIdVisible(QStringLiteral("cp.case_id")),
                      persons, each);
        if (st) {
            st = run(cols + QStringLiteral("cp.case_id IN (SELECT value FROM json_each(:ids))"), cases, each);
        }
        if (!st) {
            return st;
        }
    }

    // Payments between persons, in visible cases, dated in the window.
    if (wants(EdgeType::Paid)) {
        const QString cols = QStringLiteral("SELECT pay.id, pay.payer_person_id, pay.payee_person_id, "
                                            "pay.amount_minor, pay.currency, pay.paid_on FROM payments pay WHERE ");
        const QString filter = QStringLiteral(" AND pay.payer_person_id IS NOT NULL AND pay.payee_person_id IS NOT "
                                              "NULL AND %1 AND %2")
                                   .arg(overlaps(QStringLiteral("pay.paid_on"), QStringLiteral("pay.paid_on")),
                                        scope.caseIdVisible(QStringLiteral("pay.case_id")));
        const QString sql =
            cols + QStringLiteral("pay.payer_person_id IN (SELECT value FROM json_each(:ids))") + filter +
            QStringLiteral(" UNION ALL ") + cols +
            QStringLiteral("pay.payee_person_id IN (SELECT value FROM json_each(:ids)) AND pay.payer_person_id NOT IN "
                           "(SELECT value FROM json_each(:ids))") +
            filter;
        auto st = run(sql, persons, [&](Statement& s) {
            Candidate c;
            c.fromKind = c.toKind = NodeKind::Person;
            c.fromId = s.columnText(1);
            c.toId = s.columnText(2);
            c.edge.type = EdgeType::Paid;
            c.edge.directed = true;
            c.edge.amountMinor = s.columnInt(3);
            c.edge.currency = s.columnText(4);
            c.edge.from = c.edge.to = fromIsoDate(s.columnText(5));
            c.edge.recordId = s.columnText(0);
            out.push_back(c);
        });
        if (!st) {
            return st;
        }
    }

    // Memberships of organisations.
    if (wants(EdgeType::MemberOf)) {
        const QString cols = QStringLiteral("SELECT m.id, m.person_id, m.organisation_id, m.role, m.since, m.until "
                                            "FROM memberships m WHERE ");
        auto each = [&](Statement& s) {
            Candidate c;
            c.fromKind = NodeKind::Person;
            c.fromId = s.columnText(1);
            c.toKind = NodeKind::Organisation;
            c.toId = s.columnText(2);
            c.edge.type = EdgeType::MemberOf;
            c.edge.directed = true;
            c.edge.relation = s.columnText(3);
            c.edge.from = fromIsoDate(s.columnText(4));
            c.edge.to = fromIsoDate(s.columnText(5));
            c.edge.recordId = s.columnText(0);
            out.push_back(c);
        };
        const QString window = QStringLiteral(" AND ") + overlaps(QStringLiteral("m.since"), QStringLiteral("m.until"));
        auto st =
            run(cols + QStringLiteral("m.person_id IN (SELECT value FROM json_each(:ids))") + window, persons, each);
        if (st) {
            st = run(cols + QStringLiteral("m.organisation_id IN (SELECT value FROM json_each(:ids))") + window,
                     frontier.value(NodeKind::Organisation), each);
        }
        if (!st) {
            return st;
        }
    }
    return collectIdentifiers(frontier, out);
}

} // namespace caselink
