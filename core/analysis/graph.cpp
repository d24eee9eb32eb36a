#include "analysis/graph.h"

#include <QCoreApplication>
#include <QLocale>

#include "domain/localtime.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ChartData)
};

struct EdgeTypeInfo {
    EdgeType type;
    const char* key;
};

constexpr EdgeTypeInfo kEdgeTypes[] = {
    {EdgeType::Recruited, "RECRUITED"},
    {EdgeType::SubAgentOf, "SUB_AGENT_OF"},
    {EdgeType::Paid, "PAID"},
    {EdgeType::MemberOf, "MEMBER_OF"},
    {EdgeType::Family, "FAMILY"},
    {EdgeType::Associate, "ASSOCIATE"},
    {EdgeType::TravelledWith, "TRAVELLED_WITH"},
    {EdgeType::ArrestedTogether, "ARRESTED_TOGETHER"},
    {EdgeType::SharesPhone, "SHARES_PHONE"},
    {EdgeType::SharesDocument, "SHARES_DOCUMENT"},
    {EdgeType::SharesAddress, "SHARES_ADDRESS"},
    {EdgeType::RoleInCase, "ROLE_IN_CASE"},
    {EdgeType::VictimOf, "VICTIM_OF"},
    {EdgeType::CaseIncident, "CASE_INCIDENT"},
};

constexpr const char* kNodeKinds[] = {"person", "organisation", "case", "phone", "document", "address", "incident"};

QString amountText(qint64 minor, const QString& currency) {
    const QLocale locale;
    const QString whole = locale.toString(minor / 100);
    if (currency == QLatin1String("PKR")) {
        return Tr::tr("Rs %1").arg(whole);
    }
    return QStringLiteral("%1 %2").arg(currency, whole);
}

} // namespace

QString nodeKindKey(NodeKind kind) {
    return QString::fromLatin1(kNodeKinds[static_cast<int>(kind)]);
}

std::optional<NodeKind> nodeKindFromKey(const QString& key) {
    for (int i = 0; i < int(std::size(kNodeKinds)); ++i) {
        if (key == QLatin1String(kNodeKinds[i])) {
            return static_cast<NodeKind>(i);
        }
    }
    return std::nullopt;
}

QString edgeTypeKey(EdgeType type) {
    for (const EdgeTypeInfo& info : kEdgeTypes) {
        if (info.type == type) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

std::optional<EdgeType> edgeTypeFromKey(const QString& key) {
    for (const EdgeTypeInfo& info : kEdgeTypes) {
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0) {
            return info.type;
        }
    }
    return std::nullopt;
}

QList<EdgeType> allEdgeTypes() {
    QList<EdgeType> types;
    for (const EdgeTypeInfo& info : kEdgeTypes) {
        types << info.type;
    }
    return types;
}

QString nodeKindName(NodeKind kind) {
    switch (kind) {
    case NodeKind::Person:
        return Tr::tr("Person");
    case NodeKind::Organisation:
        return Tr::tr("Organisation");
    case NodeKind::Case:
        return Tr::tr("Case");
    case NodeKind::Phone:
        return Tr::tr("Phone");
    case NodeKind::Document:
        return Tr::tr("Document");
    case NodeKind::Address:
        return Tr::tr("Address");
    case NodeKind::Incident:
        return Tr::tr("Incident");
    }
    return {};
}

QString edgeTypeName(EdgeType type) {
    switch (type) {
    case EdgeType::Recruited:
        return Tr::tr("recruited");
    case EdgeType::SubAgentOf:
        return Tr::tr("sub-agent of");
    case EdgeType::Paid:
        return Tr::tr("paid");
    case EdgeType::MemberOf:
        return Tr::tr("member of");
    case EdgeType::Family:
        return Tr::tr("family");
    case EdgeType::Associate:
        return Tr::tr("associate");
    case EdgeType::TravelledWith:
        return Tr::tr("travelled with");
    case EdgeType::ArrestedTogether:
        return Tr::tr("arrested together");
    case EdgeType::SharesPhone:
        return Tr::tr("uses phone");
    case EdgeType::SharesDocument:
        return Tr::tr("holds document");
    case EdgeType::SharesAddress:
        return Tr::tr("lives at");
    case EdgeType::RoleInCase:
        return Tr::tr("role in case");
    case EdgeType::VictimOf:
        return Tr::tr("victim in case");
    case EdgeType::CaseIncident:
        return Tr::tr("incident");
    }
    return {};
}

QString chartNodeKey(NodeKind kind, const QString& id) {
    return nodeKindKey(kind) + QLatin1Char(':') + id;
}

QString edgeLabel(const ChartEdge& edge) {
    QString text;
    if (edge.type == EdgeType::Paid && edge.amountMinor > 0) {
        text = amountText(edge.amountMinor, edge.currency);
    } else if (edge.type == EdgeType::Family && !edge.relation.isEmpty()) {
        const QString r = edge.relation.toUpper();
        text = r == QLatin1String("SO")   ? Tr::tr("s/o")
               : r == QLatin1String("DO") ? Tr::tr("d/o")
               : r == QLatin1String("WO") ? Tr::tr("w/o")
                                          : edge.relation;
    } else {
        text = edgeTypeName(edge.type);
    }
    if (edge.from.isValid()) {
        text += QStringLiteral(" · ") + displayDate(edge.from);
    }
    return text;
}

int ChartData::addNode(const ChartNode& node) {
    const auto found = m_index.constFind(node.key);
    if (found != m_index.constEnd()) {
        return *found;
    }
    const int index = int(nodes.size());
    nodes.push_back(node);
    m_index.insert(node.key, index);
    return index;
}

bool ChartData::addEdge(const ChartEdge& edge) {
    const int a = edge.directed ? edge.source : std::min(edge.source, edge.target);
    const int b = edge.directed ? edge.target : std::max(edge.source, edge.target);
    const QString key = QStringLiteral("%1|%2|%3|%4").arg(edgeTypeKey(edge.type)).arg(a).arg(b).arg(edge.recordId);
    if (edge.source == edge.target || m_edgeKeys.contains(key)) {
        return false;
    }
    m_edgeKeys.insert(key);
    edges.push_back(edge);
    return true;
}

std::vector<std::vector<int>> ChartData::adjacency() const {
    std::vector<std::vector<int>> adj(nodes.size());
    for (const ChartEdge& e : edges) {
        adj[std::size_t(e.source)].push_back(e.target);
        adj[std::size_t(e.target)].push_back(e.source);
    }
    return adj;
}

ChartData ChartData::filtered(const std::function<bool(int)>& keep) const {
    ChartData out;
    std::vector<int> map(nodes.size(), -1);
    for (int i = 0; i < int(nodes.size()); ++i) {
        if (keep(i)) {
            map[std::size_t(i)] = out.addNode(nodes[std::size_t(i)]);
        }
    }
    for (ChartEdge e : edges) {
        const int s = map[std::size_t(e.source)];
        const int t = map[std::size_t(e.target)];
        if (s >= 0 && t >= 0) {
            e.source = s;
            e.target = t;
            out.addEdge(e);
        }
    }
    return out;
}

void ChartData::clear() {
    nodes.clear();
    edges.clear();
    m_index.clear();
    m_edgeKeys.clear();
}

} // namespace caselink
