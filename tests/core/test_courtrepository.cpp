// Court proceedings and hearings through the repository: judgments, appeals, upcoming hearings across the cases in
// scope, audit and refused input.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/courtrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : AggregateFixture {
    QString caseId = insertCase();

    CourtProceeding sessions() const {
        CourtProceeding p;
        p.caseId = caseId;
        p.kind = CourtKind::Sessions;
        p.courtName = QStringLiteral("Sessions Court Gujranwala");
        p.courtCaseNo = QStringLiteral("SC-44/2024");
        return p;
    }
    Hearing hearing(const QString& proceedingId, QDate held, QDate next) const {
        return Hearing{{}, proceedingId, held, next, {}};
    }
};

} // namespace

class TestCourtRepository : public QObject {
    Q_OBJECT

private slots:
    void judgmentAndAppeal() {
        Fixture f;
        auto court = f.repo<CourtRepository>();
        auto trial = court.createProceeding(f.sessions());
        QVERIFY2(trial, trial ? "" : qPrintable(trial.error().message));
        CourtProceeding verdict = *court.proceeding(trial->id);
        verdict.judgment = Judgment::Convicted;
        verdict.judgmentDate = QDate(2024, 11, 4);
        verdict.sentence = QStringLiteral("5 years RI");
        verdict.fineText = QStringLiteral("5 lakh");
        QVERIFY(court.updateProceeding(verdict));
        auto stored = court.proceeding(trial->id);
        QCOMPARE(stored->judgment, std::optional<Judgment>(Judgment::Convicted));
        QCOMPARE(*stored->finePkr, qint64(500'000));
        CourtProceeding appeal;
        appeal.caseId = f.caseId;
        appeal.kind = CourtKind::HighCourt;
        appeal.appealOf = trial->id;
        QVERIFY(court.createProceeding(appeal));
        QCOMPARE(court.proceedingsForCase(f.caseId)->size(), std::size_t(2));
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("court."), {}});
        QCOMPARE(audit->size(), std::size_t(3));
        QCOMPARE(audit->at(1).fields.value(QLatin1String("changed")).toArray(),
                 (QJsonArray{QLatin1String("judgment"), QLatin1String("sentence"), QLatin1String("fine")}));
    }

    void upcomingHearingsAreScoped() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("io.gujranwala"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        auto court = f.repo<CourtRepository>();
        auto p = court.createProceeding(f.sessions());
        QVERIFY(p);
        QVERIFY(court.addHearing(f.hearing(p->id, QDate(2025, 1, 10), QDate(2025, 2, 3))));
        QVERIFY(court.addHearing(f.hearing(p->id, QDate(2025, 2, 3), QDate(2025, 3, 1))));
        CourtProceeding khiCase = f.sessions();
        khiCase.caseId = f.insertCase(QStringLiteral("KHI-AHTC"));
        khiCase.courtName = QStringLiteral("Special Court Central Karachi");
        auto khi = court.createProceeding(khiCase);
        QVERIFY(khi.error().code == ErrorCode::NotFound); // the administrator of GRW cannot reach a KHI case either
        QCOMPARE(court.hearings(p->id)->size(), std::size_t(2));
        auto upcoming = court.upcomingHearings(QDate(2025, 2, 1), QDate(2025, 2, 28));
        QCOMPARE(upcoming->size(), std::size_t(1));
        QCOMPARE(upcoming->front().date, QDate(2025, 2, 3));
        QCOMPARE(upcoming->front().courtCaseNo, QStringLiteral("SC-44/2024"));
        QCOMPARE(upcoming->front().caseId, f.caseId);
        QCOMPARE(court.upcomingHearings(QDate(2025, 1, 1), QDate(2025, 12, 31))->size(), std::size_t(2));

        f.openAs(QStringLiteral("io.gujranwala"));
        QCOMPARE(f.repo<CourtRepository>().upcomingHearings(QDate(2025, 1, 1), QDate(2025, 12, 31))->size(),
                 std::size_t(2));
        f.openAs(QStringLiteral("io.karachi"));
        auto other = f.repo<CourtRepository>();
        QVERIFY(other.upcomingHearings(QDate(2025, 1, 1), QDate(2025, 12, 31))->empty());
        auto mine = other.createProceeding(khiCase);
        QVERIFY(mine);
        QVERIFY(other.addHearing(f.hearing(mine->id, QDate(2025, 1, 20), QDate(2025, 2, 10))));
        auto seen = other.upcomingHearings(QDate(2025, 1, 1), QDate(2025, 12, 31));
        QCOMPARE(seen->size(), std::size_t(1));
        QCOMPARE(seen->front().courtName, khiCase.courtName);
        QCOMPARE(other.hearings(p->id).error().code, ErrorCode::NotFound);
        QCOMPARE(other.addHearing(f.hearing(p->id, QDate(2025, 3, 1), {})).error().code, ErrorCode::NotFound);
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("tweak");
        QTest::newRow("sentence without judgment") << "sentence";
        QTest::newRow("fine on acquittal") << "acquittal";
        QTest::newRow("fine in euros") << "euro";
        QTest::newRow("appeal of unknown proceeding") << "appeal";
        QTest::newRow("damaged court name") << "name";
    }
    void badInputChangesNothing() {
        QFETCH(QString, tweak);
        Fixture f;
        CourtProceeding p = f.sessions();
        if (tweak == QLatin1String("sentence")) {
            p.sentence = QStringLiteral("3 years");
        } else if (tweak == QLatin1String("acquittal")) {
            p.judgment = Judgment::Acquitted;
            p.fineText = QStringLiteral("10,000");
        } else if (tweak == QLatin1String("euro")) {
            p.judgment = Judgment::Convicted;
            p.fineText = QStringLiteral("EUR 100");
        } else if (tweak == QLatin1String("appeal")) {
            p.appealOf = newUuid();
        } else {
            p.courtName = QStringLiteral("Court") + QChar(0xFFFD);
        }
        const qint64 head = f.auditHead();
        auto saved = f.repo<CourtRepository>().createProceeding(p);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Input);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM court_proceedings")), 0);
        QCOMPARE(f.auditHead(), head);
    }

    void badHearingChangesNothing() {
        Fixture f;
        auto court = f.repo<CourtRepository>();
        auto p = court.createProceeding(f.sessions());
        QVERIFY(p);
        const qint64 head = f.auditHead();
        QCOMPARE(court.addHearing(f.hearing(p->id, QDate(2025, 2, 3), QDate(2025, 1, 3))).error().code,
                 ErrorCode::Input);
        QCOMPARE(court.addHearing(f.hearing(p->id, QDate(), QDate(2025, 1, 3))).error().code, ErrorCode::Input);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM hearings")), 0);
        QCOMPARE(f.auditHead(), head);
    }
};

QTEST_GUILESS_MAIN(TestCourtRepository)
#include "test_courtrepository.moc"
