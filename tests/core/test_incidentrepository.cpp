// Incidents through the repository: a shipwreck with Pakistani dead, missing and survivors, unknown counts kept
// unknown, audit, national visibility (prosecutor-readers: linked to assigned cases) and refused input.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/incidentrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

Incident pylos() {
    Incident i;
    i.kind = IncidentKind::Shipwreck;
    i.title = QStringLiteral("Pylos shipwreck");
    i.occurredOn = QDate(2023, 6, 14);
    i.location = QStringLiteral("Off Pylos");
    i.country = QStringLiteral("gr");
    i.vessel = QStringLiteral("Adriana");
    i.departurePort = QStringLiteral("Tobruk");
    i.aboard = 750;
    i.pkDead = 262;
    i.pkSurvivors = 12;
    return i;
}

} // namespace

class TestIncidentRepository : public QObject {
    Q_OBJECT

private slots:
    void shipwreckRoundTrip() {
        AggregateFixture f;
        auto incidents = f.repo<IncidentRepository>();
        auto saved = incidents.create(pylos());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(saved->warnings.empty());
        auto got = incidents.get(saved->id);
        QCOMPARE(got->country, QStringLiteral("GR"));
        QCOMPARE(got->pkDead, std::optional<int>(262));
        QCOMPARE(got->pkMissing, std::optional<int>()); // unknown, not zero
        QCOMPARE(got->occurredOn, QDate(2023, 6, 14));
        Incident edit = *got;
        edit.pkMissing = 50;
        QVERIFY(incidents.update(edit));
        QCOMPARE(incidents.get(saved->id)->pkMissing, std::optional<int>(50));
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("incident."), {}});
        QCOMPARE(audit->size(), std::size_t(2));
        QCOMPARE(audit->back().fields.value(QLatin1String("changed")).toArray(), QJsonArray{QLatin1String("counts")});
    }

    void countsAboveAboardWarn() {
        AggregateFixture f;
        Incident i = pylos();
        i.aboard = 100;
        auto saved = f.repo<IncidentRepository>().create(i);
        QVERIFY(saved);
        QVERIFY(hasIssue(saved->warnings, u"incident.counts_exceed_aboard"));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("tweak");
        QTest::newRow("no title") << "title";
        QTest::newRow("no date") << "date";
        QTest::newRow("negative count") << "count";
        QTest::newRow("unknown country") << "country";
        QTest::newRow("bidi in vessel name") << "vessel";
    }
    void badInputChangesNothing() {
        QFETCH(QString, tweak);
        AggregateFixture f;
        Incident i = pylos();
        if (tweak == QLatin1String("title")) {
            i.title = QStringLiteral("   ");
        } else if (tweak == QLatin1String("date")) {
            i.occurredOn = {};
        } else if (tweak == QLatin1String("count")) {
            i.pkDead = -1;
        } else if (tweak == QLatin1String("country")) {
            i.country = QStringLiteral("XX");
        } else {
            i.vessel = QStringLiteral("Adriana") + QChar(0xFFFE);
        }
        const qint64 head = f.auditHead();
        auto saved = f.repo<IncidentRepository>().create(i);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Input);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM incidents")), 0);
        QCOMPARE(f.auditHead(), head);
    }

    void nationalButProsecutorsSeeTheirCases() {
        AggregateFixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        auto saved = f.repo<IncidentRepository>().create(pylos());
        QVERIFY(saved);
        const QString caseId = f.insertCase();
        auto link = f.session->database().prepare(QStringLiteral("UPDATE cases SET incident_id = ? WHERE id = ?"));
        link->bind(1, saved->id).bind(2, caseId);
        QVERIFY(link->run());
        f.openAs(QStringLiteral("io.karachi"));
        QCOMPARE(f.repo<IncidentRepository>().list()->size(), std::size_t(1));     // a shipwreck is national knowledge
        QVERIFY(f.repo<IncidentRepository>().linkedCaseIds(saved->id)->isEmpty()); // the GRW case is not
        f.openAs(QStringLiteral("pros"));
        QVERIFY(f.repo<IncidentRepository>().list()->empty());
        QCOMPARE(f.repo<IncidentRepository>().create(pylos()).error().code, ErrorCode::Permission);
        f.open(kAdmin, kAdminPassword);
        QCOMPARE(f.repo<IncidentRepository>().linkedCaseIds(saved->id)->size(), 1);
        f.assign(caseId, QStringLiteral("pros"));
        f.openAs(QStringLiteral("pros"));
        QCOMPARE(f.repo<IncidentRepository>().list()->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "test_incidentrepository.moc"
