// Payments through the repository on a real encrypted database: lakh/crore and foreign amounts with exact PKR
// equivalents, instalments, totals, audit, scope, and refused input that leaves nothing behind.
#include <QSignalSpy>
#include <QtTest>

#include "aggregatefixture.h"
#include "repo/paymentrepository.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : AggregateFixture {
    QString caseId = insertCase();
    QString victim = addPerson(QStringLiteral("Usman Ali"));
    QString agent = addPerson(QStringLiteral("Tariq Mehmood"));

    PaymentDraft draft(const QString& amount, const QString& rate = {}) const {
        PaymentDraft d;
        d.caseId = caseId;
        d.payerPersonId = victim;
        d.payeePersonId = agent;
        d.amountText = amount;
        d.rateText = rate;
        d.paidOn = QDate(2023, 3, 14);
        d.channel = PaymentChannel::HawalaHundi;
        return d;
    }
};

} // namespace

class TestPaymentRepository : public QObject {
    Q_OBJECT

private slots:
    void amountsAndExactPkr_data() {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("pkrPaisa");
        QTest::addColumn<qint64>("rateMicros");
        QTest::newRow("25 lakh") << "25 lakh"
                                 << ""
                                 << "PKR" << qint64(2'500'000'00) << qint64(2'500'000'00) << qint64(1'000'000);
        QTest::newRow("1 crore 25 lakh") << "1 crore 25 lakh"
                                         << ""
                                         << "PKR" << qint64(12'500'000'00) << qint64(12'500'000'00)
                                         << qint64(1'000'000);
        QTest::newRow("urdu lakh") << QStringLiteral("۴۲ لاکھ") << ""
                                   << "PKR" << qint64(4'200'000'00) << qint64(4'200'000'00) << qint64(1'000'000);
        QTest::newRow("south asian grouping")
            << "Rs. 42,00,000/-"
            << ""
            << "PKR" << qint64(4'200'000'00) << qint64(4'200'000'00) << qint64(1'000'000);
        // 8,000 EUR at 302.45: 2,419,600.00 PKR, no floating-point drift.
        QTest::newRow("euro") << "EUR 8,000"
                              << "302.45"
                              << "EUR" << qint64(8'000'00) << qint64(2'419'600'00) << qint64(302'450'000);
        // Six decimals survive the REAL column: 0.1 x 302.450001 = 30.2450001 -> 30.25 rounded half up.
        QTest::newRow("six decimals") << "EUR 0.10"
                                      << "302.450001"
                                      << "EUR" << qint64(10) << qint64(30'25) << qint64(302'450'001);
        QTest::newRow("largest rate") << "USD 1"
                                      << "999,999,999.999999"
                                      << "USD" << qint64(100) << qint64(100'000'000'000) << qint64(999'999'999'999'999);
    }
    void amountsAndExactPkr() {
        QFETCH(QString, amount);
        QFETCH(QString, rate);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(qint64, pkrPaisa);
        QFETCH(qint64, rateMicros);
        Fixture f;
        auto payments = f.repo<PaymentRepository>();
        auto saved = payments.create(f.draft(amount, rate));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        auto p = payments.get(saved->id);
        QVERIFY(p);
        QCOMPARE(p->amount.currency, currency);
        QCOMPARE(p->amount.minorUnits, minor);
        QVERIFY(p->pkr);
        QCOMPARE(p->pkr->minorUnits, pkrPaisa);
        QCOMPARE(p->rateMicros, rateMicros);
        QCOMPARE(p->channel, PaymentChannel::HawalaHundi);
        QCOMPARE(p->paidOn, QDate(2023, 3, 14));
    }

    void foreignWithoutRateIsKeptWithWarning() {
        Fixture f;
        auto payments = f.repo<PaymentRepository>();
        auto saved = payments.create(f.draft(QStringLiteral("AED 20,000")));
        QVERIFY(saved);
        QVERIFY(hasIssue(saved->warnings, u"payment.no_rate"));
        QVERIFY(!payments.get(saved->id)->pkr);
        QVERIFY(payments.create(f.draft(QStringLiteral("5 lakh"))));
        auto totals = payments.totalsForCase(f.caseId);
        QVERIFY(totals);
        QCOMPARE(totals->pkrMinor, qint64(500'000'00));
        QCOMPARE(totals->payments, 2);
        QCOMPARE(totals->withoutPkr, 1);
    }

    void instalmentsAndTotals() {
        Fixture f;
        auto payments = f.repo<PaymentRepository>();
        auto fee = payments.create(f.draft(QStringLiteral("10 lakh")));
        QVERIFY(fee);
        PaymentDraft second = f.draft(QStringLiteral("15 lakh"));
        second.instalmentOf = fee->id;
        second.paidOn = QDate(2023, 4, 1);
        auto inst = payments.create(second);
        QVERIFY2(inst, inst ? "" : qPrintable(inst.error().message));
        QCOMPARE(payments.get(inst->id)->instalmentOf, fee->id);
        QCOMPARE(payments.totalsForCase(f.caseId)->pkrMinor, qint64(25'00'000'00));
        auto list = payments.listForCase(f.caseId);
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->front().id, fee->id); // oldest first

        // An instalment of a payment in another case, or of itself, is refused.
        const QString otherCase = f.insertCase();
        PaymentDraft foreign = f.draft(QStringLiteral("1 lakh"));
        foreign.caseId = otherCase;
        foreign.instalmentOf = fee->id;
        QCOMPARE(payments.create(foreign).error().code, ErrorCode::Input);
        PaymentDraft chained = f.draft(QStringLiteral("1 lakh"));
        chained.instalmentOf = inst->id; // an instalment of an instalment
        QCOMPARE(payments.create(chained).error().code, ErrorCode::Input);
        PaymentDraft cycle = f.draft(QStringLiteral("10 lakh"));
        cycle.instalmentOf = inst->id; // the agreed payment cannot become an instalment of its own instalment
        QCOMPARE(payments.update(fee->id, cycle).error().code, ErrorCode::Input);
        PaymentDraft self = second;
        self.instalmentOf = inst->id;
        QCOMPARE(payments.update(inst->id, self).error().code, ErrorCode::Input);
    }

    void listForPersonByDirection() {
        Fixture f;
        auto payments = f.repo<PaymentRepository>();
        QVERIFY(payments.create(f.draft(QStringLiteral("3 lakh"))));
        PaymentDraft onward = f.draft(QStringLiteral("1 lakh"));
        onward.payerPersonId = f.agent; // the agent pays the sub-agent
        onward.payeePersonId = f.addPerson(QStringLiteral("Sub Agent"));
        QVERIFY(payments.create(onward));
        QCOMPARE(payments.listForPerson(f.agent, PaymentDirection::Received)->size(), std::size_t(1));
        QCOMPARE(payments.listForPerson(f.agent, PaymentDirection::Made)->size(), std::size_t(1));
        QCOMPARE(payments.listForPerson(f.agent)->size(), std::size_t(2));
        QCOMPARE(payments.listForPerson(f.victim, PaymentDirection::Received)->size(), std::size_t(0));
    }

    void auditNamesFieldsNotValues() {
        Fixture f;
        auto payments = f.repo<PaymentRepository>();
        QSignalSpy changed(&f.context->notifier(), &ChangeNotifier::changed);
        auto saved = payments.create(f.draft(QStringLiteral("25 lakh")));
        QVERIFY(saved);
        QCOMPARE(changed.count(), 1);
        PaymentDraft edit = f.draft(QStringLiteral("26 lakh"));
        edit.fmuReference = QStringLiteral("FMU/2023/0042");
        QVERIFY(payments.update(saved->id, edit));
        QCOMPARE(changed.count(), 2);
        auto audit = f.session->audit().list(AuditFilter{0, 100, QStringLiteral("payment."), {}});
        QCOMPARE(audit->size(), std::size_t(2));
        QCOMPARE(audit->back().action, QStringLiteral("payment.update"));
        QCOMPARE(audit->back().entityId, saved->id);
        const QJsonArray fields = audit->back().fields.value(QLatin1String("changed")).toArray();
        QVERIFY(fields.contains(QLatin1String("amount")));
        QVERIFY(fields.contains(QLatin1String("fmu_reference")));
        QVERIFY(!fields.contains(QLatin1String("payer")));
        QVERIFY(!QJsonDocument(audit->back().fields).toJson().contains("FMU/2023"));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("tweak");
        QTest::newRow("empty amount") << ""
                                      << ""
                                      << "";
        QTest::newRow("negative") << "-5 lakh"
                                  << ""
                                  << "";
        QTest::newRow("sql") << "5 lakh'; DROP TABLE payments;--"
                             << ""
                             << "";
        QTest::newRow("unknown unit") << "5 zillion"
                                      << ""
                                      << "";
        QTest::newRow("bad rate") << "EUR 100"
                                  << "abc"
                                  << "";
        QTest::newRow("rate too precise") << "EUR 100"
                                          << "302.4500001"
                                          << "";
        QTest::newRow("same payer and payee") << "5 lakh"
                                              << ""
                                              << "same";
        QTest::newRow("unknown payer") << "5 lakh"
                                       << ""
                                       << "ghost";
        QTest::newRow("bidi in reference") << "5 lakh"
                                           << ""
                                           << "fmu";
        QTest::newRow("unknown case") << "5 lakh"
                                      << ""
                                      << "case";
    }
    void badInputChangesNothing() {
        QFETCH(QString, amount);
        QFETCH(QString, rate);
        QFETCH(QString, tweak);
        Fixture f;
        PaymentDraft d = f.draft(amount, rate);
        if (tweak == QLatin1String("same")) {
            d.payeePersonId = d.payerPersonId;
        } else if (tweak == QLatin1String("ghost")) {
            d.payerPersonId = newUuid();
        } else if (tweak == QLatin1String("fmu")) {
            d.fmuReference = QString(20000, QLatin1Char('x'));
        } else if (tweak == QLatin1String("case")) {
            d.caseId = newUuid();
        }
        const qint64 head = f.auditHead();
        auto saved = f.repo<PaymentRepository>().create(d);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, tweak == QLatin1String("case") ? ErrorCode::NotFound : ErrorCode::Input);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM payments")), 0);
        QCOMPARE(f.auditHead(), head);
    }

    void scopeHidesOtherOffices() {
        Fixture f; // administrator of GRW-AHTC
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("io.gujranwala"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        auto saved = f.repo<PaymentRepository>().create(f.draft(QStringLiteral("25 lakh")));
        QVERIFY(saved);
        f.assign(f.caseId, QStringLiteral("pros"));

        f.openAs(QStringLiteral("io.karachi"));
        auto payments = f.repo<PaymentRepository>();
        QCOMPARE(payments.get(saved->id).error().code, ErrorCode::NotFound);
        QCOMPARE(payments.listForCase(f.caseId).error().code, ErrorCode::NotFound);
        QCOMPARE(payments.totalsForCase(f.caseId).error().code, ErrorCode::NotFound);
        QVERIFY(payments.listForPerson(f.victim)->empty());
        const qint64 head = f.auditHead();
        QCOMPARE(payments.create(f.draft(QStringLiteral("1 lakh"))).error().code, ErrorCode::NotFound);
        QCOMPARE(payments.update(saved->id, f.draft(QStringLiteral("1 lakh"))).error().code, ErrorCode::NotFound);
        QCOMPARE(f.auditHead(), head);

        f.openAs(QStringLiteral("io.gujranwala"));
        QCOMPARE(f.repo<PaymentRepository>().listForCase(f.caseId)->size(), std::size_t(1));

        f.openAs(QStringLiteral("pros")); // reads the assigned case, writes nothing
        QCOMPARE(f.repo<PaymentRepository>().listForCase(f.caseId)->size(), std::size_t(1));
        QCOMPARE(f.repo<PaymentRepository>().create(f.draft(QStringLiteral("1 lakh"))).error().code,
                 ErrorCode::Permission);
    }
};

QTEST_GUILESS_MAIN(TestPaymentRepository)
#include "test_paymentrepository.moc"
