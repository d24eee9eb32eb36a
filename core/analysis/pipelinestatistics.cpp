#include "analysis/pipelinestatistics.h"

#include <QCoreApplication>

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

int interimChallanDueDays() {
    const LegalClockRules rules;
    return rules.interimChallanAfterDays + rules.interimChallanGraceDays;
}

// Interim challans (s.173) of FIR cases: the first interim or final challan event against FIR date + 14 + 3 days.
QString challanSql(const FilterSql& f) {
    return QStringLiteral(
               "SELECT id, id AS case_id, fir_date AS at, CASE WHEN sub IS NULL THEN (CASE WHEN date(fir_date, '+%1 "
               "days') < :today THEN 'OVERDUE' ELSE 'RUNNING' END) WHEN sub <= date(fir_date, '+%1 days') THEN "
               "'ON_TIME' ELSE 'LATE' END AS r, 'cases' AS k, 1 AS v, status AS d FROM (SELECT c.id, c.fir_date, "
               "c.status, (SELECT min(substr(e.occurred_at, 1, 10)) FROM events e WHERE e.case_id = c.id AND "
               "e.event_type IN ('INTERIM_CHALLAN', 'FINAL_CHALLAN')) AS sub FROM cases c WHERE c.fir_date IS NOT "
               "NULL AND %2 AND %3)")
        .arg(interimChallanDueDays())
        .arg(f.caseConditions, f.dateRange(QStringLiteral("c.fir_date")));
}

} // namespace

QStringList PipelineStatistics::tableIds() {
    return {QStringLiteral("pipeline"), QStringLiteral("challans")};
}

Result<StatTable> PipelineStatistics::table(const QString& id, const StatisticsFilter& filter) {
    const FilterSql f = m_engine.filterSql(filter, true);
    if (id == u"pipeline") {
        return pipelineTable(f);
    }
    if (id == u"challans") {
        return challanTable(f);
    }
    return unknownTable(id);
}

Result<StatTable> PipelineStatistics::pipelineTable(const FilterSql& f) {
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
    t.counted = Tr::tr("Cases dated in the period (by FIR, else enquiry) that have reached this stage.");
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
    auto stmt = prepareScoped(m_engine.context(), sql);
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

Result<StatTable> PipelineStatistics::challanTable(const FilterSql& f) {
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
    t.counted = Tr::tr("FIR cases by when their first interim or final challan was submitted (due 17 days after the "
                       "FIR).");
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
                  .arg(interimChallanDueDays())
                  .arg(f.caseConditions, f.dateRange(QStringLiteral("c.fir_date")))
            : QStringLiteral("SELECT r, NULL, count(*) FROM (%1) GROUP BY r").arg(challanSql(f));
    auto counts = m_engine.summaryCounts(sql, f, QStringLiteral("cases"));
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

Result<std::vector<DrillRecord>> PipelineStatistics::drillDown(const QString& id, const StatisticsFilter& filter,
                                                               const StatTable& table, const QString& rowKey,
                                                               const QString& columnKey) {
    const FilterSql f = m_engine.filterSql(filter, true);
    if (id == u"pipeline") {
        if (stageCondition(rowKey).isEmpty()) {
            return fail(ErrorCode::Usage, Tr::tr("A rate has no records of its own; choose a stage."));
        }
        return m_engine.drill({pipelineSql(f, rowKey), {}, {}, {}}, f, table.recordKind, rowKey, columnKey);
    }
    if (id == u"challans") {
        return m_engine.drill({challanSql(f), {}, {}, {}}, f, table.recordKind, rowKey, columnKey);
    }
    return unknownTable(id);
}

} // namespace caselink
