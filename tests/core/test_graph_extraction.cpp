// Chart extraction on a real encrypted database: depth, edge types and date window honoured; the scope decides
// which persons and cases appear; victims are placeholders without identifiers for users without the victims
// grant; saved charts keep positions and pins and are audited.
#include <QtTest>

#include "aggregatefixture.h"
#include "analysis/chartstore.h"
#include "analysis/graph.h"
#include "analysis/graphextractor.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Network : AggregateFixture {
    QString kingpin, agent, subAgent, victim, oldFriend, lahori, case1, lahoreCase;

    Network() {
        addUser(QStringLiteral("io.grant"), Role::Investigator, QStringLiteral("GRW-AHTC"), true);
        addUser(QStringLiteral("io.plain"), Role::Investigator, QStringLiteral("GRW-AHTC"), false);
        addUser(QStringLiteral("io.lahore"), Role::Investigator, QStringLiteral("LHR-AHTC"), true);
        kingpin = addPerson(QStringLiteral("Tariq Mehmood"));
        agent = addPerson(QStringLiteral("Bilal Hussain"));
        subAgent = addPerson(QStringLiteral("Naveed Akhtar"));
        victim = addPerson(QStringLiteral("Usman Ali"));
        oldFriend = addPerson(QStringLiteral("Javed Iqbal"));
        case1 = insertCase();
        addRole(case1, kingpin, QStringLiteral("KINGPIN"));
        addRole(case1, agent, QStringLiteral("AGENT"));
        addRole(case1, subAgent, QStringLiteral("SUB_AGENT"));
        addRole(case1, victim, QStringLiteral("SMUGGLED_MIGRANT"));
        // A person recorded in Lahore, in a Lahore case: outside the Gujranwala users' scope.
        lahoreCase = insertCase(QStringLiteral("LHR-AHTC"));
        lahori = newUuid();
        exec(QStringLiteral("INSERT INTO persons (id, name_latin, office_id, created_at, updated_at) VALUES ('%1', "
                            "'Lahori Contact', '%2', 'x', 'x')")
                 .arg(lahori, officeId(QStringLiteral("LHR-AHTC"))));
        addRole(lahoreCase, lahori, QStringLiteral("AGENT"));
        link(agent, kingpin, QStringLiteral("SUB_AGENT_OF"), QStringLiteral("'2021-01-01'"), QStringLiteral("NULL"));
        link(subAgent, agent, QStringLiteral("SUB_AGENT_OF"), QStringLiteral("'2022-06-01'"), QStringLiteral("NULL"));
        link(subAgent, victim, QStringLiteral("RECRUITED"), QStringLiteral("'2023-02-01'"),
             QStringLiteral("'2023-02-01'"));
        link(kingpin, oldFriend, QStringLiteral("ASSOCIATE"), QStringLiteral("'2019-01-01'"),
             QStringLiteral("'2019-12-31'"));
        link(kingpin, lahori, QStringLiteral("ASSOCIATE"), QStringLiteral("'2022-01-01'"), QStringLiteral("NULL"));
        exec(QStringLiteral("INSERT INTO payments (id, case_id, payer_person_id, payee_person_id, amount_minor, "
                            "currency, paid_on) VALUES ('%1', '%2', '%3', '%4', 25000000, 'PKR', '2023-03-14')")
                 .arg(newUuid(), case1, victim, subAgent));
        phone(agent, QStringLiteral("+923001234567"));
        phone(subAgent, QStringLiteral("+923001234567"));
        phone(victim, QStringLiteral("+923009999999"));
    }
    void exec(const QString& sql) { QVERIFY2(session->database().exec(sql), qPrintable(sql)); }
    void link(const QString& from, const QString& to, const QString& type, const QString& since, const QString& until) {
        exec(QStringLiteral("INSERT INTO links (id, from_kind, from_id, to_kind, to_id, link_type, valid_from, "
                            "valid_to) VALUES ('%1', 'PERSON', '%2', 'PERSON', '%3', '%4', %5, %6)")
                 .arg(newUuid(), from, to, type, since, until));
    }
    void phone(const QString& person, const QString& e164) {
        exec(QStringLiteral("INSERT INTO person_phones (id, person_id, e164) VALUES ('%1', '%2', '%3')")
                 .arg(newUuid(), person, e164));
    }
    ChartData extract(const ExtractOptions& options) {
        GraphExtractor extractor(*context);
        auto chart = extractor.extract(options);
        if (!chart) {
            qWarning("%s", qPrintable(chart.error().message));
            return {};
        }
        return *chart;
    }
    static ExtractOptions seeded(const QString& id, int depth) {
        ExtractOptions o;
        o.seedIds = {id};
        o.depth = depth;
        return o;
    }
    static bool has(const ChartData& chart, NodeKind kind, const QString& id) {
        return chart.indexOf(nodeKindKey(kind) + QLatin1Char(':') + id) >= 0;
    }
};

} // namespace

class TestGraphExtraction : public QObject {
    Q_OBJECT

private slots:
    void depthBoundsTheNeighbourhood() {
        Network f;
        f.openAs(QStringLiteral("io.grant"));
        const ChartData one = f.extract(Network::seeded(f.kingpin, 1));
        QVERIFY(Network::has(one, NodeKind::Person, f.agent));
        QVERIFY(Network::has(one, NodeKind::Case, f.case1));
        QVERIFY(!Network::has(one, NodeKind::Phone, QStringLiteral("+923001234567")));
        // Through the case, everyone in it is one hop away; the shared phone is two.
        ExtractOptions links = Network::seeded(f.kingpin, 1);
        links.types = {EdgeType::SubAgentOf, EdgeType::Recruited, EdgeType::SharesPhone};
        const ChartData l1 = f.extract(links);
        QVERIFY(Network::has(l1, NodeKind::Person, f.agent));
        QVERIFY(!Network::has(l1, NodeKind::Person, f.subAgent));
        links.depth = 2;
        const ChartData l2 = f.extract(links);
        QVERIFY(Network::has(l2, NodeKind::Person, f.subAgent));
        QVERIFY(Network::has(l2, NodeKind::Phone, QStringLiteral("+923001234567")));
        QVERIFY(!Network::has(l2, NodeKind::Person, f.victim));
        QVERIFY(!Network::has(l2, NodeKind::Case, f.case1)); // role edges not asked for
        links.depth = 3;
        const ChartData l3 = f.extract(links);
        QVERIFY(Network::has(l3, NodeKind::Person, f.victim));
        // The last hop is closed: the phone the agent and sub-agent share joins both.
        const int phoneAt = l3.indexOf(QStringLiteral("phone:+923001234567"));
        int phoneEdges = 0;
        for (const ChartEdge& e : l3.edges) {
            phoneEdges += e.target == phoneAt ? 1 : 0;
        }
        QCOMPARE(phoneEdges, 2);
    }

    void typesAndDatesFilterEdges() {
        Network f;
        f.openAs(QStringLiteral("io.grant"));
        ExtractOptions o = Network::seeded(f.kingpin, 1);
        o.types = {EdgeType::Associate};
        const ChartData all = f.extract(o);
        QVERIFY(Network::has(all, NodeKind::Person, f.oldFriend));
        QCOMPARE(all.edges.size(), std::size_t(1)); // the Lahore associate is out of scope
        o.from = QDate(2023, 1, 1);
        o.to = QDate(2023, 12, 31);
        const ChartData in2023 = f.extract(o);
        QVERIFY(!Network::has(in2023, NodeKind::Person, f.oldFriend)); // ended 2019
        QCOMPARE(in2023.nodes.size(), std::size_t(1));
        // The payment of 14 March 2023 is inside a March window and outside an April one.
        ExtractOptions paid = Network::seeded(f.subAgent, 1);
        paid.types = {EdgeType::Paid};
        paid.from = QDate(2023, 3, 1);
        paid.to = QDate(2023, 3, 31);
        const ChartData march = f.extract(paid);
        QCOMPARE(march.edges.size(), std::size_t(1));
        QCOMPARE(march.edges[0].amountMinor, 25000000);
        QVERIFY(march.edges[0].directed);
        QCOMPARE(march.nodes[std::size_t(march.edges[0].target)].recordId, f.subAgent);
        paid.from = QDate(2023, 4, 1);
        paid.to = QDate(2023, 4, 30);
        QCOMPARE(f.extract(paid).edges.size(), std::size_t(0));
    }

    void scopeHidesOtherOffices() {
        Network f;
        f.openAs(QStringLiteral("io.grant"));
        const ChartData chart = f.extract(Network::seeded(f.kingpin, 3));
        QVERIFY(!Network::has(chart, NodeKind::Person, f.lahori));
        QVERIFY(!Network::has(chart, NodeKind::Case, f.lahoreCase));
        // From Lahore, the Gujranwala kingpin is not visible at all: no chart.
        f.openAs(QStringLiteral("io.lahore"));
        GraphExtractor extractor(*f.context);
        auto refused = extractor.extract(Network::seeded(f.kingpin, 1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        const ChartData lahore = f.extract(Network::seeded(f.lahori, 2));
        QVERIFY(Network::has(lahore, NodeKind::Case, f.lahoreCase));
        QVERIFY(!Network::has(lahore, NodeKind::Person, f.kingpin));
    }

    void victimsWithoutGrantArePlaceholders() {
        Network f;
        f.openAs(QStringLiteral("io.grant"));
        const ChartData granted = f.extract(Network::seeded(f.subAgent, 1));
        const int v = granted.indexOf(QStringLiteral("person:") + f.victim);
        QVERIFY(v >= 0);
        QCOMPARE(granted.nodes[std::size_t(v)].label, QStringLiteral("Usman Ali"));
        QCOMPARE(granted.nodes[std::size_t(v)].role, QStringLiteral("VICTIM"));
        const ChartData grantedPhones = f.extract(Network::seeded(f.victim, 1));
        QVERIFY(Network::has(grantedPhones, NodeKind::Phone, QStringLiteral("+923009999999")));

        f.openAs(QStringLiteral("io.plain"));
        const ChartData plain = f.extract(Network::seeded(f.subAgent, 2));
        const int pv = plain.indexOf(QStringLiteral("person:") + f.victim);
        QVERIFY(pv >= 0);
        const ChartNode& node = plain.nodes[std::size_t(pv)];
        QVERIFY(node.redacted);
        // The person's own pseudonym, as the lists show it; what they are in the case underneath.
        QCOMPARE(node.label, f.context->scope().pseudonyms().of(f.victim));
        QCOMPARE(node.detail, QStringLiteral("Victim"));
        QVERIFY(node.labelUrdu.isEmpty());
        QVERIFY(!Network::has(plain, NodeKind::Phone, QStringLiteral("+923009999999")));
        for (const ChartNode& n : plain.nodes) {
            QVERIFY2(!n.label.contains(QStringLiteral("Usman")), qPrintable(n.label));
        }
        // Seeding with the victim's phone does not lead to the victim either.
        ExtractOptions byPhone;
        byPhone.seedKind = NodeKind::Phone;
        byPhone.seedIds = {QStringLiteral("+923009999999")};
        byPhone.depth = 2;
        QCOMPARE(f.extract(byPhone).nodes.size(), std::size_t(1));
    }

    void sharedDocumentsAndAddressesJoinPersons() {
        Network f;
        for (const QString& p : {f.agent, f.oldFriend}) {
            f.exec(QStringLiteral("INSERT INTO person_passports (id, person_id, number) VALUES ('%1', '%2', "
                                  "'AB1234567')")
                       .arg(newUuid(), p));
            f.exec(QStringLiteral("INSERT INTO person_addresses (id, person_id, locality, district, address_key) "
                                  "VALUES ('%1', '%2', 'Kotli Loharan', 'Sialkot', 'pk|sialkot|kotli-loharan')")
                       .arg(newUuid(), p));
        }
        f.exec(QStringLiteral("INSERT INTO documents (id, case_id, person_id, doc_type, number) VALUES ('%1', '%2', "
                              "'%3', 'VISA', 'AB1234567')")
                   .arg(newUuid(), f.case1, f.subAgent));
        f.openAs(QStringLiteral("io.grant"));
        ExtractOptions o = Network::seeded(f.agent, 2);
        o.types = {EdgeType::SharesDocument, EdgeType::SharesAddress};
        const ChartData chart = f.extract(o);
        QVERIFY(Network::has(chart, NodeKind::Document, QStringLiteral("AB1234567")));
        QVERIFY(Network::has(chart, NodeKind::Address, QStringLiteral("pk|sialkot|kotli-loharan")));
        QVERIFY(Network::has(chart, NodeKind::Person, f.oldFriend));
        QVERIFY(Network::has(chart, NodeKind::Person, f.subAgent)); // through the visa in the case file
        const int address = chart.indexOf(QStringLiteral("address:pk|sialkot|kotli-loharan"));
        QCOMPARE(chart.nodes[std::size_t(address)].label, QStringLiteral("Kotli Loharan, Sialkot"));
    }

    void hubIdentifiersAreShownNotFollowed() {
        Network f;
        QStringList callers;
        for (int i = 0; i < 51; ++i) {
            callers << f.addPerson(QStringLiteral("Caller %1").arg(i));
            f.phone(callers.back(), QStringLiteral("+924235550000")); // a public call office's number
        }
        f.phone(f.kingpin, QStringLiteral("+924235550000"));
        f.openAs(QStringLiteral("io.grant"));
        ExtractOptions o = Network::seeded(f.kingpin, 2);
        o.types = {EdgeType::SharesPhone};
        const ChartData chart = f.extract(o);
        QVERIFY(Network::has(chart, NodeKind::Phone, QStringLiteral("+924235550000")));
        QCOMPARE(chart.nodes.size(), std::size_t(2)); // the kingpin and the hub, not its 51 other holders
        // Under the limit the number is followed: agent and sub-agent share one.
        ExtractOptions shared = Network::seeded(f.agent, 2);
        shared.types = {EdgeType::SharesPhone};
        QVERIFY(Network::has(f.extract(shared), NodeKind::Person, f.subAgent));
    }

    void expandAddsNeighbours() {
        Network f;
        f.openAs(QStringLiteral("io.grant"));
        ExtractOptions o = Network::seeded(f.kingpin, 1);
        o.types = {EdgeType::SubAgentOf};
        ChartData chart = f.extract(o);
        QCOMPARE(chart.nodes.size(), std::size_t(2));
        GraphExtractor extractor(*f.context);
        auto added = extractor.expand(chart, chart.indexOf(QStringLiteral("person:") + f.agent), o);
        QVERIFY(added);
        QCOMPARE(*added, 1);
        QVERIFY(Network::has(chart, NodeKind::Person, f.subAgent));
    }

    void savedChartKeepsPositionsAndIsAudited() {
        Network f;
        f.openAs(QStringLiteral("io.grant"));
        ExtractOptions o = Network::seeded(f.kingpin, 2);
        ChartData chart = f.extract(o);
        for (int i = 0; i < int(chart.nodes.size()); ++i) {
            chart.nodes[std::size_t(i)].pos = QPointF(i * 10.0, -i * 5.0);
            chart.nodes[std::size_t(i)].placed = true;
        }
        chart.nodes[0].pinned = true;
        ChartStore store(*f.context);
        QVERIFY(!store.save(QStringLiteral("  "), {}, o, {}, chart));
        auto id = store.save(QStringLiteral("Mehmood network"), f.case1, o, {}, chart);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto listed = store.list();
        QCOMPARE(listed->size(), std::size_t(1));
        auto saved = store.load(*id);
        QVERIFY(saved);
        auto reopened = store.open(*saved);
        QVERIFY(reopened);
        QCOMPARE(reopened->nodes.size(), chart.nodes.size());
        for (const ChartNode& n : chart.nodes) {
            const ChartNode& back = reopened->nodes[std::size_t(reopened->indexOf(n.key))];
            QCOMPARE(back.pos, n.pos);
            QCOMPARE(back.pinned, n.pinned);
        }
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'chart.save'")), 1);
        // Lahore cannot see a Gujranwala chart.
        f.openAs(QStringLiteral("io.lahore"));
        QCOMPARE(ChartStore(*f.context).list()->size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestGraphExtraction)
#include "test_graph_extraction.moc"
