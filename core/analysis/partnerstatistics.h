// The partner-exchange report: accused persons by nationality and EU route code, counts only and no names, as shared
// with partner agencies; with the drill-down to the cases behind a count.
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "analysis/statistics.h"
#include "analysis/statisticsengine.h"

namespace caselink {

class PartnerStatistics {
public:
    explicit PartnerStatistics(StatisticsEngine& engine)
        : m_engine(engine) {}

    static QStringList tableIds();
    Result<StatTable> table(const QString& id, const StatisticsFilter& filter);
    // The records behind one cell of table, which table() built for id under the same filter.
    Result<std::vector<DrillRecord>> drillDown(const QString& id, const StatisticsFilter& filter,
                                               const StatTable& table, const QString& rowKey, const QString& columnKey);

private:
    StatisticsEngine& m_engine;
};

} // namespace caselink
