// Case pipeline, challan timeliness, fees, assets and partner aggregates; and the drill-down of every table.
#include <QCoreApplication>

#include "analysis/statistics_p.h"
#include "domain/casefile.h"
#include "domain/legalclocks.h"
#include "repo/aggregatesupport.h"

namespace caselink {
namespace {

using namespace stats;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

const QString kChallanStatuses =
    QStringLiteral("('INTERIM_CHALLAN_SUBMITTED', 'FINAL_CHALLAN_SUBMITTED', 'UNDER_TRIAL', 'CONVICTED', 'ACQUITTED', "
                   "'APPEAL_PENDING')");

// Each stage of the pipeline as a condition on the case row.
QString stageCondition(const QString& stage) {
    if (stage == u"ENQUIRIES") {
        return QStringLiteral("c.enquiry_number IS NOT NULL");
    }
    if (stage == u"FIRS") {
        return QStringLiteral("c.fir_serial IS NOT NULL");
    }
    if (stage == u"CHALLANS") {
        return QStringLiteral("c.status IN ") + kChallanStatuses;
    }
    if (stage == u"DECIDED") {
        return QStringLiteral("c.status IN ('CONVICTED', 'ACQUITTED')");
    }
    if (stage == u"CONVICTIONS") {
        return QStringLiteral("c.status = 'CONVICTED'");
    }
    return {};
}

QString pipelineSql(const FilterSql& f, const QString& stage) {
    return QStringLiteral("SELECT c.id AS id, c.id AS case_id, %1 AS at, '%2' AS r, 'cases' AS k, 1 AS v, c.status AS "
                          "d FROM cases c WHERE %3 AND %4 AND %5")
        .arg(caseDate(), stage, f.caseConditions, f.dateRange(caseDate()), stageCondition(stage));
}

// Interim challans (s.173) of FIR cases: the first interim or final challan event against FIR date + 14 + 3 days.
QString challanSql(const FilterSql& f) {
    const LegalClockRules rules;
    const int due = rules.interimChallanAfterDays + rules.interimChallanGraceDays;
    return QStringLiteral(
               "SELECT id, id AS case_id, fir_date AS at, CASE WHEN sub IS NULL THEN (CASE WHEN date(fir_date, '+%1 "
               "days') < :today THEN 'OVERDUE' ELSE 'RUNNING' END) WHEN sub <= date(fir_date, '+%1 days') THEN "
               "'ON_TIME' ELSE 'LATE' END AS r, 'cases' AS k, 1 AS v, status AS d FROM (SELECT c.id, c.fir_date, "
               "c.status, (SELECT min(substr(e.occurred_at, 1, 10)) FROM events e WHERE e.case_id = c.id AND "
               "e.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN')) AS sub FROM cases c WHERE c.fir_date IS NOT "
               "NULL AND %2 AND %3)")
        .arg(due)
        .arg(f.caseConditions, f.dateRange(QStringLiteral("c.fir_date")));
}

QString feesSql(const FilterSql& f) {
    return QStringLiteral("SELECT pay.id AS id, pay.case_id AS case_id, coalesce(pay.paid_on, '') AS at, c.route_code "
                          "AS r, 'x' AS k, pay.pkr_minor / 100.0 AS v, pay.channel AS d FROM payments pay JOIN cases "
                          "c ON c.id = pay.case_id WHERE pay.pkr_minor IS NOT NULL AND %1 AND %2")
        .arg(f.caseConditions, f.dateRange(QStringLiteral("pay.paid_on")));
}

QString assetsSql(const FilterSql& f) {
    return QStringLiteral("SELECT s.id AS id, s.case_id AS case_id, coalesce(s.action_date, '') AS at, s.action AS r, "
                          "'x' AS k, s.value_pkr AS v, s.kind AS d FROM assets s JOIN cases c ON c.id = s.case_id "
                          "WHERE %1 AND %2")
        .arg(f.caseConditions, f.dateRange(QStringLiteral("s.action_date")));
}

QString partnerSql(const FilterSql& f) {
    return QStringLiteral("SELECT cp.person_id AS id, c.id AS case_id, %1 AS at, p.nationality AS r, c.route_code AS "
                          "k, 1 AS v, cp.role AS d FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN "
                          "persons p ON p.id = cp.person_id WHERE cp.role IN %2 AND c.route_code IS NOT NULL AND %3 "
                          "AND %4")
        .arg(caseDate(), accusedRoles(), f.caseConditions, f.dateRange(caseDate()));
}

void fillTable(StatTable& t, const std::vector<Raw>& raw) {
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

QStringList rowsOf(const std::vector<Raw>& raw) {
    QStringList keys;
    for (const Raw& x : raw) {
        if (!keys.contains(x.row)) {
            keys << x.row;
        }
    }
    keys.sort();
    return keys;
}

} // namespace

Result<StatTable> StatisticsQuery::Private::pipelineTable(const FilterSql& f) {
    StatTable t;
    t.id = QStringLiteral("pipeline");
    t.title = Tr::tr("Case pipeline: enquiries, FIRs, challans, convictions");
    t.recordKind = QStringLiteral("case");
    t.rowKeys = {QStringLiteral("ENQUIRIES"), QStringLiteral("FIRS"),        QStringLiteral("CHALLANS"),
                 QStringLiteral("DECIDED"),   QStringLiteral("CONVICTIONS"), QStringLiteral("CONVICTION_RATE_PCT")};
    t.rowLabels = {Tr::tr("Enquiries"),   Tr::tr("FIRs"),
                   Tr::tr("Challans"),    Tr::tr("Decided (convicted + acquitted)"),
                   Tr::tr("Convictions"), Tr::tr("Conviction rate %")};
    t.columnKeys = {QStringLiteral("cases")};
    t.columnLabels = {Tr::tr("Cases")};
    // One pass over the cases, grouped by what the stages test; the stages are sums of these groups.
    // From the monthly summary when it answers the same question (see FilterSql::summary).
    const QString sql =
        f.summary ? QStringLiteral("SELECT s.status, s.has_enquiry, s.has_fir, sum(s.n) FROM stat_cases s WHERE %1 AND "
                                   "%2 AND %3 GROUP BY 1, 2, 3")
                        .arg(f.summaryScope, f.unitCondition(QStringLiteral("s.office_id")),
                             f.monthRange(QStringLiteral("s.month")))
                  : QStringLiteral("SELECT c.status, c.enquiry_number IS NOT NULL, c.fir_serial IS NOT NULL, count(*) "
                                   "FROM cases c WHERE %1 AND %2 GROUP BY 1, 2, 3")
                        .arg(f.caseConditions, f.dateRange(caseDate()));
    auto stmt = prepareScoped(context, sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    f.bind(*stmt);
    t.cells.assign(6, std::vector<StatCell>(1));
    const QStringList challan = {QStringLiteral("INTERIM_CHALLAN_SUBMITTED"),
                                 QStringLiteral("FINAL_CHALLAN_SUBMITTED"),
                                 QStringLiteral("UNDER_TRIAL"),
                                 QStringLiteral("CONVICTED"),
                                 QStringLiteral("ACQUITTED"),
                                 QStringLiteral("APPEAL_PENDING")};
    auto st = forEachRow(*stmt, [&](Statement& s) {
        const QString status = s.columnText(0);
        const double n = static_cast<double>(s.columnInt(3));
        t.cells[0][0].value += s.columnInt(1) ? n : 0;
        t.cells[1][0].value += s.columnInt(2) ? n : 0;
        t.cells[2][0].value += challan.contains(status) ? n : 0;
        t.cells[3][0].value += (status == u"CONVICTED" || status == u"ACQUITTED") ? n : 0;
        t.cells[4][0].value += status == u"CONVICTED" ? n : 0;
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    const auto rate = StatisticsQuery::convictionRate(t.cells[4][0].value, t.cells[3][0].value);
    t.cells[5][0] = rate ? StatCell{*rate, StatCell::State::Value} : StatCell{0, StatCell::State::Undefined};
    t.note = Tr::tr("Conviction rate = convictions / decided cases (convicted + acquitted), not / FIRs: %1.")
                 .arg(rate ? QString::number(*rate, 'f', 1) + QStringLiteral(" %") : Tr::tr("no decided case"));
    return t;
}

Result<StatTable> StatisticsQuery::Private::challanTable(const FilterSql& f) {
    StatTable t;
    t.id = QStringLiteral("challans");
    t.title = Tr::tr("Interim challan timeliness (14 + 3 days after the FIR)");
    t.recordKind = QStringLiteral("case");
    Spec spec{challanSql(f), Spec::Aggregate::Count, {}, {}};
    auto stmtSql = QStringLiteral("SELECT r, count(*) FROM (%1) GROUP BY r").arg(spec.sql);
    auto stmt = prepareScoped(context, stmtSql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    f.bind(*stmt);
    t.rowKeys = {QStringLiteral("ON_TIME"), QStringLiteral("LATE"), QStringLiteral("OVERDUE"),
                 QStringLiteral("RUNNING"), QStringLiteral("ON_TIME_SHARE_PCT")};
    t.rowLabels = {Tr::tr("Within 17 days"), Tr::tr("Late"), Tr::tr("Overdue, none submitted"), Tr::tr("Not yet due"),
                   Tr::tr("Share on time %")};
    t.columnKeys = {QStringLiteral("cases")};
    t.columnLabels = {Tr::tr("FIR cases")};
    t.cells.assign(5, std::vector<StatCell>(1));
    auto st = forEachRow(*stmt, [&](Statement& s) {
        const int r = t.rowOf(s.columnText(0));
        if (r >= 0) {
            t.cells[static_cast<std::size_t>(r)][0].value = static_cast<double>(s.columnInt(1));
        }
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    const double submitted = t.cells[0][0].value + t.cells[1][0].value;
    t.cells[4][0] = submitted > 0 ? StatCell{t.cells[0][0].value / submitted * 100.0, StatCell::State::Value}
                                  : StatCell{0, StatCell::State::Undefined};
    t.note = Tr::tr("Share on time = interim (or final) challans submitted within 17 days of the FIR / all submitted.");
    return t;
}

Result<StatTable> StatisticsQuery::Private::moneyTable(const QString& id, const FilterSql& f) {
    StatTable t;
    t.id = id;
    std::vector<Spec> specs;
    if (id == u"fees_route") {
        t.title = Tr::tr("Fees paid by route (median PKR)");
        t.note = Tr::tr("Payments with a PKR equivalent, by the EU route code of their case.");
        t.recordKind = QStringLiteral("payment");
        t.columnKeys = {QStringLiteral("payments"), QStringLiteral("median_pkr")};
        t.columnLabels = {Tr::tr("Payments"), Tr::tr("Median PKR")};
        specs.push_back({feesSql(f), Spec::Aggregate::Count, QStringLiteral("payments"), {}});
        specs.push_back({feesSql(f), Spec::Aggregate::Median, QStringLiteral("median_pkr"), {}});
    } else if (id == u"assets") {
        t.title = Tr::tr("Assets seized, frozen and attached");
        t.recordKind = QStringLiteral("asset");
        t.columnKeys = {QStringLiteral("assets"), QStringLiteral("value_pkr")};
        t.columnLabels = {Tr::tr("Assets"), Tr::tr("Value PKR")};
        specs.push_back({assetsSql(f), Spec::Aggregate::Count, QStringLiteral("assets"), {}});
        specs.push_back({assetsSql(f), Spec::Aggregate::Sum, QStringLiteral("value_pkr"), {}});
    } else if (id == u"partner_routes") {
        t.title = Tr::tr("Accused persons by nationality and EU route (partner exchange)");
        t.note = Tr::tr("Distinct persons in an accused role; counts only, no names.");
        t.recordKind = QStringLiteral("case");
        specs.push_back({partnerSql(f), Spec::Aggregate::CountDistinct, {}, {}});
        auto codes = context.db().prepare(QStringLiteral("SELECT code FROM ref_route_codes ORDER BY code"));
        if (!codes) {
            return std::unexpected(codes.error());
        }
        (void)codes->forEachRow([&](Statement& s) {
            t.columnKeys << s.columnText(0);
            t.columnLabels << s.columnText(0);
        });
    } else {
        return fail(ErrorCode::Usage, Tr::tr("Unknown statistics table %1.").arg(id));
    }
    std::vector<Raw> raw;
    for (const Spec& spec : specs) {
        auto part = aggregate(spec, f);
        if (!part) {
            return std::unexpected(part.error());
        }
        raw.insert(raw.end(), part->begin(), part->end());
    }
    t.rowKeys = rowsOf(raw);
    t.rowLabels = t.rowKeys;
    fillTable(t, raw);
    return t;
}

Result<std::vector<DrillRecord>> StatisticsQuery::Private::drillDown(const QString& id, const StatisticsFilter& filter,
                                                                     const QString& rowKey, const QString& columnKey) {
    auto table = build(id, filter);
    if (!table) {
        return std::unexpected(table.error());
    }
    const StatCell* cell = table->cell(rowKey, columnKey);
    if (!cell) {
        return fail(ErrorCode::NotFound, Tr::tr("That cell is not part of the table."));
    }
    if (cell->state == StatCell::State::Suppressed) {
        return fail(ErrorCode::Permission, Tr::tr("This count is too small to list its records without the victims "
                                                  "grant."));
    }
    const bool arrestTable = id.startsWith(QLatin1String("arrests_"));
    FilterSql f = filterSql(filter, !arrestTable);
    const QString kind = table->recordKind;
    if (id == u"arrests_month") {
        return drill({arrestSql(f, QStringLiteral("substr(a.arrested_at, 1, 7)")), {}, {}, {}}, f, kind, rowKey,
                     columnKey);
    }
    if (id == u"arrests_zone" || id == u"arrests_circle") {
        const QString type = id == u"arrests_zone" ? QStringLiteral("ZONE") : QStringLiteral("CIRCLE");
        return drill({arrestSql(f, QStringLiteral("a.arresting_office_id")),
                      {},
                      {},
                      [this, type](const QString& office) {
                          return rollUp(office, type);
                      }},
                     f, kind, rowKey, columnKey);
    }
    if (id == u"arrests_yoy") {
        const int year = columnKey == table->columnKeys.value(0) ? table->columnKeys.value(0).toInt()
                                                                 : table->columnKeys.value(1).toInt();
        if (columnKey == u"change_pct") {
            return fail(ErrorCode::Usage, Tr::tr("Choose one of the two years to list its arrests."));
        }
        const int month = rowKey.toInt();
        f.from = QDate(year, month ? month : 1, 1).toString(Qt::ISODate);
        f.toExclusive = (month ? QDate(year, month, 1).addMonths(1) : QDate(year + 1, 1, 1)).toString(Qt::ISODate);
        return drill({arrestSql(f, QStringLiteral("'all'")), {}, QStringLiteral("all"), {}}, f, kind,
                     QStringLiteral("all"), columnKey);
    }
    if (id == u"pipeline") {
        if (stageCondition(rowKey).isEmpty()) {
            return fail(ErrorCode::Usage, Tr::tr("A rate has no records of its own; choose a stage."));
        }
        return drill({pipelineSql(f, rowKey), {}, {}, {}}, f, kind, rowKey, columnKey);
    }
    if (id == u"challans") {
        return drill({challanSql(f), {}, {}, {}}, f, kind, rowKey, columnKey);
    }
    if (id.startsWith(QLatin1String("victims_"))) {
        return drill({victimSql(f, victimRow(id)), {}, {}, {}}, f, kind, rowKey, columnKey);
    }
    if (id == u"fees_route") {
        return drill({feesSql(f), {}, QStringLiteral("x"), {}}, f, kind, rowKey, columnKey);
    }
    if (id == u"assets") {
        return drill({assetsSql(f), {}, QStringLiteral("x"), {}}, f, kind, rowKey, columnKey);
    }
    if (id == u"partner_routes") {
        return drill({partnerSql(f), {}, {}, {}}, f, kind, rowKey, columnKey);
    }
    if (id == u"red_book") {
        return fail(ErrorCode::Usage, Tr::tr("Open the Red Book to see its entries."));
    }
    return fail(ErrorCode::Usage, Tr::tr("Unknown statistics table %1.").arg(id));
}

} // namespace caselink
