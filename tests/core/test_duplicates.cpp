// Duplicate candidates: identifiers, names across scripts and spellings, fathers' names, reasons, scope.
#include <QtTest>

#include "matching/duplicatefinder.h"
#include "repo/personrepository.h"
#include "testdatabase.h"
#include "text/namematcher.h"

using namespace caselink;
using namespace caselink::test;

namespace {

Person person(const QString& name, const QString& father, const QString& cnic = {}, const QStringList& phones = {}) {
    Person p;
    (name.front().unicode() > 0x600 ? p.nameUrdu : p.nameLatin) = name;
    (father.isEmpty() || father.front().unicode() > 0x600 ? p.relativeUrdu : p.relativeLatin) = father;
    p.relation = Relation::SonOf;
    p.sex = Sex::Male;
    p.cnic = cnic;
    p.phones = phones;
    return p;
}

struct Fixture {
    TestDatabase db;
    std::unique_ptr<Session> session = db.unlock();
    std::unique_ptr<RepositoryContext> context = std::move(*RepositoryContext::create(*session));
    PersonRepository persons{*context};
    DuplicateFinder finder{*context};

    QString add(const Person& p) {
        auto saved = persons.create(p);
        if (!saved) {
            qWarning("%s", qPrintable(saved.error().message));
            return {};
        }
        return saved->id;
    }
};

const DuplicateCandidate* find(const std::vector<DuplicateCandidate>& list, const QString& other) {
    for (const auto& c : list) {
        if (c.personB == other || c.personA == other) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

class TestDuplicates : public QObject {
    Q_OBJECT

private slots:
    void sameCnicDifferentSpelling() {
        Fixture f;
        const QString a = f.add(person(QStringLiteral("Muhammad Aslam"), QStringLiteral("Ghulam Rasool"),
                                       QStringLiteral("34101-2345678-9")));
        const QString b = f.add(
            person(QStringLiteral("Mohd Aslam Butt"), QStringLiteral("Gh. Rasool"), QStringLiteral("3410123456789")));
        auto found = f.finder.candidatesFor(a);
        QVERIFY(found);
        const DuplicateCandidate* c = find(*found, b);
        QVERIFY(c);
        QVERIFY2(c->score >= 0.9, qPrintable(QString::number(c->score)));
        QVERIFY(c->reasons.contains(QStringLiteral("same CNIC")));
    }

    void crossScriptNamesWithoutIdentifiers() {
        Fixture f;
        const QString a = f.add(person(QStringLiteral("محمد اسلم"), QStringLiteral("غلام رسول")));
        const QString b = f.add(person(QStringLiteral("Mohammad Aslam"), QStringLiteral("Ghulam Rasool")));
        const QString brother = f.add(person(QStringLiteral("Muhammad Aslam"), QStringLiteral("Abdul Majeed")));
        auto found = f.finder.candidatesFor(a, NameMatcher::kPossible);
        QVERIFY(found);
        const DuplicateCandidate* c = find(*found, b);
        QVERIFY(c);
        QVERIFY2(c->score >= NameMatcher::kPossible, qPrintable(QString::number(c->score)));
        QVERIFY(!c->reasons.isEmpty());
        // Same name, different father: another man, not proposed.
        QVERIFY(!find(*found, brother));
    }

    void sharedPhoneIsAReason() {
        Fixture f;
        const QString a = f.add(person(QStringLiteral("Tariq Mehmood"), QStringLiteral("Allah Ditta"), {},
                                       {QStringLiteral("03001112233")}));
        const QString b = f.add(person(QStringLiteral("Tariq Mahmood"), QStringLiteral("Allah Dita"), {},
                                       {QStringLiteral("+923001112233")}));
        auto found = f.finder.candidatesFor(a);
        const DuplicateCandidate* c = find(*found, b);
        QVERIFY(c);
        QVERIFY(c->reasons.contains(QStringLiteral("share a phone number")));
    }

    void differentCnicsPullDown() {
        Fixture f;
        const QString a = f.add(
            person(QStringLiteral("Imran Khan"), QStringLiteral("Ikram Ullah"), QStringLiteral("35202-1111111-1")));
        const QString b = f.add(
            person(QStringLiteral("Imran Khan"), QStringLiteral("Ikram Ullah"), QStringLiteral("35202-2222222-1")));
        auto found = f.finder.candidatesFor(a, 0);
        const DuplicateCandidate* c = find(*found, b);
        QVERIFY(c);
        QVERIFY(c->score < NameMatcher::kPossible);
        QVERIFY(c->reasons.contains(QStringLiteral("different CNICs")));
    }

    void scanListsEachPairOnce() {
        Fixture f;
        const QString a = f.add(
            person(QStringLiteral("Bilal Ahmed"), QStringLiteral("Nazir Ahmed"), QStringLiteral("34201-7654321-3")));
        const QString b = f.add(
            person(QStringLiteral("Bilal Ahmad"), QStringLiteral("Nazeer Ahmad"), QStringLiteral("34201-7654321-3")));
        f.add(person(QStringLiteral("Zahid Iqbal"), QStringLiteral("Muhammad Iqbal")));
        auto pairs = f.finder.scan();
        QVERIFY(pairs);
        QCOMPARE(pairs->size(), std::size_t(1));
        QCOMPARE(QSet<QString>({pairs->front().personA, pairs->front().personB}), QSet<QString>({a, b}));
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "test_duplicates.moc"
