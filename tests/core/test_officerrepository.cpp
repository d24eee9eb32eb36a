// Officers through the repository: ranks and the Sub-Inspector rule for investigating officers, unique service
// numbers, audit, and postings limited to the user's offices.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/officerrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

Officer officer(const char* name, OfficerRank rank, const char* serviceNumber) {
    Officer o;
    o.name = QString::fromLatin1(name);
    o.rank = rank;
    o.serviceNumber = QString::fromLatin1(serviceNumber);
    return o;
}

} // namespace

class TestOfficerRepository : public QObject {
    Q_OBJECT

private slots:
    void investigatingOfficerRank_data() {
        QTest::addColumn<QString>("rank");
        QTest::addColumn<bool>("canInvestigate");
        QTest::newRow("constable") << "CONSTABLE" << false;
        QTest::newRow("head constable") << "HEAD_CONSTABLE" << false;
        QTest::newRow("ASI") << "ASSISTANT_SUB_INSPECTOR" << false;
        QTest::newRow("SI") << "SUB_INSPECTOR" << true;
        QTest::newRow("inspector") << "INSPECTOR" << true;
        QTest::newRow("deputy director") << "DEPUTY_DIRECTOR" << true;
        QTest::newRow("DG") << "DIRECTOR_GENERAL" << true;
    }
    void investigatingOfficerRank() {
        QFETCH(QString, rank);
        QFETCH(bool, canInvestigate);
        auto r = officerRankFromKey(rank);
        QVERIFY(r);
        QCOMPARE(officerRankKey(*r), rank);
        QVERIFY(!officerRankName(*r).isEmpty());
        QCOMPARE(canBeInvestigatingOfficer(*r), canInvestigate);
    }

    void createListAndAudit() {
        AggregateFixture f;
        auto officers = f.repo<OfficerRepository>();
        auto si = officers.create(officer("Imran Shah", OfficerRank::SubInspector, "FIA-1001"));
        QVERIFY2(si, si ? "" : qPrintable(si.error().message));
        QVERIFY(officers.create(officer("Asif Iqbal", OfficerRank::AssistantSubInspector, "FIA-1002")));
        QVERIFY(officers.create(officer("Nadia Khan", OfficerRank::Inspector, "FIA-1003")));
        const QString office = f.session->user().officeId;
        auto all = officers.listForOffice(office);
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->front().name, QStringLiteral("Nadia Khan")); // senior first
        auto ios = officers.investigatingOfficers(office);
        QCOMPARE(ios->size(), std::size_t(2));
        // The zone above sees its circle's officers.
        QCOMPARE(officers.listForOffice(f.officeId(QStringLiteral("GRW")))->size(), std::size_t(3));

        Officer promoted = *officers.get(si->id);
        promoted.rank = OfficerRank::Inspector;
        QVERIFY(officers.update(promoted));
        QCOMPARE(officers.get(si->id)->rank, OfficerRank::Inspector);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("officer."), {}});
        QCOMPARE(audit->size(), std::size_t(4));
        QCOMPARE(audit->back().fields.value(QLatin1String("changed")).toArray(), QJsonArray{QLatin1String("rank")});
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::newRow("duplicate service number") << "dup" << int(ErrorCode::Conflict);
        QTest::newRow("no name") << "name" << int(ErrorCode::Input);
        QTest::newRow("no service number") << "number" << int(ErrorCode::Input);
        QTest::newRow("bidi in service number") << "bidi" << int(ErrorCode::Input);
        QTest::newRow("office outside scope") << "office" << int(ErrorCode::Input);
    }
    void badInputChangesNothing() {
        QFETCH(QString, what);
        QFETCH(int, code);
        AggregateFixture f;
        auto officers = f.repo<OfficerRepository>();
        QVERIFY(officers.create(officer("Imran Shah", OfficerRank::SubInspector, "FIA-1001")));
        const qint64 rows = f.count(QStringLiteral("SELECT count(*) FROM officers"));
        const qint64 head = f.auditHead();
        Officer o = officer("Asif Iqbal", OfficerRank::Inspector, "FIA-2002");
        if (what == QLatin1String("dup")) {
            o.serviceNumber = QStringLiteral(" FIA-1001 ");
        } else if (what == QLatin1String("name")) {
            o.name.clear();
        } else if (what == QLatin1String("number")) {
            o.serviceNumber.clear();
        } else if (what == QLatin1String("bidi")) {
            o.serviceNumber = QStringLiteral("FIA-\u202E2002");
        } else {
            o.officeId = f.officeId(QStringLiteral("KHI-AHTC"));
        }
        auto saved = officers.create(o);
        QVERIFY(!saved);
        QCOMPARE(int(saved.error().code), code);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM officers")), rows);
        QCOMPARE(f.auditHead(), head);
    }

    void scopeHidesOtherOffices() {
        AggregateFixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        auto saved = f.repo<OfficerRepository>().create(officer("Imran Shah", OfficerRank::SubInspector, "FIA-1"));
        QVERIFY(saved);
        f.openAs(QStringLiteral("io.karachi"));
        auto officers = f.repo<OfficerRepository>();
        QCOMPARE(officers.get(saved->id).error().code, ErrorCode::NotFound);
        QVERIFY(officers.listForOffice(f.officeId(QStringLiteral("GRW-AHTC")))->empty());
        Officer edit = officer("Imran Shah", OfficerRank::Director, "FIA-1");
        edit.id = saved->id;
        QCOMPARE(officers.update(edit).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOfficerRepository)
#include "test_officerrepository.moc"
