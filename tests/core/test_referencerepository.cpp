// Reference data through the repository: everyone lists it, only administrators change it, every change audited,
// refused changes leave the tables and the audit chain as they were.
#include <QSignalSpy>
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/referencerepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

Offence passportForgery() {
    Offence o;
    o.code = QStringLiteral("PA-6(1)(j)");
    o.act = QStringLiteral("Passports Act 1974");
    o.section = QStringLiteral("6(1)(j)");
    o.titleEn = QStringLiteral("Holding more than one passport");
    o.cognizable = true;
    o.uncertain = true;
    return o;
}

struct Counts {
    qint64 offences, eventTypes, countries, audit;
    bool operator==(const Counts&) const = default;
};

Status asStatus(const Result<QString>& result) {
    return result ? ok() : Status(std::unexpected(result.error()));
}

Counts counts(AggregateFixture& f) {
    return {f.count(QStringLiteral("SELECT count(*) FROM ref_offences")),
            f.count(QStringLiteral("SELECT count(*) FROM ref_event_types")),
            f.count(QStringLiteral("SELECT count(*) FROM ref_countries")), f.auditHead()};
}

} // namespace

class TestReferenceRepository : public QObject {
    Q_OBJECT

private slots:
    void everyoneLists() {
        AggregateFixture f;
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        f.openAs(QStringLiteral("pros"));
        auto refs = f.repo<ReferenceRepository>();
        auto offences = refs.offences();
        QVERIFY(offences && !offences->empty());
        auto psma = std::find_if(offences->begin(), offences->end(),
                                 [](const Offence& o) { return o.code == QLatin1String("PSMA-6"); });
        QVERIFY(psma != offences->end());
        QCOMPARE(psma->bailable, std::optional<bool>(false));
        auto types = refs.eventTypes();
        auto fir = std::find_if(types->begin(), types->end(),
                                [](const EventType& t) { return t.code == QLatin1String("FIR_REGISTERED"); });
        QVERIFY(fir != types->end());
        QCOMPARE(fir->legalRef, QStringLiteral("CrPC s.154"));
        QCOMPARE(fir->phase, EventPhase::PreTrial);
        auto countries = refs.countries();
        QVERIFY(std::any_of(countries->begin(), countries->end(),
                            [](const Country& c) { return c.iso2 == QLatin1String("LY"); }));
    }

    void administratorEditsAreAudited() {
        AggregateFixture f;
        auto refs = f.repo<ReferenceRepository>();
        QSignalSpy changed(&f.context->notifier(), &ChangeNotifier::changed);
        auto id = refs.addOffence(passportForgery());
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        Offence edit = passportForgery();
        edit.id = *id;
        edit.penalty = QStringLiteral("up to 7 years");
        QVERIFY(refs.updateOffence(edit));
        QVERIFY(refs.deactivateOffence(*id));
        auto active = refs.offences();
        QVERIFY(std::none_of(active->begin(), active->end(), [&](const Offence& o) { return o.id == *id; }));
        auto all = refs.offences(true);
        auto stored = std::find_if(all->begin(), all->end(), [&](const Offence& o) { return o.id == *id; });
        QVERIFY(stored != all->end());
        QCOMPARE(stored->penalty, edit.penalty);
        QVERIFY(!stored->active && stored->uncertain);

        QVERIFY(refs.addEventType(EventType{QStringLiteral("FMU_DISSEMINATION"),
                                            EventPhase::PreTrial,
                                            QStringLiteral("AMLA 2010"),
                                            QStringLiteral("FMU dissemination"),
                                            {}}));
        QVERIFY(refs.updateEventType(EventType{QStringLiteral("FIR_REGISTERED"),
                                               EventPhase::PreTrial,
                                               QStringLiteral("CrPC s.154"),
                                               QStringLiteral("FIR lodged"),
                                               {}}));
        QVERIFY(
            refs.addCountry(Country{QStringLiteral("mr"), QStringLiteral("Mauritania"), QStringLiteral("موریتانیہ")}));
        QVERIFY(
            refs.updateCountry(Country{QStringLiteral("MR"), QStringLiteral("Islamic Republic of Mauritania"), {}}));
        QCOMPARE(changed.count(), 7);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("reference."), {}});
        QStringList actions;
        for (const AuditEntry& e : *audit) {
            actions << e.action;
        }
        QCOMPARE(
            actions,
            (QStringList{QStringLiteral("reference.offence.create"), QStringLiteral("reference.offence.update"),
                         QStringLiteral("reference.offence.deactivate"), QStringLiteral("reference.event_type.create"),
                         QStringLiteral("reference.event_type.update"), QStringLiteral("reference.country.create"),
                         QStringLiteral("reference.country.update")}));
        QCOMPARE(audit->at(1).fields.value(QLatin1String("changed")).toArray(), QJsonArray{QLatin1String("penalty")});
    }

    void nonAdministratorsAreRefused_data() {
        QTest::addColumn<int>("role");
        QTest::newRow("investigator") << int(Role::Investigator);
        QTest::newRow("supervisor") << int(Role::Supervisor);
        QTest::newRow("prosecutor-reader") << int(Role::ProsecutorReader);
    }
    void nonAdministratorsAreRefused() {
        QFETCH(int, role);
        AggregateFixture f;
        f.addUser(QStringLiteral("someone"), Role(role), QStringLiteral("GRW-AHTC"));
        f.openAs(QStringLiteral("someone"));
        const Counts before = counts(f);
        auto refs = f.repo<ReferenceRepository>();
        QCOMPARE(refs.addOffence(passportForgery()).error().code, ErrorCode::Permission);
        QCOMPARE(refs.deactivateOffence(QStringLiteral("off-psma-3")).error().code, ErrorCode::Permission);
        QCOMPARE(refs.addEventType(EventType{QStringLiteral("X_Y"), EventPhase::Trial, {}, QStringLiteral("X"), {}})
                     .error()
                     .code,
                 ErrorCode::Permission);
        QCOMPARE(refs.updateCountry(Country{QStringLiteral("PK"), QStringLiteral("Pakistan!"), {}}).error().code,
                 ErrorCode::Permission);
        QVERIFY(counts(f) == before);
        QVERIFY(refs.offences(true)->size() > 0);
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("duplicate offence code") << "dup";
        QTest::newRow("offence code with spaces") << "code";
        QTest::newRow("offence without title") << "title";
        QTest::newRow("event type lower case") << "event";
        QTest::newRow("duplicate event type") << "event-dup";
        QTest::newRow("country of three letters") << "country";
        QTest::newRow("existing country") << "country-dup";
        QTest::newRow("unknown country update") << "country-missing";
    }
    void badInputChangesNothing() {
        QFETCH(QString, what);
        AggregateFixture f;
        auto refs = f.repo<ReferenceRepository>();
        const Counts before = counts(f);
        Offence o = passportForgery();
        Status st;
        if (what == QLatin1String("dup")) {
            o.code = QStringLiteral("PSMA-6");
            st = asStatus(refs.addOffence(o));
            QCOMPARE(st.error().code, ErrorCode::Conflict);
        } else if (what == QLatin1String("code")) {
            o.code = QStringLiteral("PSMA 6'; --");
            st = asStatus(refs.addOffence(o));
        } else if (what == QLatin1String("title")) {
            o.titleEn.clear();
            st = asStatus(refs.addOffence(o));
        } else if (what == QLatin1String("event")) {
            st =
                refs.addEventType(EventType{QStringLiteral("raid"), EventPhase::PreTrial, {}, QStringLiteral("R"), {}});
        } else if (what == QLatin1String("event-dup")) {
            st =
                refs.addEventType(EventType{QStringLiteral("RAID"), EventPhase::PreTrial, {}, QStringLiteral("R"), {}});
        } else if (what == QLatin1String("country")) {
            st = refs.addCountry(Country{QStringLiteral("LBY"), QStringLiteral("Libya"), {}});
        } else if (what == QLatin1String("country-dup")) {
            st = refs.addCountry(Country{QStringLiteral("LY"), QStringLiteral("Libya"), {}});
        } else {
            st = refs.updateCountry(Country{QStringLiteral("QQ"), QStringLiteral("Nowhere"), {}});
        }
        QVERIFY(!st);
        QVERIFY(!st.error().message.isEmpty());
        QVERIFY(counts(f) == before);
    }
};

QTEST_GUILESS_MAIN(TestReferenceRepository)
#include "test_referencerepository.moc"
