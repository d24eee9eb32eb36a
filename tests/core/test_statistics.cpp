// Statistics against hand-counted figures on a small fixture written through the repositories: arrests by month,
// zone and year, pipeline and conviction rate, challan timeliness, victims with small-cell suppression, fees, assets,
// partner counts, filters, drill-down and scope.
#include <QtTest>

#include "analysis/statistics.h"
#include "domain/asset.h"
#include "domain/caserecord.h"
#include "domain/person.h"
#include "repo/scopecounts.h"
#include "statisticsfixture.h"

using namespace caselink;
using namespace caselink::test;

namespace {

double total(const StatTable& t) {
    double s = 0;
    for (const auto& row : t.cells) {
        for (const StatCell& c : row) {
            s += c.state == StatCell::State::Value ? c.value : 0;
        }
    }
    return s;
}

StatTable table(StatisticsFixture& f, const QString& id, const StatisticsFilter& filter = {}) {
    StatisticsQuery q(*f.context);
    auto t = q.table(id, filter);
    if (!t) {
        qWarning() << t.error().message;
        return {};
    }
    return *t;
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private slots:
    void percentChangeAndConvictionRateDefinitions() {
        QCOMPARE(*StatisticsQuery::percentChange(2, 3), 50.0);
        QCOMPARE(*StatisticsQuery::percentChange(4, 1), -75.0);
        QCOMPARE(*StatisticsQuery::percentChange(5, 5), 0.0);
        QVERIFY(!StatisticsQuery::percentChange(0, 7)); // growth from nothing has no percentage
        QVERIFY(!StatisticsQuery::percentChange(0, 0));
        QCOMPARE(*StatisticsQuery::convictionRate(1, 4), 25.0); // over decided cases
        QVERIFY(!StatisticsQuery::convictionRate(0, 0));
    }

    void arrestsByMonthCategoryAndZone() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const StatTable m = table(f, QStringLiteral("arrests_month"));
        QCOMPARE(m.rowKeys.first(), QStringLiteral("2024-03"));
        QCOMPARE(m.rowKeys.last(), QStringLiteral("2025-03"));
        QCOMPARE(m.rowKeys.size(), 13); // the empty months in between are rows of zeros
        QCOMPARE(m.value(QStringLiteral("2024-03"), QStringLiteral("GENERAL")), 1.0);
        QCOMPARE(m.value(QStringLiteral("2024-03"), QStringLiteral("PROCLAIMED_OFFENDER")), 1.0);
        QCOMPARE(m.value(QStringLiteral("2024-07"), QStringLiteral("GENERAL")), 0.0);
        QCOMPARE(m.value(QStringLiteral("2025-03"), QStringLiteral("MOST_WANTED")), 1.0);
        QCOMPARE(m.value(QStringLiteral("2025-03"), QStringLiteral("COURT_ABSCONDER")), 1.0);
        QCOMPARE(total(m), 6.0);

        const StatTable z = table(f, QStringLiteral("arrests_zone"));
        QCOMPARE(z.rowKeys.size(), 2);
        QCOMPARE(z.rowKeys.first(), f.office(QStringLiteral("GRW"))); // sorted by total: Gujranwala 4 first
        QCOMPARE(z.value(f.office(QStringLiteral("GRW")), QStringLiteral("GENERAL")), 2.0);
        QCOMPARE(z.value(f.office(QStringLiteral("LHR")), QStringLiteral("COURT_ABSCONDER")), 1.0);
        const StatTable c = table(f, QStringLiteral("arrests_circle"));
        QCOMPARE(c.value(f.office(QStringLiteral("LHR-AHTC")), QStringLiteral("GENERAL")), 1.0);
    }

    void yearOnYearWithZeroBase() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        StatisticsFilter filter;
        filter.compareYear = 2025;
        const StatTable t = table(f, QStringLiteral("arrests_yoy"), filter);
        QCOMPARE(t.columnKeys,
                 (QStringList{QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("change_pct")}));
        QCOMPARE(t.value(QStringLiteral("03"), QStringLiteral("2024")), 2.0);
        QCOMPARE(t.value(QStringLiteral("03"), QStringLiteral("2025")), 3.0);
        QCOMPARE(t.value(QStringLiteral("03"), QStringLiteral("change_pct")), 50.0);
        QCOMPARE(t.cell(QStringLiteral("01"), QStringLiteral("change_pct"))->state, StatCell::State::Undefined);
        QCOMPARE(t.text(0, 2), QStringLiteral("—"));
        QCOMPARE(t.value(QStringLiteral("total"), QStringLiteral("change_pct")), 100.0);
        QVERIFY(t.note.contains(QLatin1String("2024")));
    }

    void pipelineAndConvictionRate() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const StatTable t = table(f, QStringLiteral("pipeline"));
        const QString n = QStringLiteral("cases");
        QCOMPARE(t.value(QStringLiteral("ENQUIRIES"), n), 2.0);
        QCOMPARE(t.value(QStringLiteral("FIRS"), n), 3.0);
        QCOMPARE(t.value(QStringLiteral("CHALLANS"), n), 3.0);
        QCOMPARE(t.value(QStringLiteral("DECIDED"), n), 2.0);
        QCOMPARE(t.value(QStringLiteral("CONVICTIONS"), n), 1.0);
        // 1 conviction of 2 decided cases: 50 %, not 1 of 3 FIRs (33 %).
        QCOMPARE(t.value(QStringLiteral("CONVICTION_RATE_PCT"), n), 50.0);
        QVERIFY(t.note.contains(QLatin1String("decided")));
        QVERIFY(t.note.contains(QLatin1String("50.0")));
    }

    void challanTimeliness() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const StatTable t = table(f, QStringLiteral("challans"));
        const QString n = QStringLiteral("cases");
        QCOMPARE(t.value(QStringLiteral("ON_TIME"), n), 1.0);
        QCOMPARE(t.value(QStringLiteral("LATE"), n), 1.0);
        QCOMPARE(t.value(QStringLiteral("OVERDUE"), n), 1.0);
        QCOMPARE(t.value(QStringLiteral("ON_TIME_SHARE_PCT"), n), 50.0);
    }

    void victimsWithAndWithoutGrant() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const QString v = QStringLiteral("victims");
        QCOMPARE(table(f, QStringLiteral("victims_district")).value(QStringLiteral("Gujrat"), v), 2.0);
        QCOMPARE(table(f, QStringLiteral("victims_district")).value(QStringLiteral("Sialkot"), v), 1.0);
        QCOMPARE(table(f, QStringLiteral("victims_sex")).value(QStringLiteral("F"), v), 1.0);
        QCOMPARE(table(f, QStringLiteral("victims_sex")).value(QStringLiteral("M"), v), 2.0);
        QCOMPARE(table(f, QStringLiteral("victims_age")).value(QStringLiteral("18-25"), v), 1.0);
        QCOMPARE(table(f, QStringLiteral("victims_age")).value(QStringLiteral("26-35"), v), 2.0);
        QCOMPARE(table(f, QStringLiteral("victims_outcome")).value(QStringLiteral("DECEASED"), v), 1.0);
        // all() computes the four from one pass: the same margins.
        auto all = StatisticsQuery(*f.context).all({});
        QVERIFY(all);
        for (const StatTable& t : *all) {
            if (t.id.startsWith(QLatin1String("victims_"))) {
                const StatTable single = table(f, t.id);
                QCOMPARE(t.rowKeys, single.rowKeys);
                for (int r = 0; r < t.rowKeys.size(); ++r) {
                    QCOMPARE(t.value(t.rowKeys[r], v), single.value(t.rowKeys[r], v));
                }
            }
        }

        // Without the victim grant, counts below 5 are suppressed and cannot be drilled into.
        f.openAs(QStringLiteral("sup.nogrant"));
        const StatTable d = table(f, QStringLiteral("victims_district"));
        QCOMPARE(d.cell(QStringLiteral("Gujrat"), v)->state, StatCell::State::Suppressed);
        QCOMPARE(d.text(d.rowOf(QStringLiteral("Gujrat")), 0), QStringLiteral("<5"));
        QVERIFY(d.note.contains(QLatin1String("<5")));
        StatisticsQuery q(*f.context);
        auto records = q.drillDown(QStringLiteral("victims_district"), {}, QStringLiteral("Gujrat"), v);
        QVERIFY(!records);
        QCOMPARE(records.error().code, ErrorCode::Permission);
    }

    void feesAssetsAndPartnerCounts() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const StatTable fees = table(f, QStringLiteral("fees_route"));
        QCOMPARE(fees.value(QStringLiteral("CENTRAL_MED"), QStringLiteral("payments")), 3.0);
        QCOMPARE(fees.value(QStringLiteral("CENTRAL_MED"), QStringLiteral("median_pkr")), 200000.0);
        QCOMPARE(fees.value(QStringLiteral("EASTERN_MED"), QStringLiteral("median_pkr")), 500000.0);
        const StatTable assets = table(f, QStringLiteral("assets"));
        QCOMPARE(assets.value(QStringLiteral("SEIZED"), QStringLiteral("assets")), 2.0);
        QCOMPARE(assets.value(QStringLiteral("SEIZED"), QStringLiteral("value_pkr")), 1250000.0);
        QCOMPARE(assets.value(QStringLiteral("FROZEN"), QStringLiteral("value_pkr")), 500000.0);
        const StatTable partner = table(f, QStringLiteral("partner_routes"));
        // A1 is accused in C1 and C3 (both CENTRAL_MED) and counts in each, with A3 in C3.
        QCOMPARE(partner.value(QStringLiteral("PK"), QStringLiteral("CENTRAL_MED")), 3.0);
        QCOMPARE(partner.value(QStringLiteral("AF"), QStringLiteral("EASTERN_MED")), 1.0);
    }

    void filtersNarrowEveryCount() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        StatisticsFilter byDate;
        byDate.from = QDate(2025, 1, 1);
        byDate.to = QDate(2025, 3, 10);
        QCOMPARE(total(table(f, QStringLiteral("arrests_month"), byDate)), 3.0); // Jan, Mar 2 and Mar 10
        StatisticsFilter byZone;
        byZone.unitId = f.office(QStringLiteral("LHR"));
        QCOMPARE(total(table(f, QStringLiteral("arrests_month"), byZone)), 2.0);
        QCOMPARE(table(f, QStringLiteral("pipeline"), byZone).value(QStringLiteral("FIRS"), QStringLiteral("cases")),
                 1.0);
        StatisticsFilter byCategory;
        byCategory.category = QStringLiteral("MOST_WANTED");
        QCOMPARE(total(table(f, QStringLiteral("arrests_month"), byCategory)), 1.0);
        StatisticsFilter byOffence;
        byOffence.offenceId = f.offence;
        QCOMPARE(total(table(f, QStringLiteral("arrests_month"), byOffence)), 4.0); // C1 and C3

        StatisticsQuery q(*f.context);
        StatisticsFilter bad;
        bad.from = QDate(2025, 2, 1);
        bad.to = QDate(2025, 1, 1);
        auto refused = q.table(QStringLiteral("arrests_month"), bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Input);
        bad = {};
        bad.category = QStringLiteral("NONSENSE");
        QVERIFY(!q.table(QStringLiteral("arrests_month"), bad));
    }

    // Every key a table counts by has a label in words, the same for the dashboard, the CLI and the exports.
    void keysAreLabelledInWords() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const StatTable m = table(f, QStringLiteral("arrests_month"));
        QCOMPARE(m.rowLabels.first(), QLocale().toString(QDate(2024, 3, 1), QStringLiteral("MMM yy")));
        const StatTable sex = table(f, QStringLiteral("victims_sex"));
        QCOMPARE(sex.rowLabels.value(sex.rowOf(QStringLiteral("M"))), sexDisplayName(Sex::Male));
        const StatTable outcome = table(f, QStringLiteral("victims_outcome"));
        QCOMPARE(outcome.rowLabels.value(outcome.rowOf(QStringLiteral("DECEASED"))),
                 victimOutcomeDisplayName(VictimOutcome::Deceased));
        const StatTable fees = table(f, QStringLiteral("fees_route"));
        QCOMPARE(fees.rowLabels.value(fees.rowOf(QStringLiteral("CENTRAL_MED"))),
                 QStringLiteral("Central Mediterranean"));
        const StatTable assets = table(f, QStringLiteral("assets"));
        QCOMPARE(assets.rowLabels.value(assets.rowOf(QStringLiteral("FROZEN"))), assetActionName(AssetAction::Frozen));
        const StatTable partner = table(f, QStringLiteral("partner_routes"));
        QCOMPARE(partner.rowLabels.value(partner.rowOf(QStringLiteral("AF"))), QStringLiteral("Afghanistan"));
        QCOMPARE(partner.columnLabels.value(partner.columnOf(QStringLiteral("EASTERN_MED"))),
                 QStringLiteral("Eastern Mediterranean"));
        const StatTable circles = table(f, QStringLiteral("arrests_circle"));
        QVERIFY(circles.rowLabels.contains(QStringLiteral("Anti-Human Trafficking Circle Lahore")));
        for (const QString& id : StatisticsQuery::tableIds()) {
            QVERIFY2(!table(f, id).counted.isEmpty(), qPrintable(id)); // the tooltips' definition
        }
    }

    // Without a comparison year the last full year is compared with the one before: a year still running would read
    // -100 % for every month to come.
    void compareYearDefaultsToTheLastFullYear() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        StatisticsFilter filter;
        filter.to = QDate(2025, 6, 30);
        QCOMPARE(table(f, QStringLiteral("arrests_yoy"), filter).columnKeys.mid(0, 2),
                 (QStringList{QStringLiteral("2023"), QStringLiteral("2024")}));
        filter.to = QDate(2025, 12, 31);
        QCOMPARE(table(f, QStringLiteral("arrests_yoy"), filter).columnKeys.mid(0, 2),
                 (QStringList{QStringLiteral("2024"), QStringLiteral("2025")}));
    }

    // Drill-down records are named as lists name them, never by an identifier.
    void drillDownRecordsHaveNames() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        StatisticsQuery q(*f.context);
        auto arrests =
            q.drillDown(QStringLiteral("arrests_month"), {}, QStringLiteral("2024-03"), QStringLiteral("GENERAL"));
        QVERIFY(arrests && arrests->size() == 1);
        QCOMPARE(arrests->front().name, QStringLiteral("Agent One"));
        auto cases =
            q.drillDown(QStringLiteral("pipeline"), {}, QStringLiteral("CONVICTIONS"), QStringLiteral("cases"));
        QVERIFY(cases && cases->size() == 1);
        QVERIFY(cases->front().name.startsWith(QLatin1String("Statistics fixture")));
        auto fees =
            q.drillDown(QStringLiteral("fees_route"), {}, QStringLiteral("EASTERN_MED"), QStringLiteral("payments"));
        QVERIFY(fees && fees->size() == 1);
        QVERIFY2(fees->front().name.contains(QStringLiteral("→")), qPrintable(fees->front().name));
    }

    void drillDownListsTheRecordsBehindACell() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        StatisticsQuery q(*f.context);
        auto records =
            q.drillDown(QStringLiteral("arrests_month"), {}, QStringLiteral("2025-03"), QStringLiteral("MOST_WANTED"));
        QVERIFY(records);
        QCOMPARE(records->size(), std::size_t(1));
        QCOMPARE(records->front().id, f.mostWantedArrest);
        QCOMPARE(records->front().caseId, f.c2);
        auto zone =
            q.drillDown(QStringLiteral("arrests_zone"), {}, f.office(QStringLiteral("GRW")), QStringLiteral("GENERAL"));
        QVERIFY(zone);
        QCOMPARE(zone->size(), std::size_t(2));
        auto convicted =
            q.drillDown(QStringLiteral("pipeline"), {}, QStringLiteral("CONVICTIONS"), QStringLiteral("cases"));
        QVERIFY(convicted);
        QCOMPARE(convicted->size(), std::size_t(1));
        QCOMPARE(convicted->front().caseId, f.c1);
        StatisticsFilter yoy;
        yoy.compareYear = 2025;
        auto march = q.drillDown(QStringLiteral("arrests_yoy"), yoy, QStringLiteral("03"), QStringLiteral("2024"));
        QVERIFY(march);
        QCOMPARE(march->size(), std::size_t(2));
        auto overdue = q.drillDown(QStringLiteral("challans"), {}, QStringLiteral("OVERDUE"), QStringLiteral("cases"));
        QVERIFY(overdue);
        QCOMPARE(overdue->size(), std::size_t(1));
        QCOMPARE(overdue->front().caseId, f.c1);
        // Every cell of the month table lists as many records as it counts.
        const StatTable m = table(f, QStringLiteral("arrests_month"));
        for (int r = 0; r < m.rowKeys.size(); ++r) {
            for (int c = 0; c < m.columnKeys.size(); ++c) {
                auto rows = q.drillDown(m.id, {}, m.rowKeys[r], m.columnKeys[c]);
                QVERIFY(rows);
                QCOMPARE(static_cast<double>(rows->size()),
                         m.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)].value);
            }
        }
    }

    // The monthly summaries of migration 0008 and the base tables give the same tables, before and after arrests and
    // cases change in every way the triggers must follow.
    void summariesAgreeWithBaseTables() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        Database& db = f.session->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(n) FROM stat_arrests"))->toInt(), 6);
        auto compareAll = [&](const char* when) {
            StatisticsQuery fast(*f.context);
            StatisticsQuery slow(*f.context);
            slow.setUseSummaries(false);
            std::vector<StatisticsFilter> filters(4);
            filters[1].from = QDate(2024, 3, 1);
            filters[1].to = QDate(2025, 2, 28);
            filters[2].unitId = f.office(QStringLiteral("GRW"));
            filters[3].category = QStringLiteral("GENERAL");
            filters[3].compareYear = 2025;
            for (const StatisticsFilter& filter : filters) {
                for (const QString& id : StatisticsQuery::tableIds()) {
                    auto a = fast.table(id, filter);
                    auto b = slow.table(id, filter);
                    QVERIFY(a && b);
                    QVERIFY2(a->rowKeys == b->rowKeys, when);
                    for (std::size_t r = 0; r < a->cells.size(); ++r) {
                        for (std::size_t c = 0; c < a->cells[r].size(); ++c) {
                            QVERIFY2(
                                a->cells[r][c].value == b->cells[r][c].value,
                                qPrintable(QStringLiteral("%1 %2 %3/%4").arg(QLatin1String(when), id).arg(r).arg(c)));
                        }
                    }
                }
            }
        };
        compareAll("after the fixture");
        QVERIFY(db.exec(QStringLiteral("UPDATE arrests SET category = 'COURT_ABSCONDER', arrested_at = "
                                       "'2025-02-01T08:00:00.000Z' WHERE id = '%1'")
                            .arg(f.mostWantedArrest)));
        compareAll("after an arrest changed");
        QVERIFY(db.exec(QStringLiteral("UPDATE cases SET office_id = (SELECT id FROM org_units WHERE code = "
                                       "'FSD-AHTC') WHERE id = '%1'")
                            .arg(f.c1)));
        compareAll("after a case moved office");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM arrests WHERE case_id = '%1' AND category = 'GENERAL'").arg(f.c3)));
        compareAll("after an arrest was deleted");
        QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM case_persons WHERE case_id = '%1'; "
                                       "DELETE FROM events WHERE case_id = '%1'; PRAGMA foreign_keys = ON; "
                                       "DELETE FROM cases WHERE id = '%1'")
                            .arg(f.c2)));
        compareAll("after a case with arrests was deleted");
        // What the victim, fee, challan and partner summaries (migration 0009) follow.
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET sex = 'F', birth_year = 1960 WHERE id IN (SELECT person_id "
                                       "FROM case_persons WHERE role = 'SMUGGLED_MIGRANT' LIMIT 1)")));
        compareAll("after a victim's sex and age changed");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO person_addresses (id, person_id, district) SELECT "
                                       "'addr-new', person_id, 'Mandi Bahauddin' FROM case_persons WHERE role = "
                                       "'TRAFFICKING_VICTIM' LIMIT 1")));
        compareAll("after a victim's second address");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM person_addresses WHERE rowid = (SELECT min(pa.rowid) FROM "
                                       "person_addresses pa JOIN case_persons cp ON cp.person_id = pa.person_id "
                                       "WHERE cp.role = 'TRAFFICKING_VICTIM')")));
        compareAll("after a victim's first address was removed");
        QVERIFY(db.exec(QStringLiteral("UPDATE case_persons SET victim_outcome = 'MISSING', role = "
                                       "'TRAFFICKING_VICTIM' WHERE role = 'SMUGGLED_MIGRANT' AND victim_outcome = "
                                       "'SURVIVOR'")));
        compareAll("after a victim's role and outcome changed");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO case_persons (id, case_id, person_id, role) SELECT 'role-new', "
                                       "'%1', person_id, 'MONEY_HANDLER' FROM case_persons WHERE case_id = '%1' AND "
                                       "role = 'AGENT'")
                            .arg(f.c1)));
        compareAll("after a second accused role for the same person and case");
        QVERIFY(db.exec(QStringLiteral("UPDATE persons SET nationality = 'AF' WHERE id IN (SELECT person_id FROM "
                                       "case_persons WHERE role = 'KINGPIN')")));
        compareAll("after an accused person's nationality changed");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM case_persons WHERE id = 'role-new'")));
        compareAll("after an accused role was removed");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO payments (id, case_id, amount_minor, currency, paid_on, pkr_minor, "
                                       "instalment_of) SELECT 'pay-instalment', case_id, 23456700, 'PKR', "
                                       "'2024-02-01', 23456700, id FROM payments WHERE case_id = '%1' ORDER BY "
                                       "paid_on LIMIT 1")
                            .arg(f.c1)));
        compareAll("after an instalment was added");
        QVERIFY(
            db.exec(QStringLiteral("UPDATE payments SET pkr_minor = pkr_minor + 100000 WHERE id = 'pay-instalment'")));
        compareAll("after an instalment changed");
        QVERIFY(db.exec(QStringLiteral("UPDATE cases SET route_code = 'EASTERN_MED', fir_date = '2024-06-30' WHERE "
                                       "id = '%1'")
                            .arg(f.c1)));
        compareAll("after a case's route and FIR date changed");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM payments WHERE id = 'pay-instalment'")));
        compareAll("after an instalment was removed");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO events (id, case_id, event_type, occurred_at) VALUES "
                                       "('ev-challan', '%1', 'FINAL_CHALLAN', '2024-07-10T10:00:00.000Z')")
                            .arg(f.c1)));
        compareAll("after a challan was recorded");
        QVERIFY(db.exec(QStringLiteral("UPDATE events SET occurred_at = '2024-09-10T10:00:00.000Z' WHERE id = "
                                       "'ev-challan'")));
        compareAll("after a challan's date changed");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM events WHERE id = 'ev-challan'")));
        compareAll("after a challan was removed");
        QVERIFY(db.exec(QStringLiteral("UPDATE assets SET value_pkr = 750000, action = 'ATTACHED' WHERE id = (SELECT "
                                       "min(id) FROM assets)")));
        compareAll("after an asset changed");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM assets WHERE id = (SELECT max(id) FROM assets)")));
        compareAll("after an asset was removed");
        for (const char* table :
             {"stat_victims", "stat_fees", "stat_fees_all", "stat_challans", "stat_partner", "stat_assets"}) {
            QVERIFY2(
                db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE n < 0").arg(QLatin1String(table)))->toInt() ==
                    0,
                table);
        }
        // Every summary still equals its view recomputed from scratch.
        for (const auto& [summary, recount] : std::vector<std::pair<QString, QString>>{
                 {QStringLiteral("SELECT office_id, month, dim, key, n FROM stat_victims WHERE n > 0"),
                  QStringLiteral("SELECT office_id, month, dim, key, count(*) FROM stat_victim_keys GROUP BY 1, 2, 3, "
                                 "4")},
                 {QStringLiteral("SELECT office_id, month, route, fee, n FROM stat_fees WHERE n > 0"),
                  QStringLiteral("SELECT office_id, month, route, fee, count(*) FROM stat_fee_facts GROUP BY 1, 2, 3, "
                                 "4")},
                 {QStringLiteral("SELECT month, route, fee, n FROM stat_fees_all WHERE n > 0"),
                  QStringLiteral("SELECT month, route, fee, count(*) FROM stat_fee_facts GROUP BY 1, 2, 3")},
                 {QStringLiteral("SELECT office_id, month, action, n, value FROM stat_assets WHERE n > 0"),
                  QStringLiteral("SELECT office_id, month, action, count(*), sum(value) FROM stat_asset_facts GROUP BY "
                                 "1, 2, 3")},
                 {QStringLiteral("SELECT office_id, month, state, n FROM stat_challans WHERE n > 0"),
                  QStringLiteral("SELECT office_id, month, state, count(*) FROM stat_challan_facts GROUP BY 1, 2, 3")},
                 {QStringLiteral("SELECT office_id, month, nationality, route, n FROM stat_partner WHERE n > 0"),
                  QStringLiteral("SELECT office_id, month, nationality, route, count(*) FROM stat_partner_facts GROUP "
                                 "BY 1, 2, 3, 4")}}) {
            QVERIFY2(test::rowsDiffer(db, summary, recount) == 0, qPrintable(summary));
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(n) FROM stat_arrests"))->toInt(), 3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM stat_arrests WHERE n <= 0"))->toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(n) FROM stat_cases"))->toInt(), 3);
        // And the whole-month path really reads the summary: a tampered count shows there, not in the base path.
        QVERIFY(db.exec(QStringLiteral("UPDATE stat_arrests SET n = n + 100")));
        StatisticsQuery fast(*f.context);
        QVERIFY(total(*fast.table(QStringLiteral("arrests_month"), {})) > 100);
        StatisticsFilter partMonth;
        partMonth.from = QDate(2024, 3, 6); // not a whole month: the base tables answer
        QCOMPARE(total(*fast.table(QStringLiteral("arrests_month"), partMonth)), 2.0);
    }

    void investigatorSeesOnlyTheirOffice() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        f.openAs(QStringLiteral("io.grw"));
        const StatTable m = table(f, QStringLiteral("arrests_month"));
        QCOMPARE(total(m), 4.0); // C1 and C2 only
        QCOMPARE(m.value(QStringLiteral("2025-03"), QStringLiteral("COURT_ABSCONDER")), 0.0);
        QCOMPARE(table(f, QStringLiteral("arrests_zone")).rowKeys, QStringList{f.office(QStringLiteral("GRW"))});
        QCOMPARE(table(f, QStringLiteral("pipeline")).value(QStringLiteral("FIRS"), QStringLiteral("cases")), 2.0);
        QCOMPARE(
            table(f, QStringLiteral("fees_route")).value(QStringLiteral("CENTRAL_MED"), QStringLiteral("payments")),
            2.0);
        StatisticsQuery q(*f.context);
        auto records =
            q.drillDown(QStringLiteral("arrests_month"), {}, QStringLiteral("2025-03"), QStringLiteral("GENERAL"));
        QVERIFY(records);
        QVERIFY(records->empty()); // the Lahore arrest of that month is out of scope
        // The Dashboard's figures count the same scope from the summaries.
        auto counts = countInScope(*f.context);
        QVERIFY(counts);
        QCOMPARE(counts->cases, 2);
        QCOMPARE(counts->arrests, 4);
        f.openAs(QStringLiteral("sup.nogrant"));
        counts = countInScope(*f.context);
        QVERIFY(counts);
        QCOMPARE(counts->cases,
                 f.session->database().scalar(QStringLiteral("SELECT count(*) FROM cases"))->toLongLong());
        QCOMPARE(counts->arrests,
                 f.session->database().scalar(QStringLiteral("SELECT count(*) FROM arrests"))->toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "test_statistics.moc"
