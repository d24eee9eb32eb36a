// Route legs through the repository: ordered chains per case and traveller kept gap-free on add, insert, move and
// removal; countries from the reference table; audit, scope and refused input.
#include <QSignalSpy>
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/routerepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : AggregateFixture {
    QString caseId = insertCase();
    QString migrant = addPerson(QStringLiteral("Usman Ali"));
    QString facilitator = addPerson(QStringLiteral("Tariq Mehmood"));

    RouteLeg leg(const char* from, const char* to, TravelMode mode = TravelMode::Land, int seq = 0) const {
        RouteLeg l;
        l.caseId = caseId;
        l.personId = migrant;
        l.fromCountry = QString::fromLatin1(from);
        l.toCountry = QString::fromLatin1(to);
        l.mode = mode;
        l.seq = seq;
        return l;
    }
    // "PK>IR>TR": the chain as the countries it runs through.
    QString chain(RouteRepository& routes) const {
        auto legs = routes.chainForCase(caseId, migrant);
        QStringList out;
        int expectedSeq = 1;
        for (const RouteLeg& l : *legs) {
            if (l.seq != expectedSeq++) {
                return QStringLiteral("gap at %1").arg(l.seq);
            }
            out << l.fromCountry + QLatin1Char('>') + l.toCountry;
        }
        return out.join(QLatin1Char(' '));
    }
};

} // namespace

class TestRouteRepository : public QObject {
    Q_OBJECT

private slots:
    void dunkiChainInOrder() {
        Fixture f;
        auto routes = f.repo<RouteRepository>();
        RouteLeg first = f.leg("PK", "IR");
        first.fromPlace = QStringLiteral("Quetta");
        first.borderPoint = QStringLiteral("Taftan");
        first.facilitatorPersonId = f.facilitator;
        first.date = QDate(2023, 2, 1);
        first.outcome = LegOutcome::Crossed;
        auto a = routes.add(first);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QVERIFY(routes.add(f.leg("TR", "GR", TravelMode::Sea)));
        QVERIFY(routes.add(f.leg("IR", "TR", TravelMode::Land, 2))); // inserted between the two
        QCOMPARE(f.chain(routes), QStringLiteral("PK>IR IR>TR TR>GR"));
        auto stored = routes.get(a->id);
        QCOMPARE(stored->borderPoint, QStringLiteral("Taftan"));
        QCOMPARE(stored->facilitatorPersonId, f.facilitator);
        QCOMPARE(stored->outcome, LegOutcome::Crossed);
        QCOMPARE(stored->date, QDate(2023, 2, 1));
        // Another traveller's chain in the same case is numbered on its own.
        RouteLeg other = f.leg("PK", "AE", TravelMode::Air);
        other.personId = f.facilitator;
        auto o = routes.add(other);
        QVERIFY(o);
        QCOMPARE(routes.get(o->id)->seq, 1);
        QCOMPARE(routes.chainForCase(f.caseId)->size(), std::size_t(4));
    }

    void moveAndRemoveKeepTheChainGapFree() {
        Fixture f;
        auto routes = f.repo<RouteRepository>();
        QVERIFY(routes.add(f.leg("PK", "IR")));
        QVERIFY(routes.add(f.leg("IR", "TR")));
        auto last = routes.add(f.leg("TR", "GR", TravelMode::Sea));
        QVERIFY(last);
        QVERIFY(routes.move(last->id, 1));
        QCOMPARE(f.chain(routes), QStringLiteral("TR>GR PK>IR IR>TR"));
        QVERIFY(routes.move(last->id, 99)); // clamped to the end
        QCOMPARE(f.chain(routes), QStringLiteral("PK>IR IR>TR TR>GR"));
        auto legs = *routes.chainForCase(f.caseId, f.migrant);
        QVERIFY(routes.remove(legs[1].id));
        QCOMPARE(f.chain(routes), QStringLiteral("PK>IR TR>GR"));
        QCOMPARE(routes.get(legs[1].id).error().code, ErrorCode::NotFound);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("route_leg."), {}});
        QCOMPARE(audit->size(), std::size_t(6)); // three creates, two moves, one delete
        QCOMPARE(audit->back().action, QStringLiteral("route_leg.delete"));
    }

    void updateAuditsChangedFields() {
        Fixture f;
        auto routes = f.repo<RouteRepository>();
        QSignalSpy changed(&f.context->notifier(), &ChangeNotifier::changed);
        auto saved = routes.add(f.leg("LY", "IT", TravelMode::Sea));
        QVERIFY(saved);
        RouteLeg edit = *routes.get(saved->id);
        edit.outcome = LegOutcome::Died;
        edit.toPlace = QStringLiteral("Lampedusa");
        edit.seq = 7; // ignored: positions change through move()
        QVERIFY(routes.update(edit));
        QCOMPARE(routes.get(saved->id)->outcome, LegOutcome::Died);
        QCOMPARE(routes.get(saved->id)->seq, 1);
        QCOMPARE(changed.count(), 2);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("route_leg.update"), {}});
        const QJsonArray fields = audit->front().fields.value(QLatin1String("changed")).toArray();
        QCOMPARE(fields, (QJsonArray{QLatin1String("to"), QLatin1String("outcome")}));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("tweak");
        QTest::newRow("unknown country") << "country";
        QTest::newRow("sql in country") << "sql";
        QTest::newRow("unknown facilitator") << "facilitator";
        QTest::newRow("document of no case") << "document";
        QTest::newRow("damaged text") << "text";
        QTest::newRow("unknown case") << "case";
    }
    void badInputChangesNothing() {
        QFETCH(QString, tweak);
        Fixture f;
        RouteLeg l = f.leg("PK", "IR");
        if (tweak == QLatin1String("country")) {
            l.toCountry = QStringLiteral("XX");
        } else if (tweak == QLatin1String("sql")) {
            l.toCountry = QStringLiteral("IR' OR 1=1 --");
        } else if (tweak == QLatin1String("facilitator")) {
            l.facilitatorPersonId = newUuid();
        } else if (tweak == QLatin1String("document")) {
            l.documentId = newUuid();
        } else if (tweak == QLatin1String("text")) {
            l.borderPoint = QStringLiteral("Taftan") + QChar(0xD800);
        } else {
            l.caseId = newUuid();
        }
        const qint64 head = f.auditHead();
        auto saved = f.repo<RouteRepository>().add(l);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, tweak == QLatin1String("case") ? ErrorCode::NotFound : ErrorCode::Input);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM route_legs")), 0);
        QCOMPARE(f.auditHead(), head);
    }

    void scopeHidesOtherOffices() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        auto saved = f.repo<RouteRepository>().add(f.leg("PK", "IR"));
        QVERIFY(saved);
        f.openAs(QStringLiteral("io.karachi"));
        auto routes = f.repo<RouteRepository>();
        QCOMPARE(routes.get(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(routes.chainForCase(f.caseId).error().code, ErrorCode::NotFound);
        const qint64 head = f.auditHead();
        QCOMPARE(routes.add(f.leg("IR", "TR")).error().code, ErrorCode::NotFound);
        QCOMPARE(routes.move(saved->id, 1).error().code, ErrorCode::NotFound);
        QCOMPARE(routes.remove(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(f.auditHead(), head);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM route_legs")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRouteRepository)
#include "test_routerepository.moc"
