// The Dashboard's work queue on a real encrypted database with a fixed "now" (12:00 in Pakistan): productions due
// within 24 hours and not after, remands running out within 48 hours, interim challans required now, hearings this
// week, the user's own open cases, overdue items by circle for a supervisor, and nothing from outside the scope.
#include <QtTest>

#include "models/workqueue.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/courtrepository.h"
#include "repo/officerrepository.h"
#include "repo/personrepository.h"
#include "signedindatabase.h"
#include "storage/database.h"

using namespace caselink;
using namespace caselink::test;

namespace {

const QDateTime kNow(QDate(2024, 3, 20), QTime(7, 0), Qt::UTC); // 12:00 PKT
const QDate kToday(2024, 3, 20);

struct Fixture : SignedInDatabase {
    QString grw;
    QString khi;
    QString mainCase;  // GRW-AHTC: the deadlines
    QString lateCase;  // GRW-AHTC: challan overdue
    QString trialCase; // GRW-AHTC: hearings, investigated by io.grw's officer
    QString otherCase; // KHI-AHTC: out of the GRW users' scope

    Fixture()
        : SignedInDatabase(QStringLiteral("HQ")) {
        open(kAdmin, kAdminPassword);
        addUser(QStringLiteral("io.grw"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        grw = unit(QStringLiteral("GRW-AHTC"));
        khi = unit(QStringLiteral("KHI-AHTC"));
        Officer officer;
        officer.name = QStringLiteral("Inspector Asif Mehmood");
        officer.rank = OfficerRank::Inspector;
        officer.serviceNumber = QStringLiteral("SN-4411");
        officer.officeId = grw;
        officer.userId = userId(QStringLiteral("io.grw"));
        const QString ioOfficer = OfficerRepository(*context).create(officer)->id;

        mainCase = newCase(grw, QStringLiteral("C-11/2024"), kToday.addDays(-15));
        lateCase = newCase(grw, QStringLiteral("C-12/2024"), kToday.addDays(-20), ioOfficer);
        trialCase = newCase(grw, QStringLiteral("C-13/2024"), kToday.addDays(-5), ioOfficer);
        otherCase = newCase(khi, QStringLiteral("C-14/2024"), kToday.addDays(-20));

        arrest(mainCase, QStringLiteral("Production In 23h59"), kNow.addSecs(-60));
        arrest(mainCase, QStringLiteral("Production Out 24h01"), kNow.addSecs(60));
        arrest(mainCase, QStringLiteral("Production Overdue"), kNow.addSecs(-25 * 3600));
        // A remand to tomorrow runs out at midnight after it, 36 hours on; one to the day after, 60 hours on.
        remanded(mainCase, QStringLiteral("Remand Tomorrow"), kToday.addDays(1));
        remanded(mainCase, QStringLiteral("Remand Day After"), kToday.addDays(2));
        remanded(mainCase, QStringLiteral("Remand Expired"), kToday.addDays(-1));
        arrest(otherCase, QStringLiteral("Karachi Production"), kNow.addSecs(-60));

        CourtRepository courts(*context);
        CourtProceeding trial;
        trial.caseId = trialCase;
        trial.kind = CourtKind::SpecialCourtCentral;
        trial.courtName = QStringLiteral("Special Court (Central) Gujranwala");
        const QString proceeding = courts.createProceeding(trial)->id;
        QVERIFY(courts.addHearing({{}, proceeding, kToday.addDays(-20), kToday.addDays(6), {}}));
        QVERIFY(courts.addHearing({{}, proceeding, kToday.addDays(-40), kToday.addDays(7), {}}));
    }

    QString unit(const QString& code) {
        auto stmt = session->database().prepare(QStringLiteral("SELECT id FROM org_units WHERE code = ?"));
        stmt->bind(1, code);
        (void)stmt->step();
        return stmt->columnText(0);
    }
    QString userId(const QString& name) {
        auto stmt = session->database().prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
        stmt->bind(1, name);
        (void)stmt->step();
        return stmt->columnText(0);
    }
    QString newCase(const QString& office, const QString& fir, QDate firDate, const QString& io = {}) {
        CaseRecord c;
        c.officeId = office;
        c.firNumber = fir;
        c.firDate = firDate;
        c.ioOfficerId = io;
        auto created = CaseRepository(*context).create(c);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return {};
        }
        (void)CaseRepository(*context).setStatus(created->id, CaseStatus::UnderInvestigation);
        return created->id;
    }
    QString arrest(const QString& caseId, const QString& name, const QDateTime& at) {
        Person p;
        p.nameLatin = name;
        const QString personId = PersonRepository(*context).create(p)->id;
        (void)CaseRoleRepository(*context).add(
            {{}, caseId, personId, PersonRole::Agent, true, ArrestStatus::Wanted, {}, {}, {}});
        Arrest a;
        a.caseId = caseId;
        a.personId = personId;
        a.arrestedAt = at;
        auto saved = ArrestRepository(*context).record(a);
        if (!saved) {
            qWarning("%s", qPrintable(saved.error().message));
            return {};
        }
        return saved->id;
    }
    void remanded(const QString& caseId, const QString& name, QDate to) {
        const QString id = arrest(caseId, name, QDateTime(to.addDays(-5), QTime(6, 0), Qt::UTC));
        ArrestRepository arrests(*context);
        QVERIFY(arrests.recordProduction(id, QDateTime(to.addDays(-5), QTime(12, 0), Qt::UTC)));
        QVERIFY(arrests.addCustody({{}, id, CustodyKind::Physical, to.addDays(-4), to, QStringLiteral("JM"), {}}));
    }
};

QStringList names(const WorkBucketRows& rows) {
    QStringList out;
    for (const WorkItem& item : rows.items) {
        out << item.personName + (item.overdue ? QStringLiteral(" (overdue)") : QString());
    }
    out.sort();
    return out;
}

QStringList cases(const WorkBucketRows& rows) {
    QStringList out;
    for (const WorkItem& item : rows.items) {
        out << item.caseLabel + (item.overdue ? QStringLiteral(" (overdue)") : QString());
    }
    out.sort();
    return out;
}

} // namespace

class TestWorkQueue : public QObject {
    Q_OBJECT

private slots:
    void investigatorSeesTheBucketsOfTheOfficeOnly();
    void supervisorSeesOverdueByCircle();
};

void TestWorkQueue::investigatorSeesTheBucketsOfTheOfficeOnly() {
    Fixture f;
    QVERIFY(f.openAs(QStringLiteral("io.grw")));
    auto queue = WorkQueue(*f.context).load(kNow);
    QVERIFY2(queue, queue ? "" : qPrintable(queue.error().message));
    // 23 h 59 min left is in, 24 h 01 min is not; the overdue one leads. Karachi's arrest is not in scope.
    QCOMPARE(names(queue->productions),
             QStringList({QStringLiteral("Production In 23h59"), QStringLiteral("Production Overdue (overdue)")}));
    QCOMPARE(queue->productions.items.front().personName, QStringLiteral("Production Overdue"));
    QCOMPARE(queue->productions.items.back().dueAt, kNow.addSecs(24 * 3600 - 60));
    QCOMPARE(names(queue->remands),
             QStringList({QStringLiteral("Remand Expired (overdue)"), QStringLiteral("Remand Tomorrow")}));
    QCOMPARE(queue->remands.items.back().dueAt, QDateTime(kToday.addDays(1), QTime(19, 0), Qt::UTC));
    // FIR 15 days ago: the interim challan is required now; 20 days ago: overdue; 5 days ago: not yet.
    QCOMPARE(cases(queue->challans), QStringList({QStringLiteral("C-11/2024"), QStringLiteral("C-12/2024 (overdue)")}));
    QCOMPARE(cases(queue->hearings), QStringList({QStringLiteral("C-13/2024")}));
    QCOMPARE(queue->hearings.items.front().due, kToday.addDays(6));
    // Investigated by the officer linked to the account.
    QCOMPARE(cases(queue->myCases), QStringList({QStringLiteral("C-12/2024"), QStringLiteral("C-13/2024")}));
    QCOMPARE(queue->myCases.total, 2);
    QVERIFY(queue->held.items.empty());
    QVERIFY(queue->overdueByCircle.empty()); // not asked for
    for (const WorkBucketRows* rows : {&queue->productions, &queue->remands, &queue->challans, &queue->hearings}) {
        for (const WorkItem& item : rows->items) {
            QVERIFY(item.caseId != f.otherCase);
            QVERIFY(!item.caseId.isEmpty());
        }
    }
}

void TestWorkQueue::supervisorSeesOverdueByCircle() {
    Fixture f;
    QVERIFY(f.openAs(QStringLiteral("sup.central")));
    WorkQueueOptions options;
    options.overdueByCircle = true;
    auto queue = WorkQueue(*f.context).load(kNow, options);
    QVERIFY(queue);
    // Central sees Gujranwala's three overdue items (a production, a remand, a challan), not Karachi's challan.
    QCOMPARE(queue->overdueByCircle.size(), std::size_t(1));
    QCOMPARE(queue->overdueByCircle.front().officeCode, QStringLiteral("GRW-AHTC"));
    QCOMPARE(queue->overdueByCircle.front().overdue, qint64(3));
    QVERIFY(queue->myCases.items.empty());

    QVERIFY(f.openAs(kAdmin));
    queue = WorkQueue(*f.context).load(kNow, options);
    QVERIFY(queue);
    QCOMPARE(queue->overdueByCircle.size(), std::size_t(2));
    QCOMPARE(queue->overdueByCircle.back().officeCode, QStringLiteral("KHI-AHTC"));
    QCOMPARE(queue->overdueByCircle.back().overdue, qint64(1));
    // An hour later the 23h59 production is still due, and the one at 24h01 has come into the 24 hours.
    queue = WorkQueue(*f.context).load(kNow.addSecs(3600));
    QVERIFY(queue);
    QCOMPARE(queue->productions.total, 4); // Karachi's included for the administrator at HQ
}

QTEST_GUILESS_MAIN(TestWorkQueue)
#include "test_workqueue.moc"
