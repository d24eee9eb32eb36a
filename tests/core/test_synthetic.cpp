// The synthetic generator: demo statistics as DOMAIN.md reports them (arrests by year, Red Book 13th edition by zone,
// the Pylos shipwreck victims), valid identifiers and foreign keys, determinism by seed, and cancellation.
#include <QCryptographicHash>
#include <QtTest>

#include "repo/deadlinequery.h"
#include "repo/repositorycontext.h"
#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "storage/database.h"
#include "synthetic/syntheticgenerator.h"
#include "testdatabase.h"

using namespace caselink;
using namespace caselink::test;

namespace {

const QStringList kGeneratedTables{QStringLiteral("persons"),
                                   QStringLiteral("person_aliases"),
                                   QStringLiteral("person_passports"),
                                   QStringLiteral("person_phones"),
                                   QStringLiteral("person_addresses"),
                                   QStringLiteral("watchlist_entries"),
                                   QStringLiteral("organisations"),
                                   QStringLiteral("memberships"),
                                   QStringLiteral("officers"),
                                   QStringLiteral("incidents"),
                                   QStringLiteral("cases"),
                                   QStringLiteral("case_offences"),
                                   QStringLiteral("case_persons"),
                                   QStringLiteral("arrests"),
                                   QStringLiteral("custody_periods"),
                                   QStringLiteral("documents"),
                                   QStringLiteral("route_legs"),
                                   QStringLiteral("payments"),
                                   QStringLiteral("assets"),
                                   QStringLiteral("court_proceedings"),
                                   QStringLiteral("hearings"),
                                   QStringLiteral("events"),
                                   QStringLiteral("links"),
                                   QStringLiteral("red_book_editions"),
                                   QStringLiteral("red_book_entries"),
                                   QStringLiteral("person_search"),
                                   QStringLiteral("case_search")};

struct Generated {
    TestDatabase db;
    std::unique_ptr<Session> session;
    Result<SyntheticReport> report = fail(ErrorCode::Internal, QString());

    // The account signs in at officeCode: HQ sees every case.
    // prepare runs signed in before the generator (to add accounts, say).
    explicit Generated(SyntheticOptions options, const QString& officeCode = QStringLiteral("GRW-AHTC"),
                       const std::function<void(Session&)>& prepare = {})
        : db(officeCode) {
        session = db.unlock();
        if (session && prepare) {
            prepare(*session);
        }
        if (session) {
            report = SyntheticGenerator(*session).run(options);
        }
    }
    qint64 count(const QString& sql) {
        auto v = session->database().scalar(sql);
        return v ? v->toLongLong() : -1;
    }
    qint64 rowsInGeneratedTables() {
        qint64 sum = 0;
        for (const QString& t : kGeneratedTables) {
            sum += count(QStringLiteral("SELECT count(*) FROM ") + t);
        }
        return sum;
    }
    // Every generated row, with organisation unit ids (random per database) replaced by their codes.
    QByteArray contentHash() {
        Database& d = session->database();
        QHash<QString, QString> units;
        auto u = d.prepare(QStringLiteral("SELECT id, code FROM org_units"));
        while (u && *u->step()) {
            units.insert(u->columnText(0), u->columnText(1));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& t : kGeneratedTables) {
            auto s = d.prepare(QStringLiteral("SELECT * FROM ") + t);
            QStringList rows;
            while (s && *s->step()) {
                QStringList cells;
                for (int c = 0; c < s->columnCount(); ++c) {
                    const QString v = s->columnIsNull(c) ? QStringLiteral("<null>") : s->columnValue(c).toString();
                    cells << units.value(v, v);
                }
                rows << cells.join(QChar(0x1f));
            }
            rows.sort();
            hash.addData(t.toUtf8());
            hash.addData(rows.join(QChar(0x1e)).toUtf8());
        }
        return hash.result().toHex();
    }
};

SyntheticOptions options(SyntheticScale scale, std::uint64_t seed) {
    SyntheticOptions o;
    o.scale = scale;
    o.seed = seed;
    return o;
}

} // namespace

class TestSynthetic : public QObject {
    Q_OBJECT

private slots:
    void demoMatchesReportedStatistics();
    void chronologyRunsUpToTheDayOfCreation();
    void sameSeedSameContent();
    void cancelLeavesOnlyWholeBatches();
    void refusesAPopulatedDatabase();
};

void TestSynthetic::demoMatchesReportedStatistics() {
    Generated g(options(SyntheticScale::Demo, 7));
    QVERIFY2(g.report, g.report ? "" : qPrintable(g.report.error().message));
    QCOMPARE(g.report->outcome, SyntheticReport::Outcome::Completed);

    const qint64 arrests2025 = g.count(QStringLiteral("SELECT count(*) FROM arrests WHERE arrested_at LIKE '2025-%'"));
    const qint64 arrests2024 = g.count(QStringLiteral("SELECT count(*) FROM arrests WHERE arrested_at LIKE '2024-%'"));
    QVERIFY2(arrests2025 >= 1770 * 95 / 100 && arrests2025 <= 1770 * 105 / 100,
             qPrintable(QString::number(arrests2025)));
    QVERIFY2(arrests2024 * 10 >= arrests2025 * 16, qPrintable(QString::number(arrests2024)));
    for (const char* category : {"GENERAL", "PROCLAIMED_OFFENDER", "COURT_ABSCONDER", "MOST_WANTED"}) {
        QVERIFY2(
            g.count(QStringLiteral("SELECT count(*) FROM arrests WHERE category = '%1'").arg(QLatin1String(category))) >
                0,
            category);
    }
    QVERIFY(g.count(QStringLiteral("SELECT count(*) FROM arrests WHERE category = 'GENERAL'")) * 2 >
            g.count(QStringLiteral("SELECT count(*) FROM arrests")));

    // Red Book 13th edition (2025): 143 entries, by zone exactly as reported; 12th edition (2023): 156.
    const QString byZone =
        QStringLiteral("SELECT count(*) FROM red_book_entries e JOIN red_book_editions b ON b.id = e.edition_id "
                       "JOIN org_units z ON z.id = e.zone_id WHERE b.edition = %1 AND z.code = '%2'");
    const QList<QPair<QString, int>> zones{
        {QStringLiteral("GRW"), 70}, {QStringLiteral("ISB"), 25}, {QStringLiteral("LHR"), 14},
        {QStringLiteral("FSD"), 13}, {QStringLiteral("KHI"), 10}, {QStringLiteral("KHT"), 6},
        {QStringLiteral("MLT"), 3},  {QStringLiteral("BLN"), 1},  {QStringLiteral("PSH"), 1}};
    for (const auto& [zone, expected] : zones) {
        QCOMPARE(g.count(byZone.arg(13).arg(zone)), qint64(expected));
    }
    const QString edition = QStringLiteral("SELECT count(*) FROM red_book_entries e JOIN red_book_editions b "
                                           "ON b.id = e.edition_id WHERE b.edition = %1");
    QCOMPARE(g.count(edition.arg(13)), qint64(143));
    QCOMPARE(g.count(edition.arg(12)), qint64(156));
    // Every 13th-edition entry marked arrested has its Red Book arrest.
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM red_book_entries e WHERE e.status = 'ARRESTED' AND "
                                    "e.edition_id = (SELECT id FROM red_book_editions WHERE edition = 13) AND NOT "
                                    "EXISTS (SELECT 1 FROM arrests a WHERE a.red_book_entry_id = e.id AND "
                                    "a.category = 'MOST_WANTED')")),
             qint64(0));

    // The Pylos shipwreck: 262 Pakistani victims, deceased or missing, linked to its cases.
    QCOMPARE(g.count(QStringLiteral("SELECT count(DISTINCT cp.person_id) FROM case_persons cp JOIN cases c ON "
                                    "c.id = cp.case_id JOIN incidents i ON i.id = c.incident_id WHERE i.kind = "
                                    "'SHIPWRECK' AND cp.role = 'SMUGGLED_MIGRANT' AND cp.victim_outcome IN "
                                    "('DECEASED', 'MISSING')")),
             qint64(262));
    QCOMPARE(g.count(QStringLiteral("SELECT pk_dead + pk_missing FROM incidents WHERE kind = 'SHIPWRECK'")),
             qint64(262));

    // Identifiers: CNIC parity matches sex, province digit matches the address, phones and passports in form.
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM persons WHERE cnic IS NULL OR length(cnic) <> 13 OR "
                                    "(CAST(substr(cnic, 13, 1) AS INTEGER) % 2 = 1) <> (sex = 'M')")),
             qint64(0));
    QCOMPARE(g.count(QStringLiteral(
                 "SELECT count(*) FROM persons p JOIN person_addresses a ON a.person_id = p.id WHERE substr(p.cnic, "
                 "1, 1) <> CASE a.province WHEN 'Punjab' THEN '3' WHEN 'Sindh' THEN '4' WHEN 'Balochistan' THEN "
                 "'5' WHEN 'Khyber Pakhtunkhwa' THEN '1' WHEN 'Islamabad Capital Territory' THEN '6' ELSE '7' END")),
             qint64(0));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM person_phones WHERE e164 NOT GLOB "
                                    "'+923[0-4][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")),
             qint64(0));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM person_passports WHERE number NOT GLOB "
                                    "'[A-Z][A-Z][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")),
             qint64(0));
    // Physical remand never over 15 days in all; IOs are Sub-Inspectors or above.
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM (SELECT arrest_id, sum(julianday(to_date) - "
                                    "julianday(from_date) + 1) AS days FROM custody_periods WHERE kind = 'PHYSICAL' "
                                    "GROUP BY arrest_id) WHERE days > 15")),
             qint64(0));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM cases c JOIN officers o ON o.id = c.io_officer_id WHERE "
                                    "o.rank IN ('CONSTABLE', 'HEAD_CONSTABLE', 'ASSISTANT_SUB_INSPECTOR')")),
             qint64(0));
    // Search rows for every person and case.
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM person_search")),
             g.count(QStringLiteral("SELECT count(*) FROM persons")));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM case_search")),
             g.count(QStringLiteral("SELECT count(*) FROM cases")));
    QVERIFY(g.count(QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH 'numbers:C'")) > 0);

    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
    QCOMPARE(g.session->database().scalar(QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'synthetic.generate'")), qint64(1));
    // Every case has a History: its registration, and each arrest its record naming the person.
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                                    "a.action = 'case.create' AND a.entity_type = 'case' AND a.entity_id = c.id)")),
             qint64(0));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM arrests r WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                                    "a.action = 'arrest.create' AND a.entity_id = r.id AND "
                                    "json_extract(a.fields, '$.person') = r.person_id)")),
             qint64(0));
    QVERIFY(g.count(QStringLiteral("SELECT count(*) FROM arrests")) > 0);
    auto integrity = DatabaseMaintenance(*g.session).checkIntegrity();
    QVERIFY(integrity && integrity->ok());
}

// Every case's life in order, in Pakistani time (arrests are stored in UTC; PKT has had no daylight saving since
// 2009): enquiry, FIR, arrest, production within 24 hours, physical then judicial remand, challans, hearings and
// the verdict, nothing after the day of creation; and the open deadlines are those of recent cases, few overdue.
void TestSynthetic::chronologyRunsUpToTheDayOfCreation() {
    const QDate today(2026, 12, 7);
    SyntheticOptions o = options(SyntheticScale::Demo, 11);
    o.today = today;
    o.investigatorAccount = QStringLiteral("io.grw");
    Generated g(o, QStringLiteral("HQ"), [](Session& session) {
        QVERIFY(AccountAdmin(session).addUser(
            NewUser{QStringLiteral("io.grw"), {}, Role::Investigator, QStringLiteral("GRW-AHTC"), false, fastKdf()},
            secret(passwordOf(QStringLiteral("io.grw")))));
    });
    QVERIFY2(g.report, g.report ? "" : qPrintable(g.report.error().message));
    const QString day = today.toString(Qt::ISODate);
    const auto none = [&](const char* what, const QString& sql) {
        const qint64 n =
            g.count(QString(sql).replace(QStringLiteral(":today"), QLatin1Char('\'') + day + QLatin1Char('\'')));
        QVERIFY2(n == 0, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what)).arg(n)));
    };
    const QString local = QStringLiteral("date(%1, '+5 hours')");
    none("FIR before enquiry", QStringLiteral("SELECT count(*) FROM cases WHERE fir_date < enquiry_date"));
    none("arrest without FIR or before it",
         QStringLiteral("SELECT count(*) FROM arrests a JOIN cases c ON c.id = a.case_id WHERE c.fir_date IS NULL OR "
                        "%1 < c.fir_date")
             .arg(local.arg(QStringLiteral("a.arrested_at"))));
    none("production before arrest",
         QStringLiteral("SELECT count(*) FROM arrests WHERE produced_before_magistrate_at < arrested_at"));
    none("physical remand before production",
         QStringLiteral("SELECT count(*) FROM custody_periods p JOIN arrests a ON a.id = p.arrest_id WHERE "
                        "a.produced_before_magistrate_at IS NULL OR p.from_date < %1")
             .arg(local.arg(QStringLiteral("a.produced_before_magistrate_at"))));
    none("judicial remand before physical remand ends",
         QStringLiteral("SELECT count(*) FROM custody_periods j JOIN custody_periods p ON p.arrest_id = j.arrest_id "
                        "WHERE j.kind = 'JUDICIAL' AND p.kind = 'PHYSICAL' AND j.from_date <= p.to_date"));
    none("overlapping remand orders",
         QStringLiteral("SELECT count(*) FROM custody_periods p JOIN custody_periods q ON q.arrest_id = p.arrest_id "
                        "AND q.id <> p.id WHERE q.from_date BETWEEN p.from_date AND p.to_date"));
    none("interim challan before FIR",
         QStringLiteral("SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE e.event_type = "
                        "'INTERIM_CHALLAN' AND substr(e.occurred_at, 1, 10) < c.fir_date"));
    const QString finalChallan =
        QStringLiteral("(SELECT substr(f.occurred_at, 1, 10) FROM events f WHERE f.case_id = %1 AND f.event_type = "
                       "'FINAL_CHALLAN')");
    none("final challan before interim challan",
         QStringLiteral("SELECT count(*) FROM events e WHERE e.event_type = 'INTERIM_CHALLAN' AND "
                        "substr(e.occurred_at, 1, 10) > %1")
             .arg(finalChallan.arg(QStringLiteral("e.case_id"))));
    none("arrest and remand after the final challan",
         QStringLiteral("SELECT count(*) FROM arrests a JOIN custody_periods p ON p.arrest_id = a.id WHERE a.category "
                        "= 'GENERAL' AND p.kind = 'PHYSICAL' AND p.from_date > %1")
             .arg(finalChallan.arg(QStringLiteral("a.case_id"))));
    none("hearing before the final challan",
         QStringLiteral("SELECT count(*) FROM hearings h JOIN court_proceedings x ON x.id = h.proceeding_id WHERE "
                        "h.held_on < %1 OR %1 IS NULL")
             .arg(finalChallan.arg(QStringLiteral("x.case_id"))));
    none("next hearing not after the last",
         QStringLiteral("SELECT count(*) FROM hearings WHERE next_on IS NOT NULL AND next_on <= held_on"));
    none("verdict before a hearing",
         QStringLiteral("SELECT count(*) FROM hearings h JOIN court_proceedings x ON x.id = h.proceeding_id WHERE "
                        "x.judgment_date IS NOT NULL AND (h.held_on > x.judgment_date OR h.next_on > "
                        "x.judgment_date)"));
    none("undecided trial without a next date",
         QStringLiteral("SELECT count(*) FROM court_proceedings x JOIN cases c ON c.id = x.case_id WHERE "
                        "x.judgment IS NULL AND c.status IN ('FINAL_CHALLAN_SUBMITTED', 'UNDER_TRIAL') AND NOT EXISTS "
                        "(SELECT 1 FROM hearings h WHERE h.proceeding_id = x.id AND h.next_on > :today)"));
    none("decided case with an undecided court",
         QStringLiteral("SELECT count(*) FROM cases c WHERE c.status IN ('CONVICTED', 'ACQUITTED') AND NOT EXISTS "
                        "(SELECT 1 FROM court_proceedings x WHERE x.case_id = c.id AND x.judgment = c.status)"));
    none("event after the day of creation",
         QStringLiteral("SELECT count(*) FROM events WHERE %1 > :today").arg(local.arg(QStringLiteral("occurred_at"))));
    none("arrest, remand or hearing after the day of creation",
         QStringLiteral("SELECT (SELECT count(*) FROM arrests WHERE %1 > :today) + (SELECT count(*) FROM "
                        "custody_periods WHERE from_date > :today) + (SELECT count(*) FROM hearings WHERE held_on > "
                        ":today)")
             .arg(local.arg(QStringLiteral("arrested_at"))));
    // Production within 24 hours, rarely late.
    const qint64 produced =
        g.count(QStringLiteral("SELECT count(*) FROM arrests WHERE produced_before_magistrate_at IS NOT NULL"));
    const qint64 late =
        g.count(QStringLiteral("SELECT count(*) FROM arrests WHERE julianday(produced_before_magistrate_at) - "
                               "julianday(arrested_at) > 1"));
    QVERIFY2(late > 0 && late * 20 < produced, qPrintable(QStringLiteral("%1 of %2").arg(late).arg(produced)));
    // The years of cases moved with the day of creation: this year has cases, and old ones are decided.
    QVERIFY(g.count(QStringLiteral("SELECT count(*) FROM cases WHERE fir_date LIKE '2026-%'")) > 500);
    QVERIFY(g.count(QStringLiteral("SELECT count(*) FROM cases WHERE status IN ('CONVICTED', 'ACQUITTED', "
                                   "'APPEAL_PENDING')")) > 500);

    // The open deadlines are the recent cases' few; a realistic handful overdue, none of them from long ago.
    auto context = RepositoryContext::create(*g.session);
    QVERIFY(context);
    DeadlineFilter all;
    all.limit = 0;
    const auto open = DeadlineQuery(**context).list(today, 3650, all);
    QVERIFY(open);
    qint64 deadlines = 0;
    qint64 overdue = 0;
    QDate oldest = today;
    for (const DeadlineItem& item : open->items) {
        if (item.kind == DeadlineKind::Hearing) {
            continue;
        }
        ++deadlines;
        overdue += item.overdue ? 1 : 0;
        oldest = std::min(oldest, item.due);
    }
    QCOMPARE(deadlines, g.count(QStringLiteral("SELECT count(*) FROM deadline_items")));
    qInfo("%lld of %lld open deadlines overdue, the oldest due %s", overdue, deadlines,
          qPrintable(oldest.toString(Qt::ISODate)));
    QVERIFY2(deadlines >= 50 && overdue > 0 && overdue * 10 <= deadlines,
             qPrintable(QStringLiteral("%1 overdue of %2 open").arg(overdue).arg(deadlines)));
    QVERIFY2(oldest.daysTo(today) <= 60, qPrintable(oldest.toString(Qt::ISODate)));
    // The investigator's account holds a post of its circle and investigates open cases there.
    QVERIFY(
        g.count(QStringLiteral("SELECT count(*) FROM cases c JOIN officers o ON o.id = c.io_officer_id JOIN users u "
                               "ON u.id = o.user_id JOIN org_units x ON x.id = c.office_id WHERE u.username = "
                               "'io.grw' AND x.code = 'GRW-AHTC' AND c.status IN ('UNDER_INVESTIGATION', "
                               "'UNDER_TRIAL')")) > 0);
}

void TestSynthetic::sameSeedSameContent() {
    Generated a(options(SyntheticScale::Tiny, 42));
    Generated b(options(SyntheticScale::Tiny, 42));
    Generated c(options(SyntheticScale::Tiny, 43));
    QVERIFY(a.report && b.report && c.report);
    QVERIFY(a.report->totalRows > 1000);
    QCOMPARE(a.contentHash(), b.contentHash());
    QVERIFY(a.contentHash() != c.contentHash());
}

void TestSynthetic::cancelLeavesOnlyWholeBatches() {
    SyntheticOptions o = options(SyntheticScale::Tiny, 5);
    o.batchRows = 1000;
    int calls = 0;
    o.progress = [&calls](std::int64_t, std::int64_t) {
        return ++calls < 3;
    };
    Generated g(o);
    QVERIFY(g.report);
    QCOMPARE(g.report->outcome, SyntheticReport::Outcome::Cancelled);
    QCOMPARE(g.report->totalRows, qint64(2000));
    QCOMPARE(g.rowsInGeneratedTables(), qint64(2000));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'synthetic.generate'")), qint64(0));
    QCOMPARE(g.count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
}

void TestSynthetic::refusesAPopulatedDatabase() {
    Generated g(options(SyntheticScale::Tiny, 1));
    QVERIFY(g.report);
    auto again = SyntheticGenerator(*g.session).run(options(SyntheticScale::Tiny, 1));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestSynthetic)
#include "test_synthetic.moc"
