#include "analysis/partnerstatistics.h"

#include <QCoreApplication>

namespace caselink {
namespace {

using namespace stats;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

const QString kAccusedRoles =
    QStringLiteral("('KINGPIN', 'AGENT', 'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE', "
                   "'BOAT_OPERATOR', 'CORRUPT_OFFICIAL')");

// One row per accused person and case (a person in two accused roles of one case counts once there).
QString partnerSql(const FilterSql& f) {
    return QStringLiteral("SELECT cp.person_id AS id, c.id AS case_id, %1 AS at, p.nationality AS r, c.route_code AS "
                          "k, 1 AS v, min(cp.role) AS d FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN "
                          "persons p ON p.id = cp.person_id WHERE cp.role IN %2 AND c.route_code IS NOT NULL AND %3 "
                          "AND %4 GROUP BY cp.case_id, cp.person_id")
        .arg(caseDate(), kAccusedRoles, f.caseConditions, f.dateRange(caseDate()));
}

} // namespace

QStringList PartnerStatistics::tableIds() {
    return {QStringLiteral("partner_routes")};
}

Result<StatTable> PartnerStatistics::table(const QString& id, const StatisticsFilter& filter) {
    if (id != u"partner_routes") {
        return unknownTable(id);
    }
    const FilterSql f = m_engine.filterSql(filter, true);
    StatTable t;
    t.id = id;
    t.title = Tr::tr("Accused persons by nationality and EU route (partner exchange)");
    t.note = Tr::tr("Persons in an accused role per case (a person accused in two cases counts in each); counts "
                    "only, no names.");
    t.recordKind = QStringLiteral("case");
    auto codes = m_engine.context().db().prepare(QStringLiteral("SELECT code FROM ref_route_codes ORDER BY code"));
    if (!codes) {
        return std::unexpected(codes.error());
    }
    (void)codes->forEachRow([&](Statement& s) {
        t.columnKeys << s.columnText(0);
        t.columnLabels << m_engine.routeLabel(s.columnText(0));
    });
    auto raw = f.summary ? m_engine.summaryCounts(QStringLiteral("SELECT s.nationality, s.route, sum(s.n) FROM "
                                                                 "stat_partner s WHERE %1 GROUP BY 1, 2")
                                                      .arg(f.summaryWhere()),
                                                  f)
                         : m_engine.aggregate({partnerSql(f), Spec::Aggregate::Count, {}, {}}, f);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    t.rowKeys = rowKeysOf(*raw);
    for (const QString& k : t.rowKeys) {
        t.rowLabels << m_engine.countryLabel(k);
    }
    t.counted = Tr::tr("Persons in an accused role per case, by their nationality and the route of the case.");
    fill(t, *raw);
    return t;
}

Result<std::vector<DrillRecord>> PartnerStatistics::drillDown(const QString& id, const StatisticsFilter& filter,
                                                              const StatTable& table, const QString& rowKey,
                                                              const QString& columnKey) {
    if (id != u"partner_routes") {
        return unknownTable(id);
    }
    const FilterSql f = m_engine.filterSql(filter, true);
    return m_engine.drill({partnerSql(f), {}, {}, {}}, f, table.recordKind, rowKey, columnKey);
}

} // namespace caselink
