// GraphQuery: one SQL query of graph extraction over a whole frontier, with the ids bound as one JSON array (:ids)
// and the extraction's date window as :wfrom / :wto, prepared through the user's scope.
#pragma once

#include <functional>

#include <QString>
#include <QStringList>

#include "analysis/graphextractor.h"
#include "storage/database.h"
#include "util/result.h"

namespace caselink {

class RepositoryContext;
class Scope;

class GraphQuery {
public:
    GraphQuery(RepositoryContext& context, const ExtractOptions& options)
        : m_context(context)
        , m_options(options) {}

    const Scope& scope() const;
    const ExtractOptions& options() const { return m_options; }
    // Whether the options ask for this edge type (no types: every type).
    bool wants(EdgeType type) const { return m_options.types.isEmpty() || m_options.types.contains(type); }
    // SQL: overlap of [a, b] with the window; NULL window ends and NULL dates pass.
    static QString overlaps(const QString& a, const QString& b);

    // Runs sql with :ids bound to ids, calling each for every row; nothing runs when ids is empty.
    Status run(const QString& sql, const QStringList& ids, const std::function<void(Statement&)>& each);

private:
    RepositoryContext& m_context;
    ExtractOptions m_options;
};

} // namespace caselink
