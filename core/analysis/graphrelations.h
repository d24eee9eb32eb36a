// The relations graph extraction follows from a frontier of nodes: links, case roles, payments and memberships
// between persons, organisations and cases, and the phones, documents, addresses and incidents they share.
#pragma once

#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "analysis/graph.h"
#include "util/result.h"

namespace caselink {

class GraphQuery;

// The record ids of one hop's nodes, by kind.
using GraphFrontier = QHash<NodeKind, QStringList>;

// One relation found from the frontier, before the far end is known to be visible.
struct GraphRelation {
    NodeKind fromKind;
    QString fromId;
    NodeKind toKind;
    QString toId;
    ChartEdge edge;          // source/target filled later
    bool identifier = false; // a phone, document or address edge: dropped for protected persons
    QString toLabel;         // label of an identifier node (number, address)
};

// Appends to out every relation of the wanted types that touches the frontier, in a fixed order (links, case roles,
// payments, memberships, identifiers, incidents). Identifiers are read only for openPersons, the frontier's persons
// whose identity is not protected.
Status collectGraphRelations(GraphQuery& query, const GraphFrontier& frontier, const QStringList& openPersons,
                             std::vector<GraphRelation>& out);

} // namespace caselink
