// The case pipeline reports: cases through enquiry, FIR, challan and verdict with the conviction rate, and the
// timeliness of interim challans against the FIR; each with the drill-down to its cases.
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "analysis/statistics.h"
#include "analysis/statisticsengine.h"

namespace caselink {

class PipelineStatistics {
public:
    explicit PipelineStatistics(StatisticsEngine& engine)
        : m_engine(engine) {}

    static QStringList tableIds();
    Result<StatTable> table(const QString& id, const StatisticsFilter& filter);
    // The records behind one cell of table, which table() built for id under the same filter.
    Result<std::vector<DrillRecord>> drillDown(const QString& id, const StatisticsFilter& filter,
                                               const StatTable& table, const QString& rowKey, const QString& columnKey);

private:
    Result<StatTable> pipelineTable(const stats::FilterSql& f);
    Result<StatTable> challanTable(const stats::FilterSql& f);

    StatisticsEngine& m_engine;
};

} // namespace caselink
