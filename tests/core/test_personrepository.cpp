// Persons through the repository on a real encrypted database: validation, audit, scope, victim protection, search
// across scripts and spellings, identifier lookup, merge and its undo.
#include <QSignalSpy>
#include <QtTest>

#include "repo/personmerge.h"
#include "repo/personrepository.h"
#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "signedindatabase.h"
#include "storage/database.h"

using namespace caselink;
using namespace caselink::test;

namespace {

Person aslam() {
    Person p;
    p.nameLatin = QStringLiteral("Muhammad Aslam");
    p.relation = Relation::SonOf;
    p.relativeLatin = QStringLiteral("Ghulam Rasool");
    p.sex = Sex::Male;
    p.cnic = QStringLiteral("34101-2345678-9");
    p.phones = {QStringLiteral("0300 1234567")};
    p.passports = {{QStringLiteral("AB 1234567"), QStringLiteral("PK"), QStringLiteral("VALID")}};
    p.addresses = {{QStringLiteral("PK"),
                    QStringLiteral("Punjab"),
                    QStringLiteral("Gujrat"),
                    QStringLiteral("Kharian"),
                    QStringLiteral("Dinga"),
                    {}}};
    return p;
}

struct Fixture : SignedInDatabase {
    std::unique_ptr<PersonRepository> persons;

    explicit Fixture(const QString& user = kAdmin, const QString& password = kAdminPassword) { open(user, password); }

protected:
    void openRepositories() override { persons = std::make_unique<PersonRepository>(*context); }
    void closeRepositories() override { persons.reset(); }
};

QStringList ids(const std::vector<PersonHit>& hits) {
    QStringList out;
    for (const PersonHit& h : hits) {
        out << h.id;
    }
    return out;
}

} // namespace

class TestPersonRepository : public QObject {
    Q_OBJECT

private slots:
    void createNormalisesAndAudits() {
        Fixture f;
        QSignalSpy changed(&f.context->notifier(), &ChangeNotifier::changed);
        Person draft = aslam();
        draft.sex = Sex::Female; // the CNIC's last digit (9, odd) says male: a warning, the record is kept
        auto saved = f.persons->create(draft);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(hasIssue(saved->warnings, u"cnic.sex_mismatch"));
        QCOMPARE(changed.count(), 1);
        auto p = f.persons->get(saved->id);
        QVERIFY(p);
        QCOMPARE(p->cnic, QStringLiteral("3410123456789"));
        QCOMPARE(p->phones, QStringList{QStringLiteral("+923001234567")});
        QCOMPARE(p->passports.front().number, QStringLiteral("AB1234567"));
        QCOMPARE(p->relation, Relation::SonOf);
        QCOMPARE(p->officeId, f.session->user().officeId);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("person."), {}});
        QCOMPARE(audit->size(), std::size_t(1));
        QCOMPARE(audit->front().entityId, saved->id);
        // The audit entry names no identity.
        const QByteArray fields = QJsonDocument(audit->front().fields).toJson();
        QVERIFY(!fields.contains("Aslam") && !fields.contains("3410123456789"));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("cnic too short") << "cnic"
                                        << "34101-234567-9";
        QTest::newRow("cnic letters") << "cnic"
                                      << "3410I-2345678-9";
        QTest::newRow("phone garbage") << "phone"
                                       << "call me maybe";
        QTest::newRow("no name") << "name"
                                 << "";
        QTest::newRow("passport symbols") << "passport"
                                          << "AB<>1234567'; DROP TABLE persons;--";
    }
    void badInputChangesNothing() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Fixture f;
        Person draft = aslam();
        if (field == QLatin1String("cnic")) {
            draft.cnic = value;
        } else if (field == QLatin1String("phone")) {
            draft.phones = {value};
        } else if (field == QLatin1String("name")) {
            draft.nameLatin = value;
        } else {
            draft.passports = {{value, QStringLiteral("PK"), QStringLiteral("VALID")}};
        }
        const qint64 auditBefore = *f.session->audit().headSeq();
        auto saved = f.persons->create(draft);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Input);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM persons")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM person_phones")), 0);
        QCOMPARE(*f.session->audit().headSeq(), auditBefore);
    }

    void searchAcrossScriptsAndSpellings_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("as written") << "Muhammad Aslam";
        QTest::newRow("urdu script") << "محمد اسلم";
        QTest::newRow("mohd") << "Mohd Aslam";
        QTest::newRow("lower case prefix") << "muhammad asl";
        QTest::newRow("cnic with dashes") << "34101-2345678-9";
        QTest::newRow("cnic digits") << "3410123456789";
        QTest::newRow("phone local form") << "0300-1234567";
        QTest::newRow("phone international") << "+92 300 1234567";
        QTest::newRow("passport") << "ab1234567";
    }
    void searchAcrossScriptsAndSpellings() {
        QFETCH(QString, query);
        Fixture f;
        auto saved = f.persons->create(aslam());
        QVERIFY(saved);
        Person other;
        other.nameLatin = QStringLiteral("Bilal Hussain");
        QVERIFY(f.persons->create(other));
        auto found = f.persons->search(query);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(ids(*found), QStringList{saved->id});
    }

    // Every name token, or its first letters, finds the person: the given name, the family name, and the family
    // name's stem as people shorten it, in either script.
    void anyTokenOrPrefixFinds_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("given name") << "Zubair";
        QTest::newRow("family name") << "Yousafzai";
        QTest::newRow("family name stem") << "Yousaf";
        QTest::newRow("lower case prefix") << "zub";
        QTest::newRow("spelling variant") << "Yusufzai";
        QTest::newRow("both tokens as prefixes") << "zub yous";
        QTest::newRow("urdu given name") << "زبیر";
        QTest::newRow("urdu family name") << "یوسفزئی";
        QTest::newRow("urdu family name prefix") << "یوسف";
        QTest::newRow("urdu given name prefix") << "زبی";
        QTest::newRow("urdu family name in arabic letters") << "يوسفزئي";
    }
    void anyTokenOrPrefixFinds() {
        QFETCH(QString, query);
        Fixture f;
        Person zubair;
        zubair.nameLatin = QStringLiteral("Zubair Yousafzai");
        zubair.nameUrdu = QStringLiteral("زبیر یوسفزئی");
        auto saved = f.persons->create(zubair);
        QVERIFY(saved);
        Person other;
        other.nameLatin = QStringLiteral("Bilal Hussain");
        QVERIFY(f.persons->create(other));
        auto found = f.persons->find(query, 10);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(ids(found->hits), QStringList{saved->id});
        QCOMPARE(found->total, qint64(1));
    }

    // A common family name: the matches outside the user's scope must not crowd the page out of the ones inside.
    void scopeFiltersBeforeTheLimit() {
        Fixture f; // administrator of GRW-AHTC
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("io.gujranwala"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        auto createMany = [&f](const QString& given) {
            for (int i = 0; i < 60; ++i) {
                Person p;
                p.nameLatin = QStringLiteral("%1%2 Yousafzai").arg(given).arg(QChar(u'a' + i % 26));
                if (!f.persons->create(p)) {
                    return false;
                }
            }
            return true;
        };
        // The other office's records are written first, so they come first in the index.
        QVERIFY(f.openAs(QStringLiteral("io.karachi")));
        QVERIFY(createMany(QStringLiteral("Karim")));
        QVERIFY(f.openAs(QStringLiteral("io.gujranwala")));
        QVERIFY(createMany(QStringLiteral("Gul")));
        const qint64 inScope = f.count(QStringLiteral("SELECT count(*) FROM persons p JOIN org_units o ON "
                                                      "o.id = p.office_id WHERE o.code = 'GRW-AHTC'"));
        QCOMPARE(inScope, qint64(60));

        auto found = f.persons->find(QStringLiteral("Yousafzai"), 20);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(found->hits.size(), std::size_t(20));
        for (const PersonHit& hit : found->hits) {
            QVERIFY2(hit.name.startsWith(QLatin1String("Gul")), qPrintable(hit.name));
        }
        QCOMPARE(found->total, inScope);
        auto all = f.persons->find(QStringLiteral("Yousafzai"), 1000);
        QVERIFY(all);
        QCOMPARE(qint64(all->hits.size()), inScope);
        QCOMPARE(all->total, inScope);
        QCOMPARE(f.persons->search(QStringLiteral("Yousafzai"), 20)->size(), std::size_t(20));
    }

    void exactNameComesFirst() {
        Fixture f;
        for (const char* name : {"Muhammad Aslam Cheema", "Muhammad Aslam Virk", "Muhammad Aslam"}) {
            Person p;
            p.nameLatin = QString::fromLatin1(name);
            QVERIFY(f.persons->create(p));
        }
        auto found = f.persons->search(QStringLiteral("muhammad aslam"));
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(3));
        QCOMPARE(found->front().name, QStringLiteral("Muhammad Aslam"));
    }

    void hostileSearchInput() {
        Fixture f;
        QVERIFY(f.persons->create(aslam()));
        for (const QString& q : {QStringLiteral("\" OR 1=1 --"), QStringLiteral("NEAR(a b)"), QStringLiteral("*"),
                                 QStringLiteral("\u202Emalsa\u202C"), QString(5000, QLatin1Char('x')), QString()}) {
            auto found = f.persons->search(q);
            QVERIFY2(found, qPrintable(q.left(20)));
            QVERIFY(found->empty());
        }
    }

    void scopeHidesOtherOffices() {
        Fixture f; // administrator of GRW-AHTC
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        f.addUser(QStringLiteral("sup.south"), Role::Supervisor, QStringLiteral("SOUTH"));
        auto saved = f.persons->create(aslam());
        QVERIFY(saved);
        struct Expectation {
            const char* user;
            bool sees;
        };
        for (const auto& [user, sees] :
             {Expectation{"io.karachi", false}, Expectation{"sup.central", true}, Expectation{"sup.south", false}}) {
            const QString name = QString::fromLatin1(user);
            f.openAs(name);
            QVERIFY(f.session);
            QCOMPARE(bool(f.persons->get(saved->id)), sees);
            QCOMPARE(f.persons->search(QStringLiteral("Aslam"))->size(), std::size_t(sees ? 1 : 0));
            QCOMPARE(f.persons->findByIdentifier(IdentifierKind::Cnic, QStringLiteral("3410123456789"))->size(),
                     std::size_t(sees ? 1 : 0));
        }
    }

    void victimsNeedTheGrant() {
        Fixture f;
        f.addUser(QStringLiteral("io.plain"), Role::Investigator, QStringLiteral("GRW-AHTC"), false);
        f.addUser(QStringLiteral("io.granted"), Role::Investigator, QStringLiteral("GRW-AHTC"), true);
        Person victim = aslam();
        auto saved = f.persons->create(victim);
        QVERIFY(saved);
        // Until the case repository lands, the case and role are written directly.
        Database& db = f.session->database();
        auto insertCase = db.prepare(QStringLiteral("INSERT INTO cases (id, office_id, enquiry_number, created_at, "
                                                    "updated_at) VALUES ('c1', ?, 'ENQ-1', 'x', 'x')"));
        insertCase->bind(1, f.session->user().officeId);
        QVERIFY(insertCase->run());
        auto role = db.prepare(QStringLiteral(
            "INSERT INTO case_persons (id, case_id, person_id, role) VALUES ('r1', 'c1', ?, 'SMUGGLED_MIGRANT')"));
        role->bind(1, saved->id);
        QVERIFY(role->run());

        f.openAs(QStringLiteral("io.plain"));
        auto hidden = f.persons->get(saved->id);
        QVERIFY(hidden);
        QVERIFY(hidden->isProtected);
        QVERIFY(!hidden->nameLatin.contains(QStringLiteral("Aslam")));
        QVERIFY(hidden->cnic.isEmpty() && hidden->phones.isEmpty() && hidden->passports.empty());
        QVERIFY(f.persons->search(QStringLiteral("Aslam"))->empty());
        QVERIFY(f.persons->search(QStringLiteral("03001234567"))->empty());
        Person edit = aslam();
        edit.id = saved->id;
        QCOMPARE(f.persons->update(edit).error().code, ErrorCode::Permission);

        f.openAs(QStringLiteral("io.granted"));
        auto shown = f.persons->get(saved->id);
        QVERIFY(shown && !shown->isProtected);
        QCOMPARE(shown->nameLatin, QStringLiteral("Muhammad Aslam"));
        QCOMPARE(f.persons->search(QStringLiteral("Aslam"))->size(), std::size_t(1));
    }

    void updateRecordsChangedFieldNames() {
        Fixture f;
        auto saved = f.persons->create(aslam());
        Person edit = *f.persons->get(saved->id);
        edit.phones << QStringLiteral("+393331234567"); // an Italian number, as agents abroad use
        edit.aliases << QStringLiteral("Babu");
        QVERIFY(f.persons->update(edit));
        auto p = f.persons->get(saved->id);
        QCOMPARE(p->phones.size(), 2);
        QCOMPARE(p->aliases, QStringList{QStringLiteral("Babu")});
        QCOMPARE(f.persons->search(QStringLiteral("Babu"))->size(), std::size_t(1));
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("person.update"), {}});
        QCOMPARE(audit->size(), std::size_t(1));
        const QJsonArray changed = audit->front().fields.value(QLatin1String("changed")).toArray();
        QVERIFY(changed.contains(QLatin1String("phones")));
        QVERIFY(changed.contains(QLatin1String("aliases")));
        QVERIFY(!changed.contains(QLatin1String("cnic")));
    }

    void mergeAndUndo() {
        Fixture f;
        auto keep = f.persons->create(aslam());
        Person dup;
        dup.nameUrdu = QStringLiteral("محمد اسلم");
        dup.phones = {QStringLiteral("03219876543")};
        auto drop = f.persons->create(dup);
        QVERIFY(keep && drop);
        PersonMerge merges(*f.context);
        auto mergeId = merges.merge(keep->id, drop->id);
        QVERIFY2(mergeId, mergeId ? "" : qPrintable(mergeId.error().message));
        auto kept = f.persons->get(keep->id);
        QCOMPARE(kept->phones.size(), 2); // the duplicate's phone moved to the kept record
        auto merged = f.persons->get(drop->id);
        QVERIFY(merged);
        QCOMPARE(merged->mergedInto, keep->id); // history stays
        QCOMPARE(ids(*f.persons->search(QStringLiteral("محمد اسلم"))), QStringList{keep->id});
        QVERIFY(!merges.merge(keep->id, drop->id)); // not twice
        QVERIFY(merges.undo(*mergeId));
        QCOMPARE(f.persons->get(keep->id)->phones.size(), 1);
        QCOMPARE(f.persons->get(drop->id)->phones, QStringList{QStringLiteral("+923219876543")});
        QVERIFY(f.persons->get(drop->id)->mergedInto.isEmpty());
        QVERIFY(!merges.undo(*mergeId));
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("person.merge"), {}});
        QCOMPARE(audit->size(), std::size_t(2)); // merge and merge_undo
        QVERIFY(DatabaseMaintenance(*f.session).checkIntegrity()->ok());
    }

    void prosecutorCannotWrite() {
        Fixture f;
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        f.openAs(QStringLiteral("pros"));
        auto saved = f.persons->create(aslam());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Permission);
    }
};

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "test_personrepository.moc"
