// Links through the repository: typed and dated edges between persons and organisations, filtered by type and
// date window, refused to records outside the user's scope, audited.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/linkrepository.h"
#include "repo/organisationrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : AggregateFixture {
    QString kingpin = addPerson(QStringLiteral("Tariq Mehmood"));
    QString agent = addPerson(QStringLiteral("Bilal Hussain"));
    QString victim = addPerson(QStringLiteral("Usman Ali"));

    static Link link(const QString& from, const QString& to, LinkType type, QDate since = {}, QDate until = {}) {
        Link l;
        l.from = {EntityKind::Person, from};
        l.to = {EntityKind::Person, to};
        l.type = type;
        l.validFrom = since;
        l.validTo = until;
        return l;
    }
};

} // namespace

class TestLinkRepository : public QObject {
    Q_OBJECT

private slots:
    void linksOfByTypeAndWindow() {
        Fixture f;
        auto links = f.repo<LinkRepository>();
        auto sub = links.create(Fixture::link(f.agent, f.kingpin, LinkType::SubAgentOf, QDate(2021, 1, 1)));
        QVERIFY2(sub, sub ? "" : qPrintable(sub.error().message));
        QVERIFY(
            links.create(Fixture::link(f.agent, f.victim, LinkType::Recruited, QDate(2023, 2, 1), QDate(2023, 2, 1))));
        QVERIFY(links.create(Fixture::link(f.victim, f.agent, LinkType::Paid, QDate(2023, 3, 14), QDate(2023, 4, 1))));
        auto org = f.repo<OrganisationRepository>().create(
            Organisation{{}, QStringLiteral("Network"), {}, OrganisationKind::Network, {}, {}, {}});
        QVERIFY(org);
        Link member = Fixture::link(f.agent, {}, LinkType::MemberOf);
        member.to = {EntityKind::Organisation, org->id};
        QVERIFY(links.create(member));

        QCOMPARE(links.linksOf(f.agent)->size(), std::size_t(4));
        QCOMPARE(links.linksOf(f.agent, {LinkType::Recruited, LinkType::Paid})->size(), std::size_t(2));
        QCOMPARE(links.linksOf(org->id)->size(), std::size_t(1));
        // 2022: only the open-ended sub-agent link and the undated membership overlap.
        auto in2022 = links.linksOf(f.agent, {}, QDate(2022, 1, 1), QDate(2022, 12, 31));
        QCOMPARE(in2022->size(), std::size_t(2));
        auto march = links.linksOf(f.agent, {LinkType::Paid}, QDate(2023, 3, 1), QDate(2023, 3, 31));
        QCOMPARE(march->size(), std::size_t(1));
        QCOMPARE(march->front().from.id, f.victim);
        QCOMPARE(march->front().validFrom, QDate(2023, 3, 14));
    }

    void updateAndRemoveAreAudited() {
        Fixture f;
        auto links = f.repo<LinkRepository>();
        auto saved = links.create(Fixture::link(f.agent, f.kingpin, LinkType::Associate));
        QVERIFY(saved);
        Link edit = *links.get(saved->id);
        edit.type = LinkType::Family;
        edit.relation = QStringLiteral("brother");
        edit.strength = 0.5;
        QVERIFY(links.update(edit));
        QCOMPARE(links.get(saved->id)->strength, 0.5);
        QVERIFY(links.remove(saved->id));
        QVERIFY(links.linksOf(f.agent)->empty());
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("link."), {}});
        QCOMPARE(audit->size(), std::size_t(3));
        QCOMPARE(audit->at(1).fields.value(QLatin1String("changed")).toArray(),
                 (QJsonArray{QLatin1String("type"), QLatin1String("relation"), QLatin1String("strength")}));
    }

    void refusedOutsideScope() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        auto saved = f.repo<LinkRepository>().create(Fixture::link(f.agent, f.kingpin, LinkType::SubAgentOf));
        QVERIFY(saved);
        f.openAs(QStringLiteral("io.karachi"));
        const QString karachiAgent = f.addPerson(QStringLiteral("Karachi Agent"));
        const qint64 head = f.auditHead();
        auto links = f.repo<LinkRepository>();
        // Neither end, nor one end, may be outside the scope.
        QCOMPARE(links.create(Fixture::link(karachiAgent, f.kingpin, LinkType::Recruited)).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(links.create(Fixture::link(f.kingpin, karachiAgent, LinkType::Recruited)).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(links.get(saved->id).error().code, ErrorCode::NotFound);
        QVERIFY(links.linksOf(f.agent)->empty());
        QCOMPARE(links.remove(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(f.auditHead(), head);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM links")), 1);

        // The Gujranwala side cannot see a link it could not have made: create one in Karachi, check from GRW.
        const QString other = f.addPerson(QStringLiteral("Karachi Other"));
        QVERIFY(links.create(Fixture::link(karachiAgent, other, LinkType::Associate)));
        f.open(kAdmin, kAdminPassword);
        QVERIFY(f.repo<LinkRepository>().linksOf(karachiAgent)->empty());
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("tweak");
        QTest::newRow("self link") << "self";
        QTest::newRow("strength zero") << "strength";
        QTest::newRow("strength NaN") << "nan";
        QTest::newRow("ends before it begins") << "dates";
        QTest::newRow("member of a person") << "member";
        QTest::newRow("unknown organisation") << "org";
    }
    void badInputChangesNothing() {
        QFETCH(QString, tweak);
        Fixture f;
        Link l = Fixture::link(f.agent, f.kingpin, LinkType::Associate);
        ErrorCode expected = ErrorCode::Input;
        if (tweak == QLatin1String("self")) {
            l.to = l.from;
        } else if (tweak == QLatin1String("strength")) {
            l.strength = 0;
        } else if (tweak == QLatin1String("nan")) {
            l.strength = std::numeric_limits<double>::quiet_NaN();
        } else if (tweak == QLatin1String("dates")) {
            l.validFrom = QDate(2024, 1, 1);
            l.validTo = QDate(2023, 1, 1);
        } else if (tweak == QLatin1String("member")) {
            l.type = LinkType::MemberOf;
        } else {
            l.to = {EntityKind::Organisation, f.kingpin}; // a person's id is not an organisation
            expected = ErrorCode::NotFound;
        }
        const qint64 head = f.auditHead();
        auto saved = f.repo<LinkRepository>().create(l);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, expected);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM links")), 0);
        QCOMPARE(f.auditHead(), head);
    }
};

QTEST_GUILESS_MAIN(TestLinkRepository)
#include "test_linkrepository.moc"
