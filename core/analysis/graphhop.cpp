// GraphExtractor: identifier relations (phones, documents, addresses, incidents), one hop, and the public entry
// points. See graphextractor.cpp for the relations between persons, organisations and cases.
#include "analysis/graphextractor_p.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphExtractor)
};

// A phone, document number or address held by more records than this is a hub (a PCO's number, a district-level
// address): it is shown beside the persons that led to it but not followed, or one hop would pull in thousands.
constexpr int kHubLimit = 50;

} // namespace

Status GraphExtractor::Impl::collectIdentifiers(const QHash<NodeKind, QStringList>& frontier,
                                                std::vector<Candidate>& out) {
    const Scope& scope = context.scope();
    auto identifier = [&](EdgeType type, NodeKind kind) {
        return [&out, type, kind](Statement& s) {
            Candidate c;
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
    if (wants(EdgeType::SharesPhone)) {
        const QString cols =
            QStringLiteral("SELECT ph.person_id, ph.e164, ph.e164, ph.id FROM person_phones ph WHERE ");
        const auto each = identifier(EdgeType::SharesPhone, NodeKind::Phone);
        st = run(cols + QStringLiteral("ph.person_id IN (SELECT value FROM json_each(:ids))"), openPersons, each);
        if (st) {
            st = run(cols + QStringLiteral("ph.e164 IN (SELECT value FROM json_each(:ids) WHERE (SELECT count(*) FROM "
                                           "person_phones h WHERE h.e164 = value) <= %1)")
                                .arg(kHubLimit),
                     frontier.value(NodeKind::Phone), each);
        }
    }
    if (st && wants(EdgeType::SharesDocument)) {
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
                st = run(sql, ids, each);
            }
        }
    }
    if (st && wants(EdgeType::SharesAddress)) {
        const QString cols =
            QStringLiteral("SELECT pa.person_id, pa.address_key, trim(pa.locality || ', ' || pa.district, ', '), pa.id "
                           "FROM person_addresses pa WHERE pa.address_key <> '' AND ");
        const auto each = identifier(EdgeType::SharesAddress, NodeKind::Address);
        st = run(cols + QStringLiteral("pa.person_id IN (SELECT value FROM json_each(:ids))"), openPersons, each);
        if (st) {
            st = run(
                cols +
                    QStringLiteral(
                        "pa.address_key IN (SELECT value FROM json_each(:ids) WHERE (SELECT "
                        "count(*) FROM person_addresses h WHERE h.address_key = value AND h.address_key <> '') <= %1)")
                        .arg(kHubLimit),
                frontier.value(NodeKind::Address), each);
        }
    }
    if (st && wants(EdgeType::CaseIncident)) {
        auto each = [&](Statement& s) {
            Candidate c;
            c.fromKind = NodeKind::Case;
            c.fromId = s.columnText(0);
            c.toKind = NodeKind::Incident;
            c.toId = s.columnText(1);
            c.edge.type = EdgeType::CaseIncident;
            c.edge.directed = true;
            c.edge.recordId = s.columnText(0);
            out.push_back(c);
        };
        st = run(QStringLiteral("SELECT c.id, c.incident_id FROM cases c WHERE c.id IN (SELECT value FROM "
                                "json_each(:ids)) AND c.incident_id IS NOT NULL"),
                 frontier.value(NodeKind::Case), each);
        if (st) {
            st = run(QStringLiteral("SELECT c.id, c.incident_id FROM cases c WHERE c.incident_id IN (SELECT value "
                                    "FROM json_each(:ids)) AND %1")
                         .arg(scope.caseVisible(QStringLiteral("c"))),
                     frontier.value(NodeKind::Incident), each);
        }
    }
    return st;
}

Result<int> GraphExtractor::Impl::hop(ChartData& chart, const QHash<NodeKind, QStringList>& frontier, int depth,
                                      bool closing, QHash<NodeKind, QStringList>* next, bool* truncated) {
    openPersons.clear();
    for (const QString& id : frontier.value(NodeKind::Person)) {
        const int at = chart.indexOf(key(NodeKind::Person, id));
        if (at >= 0 && !chart.nodes[std::size_t(at)].redacted) {
            openPersons << id;
        }
    }
    std::vector<Candidate> candidates;
    if (auto st = collect(frontier, candidates); !st) {
        return std::unexpected(st.error());
    }
    // The far ends not yet in the chart, by kind, loaded through the scope in one query per kind.
    QHash<NodeKind, QStringList> wanted;
    QSet<QString> seen;
    auto want = [&](NodeKind kind, const QString& id) {
        const QString k = key(kind, id);
        if (chart.indexOf(k) < 0 && !seen.contains(k)) {
            seen.insert(k);
            wanted[kind] << id;
        }
    };
    if (!closing) {
        for (const Candidate& c : candidates) {
            want(c.fromKind, c.fromId);
            want(c.toKind, c.toId);
        }
    }
    QHash<QString, ChartNode> loaded;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (auto st = loadNodes(it.key(), it.value(), depth, loaded); !st) {
            return std::unexpected(st.error());
        }
    }
    int added = 0;
    auto resolve = [&](NodeKind kind, const QString& id, const QString& label) -> int {
        const QString k = key(kind, id);
        const int at = chart.indexOf(k);
        if (at >= 0) {
            return at;
        }
        const auto found = loaded.constFind(k);
        if (found == loaded.constEnd()) {
            return -1; // not visible to this user
        }
        if (int(chart.nodes.size()) >= options.maxNodes) {
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
        const QString k = key(kind, id);
        const int at = chart.indexOf(k);
        return at >= 0 ? chart.nodes[std::size_t(at)].redacted : loaded.value(k).redacted;
    };
    for (Candidate& c : candidates) {
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

GraphExtractor::GraphExtractor(RepositoryContext& context)
    : d(std::make_unique<Impl>(context)) {
}
GraphExtractor::~GraphExtractor() = default;

Result<ChartData> GraphExtractor::extract(const ExtractOptions& options) {
    d->options = options;
    m_truncated = false;
    ChartData chart;
    QHash<QString, ChartNode> seeds;
    if (auto st = d->loadNodes(options.seedKind, options.seedIds, 0, seeds); !st) {
        return std::unexpected(st.error());
    }
    QHash<NodeKind, QStringList> frontier;
    for (const QString& id : options.seedIds) {
        const auto found = seeds.constFind(key(options.seedKind, id));
        if (found != seeds.constEnd()) {
            chart.addNode(*found);
            frontier[options.seedKind] << id;
        }
    }
    if (chart.nodes.empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such record, or not in your scope."));
    }
    for (int depth = 1; depth <= options.depth && !frontier.isEmpty(); ++depth) {
        QHash<NodeKind, QStringList> next;
        auto added = d->hop(chart, frontier, depth, false, &next, &m_truncated);
        if (!added) {
            return std::unexpected(added.error());
        }
        frontier = next;
    }
    if (options.closeLastHop && options.depth > 0 && !frontier.isEmpty()) {
        if (auto closed = d->hop(chart, frontier, options.depth, true, nullptr, &m_truncated); !closed) {
            return std::unexpected(closed.error());
        }
    }
    return chart;
}

Result<int> GraphExtractor::expand(ChartData& chart, int node, const ExtractOptions& options) {
    if (node < 0 || node >= int(chart.nodes.size())) {
        return fail(ErrorCode::Usage, Tr::tr("No such node in the chart."));
    }
    d->options = options;
    const ChartNode& n = chart.nodes[std::size_t(node)];
    QHash<NodeKind, QStringList> frontier{{n.kind, {n.recordId}}};
    QHash<NodeKind, QStringList> next;
    auto added = d->hop(chart, frontier, n.depth + 1, false, &next, &m_truncated);
    if (!added) {
        return added;
    }
    if (!next.isEmpty()) {
        if (auto closed = d->hop(chart, next, n.depth + 1, true, nullptr, &m_truncated); !closed) {
            return std::unexpected(closed.error());
        }
    }
    return added;
}

} // namespace caselink
