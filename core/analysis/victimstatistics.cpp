#include "analysis/victimstatistics.h"

#include <map>

#include <QCoreApplication>

#include "analysis/statisticslabels.h"
#include "repo/aggregatesupport.h"

namespace caselink {
namespace {

using namespace stats;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

const QString kVictimRoles = QStringLiteral("('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM')");

QString ageBandSql() {
    return QStringLiteral(
               "CASE WHEN coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER)) IS NULL THEN 'UNKNOWN' "
               "ELSE (SELECT CASE WHEN age < 18 THEN '0-17' WHEN age < 26 THEN '18-25' WHEN age < 36 THEN '26-35' "
               "WHEN age < 51 THEN '36-50' ELSE '51+' END FROM (SELECT CAST(substr(%1, 1, 4) AS INTEGER) - "
               "coalesce(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER)) AS age)) END")
        .arg(caseDate());
}

// The row key of each table over the victim's person p and case role cp.
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
    return QStringLiteral("cp.victim_outcome");
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

QString victimRowLabel(const QString& id, const QString& key) {
    if (id == u"victims_sex") {
        return statlabels::sex(key);
    }
    if (id == u"victims_age") {
        return statlabels::ageBand(key);
    }
    if (id == u"victims_outcome") {
        return statlabels::victimOutcome(key);
    }
    return key == u"UNKNOWN" ? statlabels::notRecorded() : key;
}

QString victimSql(const FilterSql& f, const QString& rowExpression) {
    return QStringLiteral("SELECT c.id AS id, c.id AS case_id, %1 AS at, %2 AS r, 'victims' AS k, 1 AS v, "
                          "cp.role AS d FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN persons p ON "
                          "p.id = cp.person_id WHERE cp.role IN %3 AND %4 AND %5")
        .arg(caseDate(), rowExpression, kVictimRoles, f.caseConditions, f.dateRange(caseDate()));
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

} // namespace

QStringList VictimStatistics::tableIds() {
    return {QStringLiteral("victims_district"), QStringLiteral("victims_sex"), QStringLiteral("victims_age"),
            QStringLiteral("victims_outcome")};
}

Result<StatTable> VictimStatistics::table(const QString& id, const StatisticsFilter& filter) {
    if (!tableIds().contains(id)) {
        return unknownTable(id);
    }
    const FilterSql f = m_engine.filterSql(filter, true);
    StatTable t;
    t.id = id;
    t.recordKind = QStringLiteral("case");
    t.title = victimTitle(id);
    auto raw = counts(id, f);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    t.rowKeys = rowKeysOf(*raw);
    for (const QString& k : t.rowKeys) {
        t.rowLabels << victimRowLabel(id, k);
    }
    t.counted = Tr::tr("Smuggled migrants and trafficking victims, once per case they are a victim in.");
    t.columnKeys = {QStringLiteral("victims")};
    t.columnLabels = {Tr::tr("Victims")};
    fill(t, *raw);
    if (!m_engine.context().scope().victimGrant()) {
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

// The four victim tables are margins of one count by district, sex, age band and outcome: one pass over the victims
// serves all of them (the dashboard asks for the four in a row under the same filter).
Result<std::vector<Raw>> VictimStatistics::counts(const QString& id, const FilterSql& f) {
    if (f.summary) {
        // Each margin is kept by migration 0009 on its own: a few hundred rows per office and month at most.
        const QString dim = id.mid(int(qstrlen("victims_")));
        return m_engine.summaryCounts(QStringLiteral("SELECT s.key, NULL, sum(s.n) FROM stat_victims s WHERE s.dim = "
                                                     "'%1' AND %2 GROUP BY 1")
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
    if (m_cubeKey != key) {
        auto stmt = prepareScoped(m_engine.context(), sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        f.bind(*stmt);
        m_cube.clear();
        auto st = stmt->forEachRow([&](Statement& s) {
            m_cube.push_back({s.columnIsNull(0) ? QStringLiteral("UNKNOWN") : s.columnText(0), s.columnText(1),
                              s.columnText(2), s.columnIsNull(3) ? QStringLiteral("UNKNOWN") : s.columnText(3),
                              static_cast<double>(s.columnInt(4))});
        });
        if (!st) {
            m_cubeKey.clear();
            return std::unexpected(st.error());
        }
        m_cubeKey = key;
    }
    const std::size_t dimension = id == u"victims_district" ? 0
                                  : id == u"victims_sex"    ? 1
                                  : id == u"victims_age"    ? 2
                                                            : 3;
    std::map<QString, double> margin;
    for (const Cell& c : m_cube) {
        margin[c.keys[dimension]] += c.n;
    }
    std::vector<Raw> out;
    for (const auto& [k, n] : margin) {
        out.push_back({k, QStringLiteral("victims"), n});
    }
    return out;
}

Result<std::vector<DrillRecord>> VictimStatistics::drillDown(const QString& id, const StatisticsFilter& filter,
                                                             const StatTable& table, const QString& rowKey,
                                                             const QString& columnKey) {
    if (!tableIds().contains(id)) {
        return unknownTable(id);
    }
    const FilterSql f = m_engine.filterSql(filter, true);
    return m_engine.drill({victimSql(f, victimRow(id)), {}, {}, {}}, f, table.recordKind, rowKey, columnKey);
}

} // namespace caselink
