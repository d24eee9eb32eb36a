// The arrest reports: arrests per month by category, by zone and by circle, one year against the one before, and the
// progress of the latest Red Book (most wanted) edition by zone; each with the drill-down to its arrests.
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "analysis/statistics.h"
#include "analysis/statisticsengine.h"

namespace caselink {

class ArrestStatistics {
public:
    explicit ArrestStatistics(StatisticsEngine& engine)
        : m_engine(engine) {}

    static QStringList tableIds();
    Result<StatTable> table(const QString& id, const StatisticsFilter& filter);
    // The records behind one cell of table, which table() built for id under the same filter.
    Result<std::vector<DrillRecord>> drillDown(const QString& id, const StatisticsFilter& filter,
                                               const StatTable& table, const QString& rowKey, const QString& columnKey);

private:
    stats::FilterSql filterSql(const QString& id, const StatisticsFilter& filter);
    Result<StatTable> monthTable(const stats::FilterSql& f);
    Result<StatTable> unitTable(const QString& id, const stats::FilterSql& f);
    Result<StatTable> yearOnYearTable(const StatisticsFilter& filter, const stats::FilterSql& f);
    Result<StatTable> redBookTable(const StatisticsFilter& filter, const stats::FilterSql& f);

    StatisticsEngine& m_engine;
};

} // namespace caselink
