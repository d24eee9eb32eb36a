#include "analysis/moneystatistics.h"

#include <map>
#include <utility>

#include <QCoreApplication>

#include "analysis/statisticslabels.h"
#include "repo/aggregatesupport.h"

namespace caselink {
namespace {

using namespace stats;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

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

// The raw counts of every spec, one after the other.
Result<std::vector<Raw>> aggregateAll(StatisticsEngine& engine, const std::vector<Spec>& specs, const FilterSql& f) {
    std::vector<Raw> raw;
    for (const Spec& spec : specs) {
        auto part = engine.aggregate(spec, f);
        if (!part) {
            return std::unexpected(part.error());
        }
        raw.insert(raw.end(), part->begin(), part->end());
    }
    return raw;
}

} // namespace

QStringList MoneyStatistics::tableIds() {
    return {QStringLiteral("fees_route"), QStringLiteral("assets")};
}

Result<StatTable> MoneyStatistics::table(const QString& id, const StatisticsFilter& filter) {
    const FilterSql f = m_engine.filterSql(filter, true);
    if (id == u"fees_route") {
        return feesTable(f);
    }
    if (id == u"assets") {
        return assetsTable(f);
    }
    return unknownTable(id);
}

Result<StatTable> MoneyStatistics::feesTable(const FilterSql& f) {
    StatTable t;
    t.id = QStringLiteral("fees_route");
    t.title = Tr::tr("Fees paid by route (median PKR)");
    t.note = Tr::tr("A fee is a payment with its instalments, in PKR rounded to three significant figures, by "
                    "the EU route code of its case and dated by its first payment.");
    t.recordKind = QStringLiteral("payment");
    t.columnKeys = {QStringLiteral("payments"), QStringLiteral("median_pkr")};
    t.columnLabels = {Tr::tr("Fees"), Tr::tr("Median PKR")};
    auto raw = f.summary ? summaryFees(f)
                         : aggregateAll(m_engine,
                                        {{feesSql(f), Spec::Aggregate::Count, QStringLiteral("payments"), {}},
                                         {feesSql(f), Spec::Aggregate::Median, QStringLiteral("median_pkr"), {}}},
                                        f);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    t.rowKeys = rowKeysOf(*raw);
    for (const QString& k : t.rowKeys) {
        t.rowLabels << m_engine.routeLabel(k);
    }
    t.counted = Tr::tr("Fees (a payment with its instalments) of cases on the route; the median of their PKR amounts.");
    fill(t, *raw);
    return t;
}

// Fees from the summary: each route's rounded fees with their counts, in order, so the median is read off the
// cumulative counts (the middle fee, or the mean of the two middle ones), as the base path computes it.
Result<std::vector<Raw>> MoneyStatistics::summaryFees(const FilterSql& f) {
    // An account that sees every office, without a unit filter, reads the fees without the office column.
    const bool national = f.unitsJson.isEmpty() && m_engine.seesEveryOffice();
    auto stmt = prepareScoped(m_engine.context(),
                              national ? QStringLiteral("SELECT s.route, s.fee, sum(s.n) FROM stat_fees_all s WHERE %1 "
                                                        "AND s.n > 0 GROUP BY 1, 2 ORDER BY 1, 2")
                                             .arg(f.monthRange(QStringLiteral("s.month")))
                                       : QStringLiteral("SELECT s.route, s.fee, sum(s.n) FROM stat_fees s WHERE %1 "
                                                        "GROUP BY 1, 2 ORDER BY 1, 2")
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
    return raw;
}

Result<StatTable> MoneyStatistics::assetsTable(const FilterSql& f) {
    StatTable t;
    t.id = QStringLiteral("assets");
    t.title = Tr::tr("Assets seized, frozen and attached");
    t.recordKind = QStringLiteral("asset");
    t.columnKeys = {QStringLiteral("assets"), QStringLiteral("value_pkr")};
    t.columnLabels = {Tr::tr("Assets"), Tr::tr("Value PKR")};
    std::vector<Raw> raw;
    if (f.summary) {
        for (const auto& [column, value] : {std::pair{QStringLiteral("assets"), QStringLiteral("s.n")},
                                            std::pair{QStringLiteral("value_pkr"), QStringLiteral("s.value")}}) {
            auto part = m_engine.summaryCounts(
                QStringLiteral("SELECT s.action, NULL, sum(%1) FROM stat_assets s WHERE %2 GROUP BY 1")
                    .arg(value, f.summaryWhere()),
                f, column);
            if (!part) {
                return std::unexpected(part.error());
            }
            raw.insert(raw.end(), part->begin(), part->end());
        }
    } else {
        auto all = aggregateAll(m_engine,
                                {{assetsSql(f), Spec::Aggregate::Count, QStringLiteral("assets"), {}},
                                 {assetsSql(f), Spec::Aggregate::Sum, QStringLiteral("value_pkr"), {}}},
                                f);
        if (!all) {
            return std::unexpected(all.error());
        }
        raw = std::move(*all);
    }
    t.rowKeys = rowKeysOf(raw);
    for (const QString& k : t.rowKeys) {
        t.rowLabels << statlabels::assetAction(k);
    }
    t.counted = Tr::tr("Assets taken by this action, and their value in PKR as recorded.");
    fill(t, raw);
    return t;
}

Result<std::vector<DrillRecord>> MoneyStatistics::drillDown(const QString& id, const StatisticsFilter& filter,
                                                            const StatTable& table, const QString& rowKey,
                                                            const QString& columnKey) {
    const FilterSql f = m_engine.filterSql(filter, true);
    if (id == u"fees_route") {
        return m_engine.drill({feesSql(f), {}, QStringLiteral("x"), {}}, f, table.recordKind, rowKey, columnKey);
    }
    if (id == u"assets") {
        return m_engine.drill({assetsSql(f), {}, QStringLiteral("x"), {}}, f, table.recordKind, rowKey, columnKey);
    }
    return unknownTable(id);
}

} // namespace caselink
