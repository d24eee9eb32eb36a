#include "analysis/graphrelations.h"

#include "analysis/graphquery.h"
#include "repo/aggregatesupport.h"
#include "repo/scope.h"
#include "storage/database.h"

namespace caselink {
namespace {

// A phone, document number or address held by more records than this is a hub (a PCO's number, a district-level
// address): it is shown beside the persons that led to it but not followed, or one hop would pull in thousands.
constexpr int kHubLimit = 50;

// Links between persons and organisations.
Status collectLinks(GraphQuery& query, const QStringList& ends, std::vector<GraphRelation>& out) {
    QStringList linkTypes;
    for (EdgeType t : {EdgeType::Recruited, EdgeType::SubAgentOf, EdgeType::Paid, EdgeType::MemberOf, EdgeType::Family,
                       EdgeType::Associate, EdgeType::TravelledWith, EdgeType::ArrestedTogether}) {
        if (query.wants(t)) {
            linkTypes << QLatin1Char('\'') + edgeTypeKey(t) + QLatin1Char('\''); // constants, never input
        }
    }
    if (linkTypes.isEmpty()) {
        return ok();
    }
    const QString cols = QStringLiteral("SELECT l.id, l.from_kind, l.from_id, l.to_kind, l.to_id, l.link_type, "
                                        "l.relation, l.strength, l.valid_from, l.valid_to FROM links l ");
    const QString filter = QStringLiteral(" AND l.link_type IN (%1) AND %2")
                               .arg(linkTypes.join(QLatin1Char(',')),
                                    GraphQuery::overlaps(QStringLiteral("l.valid_from"), QStringLiteral("l.valid_to")));
    const QString sql = cols + QStringLiteral("WHERE l.from_id IN (SELECT value FROM json_each(:ids))") + filter +
                        QStringLiteral(" UNION ALL ") + cols +
                        QStringLiteral("WHERE l.to_id IN (SELECT value FROM json_each(:ids)) AND l.from_id NOT IN "
                                       "(SELECT value FROM json_each(:ids))") +
                        filter;
    return query.run(sql, ends, [&](Statement& s) {
        GraphRelation c;
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
}

// Roles in cases, from persons and from cases.
Status collectRoles(GraphQuery& query, const QStringList& persons, const QStringList& cases,
                    std::vector<GraphRelation>& out) {
    if (!(query.wants(EdgeType::RoleInCase) || query.wants(EdgeType::VictimOf))) {
        return ok();
    }
    const QString cols = QStringLiteral("SELECT cp.id, cp.person_id, cp.case_id, cp.role FROM case_persons cp WHERE ");
    auto each = [&](Statement& s) {
        GraphRelation c;
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
        if (query.wants(c.edge.type)) {
            out.push_back(c);
        }
    };
    auto st = query.run(cols + QStringLiteral("cp.person_id IN (SELECT value FROM json_each(:ids)) AND ") +
                            query.scope().caseIdVisible(QStringLiteral("cp.case_id")),
                        persons, each);
    if (st) {
        st = query.run(cols + QStringLiteral("cp.case_id IN (SELECT value FROM json_each(:ids))"), cases, each);
    }
    return st;
}

// Payments between persons, in visible cases, dated in the window.
Status collectPayments(GraphQuery& query, const QStringList& persons, std::vector<GraphRelation>& out) {
    if (!query.wants(EdgeType::Paid)) {
        return ok();
    }
    const QString cols = QStringLiteral("SELECT pay.id, pay.payer_person_id, pay.payee_person_id, "
                                        "pay.amount_minor, pay.currency, pay.paid_on FROM payments pay WHERE ");
    const QString filter = QStringLiteral(" AND pay.payer_person_id IS NOT NULL AND pay.payee_person_id IS NOT "
                                          "NULL AND %1 AND %2")
                               .arg(GraphQuery::overlaps(QStringLiteral("pay.paid_on"), QStringLiteral("pay.paid_on")),
                                    query.scope().caseIdVisible(QStringLiteral("pay.case_id")));
    const QString sql =
        cols + QStringLiteral("pay.payer_person_id IN (SELECT value FROM json_each(:ids))") + filter +
        QStringLiteral(" UNION ALL ") + cols +
        QStringLiteral("pay.payee_person_id IN (SELECT value FROM json_each(:ids)) AND pay.payer_person_id NOT IN "
                       "(SELECT value FROM json_each(:ids))") +
        filter;
    return query.run(sql, persons, [&](Statement& s) {
        GraphRelation c;
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
}

// Memberships of organisations.
Status collectMemberships(GraphQuery& query, const GraphFrontier& frontier, std::vector<GraphRelation>& out) {
    if (!query.wants(EdgeType::MemberOf)) {
        return ok();
    }
    const QString cols = QStringLiteral("SELECT m.id, m.person_id, m.organisation_id, m.role, m.since, m.until "
                                        "FROM memberships m WHERE ");
    auto each = [&](Statement& s) {
        GraphRelation c;
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
    const QString window =
        QStringLiteral(" AND ") + GraphQuery::overlaps(QStringLiteral("m.since"), QStringLiteral("m.until"));
    auto st = query.run(cols + QStringLiteral("m.person_id IN (SELECT value FROM json_each(:ids))") + window,
                        frontier.value(NodeKind::Person), each);
    if (st) {
        st = query.run(cols + QStringLiteral("m.organisation_id IN (SELECT value FROM json_each(:ids))") + window,
                       frontier.value(NodeKind::Organisation), each);
    }
    return st;
}

// Phones, documents and addresses of the open persons and the persons holding the frontier's ones; incidents of
// cases and cases of incidents.
Status collectIdentifiers(GraphQuery& query, const GraphFrontier& frontier, const QStringList& openPersons,
                          std::vector<GraphRelation>& out) {
    const Scope& scope = query.scope();
    auto identifier = [&](EdgeType type, NodeKind kind) {
        return [&out, type, kind](Statement& s) {
            GraphRelation c;
            c.fromKind = NodeKind::Person;
            c.fromId = s.columnText(0);
            c.toKind = kind;
            c.toId = s.columnText(1);
            c.toLabel = s.columnText(2).isEmpty() ? c.toId : s.columnText(2);
            c.edge.type = type;
            c.edge.directed = true;
            c.edge.recordId = s.columnText(3);
            c.identifier = true;
            out.push_back(c);
        };
    };
    Status st = ok();
    if (query.wants(EdgeType::SharesPhone)) {
        const QString cols =
            QStringLiteral("SELECT ph.person_id, ph.e164, ph.e164, ph.id FROM person_phones ph WHERE ");
        const auto each = identifier(EdgeType::SharesPhone, NodeKind::Phone);
        st = query.run(cols + QStringLiteral("ph.person_id IN (SELECT value FROM json_each(:ids))"), openPersons, each);
        if (st) {
            st = query.run(
                cols + QStringLiteral("ph.e164 IN (SELECT value FROM json_each(:ids) WHERE (SELECT count(*) FROM "
                                      "person_phones h WHERE h.e164 = value) <= %1)")
                           .arg(kHubLimit),
                frontier.value(NodeKind::Phone), each);
        }
    }
    if (st && query.wants(EdgeType::SharesDocument)) {
        // Passports on the person record and documents in visible cases, joined by their normalised number.
        const QString passports = QStringLiteral("SELECT pp.person_id, pp.number, 'PASSPORT ' || pp.number, pp.id "
                                                 "FROM person_passports pp WHERE ");
        const QString documents =
            QStringLiteral("SELECT d.person_id, d.number, d.doc_type || ' ' || d.number, d.id FROM documents d "
                           "WHERE d.person_id IS NOT NULL AND d.number <> '' AND (d.case_id IS NULL OR %1) AND ")
                .arg(scope.caseIdVisible(QStringLiteral("d.case_id")));
        const auto each = identifier(EdgeType::SharesDocument, NodeKind::Document);
        const QStringList numbers = frontier.value(NodeKind::Document);
        // Explicit QStrings: with QStringBuilder, a pair deduced from "a + b" would keep a dangling builder.
        const std::vector<std::pair<QString, QStringList>> queries{
            {QString(passports + QStringLiteral("pp.person_id IN (SELECT value FROM json_each(:ids))")), openPersons},
            {QString(documents + QStringLiteral("d.person_id IN (SELECT value FROM json_each(:ids))")), openPersons},
            {QString(passports + QStringLiteral("pp.number IN (SELECT value FROM json_each(:ids) WHERE (SELECT "
                                                "count(*) FROM person_passports h WHERE h.number = value) <= %1)")
                                     .arg(kHubLimit)),
             numbers},
            {QString(documents +
                     QStringLiteral("d.number IN (SELECT value FROM json_each(:ids) WHERE (SELECT "
                                    "count(*) FROM documents h WHERE h.number = value AND h.number <> '') <= %1)")
                         .arg(kHubLimit)),
             numbers}};
        for (const auto& [sql, ids] : queries) {
            if (st) {
                st = query.run(sql, ids, each);
            }
        }
    }
    if (st && query.wants(EdgeType::SharesAddress)) {
        const QString cols =
            QStringLiteral("SELECT pa.person_id, pa.address_key, trim(pa.locality || ', ' || pa.district, ', '), pa.id "
                           "FROM person_addresses pa WHERE pa.address_key <> '' AND ");
        const auto each = identifier(EdgeType::SharesAddress, NodeKind::Address);
        st = query.run(cols + QStringLiteral("pa.person_id IN (SELECT value FROM json_each(:ids))"), openPersons, each);
        if (st) {
            st = query.run(
                cols +
                    QStringLiteral(
                        "pa.address_key IN (SELECT value FROM json_each(:ids) WHERE (SELECT "
                        "count(*) FROM person_addresses h WHERE h.address_key = value AND h.address_key <> '') <= %1)")
                        .arg(kHubLimit),
                frontier.value(NodeKind::Address), each);
        }
    }
    if (st && query.wants(EdgeType::CaseIncident)) {
        auto each = [&](Statement& s) {
            GraphRelation c;
            c.fromKind = NodeKind::Case;
            c.fromId = s.columnText(0);
            c.toKind = NodeKind::Incident;
            c.toId = s.columnText(1);
            c.edge.type = EdgeType::CaseIncident;
            c.edge.directed = true;
            c.edge.recordId = s.columnText(0);
            out.push_back(c);
        };
        st = query.run(QStringLiteral("SELECT c.id, c.incident_id FROM cases c WHERE c.id IN (SELECT value FROM "
                                      "json_each(:ids)) AND c.incident_id IS NOT NULL"),
                       frontier.value(NodeKind::Case), each);
        if (st) {
            st =
                query.run(QStringLiteral("SELECT c.id, c.incident_id FROM cases c WHERE c.incident_id IN (SELECT value "
                                         "FROM json_each(:ids)) AND %1")
                              .arg(scope.caseVisible(QStringLiteral("c"))),
                          frontier.value(NodeKind::Incident), each);
        }
    }
    return st;
}

} // namespace

Status collectGraphRelations(GraphQuery& query, const GraphFrontier& frontier, const QStringList& openPersons,
                             std::vector<GraphRelation>& out) {
    const QStringList persons = frontier.value(NodeKind::Person);
    Status st = collectLinks(query, persons + frontier.value(NodeKind::Organisation), out);
    if (st) {
        st = collectRoles(query, persons, frontier.value(NodeKind::Case), out);
    }
    if (st) {
        st = collectPayments(query, persons, out);
    }
    if (st) {
        st = collectMemberships(query, frontier, out);
    }
    if (st) {
        st = collectIdentifiers(query, frontier, openPersons, out);
    }
    return st;
}

} // namespace caselink
