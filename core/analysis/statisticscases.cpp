// Case pipeline, challan timeliness, fees, assets and partner aggregates; and the drill-down of every table.
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

// A fee is a payment agreement: a payment and the instalments hanging from it, its PKR total in whole rupees rounded
// to three significant figures (as the summary of migration 0009 keeps it), dated by its first payment.
QString roundedFee(const QString& rupees) {
    const QString scale = QStringLiteral("CAST('1' || substr('000000000000000000', 1, max(length(%1) - 3, 0)) AS "
                                         "INTEGER)")
                              .arg(rupees);
    return QStringLiteral("((%1 + %2 / 2) / %2) * %2").arg(rupees, scale);
}

QString feesSql(const FilterSql& f) {
    return QStringLiteral("SELECT pay.id AS id, pay.case_id AS case_id, coalesce(pay.paid_on, '') AS at, c.route_code "
                          "AS r, 'x' AS k, %1 AS v, pay.channel AS d FROM (SELECT p.id, p.case_id, p.paid_on, "
                          "p.channel, CAST(round(((SELECT total(i.pkr_minor) FROM payments i WHERE i.instalment_of = "
                          "p.id) + coalesce(p.pkr_minor, 0)) / 100.0) AS INTEGER) AS pkr FROM payments p WHERE "
                          "p.instalment_of IS NULL) pay JOIN cases c ON c.id = pay.case_id WHERE pay.pkr > 0 AND %2 "
                          "AND %3")
        .arg(roundedFee(QStringLiteral("pay.pkr")), f.caseConditions, f.dateRange(QStringLiteral("pay.paid_on")));
}

QString assetsSql(const FilterSql& f) {
    return QStringLiteral("SELECT s.id AS id, s.case_id AS case_id, coalesce(s.action_date, '') AS at, s.action AS r, "
                          "'x' AS k, s.value_pkr AS v, s.kind AS d FROM assets s JOIN cases c ON c.id = s.case_id "
                          "WHERE %1 AND %2")
        .arg(f.caseConditions, f.dateRange(QStringLiteral("s.action_date")));
}

// One row per accused person and case (a person in two accused roles of one case counts once there).
QString partnerSql(const FilterSql& f) {
    return QStringLiteral("SELECT cp.person_id AS id, c.id AS case_id, %1 AS at, p.nationality AS r, c.route_code AS "
                          "k, 1 AS v, min(cp.role) AS d FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN "
                          "persons p ON p.id = cp.person_id WHERE cp.role IN %2 AND c.route_code IS NOT NULL AND %3 "
                          "AND %4 GROUP BY cp.case_id, cp.person_id")
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
    t.rowKeys = {QStringLiteral("ON_TIME"), QStringLiteral("LATE"), QStringLiteral("OVERDUE"),
                 QStringLiteral("RUNNING"), QStringLiteral("ON_TIME_SHARE_PCT")};
    t.rowLabels = {Tr::tr("Within 17 days"), Tr::tr("Late"), Tr::tr("Overdue, none submitted"), Tr::tr("Not yet due"),
                   Tr::tr("Share on time %")};
    t.columnKeys = {QStringLiteral("cases")};
    t.columnLabels = {Tr::tr("FIR cases")};
    t.cells.assign(5, std::vector<StatCell>(1));
    // The summary keeps cases without any challan as NONE; only the FIRs of the last 17 days can still be on time,
    // so those are counted from the cases and the rest of NONE is overdue.
    const QString sql =
        f.summary
            ? QStringLiteral("SELECT s.state, NULL, sum(s.n) FROM stat_challans s WHERE %1 GROUP BY 1 UNION ALL "
                             "SELECT 'RUNNING', NULL, count(*) FROM cases c WHERE c.fir_date >= date(:today, '-%2 "
                             "days') AND %3 AND %4 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id AND "
                             "e.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN'))")
                  .arg(f.summaryWhere())
                  .arg(LegalClockRules().interimChallanAfterDays + LegalClockRules().interimChallanGraceDays)
                  .arg(f.caseConditions, f.dateRange(QStringLiteral("c.fir_date")))
            : QStringLiteral("SELECT r, NULL, count(*) FROM (%1) GROUP BY r").arg(challanSql(f));
    auto counts = summaryCounts(sql, f, QStringLiteral("cases"));
    if (!counts) {
        return std::unexpected(counts.error());
    }
    double none = 0;
    for (const Raw& x : *counts) {
        none += x.row == u"NONE" ? x.value : 0;
        if (const int r = t.rowOf(x.row); r >= 0) {
            t.cells[static_cast<std::size_t>(r)][0].value = x.value;
        }
    }
    if (f.summary) {
        t.cells[2][0].value = none - t.cells[3][0].value;
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
        t.note = Tr::tr("A fee is a payment with its instalments, in PKR rounded to three significant figures, by "
                        "the EU route code of its case and dated by its first payment.");
        t.recordKind = QStringLiteral("payment");
        t.columnKeys = {QStringLiteral("payments"), QStringLiteral("median_pkr")};
        t.columnLabels = {Tr::tr("Fees"), Tr::tr("Median PKR")};
        if (f.summary) {
            return feesTable(f, std::move(t));
        }
        specs.push_back({feesSql(f), Spec::Aggregate::Count, QStringLiteral("payments"), {}});
        specs.push_back({feesSql(f), Spec::Aggregate::Median, QStringLiteral("median_pkr"), {}});
    } else if (id == u"assets") {
        t.title = Tr::tr("Assets seized, frozen and attached");
        t.recordKind = QStringLiteral("asset");
        t.columnKeys = {QStringLiteral("assets"), QStringLiteral("value_pkr")};
        t.columnLabels = {Tr::tr("Assets"), Tr::tr("Value PKR")};
        if (!f.summary) {
            specs.push_back({assetsSql(f), Spec::Aggregate::Count, QStringLiteral("assets"), {}});
            specs.push_back({assetsSql(f), Spec::Aggregate::Sum, QStringLiteral("value_pkr"), {}});
        }
    } else if (id == u"partner_routes") {
        t.title = Tr::tr("Accused persons by nationality and EU route (partner exchange)");
        t.note = Tr::tr("Persons in an accused role per case (a person accused in two cases counts in each); counts "
                        "only, no names.");
        t.recordKind = QStringLiteral("case");
        if (!f.summary) {
            specs.push_back({partnerSql(f), Spec::Aggregate::Count, {}, {}});
        }
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
    if (id == u"assets" && f.summary) {
        for (const auto& [column, value] : {std::pair{QStringLiteral("assets"), QStringLiteral("s.n")},
                                            std::pair{QStringLiteral("value_pkr"), QStringLiteral("s.value")}}) {
            auto part =
                summaryCounts(QStringLiteral("SELECT s.action, NULL, sum(%1) FROM stat_assets s WHERE %2 GROUP BY 1")
                                  .arg(value, f.summaryWhere()),
                              f, column);
            if (!part) {
                return std::unexpected(part.error());
            }
            raw.insert(raw.end(), part->begin(), part->end());
        }
    }
    if (id == u"partner_routes" && f.summary) {
        auto part = summaryCounts(QStringLiteral("SELECT s.nationality, s.route, sum(s.n) FROM stat_partner s WHERE "
                                                 "%1 GROUP BY 1, 2")
                                      .arg(f.summaryWhere()),
                                  f);
        if (!part) {
            return std::unexpected(part.error());
        }
        raw = std::move(*part);
    }
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

// Fees from the summary: each route's rounded fees with their counts, in order, so the median is read off the
// cumulative counts (the middle fee, or the mean of the two middle ones), as the base path computes it.
Result<StatTable> StatisticsQuery::Private::feesTable(const FilterSql& f, StatTable t) {
    // An account that sees every office, without a unit filter, reads the fees without the office column.
    const bool national = f.unitsJson.isEmpty() && seesEveryOffice();
    auto stmt = prepareScoped(
        context, national ? QStringLiteral("SELECT s.route, s.fee, sum(s.n) FROM stat_fees_all s WHERE %1 AND s.n > 0 "
                                           "GROUP BY 1, 2 ORDER BY 1, 2")
                                .arg(f.monthRange(QStringLiteral("s.month")))
                          : QStringLiteral("SELECT s.route, s.fee, sum(s.n) FROM stat_fees s WHERE %1 GROUP BY 1, 2 "
                                           "ORDER BY 1, 2")
                                .arg(f.summaryWhere()));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    f.bind(*stmt);
    std::map<QString, std::vector<std::pair<qint64, qint64>>> routes; // route -> (fee, count) ascending
    auto st = forEachRow(*stmt, [&](Statement& s) {
        const QString route = s.columnText(0);
        routes[route.isEmpty() ? QStringLiteral("UNKNOWN") : route].emplace_back(s.columnInt(1), s.columnInt(2));
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    std::vector<Raw> raw;
    for (const auto& [route, fees] : routes) {
        qint64 n = 0;
        for (const auto& [fee, count] : fees) {
            n += count;
        }
        // The fee at a 0-based position of the sorted list.
        auto at = [&fees](qint64 position) {
            for (const auto& [fee, count] : fees) {
                if (position < count) {
                    return static_cast<double>(fee);
                }
                position -= count;
            }
            return 0.0;
        };
        const double median = n % 2 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
        raw.push_back({route, QStringLiteral("payments"), static_cast<double>(n)});
        raw.push_back({route, QStringLiteral("median_pkr"), median});
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
