// A relationship chart as plain data: typed nodes (persons by role, organisations, cases, phones, documents,
// addresses, incidents) and typed, dated edges, with positions and pins for layout. GraphExtractor (graphextractor.h)
// builds it from seeds through the user's scope; measures, layouts, painters and exporters all read this one structure.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QDate>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace caselink {

enum class NodeKind { Person, Organisation, Case, Phone, Document, Address, Incident };

enum class EdgeType {
    Recruited,
    SubAgentOf,
    Paid,
    MemberOf,
    Family,
    Associate,
    TravelledWith,
    ArrestedTogether,
    SharesPhone,    // person -> phone node; two persons share a phone through it
    SharesDocument, // person -> document node (passport or case document, keyed by number)
    SharesAddress,  // person -> address node (normalised address key)
    RoleInCase,     // person -> case, accused or other non-victim role
    VictimOf,       // person -> case, victim role
    CaseIncident,   // case -> incident
};

QString nodeKindKey(NodeKind kind); // "person", "organisation", ...
std::optional<NodeKind> nodeKindFromKey(const QString& key);
QString edgeTypeKey(EdgeType type); // "RECRUITED", ...
std::optional<EdgeType> edgeTypeFromKey(const QString& key);
QString nodeKindName(NodeKind kind); // translated
QString edgeTypeName(EdgeType type); // translated
QList<EdgeType> allEdgeTypes();

struct ChartNode {
    QString key; // chartNodeKey(kind, recordId): "<kind>:<id>", unique in a chart
    NodeKind kind = NodeKind::Person;
    QString recordId; // the record's id (person, case, ...) or the phone number / document number / address key
    QString label;    // Latin script (or the only label)
    QString labelUrdu;
    QString role;          // persons: the strongest case role (KINGPIN, AGENT, SUB_AGENT, ..., VICTIM, DECEASED_VICTIM)
    QString detail;        // one line shown in the side panel (FIR number, CNIC kind, organisation kind, ...)
    bool redacted = false; // a protected identity: label is a placeholder, identifiers are not extracted
    int depth = 0;         // hops from the nearest seed
    QPointF pos;
    bool placed = false; // pos holds a layout position
    bool pinned = false;
};

struct ChartEdge {
    int source = 0; // node indexes
    int target = 0;
    EdgeType type = EdgeType::Associate;
    bool directed = false;
    double strength = 1.0; // (0, 1]
    QDate from;            // when the relation started (or the payment date)
    QDate to;
    qint64 amountMinor = 0; // payments
    QString currency;
    QString relation; // family: SO, DO, WO, brother...; case roles: the role key
    QString recordId; // the link, payment or case_person row
};

struct ChartData {
    std::vector<ChartNode> nodes;
    std::vector<ChartEdge> edges;

    int indexOf(const QString& key) const { return m_index.value(key, -1); }
    // Adds the node unless its key is present; returns its index either way.
    int addNode(const ChartNode& node);
    // Adds the edge unless the same type joins the same ends for the same record; returns false for a duplicate.
    bool addEdge(const ChartEdge& edge);
    // Neighbour node indexes of each node (both directions).
    std::vector<std::vector<int>> adjacency() const;
    // Keeps only nodes for which keep(index) is true, and the edges between them.
    ChartData filtered(const std::function<bool(int)>& keep) const;
    void clear();

private:
    QHash<QString, int> m_index;
    QSet<QString> m_edgeKeys;
};

// The key of a node in a chart: "<kind>:<id>", e.g. "person:<uuid>" or "phone:+923001234567".
QString chartNodeKey(NodeKind kind, const QString& id);

QString edgeLabel(const ChartEdge& edge); // "Rs 250,000 · 2023-03-14", "s/o", "sub-agent of" ...

} // namespace caselink
