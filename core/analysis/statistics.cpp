#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include "analysis/statistics_p.h"
#include "domain/caserecord.h"
#include "repo/aggregatesupport.h"
#include "security/session.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

QString jsonArray(const QStringList& values) {
    QJsonArray array;
    for (const QString& v : values) {
        array.append(v);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

namespace stats {

QString FilterSql::dateRange(const QString& e) const {
    QStringList parts;
    if (!from.isEmpty()) {
        parts << QStringLiteral("%1 >= :from").arg(e);
    }
    if (!toExclusive.isEmpty()) {
        parts << QStringLiteral("%1 < :to_excl").arg(e);
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
}

QString FilterSql::monthRange(const QString& e) const {
    QStringList parts;
    if (!fromMonth.isEmpty()) {
        parts << QStringLiteral("%1 >= :from_month").arg(e);
    }
    if (!toMonth.isEmpty()) {
        parts << QStringLiteral("%1 <= :to_month").arg(e);
    }
    if (!parts.isEmpty()) {
        parts << QStringLiteral("%1 <> ''").arg(e); // undated facts (fees) fall outside any range, as in the base
    }
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
}

QString FilterSql::summaryWhere() const {
    return QStringLiteral("%1 AND %2 AND %3 AND s.n > 0")
        .arg(summaryScope, unitCondition(QStringLiteral("s.office_id")), monthRange(QStringLiteral("s.month")));
}

QString FilterSql::unitCondition(const QString& office) const {
    return unitsJson.isEmpty() ? QStringLiteral("1")
                               : QStringLiteral("%1 IN (SELECT value FROM json_each(:units))").arg(office);
}

QString FilterSql::categoryCondition(const QString& e) const {
    return category.isEmpty() ? QStringLiteral("1") : QStringLiteral("%1 = :category").arg(e);
}

void FilterSql::bind(Statement& s) const {
    s.bindNamed(":from", from);
    s.bindNamed(":to_excl", toExclusive);
    s.bindNamed(":units", unitsJson);
    s.bindNamed(":category", category);
    s.bindNamed(":offence", offence);
    s.bindNamed(":today", today);
    s.bindNamed(":edition", edition);
    s.bindNamed(":from_month", fromMonth);
    s.bindNamed(":to_month", toMonth);
}

} // namespace stats

using namespace stats;

double StatTable::value(const QString& row, const QString& column) const {
    const StatCell* c = cell(row, column);
    return c && c->state == StatCell::State::Value ? c->value : 0;
}

const StatCell* StatTable::cell(const QString& row, const QString& column) const {
    const int r = rowOf(row);
    const int c = columnOf(column);
    if (r < 0 || c < 0) {
        return nullptr;
    }
    return &cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
}

QString StatTable::text(int row, int column) const {
    const StatCell& c = cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
    switch (c.state) {
    case StatCell::State::Undefined:
        return QStringLiteral("—");
    case StatCell::State::Suppressed:
        return QStringLiteral("<%1").arg(StatisticsQuery::kSmallCell);
    case StatCell::State::Value:
        break;
    }
    if (c.value == std::floor(c.value) && std::abs(c.value) < 1e15) {
        return QString::number(static_cast<qint64>(c.value));
    }
    return QString::number(c.value, 'f', 1);
}

// --- Private ---

const OrgUnit* StatisticsQuery::Private::unit(const QString& id) {
    if (!unitsLoaded) {
        if (auto list = context.session().orgUnits()) {
            units = std::move(*list);
        }
        unitsLoaded = true;
    }
    for (const OrgUnit& u : units) {
        if (u.id == id) {
            return &u;
        }
    }
    return nullptr;
}

QStringList StatisticsQuery::Private::unitAndBelow(const QString& id) {
    (void)unit(id);
    QStringList out{id};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const OrgUnit& u : units) {
            if (u.parentId == out[i] && !out.contains(u.id)) {
                out << u.id;
            }
        }
    }
    return out;
}

QStringList StatisticsQuery::Private::ancestors(const QString& id) {
    QStringList out;
    for (const OrgUnit* u = unit(id); u && !out.contains(u->id); u = unit(u->parentId)) {
        out << u->id;
    }
    return out;
}

QString StatisticsQuery::Private::rollUp(const QString& officeId, const QString& type) {
    for (const QString& id : ancestors(officeId)) {
        if (unit(id)->type == type) {
            return id;
        }
    }
    return officeId;
}

QString StatisticsQuery::Private::unitLabel(const QString& id) {
    const OrgUnit* u = unit(id);
    if (!u) {
        return id;
    }
    if (QLocale().language() == QLocale::Urdu && !u->nameUr.isEmpty()) {
        return u->nameUr;
    }
    return u->nameEn;
}

FilterSql StatisticsQuery::Private::filterSql(const StatisticsFilter& filter, bool unitsOnCase) {
    FilterSql f;
    if (filter.from.isValid()) {
        f.from = filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        f.toExclusive = filter.to.addDays(1).toString(Qt::ISODate);
    }
    if (!filter.unitId.isEmpty()) {
        f.unitsJson = jsonArray(unitAndBelow(filter.unitId));
    }
    f.category = filter.category;
    f.offence = filter.offenceId;
    f.today = context.now().left(10);
    const bool wholeMonths = (!filter.from.isValid() || filter.from.day() == 1) &&
                             (!filter.to.isValid() || filter.to.day() == filter.to.daysInMonth());
    f.summary = useSummaries && wholeMonths && filter.offenceId.isEmpty() &&
                context.scope().role() != Role::ProsecutorReader && summariesAvailable();
    if (filter.from.isValid()) {
        f.fromMonth = filter.from.toString(QStringLiteral("yyyy-MM"));
    }
    if (filter.to.isValid()) {
        f.toMonth = filter.to.toString(QStringLiteral("yyyy-MM"));
    }
    f.summaryScope = context.scope().caseVisible(QStringLiteral("s"));
    QStringList parts{context.scope().caseVisible(QStringLiteral("c"))};
    if (unitsOnCase) {
        parts << f.unitCondition(QStringLiteral("c.office_id"));
    }
    if (!filter.offenceId.isEmpty()) {
        // An id or a code such as PSMA-6; checked against ref_offences by validate().
        parts << QStringLiteral(
            "EXISTS (SELECT 1 FROM case_offences fo JOIN ref_offences ro ON ro.id = fo.offence_id WHERE fo.case_id = "
            "c.id AND (ro.id = :offence OR ro.code = :offence))");
    }
    f.caseConditions = parts.join(QLatin1String(" AND "));
    return f;
}

bool StatisticsQuery::Private::seesEveryOffice() {
    const Scope& scope = context.scope();
    if (scope.role() == Role::ProsecutorReader) {
        return false;
    }
    const QSet<QString> offices(scope.officeIds().cbegin(), scope.officeIds().cend());
    (void)unit(QString()); // loads the tree
    for (const OrgUnit& u : units) {
        if (!offices.contains(u.id)) {
            return false;
        }
    }
    return true;
}

bool StatisticsQuery::Private::summariesAvailable() {
    if (summaries < 0) {
        auto stmt = context.db().prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('stat_arrests', 'stat_cases', "
                           "'stat_victims', 'stat_fees', 'stat_fees_all', 'stat_challans', 'stat_partner', "
                           "'stat_assets')"));
        summaries = stmt && *stmt->step() && stmt->columnInt(0) == 8 ? 1 : 0;
    }
    return summaries == 1;
}

// A summary query yielding (row key, column key, count) rows; an empty or NULL row key is "UNKNOWN", as in the base.
Result<std::vector<Raw>> StatisticsQuery::Private::summaryCounts(const QString& sql, const FilterSql& f,
                                                                 const QString& column) {
    auto stmt = prepareScoped(context, sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    f.bind(*stmt);
    std::vector<Raw> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        const QString r = s.columnText(0);
        out.push_back({r.isEmpty() ? QStringLiteral("UNKNOWN") : r, column.isEmpty() ? s.columnText(1) : column,
                       static_cast<double>(s.columnInt(2))});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<Raw>> StatisticsQuery::Private::aggregate(const Spec& spec, const FilterSql& f) {
    QString sql;
    switch (spec.aggregate) {
    case Spec::Aggregate::Count:
        sql = QStringLiteral("SELECT r, k, count(*) FROM (%1) GROUP BY r, k").arg(spec.sql);
        break;
    case Spec::Aggregate::CountDistinct:
        sql = QStringLiteral("SELECT r, k, count(DISTINCT id) FROM (%1) GROUP BY r, k").arg(spec.sql);
        break;
    case Spec::Aggregate::Sum:
        sql = QStringLiteral("SELECT r, k, total(v) FROM (%1) GROUP BY r, k").arg(spec.sql);
        break;
    case Spec::Aggregate::Median:
        sql = QStringLiteral("SELECT r, k, v FROM (%1) WHERE v IS NOT NULL ORDER BY r, k, v").arg(spec.sql);
        break;
    }
    auto stmt = prepareScoped(context, sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    f.bind(*stmt);
    std::map<std::pair<QString, QString>, double> sums;
    std::map<std::pair<QString, QString>, std::vector<double>> lists;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        QString r = s.columnIsNull(0) ? QStringLiteral("UNKNOWN") : s.columnText(0);
        if (spec.rowOf) {
            r = spec.rowOf(r);
        }
        const QString k = spec.column.isEmpty() ? s.columnText(1) : spec.column;
        if (spec.aggregate == Spec::Aggregate::Median) {
            lists[{r, k}].push_back(s.columnDouble(2));
        } else {
            sums[{r, k}] += s.columnDouble(2);
        }
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    std::vector<Raw> out;
    for (const auto& [key, v] : sums) {
        out.push_back({key.first, key.second, v});
    }
    for (auto& [key, values] : lists) {
        // Roll-ups may merge sorted runs: sort again before taking the middle.
        std::sort(values.begin(), values.end());
        const std::size_t n = values.size();
        const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        out.push_back({key.first, key.second, median});
    }
    return out;
}

Result<std::vector<DrillRecord>> StatisticsQuery::Private::drill(const Spec& spec, const FilterSql& f,
                                                                 const QString& kind, const QString& rowKey,
                                                                 const QString& columnKey) {
    QString where = spec.column.isEmpty() ? QStringLiteral("k = :drill_k") : QStringLiteral("1");
    if (!spec.rowOf) {
        where += rowKey == u"UNKNOWN" ? QStringLiteral(" AND r IS NULL") : QStringLiteral(" AND r = :drill_r");
    }
    auto stmt = prepareScoped(
        context,
        QStringLiteral("SELECT id, case_id, at, d, r, (SELECT CASE WHEN lc.fir_serial IS NOT NULL THEN "
                       "coalesce(lc.fir_prefix || '-', '') || lc.fir_serial || '/' || lc.fir_year ELSE "
                       "lc.enquiry_number END FROM cases lc WHERE lc.id = b.case_id) FROM (SELECT DISTINCT id, "
                       "case_id, at, d, r FROM (%1) WHERE %2 ORDER BY at, id LIMIT 20000) b")
            .arg(spec.sql, where));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    f.bind(*stmt);
    stmt->bindNamed(":drill_k", columnKey);
    stmt->bindNamed(":drill_r", rowKey);
    std::vector<DrillRecord> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        if (spec.rowOf && spec.rowOf(s.columnText(4)) != rowKey) {
            return;
        }
        out.push_back({kind, s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(5)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<QString> StatisticsQuery::Private::latestRedBookEdition(int* number, int* year) {
    auto stmt = context.db().prepare(
        QStringLiteral("SELECT id, edition, year FROM red_book_editions ORDER BY edition DESC LIMIT 1"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return QString();
    }
    *number = static_cast<int>(stmt->columnInt(1));
    *year = static_cast<int>(stmt->columnInt(2));
    return stmt->columnText(0);
}

// --- public ---

StatisticsQuery::StatisticsQuery(RepositoryContext& context)
    : d(std::make_unique<Private>(context)) {
}
StatisticsQuery::~StatisticsQuery() = default;

QStringList StatisticsQuery::tableIds() {
    return {QStringLiteral("arrests_month"), QStringLiteral("arrests_zone"),     QStringLiteral("arrests_circle"),
            QStringLiteral("arrests_yoy"),   QStringLiteral("red_book"),         QStringLiteral("pipeline"),
            QStringLiteral("challans"),      QStringLiteral("victims_district"), QStringLiteral("victims_sex"),
            QStringLiteral("victims_age"),   QStringLiteral("victims_outcome"),  QStringLiteral("fees_route"),
            QStringLiteral("assets"),        QStringLiteral("partner_routes")};
}

void StatisticsQuery::setUseSummaries(bool use) {
    d->useSummaries = use;
}

std::optional<double> StatisticsQuery::percentChange(double previous, double current) {
    if (previous == 0) {
        return std::nullopt;
    }
    return (current - previous) / previous * 100.0;
}

std::optional<double> StatisticsQuery::convictionRate(double convictions, double decided) {
    if (decided <= 0) {
        return std::nullopt;
    }
    return convictions / decided * 100.0;
}

const std::vector<OrgUnit>& StatisticsQuery::units() {
    (void)d->unit(QString());
    return d->units;
}

Status StatisticsQuery::validate(const StatisticsFilter& filter) {
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        return fail(ErrorCode::Input, Tr::tr("The start date %1 is after the end date %2.")
                                          .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    }
    if (!filter.unitId.isEmpty() && !d->unit(filter.unitId)) {
        return fail(ErrorCode::Input, Tr::tr("There is no office with that identifier."));
    }
    if (!filter.category.isEmpty() && !arrestCategoryFromKey(filter.category)) {
        return fail(ErrorCode::Input,
                    Tr::tr("Unknown arrest category %1: use GENERAL, PROCLAIMED_OFFENDER, COURT_ABSCONDER or "
                           "MOST_WANTED.")
                        .arg(filter.category));
    }
    if (filter.compareYear != 0 && (filter.compareYear < 1950 || filter.compareYear > 2200)) {
        return fail(ErrorCode::Input, Tr::tr("The comparison year %1 is out of range.").arg(filter.compareYear));
    }
    if (!filter.offenceId.isEmpty()) {
        auto stmt = d->context.db().prepare(QStringLiteral("SELECT 1 FROM ref_offences WHERE id = ? OR code = ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, filter.offenceId).bind(2, filter.offenceId);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return fail(ErrorCode::Input, Tr::tr("Unknown offence section %1.").arg(filter.offenceId));
        }
    }
    return ok();
}

Result<StatTable> StatisticsQuery::table(const QString& id, const StatisticsFilter& filter) {
    if (auto st = validate(filter); !st) {
        return std::unexpected(st.error());
    }
    d->victimCubeKey.clear(); // a single table is always read fresh; all() shares one pass for the four victims
    return d->build(id, filter);
}

Result<std::vector<StatTable>> StatisticsQuery::all(const StatisticsFilter& filter) {
    if (auto st = validate(filter); !st) {
        return std::unexpected(st.error());
    }
    std::vector<StatTable> out;
    d->victimCubeKey.clear();
    for (const QString& id : tableIds()) {
        auto t = d->build(id, filter);
        if (!t) {
            return std::unexpected(t.error());
        }
        out.push_back(std::move(*t));
    }
    return out;
}

Result<std::vector<DrillRecord>> StatisticsQuery::drillDown(const QString& id, const StatisticsFilter& filter,
                                                            const QString& rowKey, const QString& columnKey) {
    if (auto st = validate(filter); !st) {
        return std::unexpected(st.error());
    }
    return d->drillDown(id, filter, rowKey, columnKey);
}

} // namespace caselink
