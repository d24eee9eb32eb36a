// Internals shared by the statistics engine and its table definitions.
#pragma once

#include <array>
#include <functional>
#include <optional>

#include "analysis/statistics.h"
#include "storage/database.h"

namespace caselink::stats {

// A base query yields one row per counted record with the columns id, case_id, at, r, k, v, d: the record, its case,
// its date, the raw row and column keys of the table, the value summed or averaged, and a drill-down detail key.
// The aggregate and the drill-down are both built over it, so a cell and the records behind it never disagree.
struct Spec {
    enum class Aggregate { Count, CountDistinct, Sum, Median };
    QString sql;
    Aggregate aggregate = Aggregate::Count;
    QString column;                               // when set, every row of this spec goes to this column key
    std::function<QString(const QString&)> rowOf; // raw row key -> table row key (org roll-up); identity if empty
};

// The SQL conditions and parameters a filter becomes, over the cases alias "c".
struct FilterSql {
    QString caseConditions; // scope, office unit (when on the case), offence
    QString unitsJson;      // the filter unit and everything below it, as a JSON array; empty without a unit
    QString from;           // ISO date or empty
    QString toExclusive;    // ISO date of the day after `to`, or empty
    QString category;
    QString offence;
    QString today; // the session clock's date, for legal clocks
    // Set when the monthly summary tables (migrations 0008 and 0009) give the same answer as the base tables: whole
    // months, no offence filter, a scope by office. fromMonth/toMonth are 'YYYY-MM' or empty.
    bool summary = false;
    QString summaryScope; // the scope's office test over the summary alias "s"
    QString fromMonth;
    QString toMonth;
    QString monthRange(const QString& expression) const;
    // Scope, unit and month range over a summary table aliased "s", skipping cells that fell to zero.
    QString summaryWhere() const;
    QString edition; // the Red Book edition shown

    // ">= :from AND < :to_excl" on an ISO date or date-time expression; "1" without dates.
    QString dateRange(const QString& expression) const;
    QString unitCondition(const QString& officeExpression) const;
    QString categoryCondition(const QString& categoryExpression) const;
    void bind(Statement& statement) const;
};

struct Raw {
    QString row;
    QString column;
    double value = 0;
};

QString arrestSql(const FilterSql& f, const QString& rowExpression);
// The arrests base query, from stat_arrests when f.summary (rowExpression over alias s) or from arrests.
Spec arrestSpec(const FilterSql& f, const QString& summaryRow, const QString& rawRow, const QString& column = {});
QString victimSql(const FilterSql& f, const QString& rowExpression);
QString victimRow(const QString& tableId); // empty for an unknown table
QString victimTitle(const QString& tableId);
QString caseDate();     // SQL: the date a case is counted under
QString accusedRoles(); // SQL list of the accused roles
QStringList categoryKeys();
QStringList categoryLabels();

} // namespace caselink::stats

namespace caselink {

struct StatisticsQuery::Private {
    RepositoryContext& context;
    std::vector<OrgUnit> units;
    bool unitsLoaded = false;
    int summaries = -1; // whether the database has the summary tables: unknown, 0 or 1
    bool useSummaries = true;
    struct VictimCell {
        std::array<QString, 4> keys; // district, sex, age band, outcome
        double n = 0;
    };
    std::vector<VictimCell> victimCube;
    QString victimCubeKey;

    explicit Private(RepositoryContext& c)
        : context(c) {}

    const OrgUnit* unit(const QString& id);
    QStringList unitAndBelow(const QString& id);
    QStringList ancestors(const QString& id); // the unit and every unit above it
    // The unit of that type at or above office (a circle's zone); the office itself when none is.
    QString rollUp(const QString& officeId, const QString& type);
    QString unitLabel(const QString& id);

    stats::FilterSql filterSql(const StatisticsFilter& filter, bool unitsOnCase);
    bool summariesAvailable();
    // Whether the user's scope holds every unit of the organisation (HQ): national summaries answer then.
    bool seesEveryOffice();
    Result<std::vector<stats::Raw>> aggregate(const stats::Spec& spec, const stats::FilterSql& f);
    Result<std::vector<DrillRecord>> drill(const stats::Spec& spec, const stats::FilterSql& f, const QString& kind,
                                           const QString& rowKey, const QString& columnKey);
    Result<QString> latestRedBookEdition(int* number, int* year);

    // The table definitions (statisticstables.cpp, statisticscases.cpp).
    Result<StatTable> build(const QString& id, const StatisticsFilter& filter);
    Result<StatTable> pipelineTable(const stats::FilterSql& f);
    Result<StatTable> challanTable(const stats::FilterSql& f);
    Result<StatTable> moneyTable(const QString& id, const stats::FilterSql& f);
    Result<std::vector<stats::Raw>> victimCounts(const QString& id, const stats::FilterSql& f);
    Result<std::vector<stats::Raw>> summaryCounts(const QString& sql, const stats::FilterSql& f,
                                                  const QString& column = {});
    Result<StatTable> feesTable(const stats::FilterSql& f, StatTable table);
    Result<std::vector<DrillRecord>> drillDown(const QString& id, const StatisticsFilter& filter, const QString& rowKey,
                                               const QString& columnKey);
};

} // namespace caselink
