// The money reports: smuggling fees paid by route (count and median in PKR) and assets seized, frozen or attached
// (count and value); each with the drill-down to its payments or assets.
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "analysis/statistics.h"
#include "analysis/statisticsengine.h"

namespace caselink {

class MoneyStatistics {
public:
    explicit MoneyStatistics(StatisticsEngine& engine)
        : m_engine(engine) {}

    static QStringList tableIds();
    Result<StatTable> table(const QString& id, const StatisticsFilter& filter);
    // The records behind one cell of table, which table() built for id under the same filter.
    Result<std::vector<DrillRecord>> drillDown(const QString& id, const StatisticsFilter& filter,
                                               const StatTable& table, const QString& rowKey, const QString& columnKey);

private:
    Result<StatTable> feesTable(const stats::FilterSql& f);
    Result<std::vector<stats::Raw>> summaryFees(const stats::FilterSql& f);
    Result<StatTable> assetsTable(const stats::FilterSql& f);

    StatisticsEngine& m_engine;
};

} // namespace caselink
