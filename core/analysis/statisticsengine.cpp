#include "analysis/statisticsengine.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include "analysis/statisticslabels.h"
#include "repo/aggregatesupport.h"
#include "repo/recordtext.h"
#include "repo/scope.h"
#include "security/session.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

// Cases are dated by their FIR, else their enquiry, else their creation.
const QString kCaseDate = QStringLiteral("coalesce(c.fir_date, c.enquiry_date, substr(c.created_at, 1, 10))");

QString jsonArray(const QStringList& values) {
    QJsonArray array;
    for (const QString& v : values) {
        array.append(v);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// SQL columns naming each drill-down record b of kind: (first person id, first name, second person id, second
// name); a record that is not a person has its name in the first name column.
QString drillNameSql(const Scope& scope, const QString& kind) {
    const QString name = recordtext::personNameSql(scope, QStringLiteral("p"));
    const auto person = [&name](const QString& idSql) {
        return QStringLiteral("%1, (SELECT %2 FROM persons p WHERE p.id = %1)").arg(idSql, name);
    };
    if (kind == u"arrest") {
        return person(QStringLiteral("(SELECT x.person_id FROM arrests x WHERE x.id = b.id)")) +
               QStringLiteral(", NULL, NULL");
    }
    if (kind == u"payment") {
        return person(QStringLiteral("(SELECT x.payer_person_id FROM payments x WHERE x.id = b.id)")) +
               QStringLiteral(", ") +
               person(QStringLiteral("(SELECT x.payee_person_id FROM payments x WHERE x.id = b.id)"));
    }
    if (kind == u"asset") {
        return QStringLiteral("NULL, (SELECT x.kind || CASE WHEN x.description <> '' THEN ': ' || x.description ELSE "
                              "'' END FROM assets x WHERE x.id = b.id), NULL, NULL");
    }
    return QStringLiteral("NULL, (SELECT nullif(lc.title, '') FROM cases lc WHERE lc.id = b.case_id), NULL, NULL");
}

// A person's name from columns (id, name) of a drill-down row: the pseudonym when the name was withheld.
QString drillPerson(const Scope& scope, Statement& s, int idColumn) {
    const QString id = s.columnText(idColumn);
    if (!s.columnIsNull(idColumn + 1)) {
        return s.columnText(idColumn + 1);
    }
    return id.isEmpty() ? QString() : recordtext::pseudonym(scope, id);
}

QString drillName(const Scope& scope, const QString& kind, Statement& s) {
    const QString first = drillPerson(scope, s, 6);
    if (kind != u"payment") {
        return first;
    }
    const QString second = drillPerson(scope, s, 8);
    //: A payment in a statistics drill-down: payer → payee; a side not recorded reads "not recorded"
    return Tr::tr("%1 → %2").arg(first.isEmpty() ? Tr::tr("not recorded") : first,
                                 second.isEmpty() ? Tr::tr("not recorded") : second);
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

QString caseDate() {
    return kCaseDate;
}

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

std::unexpected<Error> unknownTable(const QString& id) {
    return fail(ErrorCode::Usage, Tr::tr("Unknown statistics table %1.").arg(id));
}

} // namespace stats

using namespace stats;

// --- organisation tree ---

const std::vector<OrgUnit>& StatisticsEngine::units() {
    (void)unit(QString()); // loads the tree
    return m_units;
}

const OrgUnit* StatisticsEngine::unit(const QString& id) {
    if (!m_unitsLoaded) {
        // Through the context's connection for this thread, as Session::orgUnits() reads them: the dashboard computes
        // on a worker thread, where the session's own connection may not be used (zones would fall back to ids).
        if (auto stmt = m_context.db().prepare(QStringLiteral("SELECT u.id, u.code, coalesce(u.parent_id, ''), "
                                                              "u.unit_type, u.name_en, u.name_ur FROM org_units u "
                                                              "WHERE u.active = 1 ORDER BY u.rowid"))) {
            (void)stmt->forEachRow([&](Statement& row) {
                m_units.push_back(OrgUnit{row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                                          row.columnText(4), row.columnText(5)});
            });
        }
        m_unitsLoaded = true;
    }
    for (const OrgUnit& u : m_units) {
        if (u.id == id) {
            return &u;
        }
    }
    return nullptr;
}

QStringList StatisticsEngine::unitAndBelow(const QString& id) {
    (void)unit(id);
    QStringList out{id};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const OrgUnit& u : m_units) {
            if (u.parentId == out[i] && !out.contains(u.id)) {
                out << u.id;
            }
        }
    }
    return out;
}

QStringList StatisticsEngine::ancestors(const QString& id) {
    QStringList out;
    for (const OrgUnit* u = unit(id); u && !out.contains(u->id); u = unit(u->parentId)) {
        out << u->id;
    }
    return out;
}

QString StatisticsEngine::rollUp(const QString& officeId, const QString& type) {
    for (const QString& id : ancestors(officeId)) {
        if (unit(id)->type == type) {
            return id;
        }
    }
    return officeId;
}

QString StatisticsEngine::unitLabel(const QString& id) {
    const OrgUnit* u = unit(id);
    if (!u) {
        return id;
    }
    if (QLocale().language() == QLocale::Urdu && !u->nameUr.isEmpty()) {
        return u->nameUr;
    }
    return u->nameEn;
}

QString StatisticsEngine::routeLabel(const QString& code) {
    return referenceLabel(m_routeNames, QStringLiteral("SELECT code, name_en, '' FROM ref_route_codes"), code, true);
}

QString StatisticsEngine::countryLabel(const QString& iso2) {
    return referenceLabel(m_countryNames, QStringLiteral("SELECT iso2, name_en, name_ur FROM ref_countries"), iso2,
                          false);
}

QString StatisticsEngine::referenceLabel(QHash<QString, QString>& cache, const QString& sql, const QString& key,
                                         bool route) {
    if (key.isEmpty() || key == u"UNKNOWN") {
        return statlabels::notRecorded();
    }
    if (cache.isEmpty()) {
        const bool urdu = QLocale().language() == QLocale::Urdu;
        if (auto stmt = m_context.db().prepare(sql)) {
            (void)stmt->forEachRow([&](Statement& s) {
                const QString english = s.columnText(1);
                const QString own = urdu ? s.columnText(2) : QString();
                cache.insert(s.columnText(0),
                             !own.isEmpty() ? own : (route ? statlabels::routeName(english) : english));
            });
        }
    }
    return cache.value(key, key);
}

// --- filter and summaries ---

FilterSql StatisticsEngine::filterSql(const StatisticsFilter& filter, bool unitsOnCase) {
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
    f.today = m_context.now().left(10);
    const bool wholeMonths = (!filter.from.isValid() || filter.from.day() == 1) &&
                             (!filter.to.isValid() || filter.to.day() == filter.to.daysInMonth());
    f.summary = m_useSummaries && wholeMonths && filter.offenceId.isEmpty() &&
                m_context.scope().role() != Role::ProsecutorReader && summariesAvailable();
    if (filter.from.isValid()) {
        f.fromMonth = filter.from.toString(QStringLiteral("yyyy-MM"));
    }
    if (filter.to.isValid()) {
        f.toMonth = filter.to.toString(QStringLiteral("yyyy-MM"));
    }
    f.summaryScope = m_context.scope().caseVisible(QStringLiteral("s"));
    QStringList parts{m_context.scope().caseVisible(QStringLiteral("c"))};
    if (unitsOnCase) {
        parts << f.unitCondition(QStringLiteral("c.office_id"));
    }
    if (!filter.offenceId.isEmpty()) {
        // An id or a code such as PSMA-6; checked against ref_offences by StatisticsQuery::validate().
        parts << QStringLiteral(
            "EXISTS (SELECT 1 FROM case_offences fo JOIN ref_offences ro ON ro.id = fo.offence_id WHERE fo.case_id = "
            "c.id AND (ro.id = :offence OR ro.code = :offence))");
    }
    f.caseConditions = parts.join(QLatin1String(" AND "));
    return f;
}

bool StatisticsEngine::seesEveryOffice() {
    const Scope& scope = m_context.scope();
    if (scope.role() == Role::ProsecutorReader) {
        return false;
    }
    const QSet<QString> offices(scope.officeIds().cbegin(), scope.officeIds().cend());
    for (const OrgUnit& u : units()) {
        if (!offices.contains(u.id)) {
            return false;
        }
    }
    return true;
}

bool StatisticsEngine::summariesAvailable() {
    if (m_summaries < 0) {
        auto stmt = m_context.db().prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('stat_arrests', 'stat_cases', "
                           "'stat_victims', 'stat_fees', 'stat_fees_all', 'stat_challans', 'stat_partner', "
                           "'stat_assets')"));
        m_summaries = stmt && *stmt->step() && stmt->columnInt(0) == 8 ? 1 : 0;
    }
    return m_summaries == 1;
}

// --- queries ---

// An empty or NULL row key is "UNKNOWN", as in the base.
Result<std::vector<Raw>> StatisticsEngine::summaryCounts(const QString& sql, const FilterSql& f,
                                                         const QString& column) {
    auto stmt = prepareScoped(m_context, sql);
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

Result<std::vector<Raw>> StatisticsEngine::aggregate(const Spec& spec, const FilterSql& f) {
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
    auto stmt = prepareScoped(m_context, sql);
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

Result<std::vector<DrillRecord>> StatisticsEngine::drill(const Spec& spec, const FilterSql& f, const QString& kind,
                                                         const QString& rowKey, const QString& columnKey) {
    QString where = spec.column.isEmpty() ? QStringLiteral("k = :drill_k") : QStringLiteral("1");
    if (!spec.rowOf) {
        where += rowKey == u"UNKNOWN" ? QStringLiteral(" AND r IS NULL") : QStringLiteral(" AND r = :drill_r");
    }
    auto stmt = prepareScoped(
        m_context,
        QStringLiteral("SELECT id, case_id, at, d, r, (SELECT CASE WHEN lc.fir_serial IS NOT NULL THEN "
                       "coalesce(lc.fir_prefix || '-', '') || lc.fir_serial || '/' || lc.fir_year ELSE "
                       "lc.enquiry_number END FROM cases lc WHERE lc.id = b.case_id), %3 FROM (SELECT DISTINCT id, "
                       "case_id, at, d, r FROM (%1) WHERE %2 ORDER BY at, id LIMIT 20000) b")
            .arg(spec.sql, where, drillNameSql(m_context.scope(), kind)));
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
        DrillRecord record{kind, s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(5),
                           {}};
        record.name = drillName(m_context.scope(), kind, s);
        if (record.name.isEmpty()) {
            record.name = record.caseLabel; // a case without a title
        }
        out.push_back(std::move(record));
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<QString> StatisticsEngine::latestRedBookEdition(int* number, int* year) {
    auto stmt = m_context.db().prepare(
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

} // namespace caselink
