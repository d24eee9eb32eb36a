// Organisations and memberships through the repository: office scoping like persons, members only from the
// user's scope, membership history, audit and refused input.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/organisationrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

Organisation network() {
    Organisation o;
    o.name = QStringLiteral("Gujrat dunki network");
    o.kind = OrganisationKind::Network;
    return o;
}

} // namespace

class TestOrganisationRepository : public QObject {
    Q_OBJECT

private slots:
    void createUpdateAndMembers() {
        AggregateFixture f;
        auto orgs = f.repo<OrganisationRepository>();
        auto saved = orgs.create(network());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        const QString kingpin = f.addPerson(QStringLiteral("Tariq Mehmood"));
        const QString agent = f.addPerson(QStringLiteral("Bilal Hussain"));
        auto m1 = orgs.addMember(Membership{{}, saved->id, kingpin, QStringLiteral("kingpin"), QDate(2019, 1, 1), {}});
        QVERIFY2(m1, m1 ? "" : qPrintable(m1.error().message));
        QVERIFY(orgs.addMember(Membership{{}, saved->id, agent, QStringLiteral("agent"), QDate(2021, 6, 1), {}}));
        QVERIFY(orgs.endMembership(m1->id, QDate(2024, 3, 1)));
        auto members = orgs.members(saved->id);
        QCOMPARE(members->size(), std::size_t(2));
        QCOMPARE(members->front().until, QDate(2024, 3, 1)); // history stays
        QCOMPARE(orgs.membershipsOf(agent)->size(), std::size_t(1));

        Organisation edit = *orgs.get(saved->id);
        edit.kind = OrganisationKind::TravelAgency;
        edit.registration = QStringLiteral("OEP-1234/RWP");
        QVERIFY(orgs.update(edit));
        QCOMPARE(orgs.get(saved->id)->kind, OrganisationKind::TravelAgency);
        QCOMPARE(orgs.list()->size(), std::size_t(1));
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("organisation."), {}});
        QCOMPARE(audit->size(), std::size_t(5));
        QCOMPARE(audit->back().fields.value(QLatin1String("changed")).toArray(),
                 (QJsonArray{QLatin1String("kind"), QLatin1String("registration")}));
    }

    void badInputChangesNothing() {
        AggregateFixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        auto orgs = f.repo<OrganisationRepository>();
        auto saved = orgs.create(network());
        QVERIFY(saved);
        const qint64 head = f.auditHead();
        Organisation nameless;
        QCOMPARE(orgs.create(nameless).error().code, ErrorCode::Input);
        Organisation damaged = network();
        damaged.name += QChar(0xD800);
        QCOMPARE(orgs.create(damaged).error().code, ErrorCode::Input);
        QCOMPARE(orgs.addMember(Membership{{}, saved->id, newUuid(), {}, {}, {}}).error().code, ErrorCode::Input);
        const QString p = f.addPerson(QStringLiteral("Asif"));
        const qint64 headAfterPerson = f.auditHead();
        QVERIFY(headAfterPerson == head + 1);
        QCOMPARE(orgs.addMember(Membership{{}, saved->id, p, {}, QDate(2024, 1, 1), QDate(2023, 1, 1)}).error().code,
                 ErrorCode::Input);
        // A person of another office cannot be made a member.
        f.openAs(QStringLiteral("io.karachi"));
        const QString karachiPerson = f.addPerson(QStringLiteral("Karachi Person"));
        f.open(kAdmin, kAdminPassword);
        const qint64 head2 = f.auditHead();
        QCOMPARE(f.repo<OrganisationRepository>()
                     .addMember(Membership{{}, saved->id, karachiPerson, {}, {}, {}})
                     .error()
                     .code,
                 ErrorCode::Input);
        QCOMPARE(f.auditHead(), head2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM organisations")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM memberships")), 0);
    }

    void scopeHidesOtherOffices() {
        AggregateFixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        auto saved = f.repo<OrganisationRepository>().create(network());
        QVERIFY(saved);
        const QString kingpin = f.addPerson(QStringLiteral("Tariq Mehmood"));
        QVERIFY(f.repo<OrganisationRepository>().addMember(Membership{{}, saved->id, kingpin, {}, {}, {}}));
        const QString caseId = f.insertCase();
        f.addRole(caseId, kingpin, QStringLiteral("KINGPIN"));

        f.openAs(QStringLiteral("sup.central"));
        QCOMPARE(f.repo<OrganisationRepository>().list()->size(), std::size_t(1));
        f.openAs(QStringLiteral("io.karachi"));
        auto orgs = f.repo<OrganisationRepository>();
        QCOMPARE(orgs.get(saved->id).error().code, ErrorCode::NotFound);
        QVERIFY(orgs.list()->empty());
        QCOMPARE(orgs.members(saved->id).error().code, ErrorCode::NotFound);
        QVERIFY(orgs.membershipsOf(kingpin)->empty());
        QCOMPARE(orgs.update(Organisation{saved->id, QStringLiteral("x"), {}, OrganisationKind::Other, {}, {}, {}})
                     .error()
                     .code,
                 ErrorCode::NotFound);
        // A prosecutor-reader sees the network through a member in an assigned case.
        f.openAs(QStringLiteral("pros"));
        QVERIFY(f.repo<OrganisationRepository>().list()->empty());
        f.open(kAdmin, kAdminPassword);
        f.assign(caseId, QStringLiteral("pros"));
        f.openAs(QStringLiteral("pros"));
        QCOMPARE(f.repo<OrganisationRepository>().list()->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestOrganisationRepository)
#include "test_organisationrepository.moc"
