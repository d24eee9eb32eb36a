// Arrests and custody through the repository on a real encrypted database: the arrest updates the role and the
// timeline in one transaction, the 15-day physical remand ceiling, production within 24 hours, and the deadlines
// list with a fixed "today".
#include <QSignalSpy>
#include <QtTest>

#include "io/casefilehtml.h"
#include "repo/arrestrepository.h"
#include "repo/caseassignments.h"
#include "repo/caseroles.h"
#include "repo/deadlinequery.h"
#include "security/accountadmin.h"
#include "signedindatabase.h"
#include "storage/database.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kArrestedAt(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);

// Open deadlines as every view reads them (DeadlineQuery), without the case-free kinds this test does not record.
std::optional<std::vector<DeadlineItem>> openDeadlines(RepositoryContext& context, QDate today) {
    DeadlineFilter all;
    all.limit = 0;
    auto list = DeadlineQuery(context).list(today, 30, all);
    if (!list) {
        return std::nullopt;
    }
    std::vector<DeadlineItem> out;
    for (const DeadlineItem& d : list->items) {
        if (d.kind != DeadlineKind::Proclamation && d.kind != DeadlineKind::Hearing) {
            out.push_back(d);
        }
    }
    return out;
}

struct Fixture : SignedInDatabase {
    std::unique_ptr<CaseRepository> cases;
    std::unique_ptr<PersonRepository> persons;
    std::unique_ptr<ArrestRepository> arrests;
    QString caseId;
    QString personId;

    Fixture() {
        open(kAdmin, kAdminPassword);
        CaseRecord c;
        c.firNumber = QStringLiteral("C-12/2024");
        c.firDate = QDate(2024, 3, 1);
        caseId = cases->create(c)->id;
        Person agent;
        agent.nameLatin = QStringLiteral("Rana Tariq");
        personId = persons->create(agent)->id;
        QVERIFY(cases->setStatus(caseId, CaseStatus::UnderInvestigation));
        QVERIFY(CaseRoleRepository(*context).add(
            {{}, caseId, personId, PersonRole::Agent, true, ArrestStatus::Wanted, {}, {}, {}}));
    }
    void openRepositories() override {
        cases = std::make_unique<CaseRepository>(*context);
        persons = std::make_unique<PersonRepository>(*context);
        arrests = std::make_unique<ArrestRepository>(*context);
    }
    void closeRepositories() override {
        arrests.reset();
        cases.reset();
        persons.reset();
    }
    QString arrest() {
        Arrest a;
        a.caseId = caseId;
        a.personId = personId;
        a.arrestedAt = kArrestedAt;
        a.place = QStringLiteral("Allama Iqbal International Airport");
        a.airportIntercept = AirportIntercept::Departure;
        a.stopListHit = true;
        auto saved = arrests->record(a);
        return saved ? saved->id : QString();
    }
    Result<SaveOutcome> remand(const QString& arrestId, CustodyKind kind, QDate from, int days) {
        return arrests->addCustody({{}, arrestId, kind, from, from.addDays(days - 1), QStringLiteral("JM Lahore"), {}});
    }
    qint64 events(const char* type) {
        auto stmt = session->database().prepare(QStringLiteral("SELECT count(*) FROM events WHERE event_type = ?"));
        stmt->bind(1, type);
        (void)stmt->step();
        return stmt->columnInt(0);
    }
};

} // namespace

class TestArrestRepository : public QObject {
    Q_OBJECT

private slots:
    void recordingAnArrestUpdatesRoleAndTimeline() {
        Fixture f;
        QSignalSpy changed(&f.context->notifier(), &ChangeNotifier::changed);
        const QString id = f.arrest();
        QVERIFY(!id.isEmpty());
        auto a = f.arrests->get(id);
        QVERIFY(a);
        QCOMPARE(a->arrestedAt, kArrestedAt);
        QCOMPARE(a->arrestingOfficeId, f.session->user().officeId);
        QCOMPARE(a->airportIntercept, AirportIntercept::Departure);
        QVERIFY(a->stopListHit);
        QCOMPARE(CaseRoleRepository(*f.context).ofCase(f.caseId)->front().role.arrestStatus, ArrestStatus::Arrested);
        QCOMPARE(f.events("ARREST"), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM events WHERE event_type = 'ARREST' AND "
                                        "occurred_at = '2024-03-05T10:00:00.000Z'")),
                 1);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("arrest.create"), {}});
        QCOMPARE(audit->size(), std::size_t(1));
        QVERIFY(!QJsonDocument(audit->front().fields).toJson().contains("Tariq"));
        QCOMPARE(changed.count(), 2); // the arrest, and the case whose role changed
        QCOMPARE(f.arrests->forCase(f.caseId)->size(), std::size_t(1));
    }

    void arrestRefusals() {
        Fixture f;
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        Person stranger;
        stranger.nameLatin = QStringLiteral("Not In This Case");
        const QString strangerId = f.persons->create(stranger)->id;
        const qint64 before = *f.session->audit().headSeq();
        Arrest a{{},    f.caseId,     strangerId, kArrestedAt, {}, {}, ArrestCategory::General, AirportIntercept::None,
                 false, std::nullopt, {},         {}};
        QCOMPARE(f.arrests->record(a).error().code, ErrorCode::Input); // no role in the case
        a.personId = f.personId;
        a.arrestedAt = QDateTime::currentDateTimeUtc().addDays(2);
        QCOMPARE(f.arrests->record(a).error().code, ErrorCode::Input); // in the future
        a.arrestedAt = kArrestedAt;
        a.arrestingOfficeId = QStringLiteral("not-an-office");
        QCOMPARE(f.arrests->record(a).error().code, ErrorCode::Permission); // outside the user's units
        a.arrestingOfficeId.clear();
        a.producedBeforeMagistrateAt = kArrestedAt.addSecs(-3600);
        QCOMPARE(f.arrests->record(a).error().code, ErrorCode::Input); // produced before the arrest
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM arrests")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(*f.session->audit().headSeq(), before);

        QVERIFY(CaseAssignmentRepository(*f.context).assign(f.caseId, [&] {
            const auto users = AccountAdmin(*f.session).users();
            for (const User& u : *users) {
                if (u.username == QLatin1String("pros")) {
                    return u.id;
                }
            }
            return QString();
        }()));
        f.openAs(QStringLiteral("pros"));
        a.producedBeforeMagistrateAt.reset();
        QCOMPARE(f.arrests->record(a).error().code, ErrorCode::Permission);
    }

    void productionLaterThan24HoursWarns() {
        Fixture f;
        const QString id = f.arrest();
        // Late without the reason for the delay is refused with a message that says so; with it, recorded.
        auto refused = f.arrests->recordProduction(id, kArrestedAt.addSecs(30 * 3600));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Input);
        QVERIFY2(refused.error().message.contains(u"reason for the delay"), qPrintable(refused.error().message));
        QCOMPARE(f.events("PRODUCED_BEFORE_MAGISTRATE"), 0);
        auto late = f.arrests->recordProduction(id, kArrestedAt.addSecs(30 * 3600), u"Journey from Taftan"_s);
        QVERIFY(late);
        QVERIFY(hasIssue(*late, u"clock.production_late"));
        QCOMPARE(f.arrests->get(id)->productionDelayReason, u"Journey from Taftan"_s);
        QCOMPARE(f.events("PRODUCED_BEFORE_MAGISTRATE"), 1);
        auto corrected = f.arrests->recordProduction(id, kArrestedAt.addSecs(20 * 3600));
        QVERIFY2(corrected, corrected ? "" : qPrintable(corrected.error().message));
        QVERIFY(corrected->empty());
        QCOMPARE(f.events("PRODUCED_BEFORE_MAGISTRATE"), 1); // the correction replaces the event
        QCOMPARE(*f.arrests->get(id)->producedBeforeMagistrateAt, kArrestedAt.addSecs(20 * 3600));
        QCOMPARE(f.arrests->recordProduction(id, kArrestedAt.addSecs(-60)).error().code, ErrorCode::Input);
    }

    void unusualArrestDatesNeedAReason() {
        Fixture f; // the case's FIR is dated 01-03-2024
        Arrest a;
        a.caseId = f.caseId;
        a.personId = f.personId;
        a.arrestedAt = QDateTime(QDate(2024, 2, 20), QTime(9, 0), Qt::UTC);
        auto before = f.arrests->record(a);
        QVERIFY(!before);
        QCOMPARE(before.error().code, ErrorCode::Input);
        QVERIFY2(before.error().message.contains(u"before case C-12/2024 was registered"),
                 qPrintable(before.error().message));
        a.arrestedAt = QDateTime::currentDateTimeUtc().addDays(2);
        auto future = f.arrests->record(a);
        QVERIFY(!future);
        QVERIFY2(future.error().message.contains(u"future"), qPrintable(future.error().message));
        // Confirmed with the reason: recorded, and the reason is kept with the arrest.
        a.arrestedAt = QDateTime(QDate(2024, 2, 20), QTime(9, 0), Qt::UTC);
        a.dateReason = u"Intercepted at the airport before the FIR was lodged"_s;
        a.producedBeforeMagistrateAt = a.arrestedAt.addSecs(40 * 3600);
        auto lateProduction = f.arrests->record(a);
        QVERIFY(!lateProduction); // the late production still needs its own reason
        QVERIFY2(lateProduction.error().message.contains(u"reason for the delay"),
                 qPrintable(lateProduction.error().message));
        a.productionDelayReason = u"Magistrate on leave"_s;
        auto saved = f.arrests->record(a);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const auto stored = f.arrests->get(saved->id);
        QCOMPARE(stored->dateReason, a.dateReason);
        QCOMPARE(stored->productionDelayReason, a.productionDelayReason);
        // Both reasons are printed with the arrest in the prosecutor's case file.
        auto data = CaseFileLoader::load(*f.context, f.caseId, RedactionProfile::Prosecutor);
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        QString html;
        for (const casefilehtml::Section& section : casefilehtml::sections(*data)) {
            html += section.html;
        }
        QVERIFY(
            html.contains(u"Reason for the date of arrest: Intercepted at the airport before the FIR was lodged"_s));
        QVERIFY(html.contains(u"Reason for the late production: Magistrate on leave"_s));
    }

    void physicalRemandCeiling_data() {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::addColumn<bool>("secondAccepted");
        QTest::addColumn<int>("total");
        QTest::newRow("10 + 6 refused") << 10 << 6 << false << 10;
        QTest::newRow("10 + 5 reaches 15") << 10 << 5 << true << 15;
        QTest::newRow("15 + 1 refused") << 15 << 1 << false << 15;
        QTest::newRow("1 + 14") << 1 << 14 << true << 15;
        QTest::newRow("7 + 7") << 7 << 7 << true << 14;
    }
    void physicalRemandCeiling() {
        QFETCH(int, first);
        QFETCH(int, second);
        QFETCH(bool, secondAccepted);
        QFETCH(int, total);
        Fixture f;
        const QString id = f.arrest();
        const QDate start(2024, 3, 6);
        QVERIFY(f.remand(id, CustodyKind::Physical, start, first));
        const qint64 before = *f.session->audit().headSeq();
        auto next = f.remand(id, CustodyKind::Physical, start.addDays(first), second);
        QCOMPARE(bool(next), secondAccepted);
        if (!secondAccepted) {
            QCOMPARE(next.error().code, ErrorCode::Input);
            QVERIFY2(next.error().message.contains(QString::number(first + second)), qPrintable(next.error().message));
            QCOMPARE(*f.session->audit().headSeq(), before);
        }
        QCOMPARE(f.arrests->remandTotal(id)->physicalDays, total);
        QCOMPARE(f.arrests->remandTotal(id)->remainingPhysicalDays, 15 - total);
        QCOMPARE(f.events("PHYSICAL_REMAND"), secondAccepted ? 2 : 1);
    }

    void judicialRemandHasNoCeiling() {
        Fixture f;
        const QString id = f.arrest();
        QVERIFY(f.remand(id, CustodyKind::Physical, QDate(2024, 3, 6), 14));
        QVERIFY(f.remand(id, CustodyKind::Judicial, QDate(2024, 3, 20), 14));
        QVERIFY(f.remand(id, CustodyKind::Judicial, QDate(2024, 4, 3), 60));
        auto total = f.arrests->remandTotal(id);
        QCOMPARE(total->physicalDays, 14);
        QCOMPARE(total->judicialDays, 74);
        QCOMPARE(f.events("JUDICIAL_REMAND"), 2);
        QCOMPARE(f.remand(id, CustodyKind::Judicial, QDate(2024, 3, 1), 2).error().code,
                 ErrorCode::Input); // before the arrest
    }

    void removingARemandFreesItsDays() {
        Fixture f;
        const QString id = f.arrest();
        auto ten = f.remand(id, CustodyKind::Physical, QDate(2024, 3, 6), 10);
        QVERIFY(ten);
        QVERIFY(!f.remand(id, CustodyKind::Physical, QDate(2024, 3, 16), 6));
        QVERIFY(f.arrests->removeCustody(ten->id));
        QCOMPARE(f.events("PHYSICAL_REMAND"), 0);
        QVERIFY(f.remand(id, CustodyKind::Physical, QDate(2024, 3, 16), 6));
        QCOMPARE(f.arrests->remandTotal(id)->physicalDays, 6);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("arrest.custody"), {}});
        QCOMPARE(audit->size(), std::size_t(3)); // add, remove, add
    }

    void interimChallanDeadline_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<int>("status");
        // FIR dated 01-03-2024: an interim report is required from 15-03 and due by 18-03 (FIR + 14 + 3).
        QTest::newRow("running") << QDate(2024, 3, 10) << true << false << int(ClockStatus::Running);
        QTest::newRow("required") << QDate(2024, 3, 16) << true << false << int(ClockStatus::Due);
        QTest::newRow("last day") << QDate(2024, 3, 18) << true << false << int(ClockStatus::Due);
        QTest::newRow("overdue") << QDate(2024, 3, 19) << true << true << int(ClockStatus::Overdue);
        QTest::newRow("beyond the horizon") << QDate(2024, 1, 1) << false << false << 0;
    }
    void interimChallanDeadline() {
        QFETCH(QDate, today);
        QFETCH(bool, listed);
        QFETCH(bool, overdue);
        QFETCH(int, status);
        Fixture f;
        auto all = openDeadlines(*f.context, today);
        QVERIFY(all);
        std::vector<DeadlineItem> challans;
        std::ranges::copy_if(*all, std::back_inserter(challans),
                             [](const DeadlineItem& d) { return d.kind == DeadlineKind::InterimChallan; });
        QCOMPARE(challans.size(), std::size_t(listed ? 1 : 0));
        if (listed) {
            QCOMPARE(challans.front().due, QDate(2024, 3, 18));
            QCOMPARE(challans.front().overdue, overdue);
            QCOMPARE(int(challans.front().status), status);
            QCOMPARE(challans.front().caseLabel, QStringLiteral("C-12/2024"));
        }
    }

    void interimChallanDeadlineEnds() {
        Fixture f;
        const QDate today(2024, 3, 19);
        QCOMPARE(openDeadlines(*f.context, today)->size(), std::size_t(1));
        // An interim challan on the timeline meets the deadline (written directly until events have a repository).
        QVERIFY(f.session->database().exec(
            QStringLiteral("INSERT INTO events (id, case_id, event_type, occurred_at) VALUES ('e1', '%1', "
                           "'INTERIM_CHALLAN', '2024-03-17')")
                .arg(f.caseId)));
        QVERIFY(openDeadlines(*f.context, today)->empty());
        QVERIFY(f.session->database().exec(QStringLiteral("DELETE FROM events WHERE id = 'e1'")));
        QCOMPARE(openDeadlines(*f.context, today)->size(), std::size_t(1));
        QVERIFY(f.cases->setStatus(f.caseId, CaseStatus::InterimChallanSubmitted));
        QVERIFY(openDeadlines(*f.context, today)->empty());
    }

    void custodyDeadlines() {
        Fixture f;
        const QString id = f.arrest();
        auto open = [&](QDate today) {
            std::vector<DeadlineItem> out;
            const auto all = openDeadlines(*f.context, today);
            for (const DeadlineItem& d : *all) {
                if (d.kind != DeadlineKind::InterimChallan) {
                    out.push_back(d);
                }
            }
            return out;
        };
        auto production = open(QDate(2024, 3, 5));
        QCOMPARE(production.size(), std::size_t(1));
        QCOMPARE(production.front().kind, DeadlineKind::MagistrateProduction);
        QCOMPARE(production.front().dueAt, kArrestedAt.addSecs(24 * 3600));
        QVERIFY(!production.front().overdue);
        QVERIFY(open(QDate(2024, 3, 8)).front().overdue);

        QVERIFY(f.remand(id, CustodyKind::Physical, QDate(2024, 3, 6), 5)); // to 10-03
        auto remand = open(QDate(2024, 3, 8));
        QCOMPARE(remand.size(), std::size_t(1));
        QCOMPARE(remand.front().kind, DeadlineKind::RemandExpiry);
        QCOMPARE(remand.front().due, QDate(2024, 3, 10));
        QCOMPARE(remand.front().arrestId, id);
        QVERIFY(!remand.front().overdue);
        QVERIFY(open(QDate(2024, 3, 12)).front().overdue);
        QVERIFY(f.remand(id, CustodyKind::Judicial, QDate(2024, 3, 10), 14)); // to 23-03
        QCOMPARE(open(QDate(2024, 3, 12)).front().due, QDate(2024, 3, 23));
        // Released on bail: nothing is due for this arrest any more.
        CaseRole role = CaseRoleRepository(*f.context).ofCase(f.caseId)->front().role;
        role.arrestStatus = ArrestStatus::OnBail;
        QVERIFY(CaseRoleRepository(*f.context).update(role));
        QVERIFY(open(QDate(2024, 3, 12)).empty());
    }

    // The open items migration 0012 keeps per case equal their definition after every kind of change, and a decided
    // case has nobody on remand.
    void openDeadlinesFollowEveryChange() {
        Fixture f;
        Database& db = f.session->database();
        auto consistent = [&](const char* when) {
            QVERIFY2(test::rowsDiffer(db,
                                      QStringLiteral("SELECT case_id, kind, item_id, person_id, office_id, anchor, "
                                                     "detail FROM deadline_items"),
                                      QStringLiteral("SELECT * FROM deadline_facts")) == 0,
                     when);
        };
        consistent("after the fixture");
        const QString id = f.arrest();
        consistent("after an arrest");
        QVERIFY(f.remand(id, CustodyKind::Physical, QDate(2024, 3, 6), 5));
        consistent("after a remand");
        QVERIFY(f.remand(id, CustodyKind::Judicial, QDate(2024, 3, 11), 14));
        consistent("after a second remand");
        QVERIFY(db.exec(QStringLiteral("UPDATE custody_periods SET to_date = '2024-04-30' WHERE kind = 'PHYSICAL'")));
        consistent("after a remand's end moved");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO events (id, case_id, person_id, event_type, occurred_at) SELECT "
                                       "'pr1', '%1', person_id, 'PROCLAMATION', '2024-03-20' FROM arrests WHERE id = "
                                       "'%2'")
                            .arg(f.caseId, id)));
        consistent("after a proclamation");
        QVERIFY(db.exec(QStringLiteral("UPDATE events SET event_type = 'DECLARED_PO' WHERE id = 'pr1'")));
        consistent("after the proclamation became a declaration");
        QVERIFY(db.exec(QStringLiteral("INSERT INTO events (id, case_id, person_id, event_type, occurred_at) SELECT "
                                       "'pr2', '%1', person_id, 'PROCLAMATION', '2024-03-22' FROM arrests WHERE id = "
                                       "'%2'")
                            .arg(f.caseId, id)));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM deadline_items WHERE kind = 'PROCLAMATION'"))->toInt(),
                 0); // already declared by 'pr1'
        QVERIFY(db.exec(QStringLiteral("DELETE FROM events WHERE id = 'pr1'")));
        consistent("after the declaration was removed");
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM deadline_items WHERE kind = 'PROCLAMATION'"))->toInt(),
                 1);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO events (id, case_id, person_id, event_type, occurred_at) SELECT "
                                       "'po2', '%1', person_id, 'DECLARED_PO', '2024-04-25' FROM arrests WHERE id = "
                                       "'%2'")
                            .arg(f.caseId, id)));
        consistent("after a declaration was recorded");
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM deadline_items WHERE kind = 'PROCLAMATION'"))->toInt(),
                 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM deadline_items WHERE kind = 'REMAND'"))->toInt(), 1);
        QVERIFY(f.cases->setStatus(f.caseId, CaseStatus::Convicted));
        consistent("after the case was decided");
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM deadline_items WHERE kind = 'REMAND'"))->toInt(), 0);
        QVERIFY(openDeadlines(*f.context, QDate(2024, 4, 1))->empty());
        QVERIFY(f.cases->setStatus(f.caseId, CaseStatus::UnderInvestigation));
        consistent("after the case was reopened");
        QVERIFY(db.exec(QStringLiteral("DELETE FROM custody_periods WHERE kind = 'JUDICIAL'")));
        consistent("after a remand was removed");
        QVERIFY(db.exec(QStringLiteral("UPDATE case_persons SET arrest_status = 'RELEASED'")));
        consistent("after the accused was released");
        QVERIFY(db.exec(QStringLiteral("UPDATE case_persons SET arrest_status = 'ARRESTED'")));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM arrests WHERE id = '%1'").arg(id)));
        consistent("after the arrest was removed");
        QVERIFY(db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM events WHERE case_id = '%1'; "
                                       "DELETE FROM case_persons WHERE case_id = '%1'; PRAGMA foreign_keys = ON; "
                                       "DELETE FROM cases WHERE id = '%1'")
                            .arg(f.caseId)));
        consistent("after the case was deleted");
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM deadline_items"))->toInt(), 0);
    }

    // A proclamation published at 03:00 on 21 March in Pakistan (22:00 UTC on the 20th) counts its 30 days (s.87)
    // from the 21st, the office's day: the declaration becomes possible on 20 April, not 19 April.
    void proclamationCountsFromTheOfficeDay() {
        Fixture f;
        Database& db = f.session->database();
        const QString id = f.arrest();
        QVERIFY(db.exec(QStringLiteral("INSERT INTO events (id, case_id, person_id, event_type, occurred_at) SELECT "
                                       "'pr1', '%1', person_id, 'PROCLAMATION', '2024-03-20T22:00:00.000Z' FROM "
                                       "arrests WHERE id = '%2'")
                            .arg(f.caseId, id)));
        auto proclamationDue = [&](int horizonDays) -> QDate {
            DeadlineFilter all;
            all.limit = 0;
            auto list = DeadlineQuery(*f.context).list(QDate(2024, 4, 1), horizonDays, all);
            if (!list) {
                return {};
            }
            for (const DeadlineItem& d : list->items) {
                if (d.kind == DeadlineKind::Proclamation) {
                    return d.due;
                }
            }
            return {};
        };
        QCOMPARE(proclamationDue(30), QDate(2024, 4, 20));
        QCOMPARE(proclamationDue(18), QDate()); // up to 19 April: not yet
        QCOMPARE(proclamationDue(19), QDate(2024, 4, 20));
    }

    void deadlinesAreScoped() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        const QString id = f.arrest();
        f.openAs(QStringLiteral("io.karachi"));
        QVERIFY(openDeadlines(*f.context, QDate(2024, 3, 19))->empty());
        QCOMPARE(f.arrests->get(id).error().code, ErrorCode::NotFound);
        QCOMPARE(f.arrests->remandTotal(id).error().code, ErrorCode::NotFound);
        QCOMPARE(f.remand(id, CustodyKind::Physical, QDate(2024, 3, 6), 2).error().code, ErrorCode::NotFound);
        QVERIFY(f.arrests->forCase(f.caseId)->empty());
        f.openAs(QStringLiteral("sup.central"));
        QCOMPARE(openDeadlines(*f.context, QDate(2024, 3, 19))->size(), std::size_t(2)); // challan and production
    }
};

QTEST_GUILESS_MAIN(TestArrestRepository)
#include "test_arrestrepository.moc"
