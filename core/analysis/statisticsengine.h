// What every statistics report family shares: the organisation tree and its roll-up, a filter as SQL, whether the
// monthly summary tables may answer, and the aggregate and drill-down over one base query (stats::Spec).
#pragma once

#include <functional>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

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

QString caseDate(); // SQL: the date a case is counted under

// The cells of t from raw counts, by row and column key; keys outside the table are dropped.
void fill(StatTable& t, const std::vector<Raw>& raw);
// The distinct row keys of raw, sorted.
QStringList rowKeysOf(const std::vector<Raw>& raw);
// Rows by descending total, ties in their order.
void sortRowsByTotal(StatTable& t);
// The error of a table id no family knows.
std::unexpected<Error> unknownTable(const QString& id);

} // namespace caselink::stats

namespace caselink {

class StatisticsEngine {
public:
    explicit StatisticsEngine(RepositoryContext& context)
        : m_context(context) {}

    RepositoryContext& context() const { return m_context; }
    void setUseSummaries(bool use) { m_useSummaries = use; }

    const std::vector<OrgUnit>& units();
    const OrgUnit* unit(const QString& id);
    QStringList unitAndBelow(const QString& id);
    QStringList ancestors(const QString& id); // the unit and every unit above it
    // The unit of that type at or above office (a circle's zone); the office itself when none is.
    QString rollUp(const QString& officeId, const QString& type);
    QString unitLabel(const QString& id);
    // Reference names in the interface language: an EU route code's, a country's (ISO 3166 alpha-2); "Not recorded"
    // for an empty or UNKNOWN key, the key itself when the reference table has no such entry.
    QString routeLabel(const QString& code);
    QString countryLabel(const QString& iso2);

    // unitsOnCase: whether the filter unit applies to the case's office (else the family tests its own office column).
    stats::FilterSql filterSql(const StatisticsFilter& filter, bool unitsOnCase);
    // Whether the user's scope holds every unit of the organisation (HQ): national summaries answer then.
    bool seesEveryOffice();

    Result<std::vector<stats::Raw>> aggregate(const stats::Spec& spec, const stats::FilterSql& f);
    Result<std::vector<DrillRecord>> drill(const stats::Spec& spec, const stats::FilterSql& f, const QString& kind,
                                           const QString& rowKey, const QString& columnKey);
    // A summary query yielding (row key, column key, count) rows; column, when set, replaces the column key.
    Result<std::vector<stats::Raw>> summaryCounts(const QString& sql, const stats::FilterSql& f,
                                                  const QString& column = {});
    // The id of the latest edition, empty without any; number and year are set when there is one.
    Result<QString> latestRedBookEdition(int* number, int* year);

private:
    bool summariesAvailable();
    // code -> name in the interface language, read once from a reference table (SELECT code, name).
    QString referenceLabel(QHash<QString, QString>& cache, const QString& sql, const QString& key, bool route);

    RepositoryContext& m_context;
    std::vector<OrgUnit> m_units;
    QHash<QString, QString> m_routeNames;
    QHash<QString, QString> m_countryNames;
    bool m_unitsLoaded = false;
    int m_summaries = -1; // whether the database has the summary tables: unknown, 0 or 1
    bool m_useSummaries = true;
};

} // namespace caselink
