#include "analysis/arreststatistics.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include "analysis/statisticslabels.h"
#include "domain/caserecord.h"

namespace caselink {
namespace {

using namespace stats;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

const QString kArrestBase =
    QStringLiteral("SELECT a.id AS id, a.case_id AS case_id, a.arrested_at AS at, %1 AS r, a.category AS k, 1 AS v, "
                   "a.category AS d FROM arrests a JOIN cases c ON c.id = a.case_id WHERE %2 AND %3 AND %4 AND %5");

QString arrestSql(const FilterSql& f, const QString& rowExpression) {
    return kArrestBase.arg(rowExpression, f.caseConditions, f.dateRange(QStringLiteral("a.arrested_at")),
                           f.unitCondition(QStringLiteral("a.arresting_office_id")),
                           f.categoryCondition(QStringLiteral("a.category")));
}

// The arrests base query, from stat_arrests when f.summary (summaryRow over alias s) or from arrests (rawRow).
Spec arrestSpec(const FilterSql& f, const QString& summaryRow, const QString& rawRow, const QString& column = {}) {
    if (!f.summary) {
        return {arrestSql(f, rawRow), Spec::Aggregate::Count, column, {}};
    }
    // The scope's own fragment over the summary's office column: the same office test as on the cases.
    return {QStringLiteral("SELECT NULL AS id, NULL AS case_id, NULL AS at, %1 AS r, s.category AS k, s.n AS v, "
                           "NULL AS d FROM stat_arrests s WHERE %2 AND %3 AND %4 AND %5")
                .arg(summaryRow, f.summaryScope, f.monthRange(QStringLiteral("s.month")),
                     f.unitCondition(QStringLiteral("s.arresting_office_id")),
                     f.categoryCondition(QStringLiteral("s.category"))),
            Spec::Aggregate::Sum,
            column,
            {}};
}

QStringList categoryKeys() {
    return {QStringLiteral("GENERAL"), QStringLiteral("PROCLAIMED_OFFENDER"), QStringLiteral("COURT_ABSCONDER"),
            QStringLiteral("MOST_WANTED")};
}

QStringList categoryLabels() {
    QStringList out;
    for (const QString& k : categoryKeys()) {
        out << arrestCategoryDisplayName(*arrestCategoryFromKey(k));
    }
    return out;
}

// Every month from the first to the last seen, so gaps show as zero bars rather than vanish.
QStringList monthsBetween(const QStringList& seen) {
    if (seen.isEmpty()) {
        return {};
    }
    QDate d = QDate::fromString(seen.first() + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = QDate::fromString(seen.last() + QStringLiteral("-01"), Qt::ISODate);
    QStringList out;
    while (d.isValid() && d <= last && out.size() < 1200) {
        out << d.toString(QStringLiteral("yyyy-MM"));
        d = d.addMonths(1);
    }
    return out;
}

QString unitType(const QString& id) {
    return id == u"arrests_zone" ? QStringLiteral("ZONE") : QStringLiteral("CIRCLE");
}

} // namespace

QStringList ArrestStatistics::tableIds() {
    return {QStringLiteral("arrests_month"), QStringLiteral("arrests_zone"), QStringLiteral("arrests_circle"),
            QStringLiteral("arrests_yoy"), QStringLiteral("red_book")};
}

// Arrests count under the arresting office, not the case's: only the Red Book reads the case filter's unit.
FilterSql ArrestStatistics::filterSql(const QString& id, const StatisticsFilter& filter) {
    return m_engine.filterSql(filter, id == u"red_book");
}

Result<StatTable> ArrestStatistics::table(const QString& id, const StatisticsFilter& filter) {
    const FilterSql f = filterSql(id, filter);
    if (id == u"arrests_month") {
        return monthTable(f);
    }
    if (id == u"arrests_zone" || id == u"arrests_circle") {
        return unitTable(id, f);
    }
    if (id == u"arrests_yoy") {
        return yearOnYearTable(filter, f);
    }
    if (id == u"red_book") {
        return redBookTable(filter, f);
    }
    return unknownTable(id);
}

Result<StatTable> ArrestStatistics::monthTable(const FilterSql& f) {
    StatTable t;
    t.id = QStringLiteral("arrests_month");
    t.title = Tr::tr("Arrests per month by category");
    t.counted = Tr::tr("Arrests made in the month, by the category the arrest was recorded under.");
    t.recordKind = QStringLiteral("arrest");
    auto raw =
        m_engine.aggregate(arrestSpec(f, QStringLiteral("s.month"), QStringLiteral("substr(a.arrested_at, 1, 7)")), f);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    t.rowKeys = monthsBetween(rowKeysOf(*raw));
    for (const QString& k : t.rowKeys) {
        t.rowLabels << statlabels::month(k);
    }
    t.columnKeys = categoryKeys();
    t.columnLabels = categoryLabels();
    fill(t, *raw);
    return t;
}

Result<StatTable> ArrestStatistics::unitTable(const QString& id, const FilterSql& f) {
    const bool zone = id == u"arrests_zone";
    StatTable t;
    t.id = id;
    t.title = zone ? Tr::tr("Arrests by zone") : Tr::tr("Arrests by circle");
    t.note = Tr::tr("Counted by the arresting unit.");
    t.counted = zone ? Tr::tr("Arrests made by the zone's circles and posts, by category.")
                     : Tr::tr("Arrests made by the circle, by category.");
    t.recordKind = QStringLiteral("arrest");
    Spec spec = arrestSpec(f, QStringLiteral("s.arresting_office_id"), QStringLiteral("a.arresting_office_id"));
    spec.rowOf = [&engine = m_engine, type = unitType(id)](const QString& office) {
        return engine.rollUp(office, type);
    };
    auto raw = m_engine.aggregate(spec, f);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    t.rowKeys = rowKeysOf(*raw);
    for (const QString& k : t.rowKeys) {
        t.rowLabels << m_engine.unitLabel(k); // whole names: the chart lays them out unelided, full width
    }
    t.columnKeys = categoryKeys();
    t.columnLabels = categoryLabels();
    fill(t, *raw);
    sortRowsByTotal(t);
    return t;
}

Result<StatTable> ArrestStatistics::yearOnYearTable(const StatisticsFilter& filter, const FilterSql& f) {
    const QDate until =
        filter.to.isValid() ? filter.to : QDate::fromString(m_engine.context().now().left(10), Qt::ISODate);
    const int lastFullYear = until.month() == 12 && until.day() == 31 ? until.year() : until.year() - 1;
    const int year = filter.compareYear ? filter.compareYear : lastFullYear;
    FilterSql yf = f;
    yf.from = QDate(year - 1, 1, 1).toString(Qt::ISODate);
    yf.toExclusive = QDate(year + 1, 1, 1).toString(Qt::ISODate);
    yf.fromMonth = QStringLiteral("%1-01").arg(year - 1);
    yf.toMonth = QStringLiteral("%1-12").arg(year);
    StatTable t;
    t.id = QStringLiteral("arrests_yoy");
    t.title = Tr::tr("Arrests %1 against %2").arg(year).arg(year - 1);
    t.note = Tr::tr("Change = (%1 - %2) / %2 × 100. No percentage is given where %2 had no arrest (—).")
                 .arg(year)
                 .arg(year - 1);
    t.recordKind = QStringLiteral("arrest");
    t.counted =
        Tr::tr("Arrests made in the month of each year; the change is against the same month of %1.").arg(year - 1);
    const Spec spec =
        arrestSpec(yf, QStringLiteral("s.month"), QStringLiteral("substr(a.arrested_at, 1, 7)"), QStringLiteral("n"));
    auto raw = m_engine.aggregate(spec, yf);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    const QString prev = QString::number(year - 1);
    const QString cur = QString::number(year);
    t.columnKeys = {prev, cur, QStringLiteral("change_pct")};
    t.columnLabels = {prev, cur, Tr::tr("Change %")};
    for (int m = 1; m <= 12; ++m) {
        t.rowKeys << QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0'));
        t.rowLabels << QLocale().standaloneMonthName(m, QLocale::ShortFormat);
    }
    t.rowKeys << QStringLiteral("total");
    t.rowLabels << Tr::tr("Year");
    t.cells.assign(13, std::vector<StatCell>(3));
    for (const Raw& x : *raw) {
        const int m = x.row.mid(5, 2).toInt();
        const int c = x.row.left(4) == prev ? 0 : 1;
        if (m >= 1 && m <= 12) {
            t.cells[static_cast<std::size_t>(m - 1)][static_cast<std::size_t>(c)].value += x.value;
            t.cells[12][static_cast<std::size_t>(c)].value += x.value;
        }
    }
    for (auto& row : t.cells) {
        const auto pct = StatisticsQuery::percentChange(row[0].value, row[1].value);
        row[2] = pct ? StatCell{*pct, StatCell::State::Value} : StatCell{0, StatCell::State::Undefined};
    }
    return t;
}

Result<StatTable> ArrestStatistics::redBookTable(const StatisticsFilter& filter, const FilterSql& f) {
    int edition = 0;
    int year = 0;
    auto editionId = m_engine.latestRedBookEdition(&edition, &year);
    if (!editionId) {
        return std::unexpected(editionId.error());
    }
    StatTable t;
    t.id = QStringLiteral("red_book");
    t.title = editionId->isEmpty() ? Tr::tr("Red Book progress by zone")
                                   : Tr::tr("Red Book edition %1 (%2): progress by zone").arg(edition).arg(year);
    t.note = Tr::tr("Status of each most-wanted entry of the latest edition; dates do not apply.");
    t.recordKind = QStringLiteral("red_book_entry");
    t.counted = Tr::tr("Most-wanted persons of the edition listed for the zone, by their status now.");
    // Red Book entries are national: everyone but prosecutor-readers sees them (as RedBookRepository does).
    const Scope& scope = m_engine.context().scope();
    QString visible = QStringLiteral("1");
    if (scope.role() == Role::ProsecutorReader) {
        visible = QStringLiteral("EXISTS (SELECT 1 FROM case_persons rcp JOIN cases c ON c.id = rcp.case_id "
                                 "WHERE rcp.person_id = e.person_id AND %1)")
                      .arg(scope.caseVisible(QStringLiteral("c")));
    }
    FilterSql rf = f;
    rf.edition = *editionId;
    if (!filter.unitId.isEmpty()) {
        QStringList zones = m_engine.unitAndBelow(filter.unitId) + m_engine.ancestors(filter.unitId);
        rf.unitsJson = QStringLiteral("[\"") + zones.join(QLatin1String("\",\"")) + QStringLiteral("\"]");
    }
    const Spec spec{QStringLiteral("SELECT e.id AS id, '' AS case_id, coalesce(e.status_on, '') AS at, e.zone_id AS "
                                   "r, e.status AS k, 1 AS v, e.person_id AS d FROM red_book_entries e WHERE "
                                   "e.edition_id = :edition AND %1 AND %2")
                        .arg(visible, rf.unitCondition(QStringLiteral("e.zone_id"))),
                    Spec::Aggregate::Count,
                    {},
                    {}};
    auto raw = m_engine.aggregate(spec, rf);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    t.rowKeys = rowKeysOf(*raw);
    for (const QString& k : t.rowKeys) {
        t.rowLabels << m_engine.unitLabel(k);
    }
    t.columnKeys = {QStringLiteral("WANTED"), QStringLiteral("ARRESTED"), QStringLiteral("ABROAD")};
    t.columnLabels = {Tr::tr("Wanted"), Tr::tr("Arrested"), Tr::tr("Abroad")};
    fill(t, *raw);
    sortRowsByTotal(t);
    return t;
}

Result<std::vector<DrillRecord>> ArrestStatistics::drillDown(const QString& id, const StatisticsFilter& filter,
                                                             const StatTable& table, const QString& rowKey,
                                                             const QString& columnKey) {
    FilterSql f = filterSql(id, filter);
    const QString& kind = table.recordKind;
    if (id == u"arrests_month") {
        return m_engine.drill({arrestSql(f, QStringLiteral("substr(a.arrested_at, 1, 7)")), {}, {}, {}}, f, kind,
                              rowKey, columnKey);
    }
    if (id == u"arrests_zone" || id == u"arrests_circle") {
        return m_engine.drill({arrestSql(f, QStringLiteral("a.arresting_office_id")),
                               {},
                               {},
                               [&engine = m_engine, type = unitType(id)](const QString& office) {
                                   return engine.rollUp(office, type);
                               }},
                              f, kind, rowKey, columnKey);
    }
    if (id == u"arrests_yoy") {
        if (columnKey == u"change_pct") {
            return fail(ErrorCode::Usage, Tr::tr("Choose one of the two years to list its arrests."));
        }
        const int year = columnKey == table.columnKeys.value(0) ? table.columnKeys.value(0).toInt()
                                                                : table.columnKeys.value(1).toInt();
        const int month = rowKey.toInt();
        f.from = QDate(year, month ? month : 1, 1).toString(Qt::ISODate);
        f.toExclusive = (month ? QDate(year, month, 1).addMonths(1) : QDate(year + 1, 1, 1)).toString(Qt::ISODate);
        return m_engine.drill({arrestSql(f, QStringLiteral("'all'")), {}, QStringLiteral("all"), {}}, f, kind,
                              QStringLiteral("all"), columnKey);
    }
    if (id == u"red_book") {
        return fail(ErrorCode::Usage, Tr::tr("Open the Red Book to see its entries."));
    }
    return unknownTable(id);
}

} // namespace caselink
