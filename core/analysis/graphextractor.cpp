// Extraction hop by hop: each hop runs a fixed set of queries over the whole frontier (ids bound as one JSON array),
// so a two-hop neighbourhood costs a few dozen statements whatever its size. Visibility is decided by the same SQL
// fragments the repositories use (Scope, organisationVisible); nothing is read around them. The relations a hop
// follows are read in graphrelations.cpp; the node rows of their far ends here.
#include "analysis/graphextractor.h"

#include <QCoreApplication>

#include "analysis/graphquery.h"
#include "analysis/graphrelations.h"
#include "repo/aggregatesupport.h"
#include "repo/scope.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphExtractor)
};

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

// Node rows for ids of one kind, through the scope; ids not returned are not visible.
Status loadNodes(GraphQuery& query, NodeKind kind, const QStringList& ids, int depth, QHash<QString, ChartNode>& out) {
    const Scope& scope = query.scope();
    auto node = [&](const QString& id) -> ChartNode& {
        ChartNode& n = out[chartNodeKey(kind, id)];
        n.key = chartNodeKey(kind, id);
        n.kind = kind;
        n.recordId = id;
        n.depth = depth;
        return n;
    };
    switch (kind) {
    case NodeKind::Person:
        return query.run(
            QStringLiteral("SELECT p.id, p.name_latin, p.name_urdu, p.relation, p.relative_latin, %1, "
                           "(SELECT group_concat(cp.role || ':' || coalesce(cp.victim_outcome, '')) "
                           "FROM case_persons cp WHERE cp.person_id = p.id) FROM persons p "
                           "WHERE p.id IN (SELECT value FROM json_each(:ids)) AND p.merged_into IS NULL AND %2")
                .arg(scope.personProtected(QStringLiteral("p")), scope.personVisible(QStringLiteral("p"))),
            ids, [&](Statement& s) {
                ChartNode& n = node(s.columnText(0));
                n.role = chartRole(s.columnText(6));
                n.redacted = s.columnInt(5) != 0;
                if (n.redacted) {
                    // The person's own pseudonym, as every list shows it; what they are in the case below it.
                    n.label = scope.pseudonyms().of(n.recordId);
                    n.detail = redactedLabel(n.role);
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
        return query.run(QStringLiteral("SELECT o.id, o.name, o.name_urdu, o.kind FROM organisations o "
                                        "WHERE o.id IN (SELECT value FROM json_each(:ids)) AND %1")
                             .arg(organisationVisible(scope, QStringLiteral("o"))),
                         ids, [&](Statement& s) {
                             ChartNode& n = node(s.columnText(0));
                             n.label = s.columnText(1);
                             n.labelUrdu = s.columnText(2);
                             n.role = s.columnText(3);
                         });
    case NodeKind::Case:
        return query.run(
            QStringLiteral("SELECT c.id, c.fir_serial, c.fir_year, c.fir_station, c.enquiry_number, c.title, "
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
        return query.run(
            QStringLiteral("SELECT i.id, i.title, i.occurred_on, i.kind FROM incidents i "
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

// One hop from frontier: its relations, and the far ends visible to the user added at depth (and to next, when
// given). closing adds only the edges among nodes already in the chart.
Result<int> hop(GraphQuery& query, ChartData& chart, const GraphFrontier& frontier, int depth, bool closing,
                GraphFrontier* next, bool* truncated) {
    QStringList openPersons; // frontier persons whose identifiers may be read (not protected)
    for (const QString& id : frontier.value(NodeKind::Person)) {
        const int at = chart.indexOf(chartNodeKey(NodeKind::Person, id));
        if (at >= 0 && !chart.nodes[std::size_t(at)].redacted) {
            openPersons << id;
        }
    }
    std::vector<GraphRelation> candidates;
    if (auto st = collectGraphRelations(query, frontier, openPersons, candidates); !st) {
        return std::unexpected(st.error());
    }
    // The far ends not yet in the chart, by kind, loaded through the scope in one query per kind.
    GraphFrontier wanted;
    QSet<QString> seen;
    auto want = [&](NodeKind kind, const QString& id) {
        const QString k = chartNodeKey(kind, id);
        if (chart.indexOf(k) < 0 && !seen.contains(k)) {
            seen.insert(k);
            wanted[kind] << id;
        }
    };
    if (!closing) {
        for (const GraphRelation& c : candidates) {
            want(c.fromKind, c.fromId);
            want(c.toKind, c.toId);
        }
    }
    QHash<QString, ChartNode> loaded;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (auto st = loadNodes(query, it.key(), it.value(), depth, loaded); !st) {
            return std::unexpected(st.error());
        }
    }
    int added = 0;
    auto resolve = [&](NodeKind kind, const QString& id, const QString& label) -> int {
        const QString k = chartNodeKey(kind, id);
        const int at = chart.indexOf(k);
        if (at >= 0) {
            return at;
        }
        const auto found = loaded.constFind(k);
        if (found == loaded.constEnd()) {
            return -1; // not visible to this user
        }
        if (int(chart.nodes.size()) >= query.options().maxNodes) {
            *truncated = true;
            return -1;
        }
        ChartNode node = *found;
        if (!label.isEmpty()) {
            node.label = label;
        }
        ++added;
        if (next) {
            (*next)[kind] << id;
        }
        return chart.addNode(node);
    };
    auto isRedacted = [&](NodeKind kind, const QString& id) {
        const QString k = chartNodeKey(kind, id);
        const int at = chart.indexOf(k);
        return at >= 0 ? chart.nodes[std::size_t(at)].redacted : loaded.value(k).redacted;
    };
    for (GraphRelation& c : candidates) {
        if (c.identifier && isRedacted(c.fromKind, c.fromId)) {
            continue; // a protected person's phone, document or address is never shown
        }
        const int s = resolve(c.fromKind, c.fromId, {});
        if (s < 0) {
            continue;
        }
        const int t = resolve(c.toKind, c.toId, c.toLabel);
        if (t < 0) {
            continue;
        }
        c.edge.source = s;
        c.edge.target = t;
        chart.addEdge(c.edge);
    }
    return added;
}

} // namespace

Result<ChartData> GraphExtractor::extract(const ExtractOptions& options) {
    GraphQuery query(m_context, options);
    m_truncated = false;
    ChartData chart;
    QHash<QString, ChartNode> seeds;
    if (auto st = loadNodes(query, options.seedKind, options.seedIds, 0, seeds); !st) {
        return std::unexpected(st.error());
    }
    GraphFrontier frontier;
    for (const QString& id : options.seedIds) {
        const auto found = seeds.constFind(chartNodeKey(options.seedKind, id));
        if (found != seeds.constEnd()) {
            chart.addNode(*found);
            frontier[options.seedKind] << id;
        }
    }
    if (chart.nodes.empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such record, or not in your scope."));
    }
    for (int depth = 1; depth <= options.depth && !frontier.isEmpty(); ++depth) {
        GraphFrontier next;
        auto added = hop(query, chart, frontier, depth, false, &next, &m_truncated);
        if (!added) {
            return std::unexpected(added.error());
        }
        frontier = next;
    }
    if (options.closeLastHop && options.depth > 0 && !frontier.isEmpty()) {
        if (auto closed = hop(query, chart, frontier, options.depth, true, nullptr, &m_truncated); !closed) {
            return std::unexpected(closed.error());
        }
    }
    return chart;
}

Result<int> GraphExtractor::expand(ChartData& chart, int node, const ExtractOptions& options) {
    if (node < 0 || node >= int(chart.nodes.size())) {
        return fail(ErrorCode::Usage, Tr::tr("No such node in the chart."));
    }
    GraphQuery query(m_context, options);
    const ChartNode& n = chart.nodes[std::size_t(node)];
    GraphFrontier frontier{{n.kind, {n.recordId}}};
    GraphFrontier next;
    auto added = hop(query, chart, frontier, n.depth + 1, false, &next, &m_truncated);
    if (!added) {
        return added;
    }
    if (!next.isEmpty()) {
        if (auto closed = hop(query, chart, next, n.depth + 1, true, nullptr, &m_truncated); !closed) {
            return std::unexpected(closed.error());
        }
    }
    return added;
}

} // namespace caselink
