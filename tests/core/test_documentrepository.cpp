// Documents through the repository: passport and CNIC numbers normalised and found again across cases,
// authenticity, audit, scope and refused input.
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/documentrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : AggregateFixture {
    QString caseId = insertCase();
    QString holder = addPerson(QStringLiteral("Usman Ali"));

    Document passport(const QString& number) const {
        Document d;
        d.caseId = caseId;
        d.personId = holder;
        d.type = DocumentType::Passport;
        d.number = number;
        d.issuingState = QStringLiteral("pk");
        d.authenticity = Authenticity::Forged;
        d.malkhanaRef = QStringLiteral("MK-113/2023");
        return d;
    }
};

} // namespace

class TestDocumentRepository : public QObject {
    Q_OBJECT

private slots:
    void numbersAreNormalised_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("warned");
        QTest::newRow("passport spaced") << int(DocumentType::Passport) << "ab 123-4567"
                                         << "AB1234567" << false;
        QTest::newRow("passport older form") << int(DocumentType::Passport) << "K123456"
                                             << "K123456" << true;
        QTest::newRow("cnic dashed") << int(DocumentType::Cnic) << "34101-2345678-9"
                                     << "3410123456789" << false;
        QTest::newRow("visa") << int(DocumentType::Visa) << "ae 7788 99"
                              << "AE778899" << false;
    }
    void numbersAreNormalised() {
        QFETCH(int, type);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        QFETCH(bool, warned);
        Fixture f;
        auto docs = f.repo<DocumentRepository>();
        Document d = f.passport(input);
        d.type = DocumentType(type);
        auto saved = docs.create(d);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(!saved->warnings.empty(), warned);
        auto got = docs.get(saved->id);
        QCOMPARE(got->number, stored);
        QCOMPARE(got->issuingState, QStringLiteral("PK"));
        QCOMPARE(got->authenticity, Authenticity::Forged);
        QCOMPARE(docs.findByNumber(input)->size(), std::size_t(1));
    }

    void samePassportInTwoCases() {
        Fixture f;
        auto docs = f.repo<DocumentRepository>();
        QVERIFY(docs.create(f.passport(QStringLiteral("AB1234567"))));
        Document second = f.passport(QStringLiteral("ab-1234567"));
        second.caseId = f.insertCase();
        QVERIFY(docs.create(second));
        QCOMPARE(docs.findByNumber(QStringLiteral("AB 1234567"))->size(), std::size_t(2));
        QCOMPARE(docs.listForPerson(f.holder)->size(), std::size_t(2));
        QCOMPARE(docs.listForCase(f.caseId)->size(), std::size_t(1));
    }

    void updateIsAudited() {
        Fixture f;
        auto docs = f.repo<DocumentRepository>();
        auto saved = docs.create(f.passport(QStringLiteral("AB1234567")));
        QVERIFY(saved);
        Document edit = *docs.get(saved->id);
        edit.authenticity = Authenticity::Tampered;
        QVERIFY(docs.update(edit));
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("document."), {}});
        QCOMPARE(audit->size(), std::size_t(2));
        QCOMPARE(audit->back().fields.value(QLatin1String("changed")).toArray(),
                 QJsonArray{QLatin1String("authenticity")});
        QVERIFY(!QJsonDocument(audit->front().fields).toJson().contains("AB1234567"));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("tweak");
        QTest::newRow("passport symbols") << "passport";
        QTest::newRow("cnic short") << "cnic";
        QTest::newRow("bidi in visa number") << "visa";
        QTest::newRow("unknown issuing state") << "state";
        QTest::newRow("no case and no person") << "subject";
        QTest::newRow("unknown holder") << "holder";
    }
    void badInputChangesNothing() {
        QFETCH(QString, tweak);
        Fixture f;
        Document d = f.passport(QStringLiteral("AB1234567"));
        if (tweak == QLatin1String("passport")) {
            d.number = QStringLiteral("AB<>1234567'; --");
        } else if (tweak == QLatin1String("cnic")) {
            d.type = DocumentType::Cnic;
            d.number = QStringLiteral("34101-23456-9");
        } else if (tweak == QLatin1String("visa")) {
            d.type = DocumentType::Visa;
            d.number = QStringLiteral("AE\u202E998877");
        } else if (tweak == QLatin1String("state")) {
            d.issuingState = QStringLiteral("ZZ");
        } else if (tweak == QLatin1String("subject")) {
            d.caseId.clear();
            d.personId.clear();
        } else {
            d.personId = newUuid();
        }
        const qint64 head = f.auditHead();
        auto saved = f.repo<DocumentRepository>().create(d);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Input);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM documents")), 0);
        QCOMPARE(f.auditHead(), head);
    }

    void scopeHidesOtherOffices() {
        Fixture f;
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        auto saved = f.repo<DocumentRepository>().create(f.passport(QStringLiteral("AB1234567")));
        QVERIFY(saved);
        f.openAs(QStringLiteral("io.karachi"));
        auto docs = f.repo<DocumentRepository>();
        QCOMPARE(docs.get(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(docs.listForCase(f.caseId).error().code, ErrorCode::NotFound);
        QVERIFY(docs.findByNumber(QStringLiteral("AB1234567"))->empty());
        QVERIFY(docs.listForPerson(f.holder)->empty());
        QCOMPARE(docs.create(f.passport(QStringLiteral("CD7654321"))).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "test_documentrepository.moc"
