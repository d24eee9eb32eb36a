// The aggregates supervisors report (DOMAIN.md "Statistics supervisors report"), computed in SQL within the signed-in
// user's scope. The dashboard, the CLI and the exports all use this one query object, so their numbers agree.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include "repo/repositorycontext.h"
#include "security/users.h"
#include "util/result.h"

namespace caselink {

// What a supervisor narrows the statistics to. Every field is optional; empty means "all within scope".
struct StatisticsFilter {
    QDate from;        // inclusive; invalid = open
    QDate to;          // inclusive; invalid = open
    QString unitId;    // a region, zone or circle: that unit and every unit below it
    QString offenceId; // ref_offences id: cases charged with it
    QString category;  // arrest category key (GENERAL, PROCLAIMED_OFFENDER, COURT_ABSCONDER, MOST_WANTED)
    // Year-on-year: this year against the one before; 0 = the last full year up to `to` (else up to today), so a
    // year still running is never compared by default (its months to come would all read -100 %).
    int compareYear = 0;
};

struct StatCell {
    enum class State { Value, Undefined, Suppressed };
    double value = 0;
    State state = State::Value;
};

// One aggregate as a table: the chart plots it, the exports write it, the drill-down names a cell by its keys.
struct StatTable {
    QString id;
    QString title;
    QString note;       // the definition printed with the chart (conviction rate, suppression, ...)
    QString counted;    // what one unit of a value is, for tooltips ("Arrests recorded in the month ...")
    QString recordKind; // what a drill-down returns: "arrest", "case", "payment", "asset", "person"
    bool drillable = true;
    QStringList rowKeys;
    QStringList rowLabels;
    QStringList columnKeys;
    QStringList columnLabels;
    std::vector<std::vector<StatCell>> cells; // [row][column]

    int rowOf(const QString& key) const { return static_cast<int>(rowKeys.indexOf(key)); }
    int columnOf(const QString& key) const { return static_cast<int>(columnKeys.indexOf(key)); }
    // The value of a cell, 0 for unknown keys, undefined or suppressed cells.
    double value(const QString& row, const QString& column) const;
    const StatCell* cell(const QString& row, const QString& column) const;
    // Display text of a cell: numbers in the C locale, "—" undefined, "<5" suppressed.
    QString text(int row, int column) const;
};

// One record behind a cell.
struct DrillRecord {
    QString kind; // as StatTable::recordKind
    QString id;
    QString caseId;
    QString at;        // ISO date or date-time of the record
    QString detail;    // category, status, action... (keys, never names)
    QString caseLabel; // the case's FIR number, else its enquiry number
    // Who or what the record is, as lists show it: the arrested person, the payer and payee, the asset, the case's
    // title (a protected person by the pseudonym); never an identifier.
    QString name;
};

class StatisticsQuery {
public:
    explicit StatisticsQuery(RepositoryContext& context);
    ~StatisticsQuery();

    // The aggregates, in dashboard order.
    static QStringList tableIds();
    // Cells below this count (and above zero) are shown as "<5" in victim tables unless the user holds the victim
    // grant: a district with one recorded victim would otherwise point at that person.
    static constexpr int kSmallCell = 5;

    Result<StatTable> table(const QString& id, const StatisticsFilter& filter);
    Result<std::vector<StatTable>> all(const StatisticsFilter& filter);
    // The records behind one cell of table id under the same filter. Refused for suppressed cells.
    Result<std::vector<DrillRecord>> drillDown(const QString& id, const StatisticsFilter& filter, const QString& rowKey,
                                               const QString& columnKey);

    // Percentage change from previous to current: undefined (nullopt) when previous is zero, since no finite
    // percentage describes growth from nothing; the tables show it as "—" and the counts stay visible beside it.
    static std::optional<double> percentChange(double previous, double current);
    // Convictions / decided cases (convicted + acquitted) as a percentage; undefined with no decided case.
    static std::optional<double> convictionRate(double convictions, double decided);

    // Whether whole-month filters may read the summary tables of migration 0008 (the default); tests turn it off to
    // compare with the base tables.
    void setUseSummaries(bool use);

    // The organisation tree, for filters and labels.
    const std::vector<OrgUnit>& units();
    Status validate(const StatisticsFilter& filter);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caselink
