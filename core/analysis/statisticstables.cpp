// The aggregates themselves: one base query per table (see stats::Spec), plus the derived year-on-year, pipeline and
// challan tables.
#include <map>

#include <QCoreApplication>

#include "analysis/statistics_p.h"
#include "domain/caserecord.h"
#include "domain/legalclocks.h"
#include "repo/aggregatesupport.h"

namespace caselink {
namespace {

using namespace stats;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

const QString kArrestBase =
    QStringLiteral("SELECT a.id AS id, a.case_id AS case_id, a.arrested_at AS at, %1 AS r, a.category AS k, 1 AS v, "
                   "a.category AS d FROM arrests a JOIN cases c ON c.id = a.case_id WHERE %2 AND %3 AND %4 AND %5");

// Cases are dated by their FIR, else their enquiry, else their creation.
const QString kCaseDate = QStringLiteral("coalesce(c.fir_date, c.enquiry_date, substr(c.created_at, 1, 10))");
const QString kVictimRoles = QStringLiteral("('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM')");
const QString kAccusedRoles =
    QStringLiteral("('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE', "
                   "'BOAT_OPERATOR', 'CORRUPT_OFFICIAL')");

void fill(StatTable& t, const std::vector<Raw>& raw) {
    t.cells.assign(static_cast<std::size_t>(t.rowKeys.size()),
                   std::vector<StatCell>(static_cast<std::size_t>(t.columnKeys.size())));
    for (const Raw& x : raw) {
        const int r = t.rowOf(x.row);
        const int c = t.columnOf(x.column);
        if (r >= 0 && c >= 0) {
            t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)].value += x.value;
        }
    }
}

// Rows in first-seen order of the raw keys, sorted by key.
QStringList rowKeysOf(const std::vector<Raw>& raw) {
    QStringList keys;
    for (const Raw& x : raw) {
        if (!keys.contains(x.row)) {
            keys << x.row;
        }
    }
    keys.sort();
    return keys;
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

void sortRowsByTotal(StatTable& t) {
    std::vector<int> order(static_cast<std::size_t>(t.rowKeys.size()));
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = static_cast<int>(i);
    }
    auto total = [&](int r) {
        double s = 0;
        for (const StatCell& c : t.cells[static_cast<std::size_t>(r)]) {
            s += c.value;
        }
        return s;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return total(a) > total(b); });
    StatTable sorted = t;
    for (std::size_t i = 0; i < order.size(); ++i) {
        sorted.rowKeys[static_cast<qsizetype>(i)] = t.rowKeys[order[i]];
        sorted.rowLabels[static_cast<qsizetype>(i)] = t.rowLabels[order[i]];
        sorted.cells[i] = t.cells[static_cast<std::size_t>(order[i])];
    }
    t = std::move(sorted);
}

void suppressSmallCells(StatTable& t) {
    for (auto& row : t.cells) {
        for (StatCell& c : row) {
            if (c.value > 0 && c.value < StatisticsQuery::kSmallCell) {
                c.state = StatCell::State::Suppressed;
                c.value = 0;
            }
        }
    }
}

struct Definition {
    StatTable table;
    std::vector<Spec> specs;
    FilterSql filter;
};

QString ageBandSql() {
    return QStringLiteral(
               "CASE WHEN coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER)) IS NULL THEN 'UNKNOWN' "
               "ELSE (SELECT CASE WHEN age < 18 THEN '0-17' WHEN age < 26 THEN '18-25' WHEN age < 36 THEN '26-35' "
               "WHEN age < 51 THEN '36-50' ELSE '51+' END FROM (SELECT CAST(substr(%1, 1, 4) AS INTEGER) - "
               "coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER)) AS age)) END")
        .arg(kCaseDate);
}

} // namespace

namespace stats {

QString victimRow(const QString& id) {
    if (id == u"victims_district") {
        return QStringLiteral("(SELECT nullif(pa.district, '') FROM person_addresses pa WHERE pa.person_id = p.id "
                              "ORDER BY pa.rowid LIMIT 1)");
    }
    if (id == u"victims_sex") {
        return QStringLiteral("p.sex");
    }
    if (id == u"victims_age") {
        return ageBandSql();
    }
    if (id == u"victims_outcome") {
        return QStringLiteral("cp.victim_outcome");
    }
    return {};
}

QString victimTitle(const QString& id) {
    if (id == u"victims_district") {
        return Tr::tr("Victims by home district");
    }
    if (id == u"victims_sex") {
        return Tr::tr("Victims by sex");
    }
    if (id == u"victims_age") {
        return Tr::tr("Victims by age band (at case registration)");
    }
    return Tr::tr("Victims by outcome");
}

QString victimSql(const FilterSql& f, const QString& rowExpression) {
    return QStringLiteral("SELECT c.id AS id, c.id AS case_id, %1 AS at, %2 AS r, 'victims' AS k, 1 AS v, "
                          "cp.role AS d FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN persons p ON "
                          "p.id = cp.person_id WHERE cp.role IN %3 AND %4 AND %5")
        .arg(kCaseDate, rowExpression, kVictimRoles, f.caseConditions, f.dateRange(kCaseDate));
}

QString arrestSql(const FilterSql& f, const QString& rowExpression) {
    return kArrestBase.arg(rowExpression, f.caseConditions, f.dateRange(QStringLiteral("a.arrested_at")),
                           f.unitCondition(QStringLiteral("a.arresting_office_id")),
                           f.categoryCondition(QStringLiteral("a.category")));
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

Spec arrestSpec(const FilterSql& f, const QString& summaryRow, const QString& rawRow, const QString& column) {
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

QString caseDate() {
    return kCaseDate;
}

QString accusedRoles() {
    return kAccusedRoles;
}

} // namespace stats

// The four victim tables are margins of one count by district, sex, age band and outcome: one pass over the victims
// serves all of them (the dashboard asks for the four in a row under the same filter).
Result<std::vector<Raw>> StatisticsQuery::Private::victimCounts(const QString& id, const FilterSql& f) {
    if (f.summary) {
        // Each margin is kept by migration 0009 on its own: a few hundred rows per office and month at most.
        const QString dim = id.mid(int(qstrlen("victims_")));
        return summaryCounts(QStringLiteral("SELECT s.key, NULL, sum(s.n) FROM stat_victims s WHERE s.dim = '%1' AND "
                                            "%2 GROUP BY 1")
                                 .arg(dim, f.summaryWhere()),
                             f, QStringLiteral("victims"));
    }
    const QString sql =
        QStringLiteral("SELECT %1, %2, %3, %4, count(*) FROM (%5) GROUP BY 1, 2, 3, 4")
            .arg(QStringLiteral("r"), QStringLiteral("sex"), QStringLiteral("age"), QStringLiteral("outcome"),
                 victimSql(f, victimRow(QStringLiteral("victims_district")))
                     .replace(QLatin1String(" AS d FROM"),
                              QStringLiteral(" AS d, p.sex AS sex, %1 AS age, cp.victim_outcome AS "
                                             "outcome FROM")
                                  .arg(victimRow(QStringLiteral("victims_age")))));
    const QString key = sql + f.from + u'|' + f.toExclusive + u'|' + f.unitsJson + u'|' + f.offence;
    if (victimCubeKey != key) {
        auto stmt = prepareScoped(context, sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        f.bind(*stmt);
        victimCube.clear();
        auto st = stmt->forEachRow([&](Statement& s) {
            victimCube.push_back({s.columnIsNull(0) ? QStringLiteral("UNKNOWN") : s.columnText(0), s.columnText(1),
                                  s.columnText(2), s.columnIsNull(3) ? QStringLiteral("UNKNOWN") : s.columnText(3),
                                  static_cast<double>(s.columnInt(4))});
        });
        if (!st) {
            victimCubeKey.clear();
            return std::unexpected(st.error());
        }
        victimCubeKey = key;
    }
    const int dimension = id == u"victims_district" ? 0 : id == u"victims_sex" ? 1 : id == u"victims_age" ? 2 : 3;
    std::map<QString, double> margin;
    for (const VictimCell& c : victimCube) {
        margin[c.keys[static_cast<std::size_t>(dimension)]] += c.n;
    }
    std::vector<Raw> out;
    for (const auto& [k, n] : margin) {
        out.push_back({k, QStringLiteral("victims"), n});
    }
    return out;
}

Result<StatTable> StatisticsQuery::Private::build(const QString& id, const StatisticsFilter& filter) {
    Definition def;
    StatTable& t = def.table;
    t.id = id;
    t.recordKind = QStringLiteral("case");
    const bool arrestTable = id.startsWith(QLatin1String("arrests_"));
    def.filter = filterSql(filter, !arrestTable);
    const FilterSql& f = def.filter;

    if (id == u"arrests_month") {
        t.title = Tr::tr("Arrests per month by category");
        t.recordKind = QStringLiteral("arrest");
        def.specs.push_back(arrestSpec(f, QStringLiteral("s.month"), QStringLiteral("substr(a.arrested_at, 1, 7)")));
        auto raw = aggregate(def.specs[0], f);
        if (!raw) {
            return std::unexpected(raw.error());
        }
        t.rowKeys = monthsBetween(rowKeysOf(*raw));
        t.rowLabels = t.rowKeys;
        t.columnKeys = categoryKeys();
        t.columnLabels = categoryLabels();
        fill(t, *raw);
        return t;
    }
    if (id == u"arrests_zone" || id == u"arrests_circle") {
        const bool zone = id == u"arrests_zone";
        t.title = zone ? Tr::tr("Arrests by zone") : Tr::tr("Arrests by circle");
        t.note = Tr::tr("Counted by the arresting unit.");
        t.recordKind = QStringLiteral("arrest");
        const QString type = zone ? QStringLiteral("ZONE") : QStringLiteral("CIRCLE");
        def.specs.push_back(
            arrestSpec(f, QStringLiteral("s.arresting_office_id"), QStringLiteral("a.arresting_office_id")));
        def.specs[0].rowOf = [this, type](const QString& office) {
            return rollUp(office, type);
        };
        auto raw = aggregate(def.specs[0], f);
        if (!raw) {
            return std::unexpected(raw.error());
        }
        t.rowKeys = rowKeysOf(*raw);
        for (const QString& k : t.rowKeys) {
            // Circle names repeat their kind ("Anti-Human Trafficking Circle ..."): the code tells them apart.
            const OrgUnit* u = unit(k);
            t.rowLabels << (zone || !u ? unitLabel(k) : u->code);
        }
        t.columnKeys = categoryKeys();
        t.columnLabels = categoryLabels();
        fill(t, *raw);
        sortRowsByTotal(t);
        return t;
    }
    if (id == u"arrests_yoy") {
        const int year = filter.compareYear
                             ? filter.compareYear
                             : (filter.to.isValid() ? filter.to.year()
                                                    : QDate::fromString(context.now().left(10), Qt::ISODate).year());
        FilterSql yf = f;
        yf.from = QDate(year - 1, 1, 1).toString(Qt::ISODate);
        yf.toExclusive = QDate(year + 1, 1, 1).toString(Qt::ISODate);
        yf.fromMonth = QStringLiteral("%1-01").arg(year - 1);
        yf.toMonth = QStringLiteral("%1-12").arg(year);
        t.title = Tr::tr("Arrests %1 against %2").arg(year).arg(year - 1);
        t.note = Tr::tr("Change = (%1 - %2) / %2 × 100. No percentage is given where %2 had no arrest (—).")
                     .arg(year)
                     .arg(year - 1);
        t.recordKind = QStringLiteral("arrest");
        const Spec spec = arrestSpec(yf, QStringLiteral("s.month"), QStringLiteral("substr(a.arrested_at, 1, 7)"),
                                     QStringLiteral("n"));
        auto raw = aggregate(spec, yf);
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
    if (id == u"red_book") {
        int edition = 0;
        int year = 0;
        auto editionId = latestRedBookEdition(&edition, &year);
        if (!editionId) {
            return std::unexpected(editionId.error());
        }
        t.title = editionId->isEmpty() ? Tr::tr("Red Book progress by zone")
                                       : Tr::tr("Red Book edition %1 (%2): progress by zone").arg(edition).arg(year);
        t.note = Tr::tr("Status of each most-wanted entry of the latest edition; dates do not apply.");
        t.recordKind = QStringLiteral("red_book_entry");
        // Red Book entries are national: everyone but prosecutor-readers sees them (as RedBookRepository does).
        QString visible = QStringLiteral("1");
        if (context.scope().role() == Role::ProsecutorReader) {
            visible = QStringLiteral("EXISTS (SELECT 1 FROM case_persons rcp JOIN cases c ON c.id = rcp.case_id "
                                     "WHERE rcp.person_id = e.person_id AND %1)")
                          .arg(context.scope().caseVisible(QStringLiteral("c")));
        }
        FilterSql rf = f;
        rf.edition = *editionId;
        if (!filter.unitId.isEmpty()) {
            QStringList zones = unitAndBelow(filter.unitId) + ancestors(filter.unitId);
            rf.unitsJson = QStringLiteral("[\"") + zones.join(QLatin1String("\",\"")) + QStringLiteral("\"]");
        }
        def.specs.push_back({QStringLiteral("SELECT e.id AS id, '' AS case_id, coalesce(e.status_on, '') AS at, "
                                            "e.zone_id AS r, e.status AS k, 1 AS v, e.person_id AS d FROM "
                                            "red_book_entries e WHERE e.edition_id = :edition AND %1 AND %2")
                                 .arg(visible, rf.unitCondition(QStringLiteral("e.zone_id"))),
                             Spec::Aggregate::Count,
                             {},
                             {}});
        auto raw = aggregate(def.specs[0], rf);
        if (!raw) {
            return std::unexpected(raw.error());
        }
        t.rowKeys = rowKeysOf(*raw);
        for (const QString& k : t.rowKeys) {
            t.rowLabels << unitLabel(k);
        }
        t.columnKeys = {QStringLiteral("WANTED"), QStringLiteral("ARRESTED"), QStringLiteral("ABROAD")};
        t.columnLabels = {Tr::tr("Wanted"), Tr::tr("Arrested"), Tr::tr("Abroad")};
        fill(t, *raw);
        sortRowsByTotal(t);
        return t;
    }
    if (id == u"pipeline") {
        return pipelineTable(f);
    }
    if (id == u"challans") {
        return challanTable(f);
    }
    if (id.startsWith(QLatin1String("victims_"))) {
        const QString row = victimRow(id);
        if (row.isEmpty()) {
            return fail(ErrorCode::Usage, Tr::tr("Unknown statistics table %1.").arg(id));
        }
        t.title = victimTitle(id);
        auto raw = victimCounts(id, f);
        if (!raw) {
            return std::unexpected(raw.error());
        }
        t.rowKeys = rowKeysOf(*raw);
        t.rowLabels = t.rowKeys;
        t.columnKeys = {QStringLiteral("victims")};
        t.columnLabels = {Tr::tr("Victims")};
        fill(t, *raw);
        if (!context.scope().victimGrant()) {
            suppressSmallCells(t);
            t.note = Tr::tr("Smuggled migrants and trafficking victims in a role per case. Counts from 1 to %1 are "
                            "shown as <%2 so that no victim can be singled out.")
                         .arg(StatisticsQuery::kSmallCell - 1)
                         .arg(StatisticsQuery::kSmallCell);
        } else {
            t.note = Tr::tr("Smuggled migrants and trafficking victims in a role per case.");
        }
        sortRowsByTotal(t);
        return t;
    }
    return moneyTable(id, f);
}

} // namespace caselink
