// The victim reports: smuggled migrants and trafficking victims by home district, sex, age band and outcome, with
// small counts suppressed for users without the victims grant; each with the drill-down to its cases.
#pragma once

#include <array>
#include <vector>

#include <QString>
#include <QStringList>

#include "analysis/statistics.h"
#include "analysis/statisticsengine.h"

namespace caselink {

class VictimStatistics {
public:
    explicit VictimStatistics(StatisticsEngine& engine)
        : m_engine(engine) {}

    static QStringList tableIds();
    Result<StatTable> table(const QString& id, const StatisticsFilter& filter);
    // The records behind one cell of table, which table() built for id under the same filter.
    Result<std::vector<DrillRecord>> drillDown(const QString& id, const StatisticsFilter& filter,
                                               const StatTable& table, const QString& rowKey, const QString& columnKey);
    // Reads the victims afresh for the next table; until then the four tables share one count under one filter.
    void forgetCounts() { m_cubeKey.clear(); }

private:
    Result<std::vector<stats::Raw>> counts(const QString& id, const stats::FilterSql& f);

    struct Cell {
        std::array<QString, 4> keys; // district, sex, age band, outcome
        double n = 0;
    };

    StatisticsEngine& m_engine;
    std::vector<Cell> m_cube;
    QString m_cubeKey; // the query and filter m_cube was counted under; empty when stale
};

} // namespace caselink
