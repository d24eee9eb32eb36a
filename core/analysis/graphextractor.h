// GraphExtractor: builds a relationship chart (graph.h) from seed records, hop by hop, through the user's scope.
#pragma once

#include <QDate>
#include <QSet>
#include <QStringList>

#include "analysis/graph.h"
#include "util/result.h"

namespace caselink {

class RepositoryContext;

struct ExtractOptions {
    NodeKind seedKind = NodeKind::Person;
    QStringList seedIds;  // record ids; for phones the E.164 number, for documents the number
    int depth = 2;        // hops from the seeds
    QSet<EdgeType> types; // empty: every type
    QDate from;           // date window: relations that overlap it (undated relations are kept)
    QDate to;
    int maxNodes = 20000;     // extraction stops adding nodes past this (the chart says so)
    bool closeLastHop = true; // also the edges among the nodes of the last hop
};

// Bounded breadth-first extraction, one set of SQL queries per hop over the whole frontier. Every query applies
// the user's Scope exactly as the repositories do: cases through caseVisible, persons through personVisible,
// organisations through organisationVisible. A person whose identity is protected (Scope::personProtected: a victim,
// witness or family member, for a user without the victims grant) appears as a node labelled with the person's
// pseudonym (recordtext::Pseudonyms) and "Victim" (or "Witness", ...) as its detail, with no name, and no phone,
// document or address of theirs is read or followed. A phone,
// document number or address shared by more than 50 records is a hub: shown, but not followed.
class GraphExtractor {
public:
    explicit GraphExtractor(RepositoryContext& context)
        : m_context(context) {}

    Result<ChartData> extract(const ExtractOptions& options);
    // Adds the neighbours of one node (one hop, with the options' types and window) to chart.
    Result<int> expand(ChartData& chart, int node, const ExtractOptions& options);
    bool truncated() const { return m_truncated; }

private:
    RepositoryContext& m_context;
    bool m_truncated = false;
};

} // namespace caselink
