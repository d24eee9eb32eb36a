// Timeline events through the repository: ordered case and person timelines, legal references from the event
// types, audit, scope (case events follow the case, person-only events the person) and refused input.
#include <QSignalSpy>
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/eventrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

QDateTime at(int y, int m, int d, int h = 10) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

struct Fixture : AggregateFixture {
    QString caseId = insertCase();
    QString accused = addPerson(QStringLiteral("Tariq Mehmood"));

    TimelineEvent event(const char* type, const QDateTime& when, const QString& person = {}) const {
        TimelineEvent e;
        e.caseId = caseId;
        e.personId = person;
        e.type = QString::fromLatin1(type);
        e.occurredAt = when;
        return e;
    }
    static QString types(const std::vector<TimelineEvent>& events) {
        QStringList out;
        for (const TimelineEvent& e : events) {
            out << e.type;
        }
        return out.join(QLatin1Char(' '));
    }
};

} // namespace

class TestEventRepository : public QObject {
    Q_OBJECT

private slots:
    void timelineInTimeOrder() {
        Fixture f;
        auto events = f.repo<EventRepository>();
        QVERIFY(events.add(f.event("PHYSICAL_REMAND", at(2023, 6, 20), f.accused)));
        auto fir = events.add(f.event("FIR_REGISTERED", at(2023, 6, 18)));
        QVERIFY2(fir, fir ? "" : qPrintable(fir.error().message));
        QVERIFY(events.add(f.event("ARREST", at(2023, 6, 19, 23), f.accused)));
        QVERIFY(events.add(f.event("PRODUCED_BEFORE_MAGISTRATE", at(2023, 6, 19, 23), f.accused)));
        auto timeline = events.timelineForCase(f.caseId);
        QVERIFY(timeline);
        // Same instant: entry order breaks the tie.
        QCOMPARE(Fixture::types(*timeline),
                 QStringLiteral("FIR_REGISTERED ARREST PRODUCED_BEFORE_MAGISTRATE PHYSICAL_REMAND"));
        QCOMPARE(timeline->front().legalRef, QStringLiteral("CrPC s.154")); // from the event type
        QCOMPARE(timeline->front().occurredAt, at(2023, 6, 18));
        QCOMPARE(events.timelineForPerson(f.accused)->size(), std::size_t(3));
        auto window = events.timelineForCase(f.caseId, at(2023, 6, 19), at(2023, 6, 19, 23));
        QCOMPARE(Fixture::types(*window), QStringLiteral("ARREST PRODUCED_BEFORE_MAGISTRATE"));
    }

    void personOnlyEventsFollowThePerson() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        TimelineEvent listed = f.event("RED_BOOK_LISTED", at(2025, 1, 5), f.accused);
        listed.caseId.clear();
        auto saved = f.repo<EventRepository>().add(listed);
        QVERIFY(saved);
        f.openAs(QStringLiteral("sup.central"));
        QCOMPARE(f.repo<EventRepository>().timelineForPerson(f.accused)->size(), std::size_t(1));
        f.openAs(QStringLiteral("io.karachi"));
        QVERIFY(f.repo<EventRepository>().timelineForPerson(f.accused)->empty());
        QCOMPARE(f.repo<EventRepository>().get(saved->id).error().code, ErrorCode::NotFound);
    }

    void updateAndRemoveAreAudited() {
        Fixture f;
        auto events = f.repo<EventRepository>();
        QSignalSpy changed(&f.context->notifier(), &ChangeNotifier::changed);
        auto saved = events.add(f.event("RAID", at(2024, 2, 2)));
        QVERIFY(saved);
        TimelineEvent edit = *events.get(saved->id);
        edit.description = QStringLiteral("Raid on a travel agency office in Gujrat");
        QVERIFY(events.update(edit));
        QCOMPARE(events.get(saved->id)->description, edit.description);
        QVERIFY(events.remove(saved->id));
        QCOMPARE(events.get(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(changed.count(), 3);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("event."), {}});
        QCOMPARE(audit->size(), std::size_t(3));
        QCOMPARE(audit->at(1).fields.value(QLatin1String("changed")).toArray(),
                 QJsonArray{QLatin1String("description")});
        QVERIFY(!QJsonDocument(audit->at(1).fields).toJson().contains("Gujrat"));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("tweak");
        QTest::newRow("unknown type") << "type";
        QTest::newRow("sql type") << "sql";
        QTest::newRow("no time") << "time";
        QTest::newRow("no subject") << "subject";
        QTest::newRow("overlong description") << "long";
        QTest::newRow("unknown case") << "case";
    }
    void badInputChangesNothing() {
        QFETCH(QString, tweak);
        Fixture f;
        TimelineEvent e = f.event("RAID", at(2024, 1, 1));
        if (tweak == QLatin1String("type")) {
            e.type = QStringLiteral("PARTY");
        } else if (tweak == QLatin1String("sql")) {
            e.type = QStringLiteral("RAID' OR '1'='1");
        } else if (tweak == QLatin1String("time")) {
            e.occurredAt = {};
        } else if (tweak == QLatin1String("subject")) {
            e.caseId.clear();
        } else if (tweak == QLatin1String("long")) {
            e.description = QString(6000, QLatin1Char('x'));
        } else {
            e.caseId = newUuid();
        }
        const qint64 head = f.auditHead();
        auto saved = f.repo<EventRepository>().add(e);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, tweak == QLatin1String("case") ? ErrorCode::NotFound : ErrorCode::Input);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM events")), 0);
        QCOMPARE(f.auditHead(), head);
    }

    void scopeHidesOtherOffices() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        auto saved = f.repo<EventRepository>().add(f.event("FIR_REGISTERED", at(2023, 6, 18), f.accused));
        QVERIFY(saved);
        f.openAs(QStringLiteral("io.karachi"));
        auto events = f.repo<EventRepository>();
        QCOMPARE(events.timelineForCase(f.caseId).error().code, ErrorCode::NotFound);
        QVERIFY(events.timelineForPerson(f.accused)->empty());
        QCOMPARE(events.get(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(events.remove(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(events.add(f.event("RAID", at(2023, 7, 1))).error().code, ErrorCode::NotFound);
        f.openAs(QStringLiteral("pros")); // not assigned yet
        QCOMPARE(f.repo<EventRepository>().timelineForCase(f.caseId).error().code, ErrorCode::NotFound);
        f.open(kAdmin, kAdminPassword);
        f.assign(f.caseId, QStringLiteral("pros"));
        f.openAs(QStringLiteral("pros"));
        QCOMPARE(f.repo<EventRepository>().timelineForCase(f.caseId)->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestEventRepository)
#include "test_eventrepository.moc"
