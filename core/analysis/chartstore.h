// Named charts saved in the database (migration 0005): seeds, extraction options, the nodes the user expanded and
// the position and pin of every node. Opening re-extracts through the scope and puts nodes back where they were.
// Saving and deleting are audited writes; the list shows the charts of the user's offices (and, for a chart of
// one case, only when the case is visible).
#pragma once

#include <vector>

#include "analysis/graph.h"
#include "analysis/graphextractor.h"

namespace caselink {

class RepositoryContext;

struct ChartPlacement {
    QString key;
    QPointF pos;
    bool pinned = false;
};

struct SavedChart {
    QString id;
    QString name;
    QString caseId; // empty: not tied to one case
    ExtractOptions options;
    QStringList expanded; // node keys expanded after extraction, in order
    std::vector<ChartPlacement> placements;
    QString updatedAt;
};

class ChartStore {
public:
    explicit ChartStore(RepositoryContext& context)
        : m_context(context) {}

    // Saves under name (replacing a chart of that name in the user's office); returns the chart id.
    Result<QString> save(const QString& name, const QString& caseId, const ExtractOptions& options,
                         const QStringList& expanded, const ChartData& chart);
    // Saved charts the user may open, newest first (placements not loaded).
    Result<std::vector<SavedChart>> list();
    Result<SavedChart> load(const QString& id);
    Status remove(const QString& id);

    // Opens a saved chart: extraction with its options, the expansions, then the saved positions and pins.
    Result<ChartData> open(const SavedChart& saved);
    static void applyPlacements(ChartData& chart, const std::vector<ChartPlacement>& placements);

private:
    QString visible(const QString& alias) const;
    RepositoryContext& m_context;
};

} // namespace caselink
