// Money as officers type it (lakh, crore, Urdu unit words, foreign currencies) and its PKR equivalent: each row
// asserts the exact amount in minor units and the issue codes.
#include <QtTest>

#include "domain/money.h"
#include "validationchecks.h"

using namespace caselink;
using namespace caselink::test;
using Codes = QStringList;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------- money
    void money_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("defaultCurrency");
        QTest::addColumn<qint64>("minor"); // -1: refused
        QTest::addColumn<QString>("currency");
        QTest::addColumn<Codes>("codes");
        const QString pkr = u"PKR"_s;
        const qint64 refusedValue = -1;

        QTest::newRow("25 lakh") << u"25 lakh"_s << pkr << qint64(250'000'000) << pkr << Codes{};
        QTest::newRow("2.5 lakh") << u"2.5 lakh"_s << pkr << qint64(25'000'000) << pkr << Codes{};
        QTest::newRow("25 lacs") << u"25 Lacs"_s << pkr << qint64(250'000'000) << pkr << Codes{};
        QTest::newRow("Rs. western") << u"Rs. 4,200,000"_s << pkr << qint64(420'000'000) << pkr << Codes{};
        QTest::newRow("Rs. /-") << u"Rs. 4,200,000/-"_s << pkr << qint64(420'000'000) << pkr << Codes{};
        QTest::newRow("Rs. tight") << u"Rs.5000"_s << pkr << qint64(500'000) << pkr << Codes{};
        QTest::newRow("PKR lakh grouping") << u"PKR 42,00,000"_s << pkr << qint64(420'000'000) << pkr << Codes{};
        QTest::newRow("crore grouping") << u"1,00,00,000"_s << pkr << qint64(1'000'000'000) << pkr << Codes{};
        QTest::newRow("1.2 crore") << u"1.2 crore"_s << pkr << qint64(1'200'000'000) << pkr << Codes{};
        QTest::newRow("crore and lakh") << u"1 crore 25 lakh"_s << pkr << qint64(1'250'000'000) << pkr << Codes{};
        QTest::newRow("lakh and thousand") << u"25 lakh 50 thousand"_s << pkr << qint64(255'000'000) << pkr << Codes{};
        QTest::newRow("lakh and rupees") << u"25 lakh 5000"_s << pkr << qint64(250'500'000) << pkr << Codes{};
        QTest::newRow("urdu lakh") << u"25 لاکھ"_s << pkr << qint64(250'000'000) << pkr << Codes{};
        QTest::newRow("urdu digits lakh") << u"۲۵ لاکھ"_s << pkr << qint64(250'000'000) << pkr << Codes{};
        QTest::newRow("urdu lakh rupees") << u"۲۵ لاکھ روپے"_s << pkr << qint64(250'000'000) << pkr << Codes{};
        QTest::newRow("urdu crore decimal") << u"۱٫۵ کروڑ"_s << pkr << qint64(1'500'000'000) << pkr << Codes{};
        QTest::newRow("arabic kaf crore") << u"2 كروڑ"_s << pkr << qint64(2'000'000'000) << pkr << Codes{};
        QTest::newRow("urdu hazar") << u"۵۰ ہزار"_s << pkr << qint64(5'000'000) << pkr << Codes{};
        QTest::newRow("rupee sign") << u"\u20A8 1,000"_s << pkr << qint64(100'000) << pkr << Codes{};
        QTest::newRow("euro sign") << u"\u20AC 8,000"_s << pkr << qint64(800'000) << u"EUR"_s << Codes{};
        QTest::newRow("EUR code") << u"EUR 8000"_s << pkr << qint64(800'000) << u"EUR"_s << Codes{};
        QTest::newRow("EUR after") << u"8,000.50 EUR"_s << pkr << qint64(800'050) << u"EUR"_s << Codes{};
        QTest::newRow("USD") << u"USD 5,000"_s << pkr << qint64(500'000) << u"USD"_s << Codes{};
        QTest::newRow("dollar sign") << u"$5000"_s << pkr << qint64(500'000) << u"USD"_s << Codes{};
        QTest::newRow("US$") << u"US$ 5000"_s << pkr << qint64(500'000) << u"USD"_s << Codes{};
        QTest::newRow("AED") << u"AED 20,000"_s << pkr << qint64(2'000'000) << u"AED"_s << Codes{};
        QTest::newRow("lower-case code") << u"aed 20000"_s << pkr << qint64(2'000'000) << u"AED"_s << Codes{};
        QTest::newRow("libyan dinar 3 decimals")
            << u"LYD 1,500.250"_s << pkr << qint64(1'500'250) << u"LYD"_s << Codes{};
        QTest::newRow("default currency") << u"5000"_s << u"EUR"_s << qint64(500'000) << u"EUR"_s << Codes{};
        QTest::newRow("explicit beats default") << u"PKR 5000"_s << u"EUR"_s << qint64(500'000) << pkr << Codes{};
        QTest::newRow("leading decimal") << u".5 lakh"_s << pkr << qint64(5'000'000) << pkr << Codes{};
        QTest::newRow("0.500 is decimal") << u"USD 0.500"_s << pkr << qint64(50) << u"USD"_s << Codes{};
        QTest::newRow("largest") << u"92,233,720,368,547,758.07"_s << pkr << std::numeric_limits<qint64>::max() << pkr
                                 << Codes{};
        QTest::newRow("zero") << u"0"_s << pkr << refusedValue << QString() << Codes{u"money.zero"_s};
        QTest::newRow("zero lakh") << u"Rs. 0.00 lakh"_s << pkr << refusedValue << QString() << Codes{u"money.zero"_s};

        QTest::newRow("sub-paisa") << u"Rs 5,000.505"_s << pkr << refusedValue << QString()
                                   << Codes{u"money.precision"_s};
        QTest::newRow("sub-paisa lakh") << u"1.234567891 lakh"_s << pkr << refusedValue << QString()
                                        << Codes{u"money.precision"_s};
        QTest::newRow("european thousands")
            << u"\u20AC 8.000"_s << pkr << refusedValue << QString() << Codes{u"money.ambiguous_separator"_s};
        QTest::newRow("european decimals")
            << u"8.000,50"_s << pkr << refusedValue << QString() << Codes{u"money.ambiguous_separator"_s};
        QTest::newRow("dotted groups") << u"1.234.567"_s << pkr << refusedValue << QString()
                                       << Codes{u"money.ambiguous_separator"_s};
        QTest::newRow("bad grouping") << u"4,2000"_s << pkr << refusedValue << QString() << Codes{u"money.grouping"_s};
        QTest::newRow("bad grouping 2") << u"42,0,000"_s << pkr << refusedValue << QString()
                                        << Codes{u"money.grouping"_s};
        QTest::newRow("leading comma") << u",5000"_s << pkr << refusedValue << QString()
                                       << Codes{u"money.invalid_character"_s};
        QTest::newRow("minus") << u"-5000"_s << pkr << refusedValue << QString() << Codes{u"money.negative"_s};
        QTest::newRow("Rs minus") << u"Rs. -5000"_s << pkr << refusedValue << QString() << Codes{u"money.negative"_s};
        QTest::newRow("brackets") << u"(5000)"_s << pkr << refusedValue << QString() << Codes{u"money.negative"_s};
        QTest::newRow("range") << u"5000-6000"_s << pkr << refusedValue << QString()
                               << Codes{u"money.invalid_character"_s};
        QTest::newRow("two currencies") << u"EUR 8000 USD"_s << pkr << refusedValue << QString()
                                        << Codes{u"money.currency_conflict"_s};
        QTest::newRow("unknown code") << u"XYZ 5000"_s << pkr << refusedValue << QString()
                                      << Codes{u"money.unknown_currency"_s};
        QTest::newRow("unknown default") << u"5000"_s << u"XYZ"_s << refusedValue << QString()
                                         << Codes{u"money.unknown_currency"_s};
        QTest::newRow("misspelt unit") << u"25 lakhh"_s << pkr << refusedValue << QString()
                                       << Codes{u"money.unknown_word"_s};
        QTest::newRow("urdu number word")
            << u"ایک کروڑ"_s << pkr << refusedValue << QString() << Codes{u"money.unknown_word"_s};
        QTest::newRow("unit alone") << u"lakh"_s << pkr << refusedValue << QString() << Codes{u"money.format"_s};
        QTest::newRow("currency alone") << u"USD"_s << pkr << refusedValue << QString() << Codes{u"money.format"_s};
        QTest::newRow("two numbers") << u"5000 3000"_s << pkr << refusedValue << QString() << Codes{u"money.format"_s};
        QTest::newRow("units ascending") << u"25 lakh 1 crore"_s << pkr << refusedValue << QString()
                                         << Codes{u"money.format"_s};
        QTest::newRow("remainder too big")
            << u"25 lakh 500000"_s << pkr << refusedValue << QString() << Codes{u"money.format"_s};
        QTest::newRow("currency between")
            << u"25 PKR lakh"_s << pkr << refusedValue << QString() << Codes{u"money.format"_s};
        QTest::newRow("yen or yuan") << u"\u00A5 5000"_s << pkr << refusedValue << QString()
                                     << Codes{u"money.ambiguous_symbol"_s};
        QTest::newRow("rial sign") << u"5000 \uFDFC"_s << pkr << refusedValue << QString()
                                   << Codes{u"money.ambiguous_symbol"_s};
        QTest::newRow("sql") << u"5000; DROP TABLE payments"_s << pkr << refusedValue << QString()
                             << Codes{u"money.invalid_character"_s};
        QTest::newRow("20 digits") << u"99999999999999999999"_s << pkr << refusedValue << QString()
                                   << Codes{u"money.too_large"_s};
        QTest::newRow("just over") << u"92,233,720,368,547,758.08"_s << pkr << refusedValue << QString()
                                   << Codes{u"money.too_large"_s};
        QTest::newRow("huge crore") << u"10000000000000 crore"_s << pkr << refusedValue << QString()
                                    << Codes{u"money.too_large"_s};
        QTest::newRow("empty") << QString() << pkr << refusedValue << QString() << Codes{u"money.empty"_s};
        QTest::newRow("only /-") << u"/-"_s << pkr << refusedValue << QString() << Codes{u"money.empty"_s};
        QTest::newRow("overlong") << QString(81, u'1') << pkr << refusedValue << QString()
                                  << Codes{u"money.too_long"_s};
        QTest::newRow("RLE") << u"\u202B25 لاکھ"_s << pkr << refusedValue << QString()
                             << Codes{u"money.bidi_control"_s};
    }
    void money() {
        QFETCH(QString, input);
        QFETCH(QString, defaultCurrency);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(Codes, codes);
        const ValidatedValue<Money> v = validateMoney(input, defaultCurrency);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), minor >= 0);
        if (v.value) {
            QCOMPARE(v.value->minorUnits, minor);
            QCOMPARE(v.value->currency, currency);
        }
    }

    void moneyDisplay_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("display");
        QTest::newRow("lakh") << u"25 lakh"_s << u"PKR 2,500,000"_s;
        QTest::newRow("paisa") << u"Rs 1,000.5"_s << u"PKR 1,000.50"_s;
        QTest::newRow("dinar") << u"LYD 1500.25"_s << u"LYD 1,500.250"_s;
        QTest::newRow("small") << u"EUR 999"_s << u"EUR 999"_s;
    }
    void moneyDisplay() {
        QFETCH(QString, input);
        QFETCH(QString, display);
        QCOMPARE(validateMoney(input).value->display(), display);
    }

    void exchangeRate_data() {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("micros"); // -1: refused
        QTest::addColumn<Codes>("codes");
        QTest::newRow("two decimals") << u"EUR"_s << u"302.45"_s << qint64(302'450'000) << Codes{};
        QTest::newRow("six decimals") << u"USD"_s << u"278.123456"_s << qint64(278'123'456) << Codes{};
        QTest::newRow("integer") << u"AED"_s << u"76"_s << qint64(76'000'000) << Codes{};
        QTest::newRow("grouped") << u"IRR"_s << u"0.006"_s << qint64(6'000) << Codes{};
        QTest::newRow("urdu digits") << u"EUR"_s << u"۳۰۲٫۴۵"_s << qint64(302'450'000) << Codes{};
        QTest::newRow("zero") << u"EUR"_s << u"0"_s << qint64(-1) << Codes{u"rate.not_positive"_s};
        QTest::newRow("negative") << u"EUR"_s << u"-302"_s << qint64(-1) << Codes{u"rate.format"_s};
        QTest::newRow("words") << u"EUR"_s << u"about 300"_s << qint64(-1) << Codes{u"rate.format"_s};
        QTest::newRow("seven decimals") << u"EUR"_s << u"302.1234567"_s << qint64(-1) << Codes{u"rate.precision"_s};
        QTest::newRow("absurd") << u"EUR"_s << u"1234567890"_s << qint64(-1) << Codes{u"rate.too_large"_s};
        QTest::newRow("unknown currency") << u"XYZ"_s << u"10"_s << qint64(-1) << Codes{u"rate.currency"_s};
        QTest::newRow("bidi") << u"EUR"_s << u"\u202E302.45"_s << qint64(-1) << Codes{u"rate.bidi_control"_s};
    }
    void exchangeRate() {
        QFETCH(QString, currency);
        QFETCH(QString, rate);
        QFETCH(qint64, micros);
        QFETCH(Codes, codes);
        const ValidatedValue<ExchangeRate> v = parseExchangeRate(currency, rate, QDate(2023, 6, 14));
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), micros >= 0);
        if (v.value) {
            QCOMPARE(v.value->pkrMicros, micros);
            QCOMPARE(v.value->date, QDate(2023, 6, 14));
        }
    }

    void toPkr_data() {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("rateCurrency");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("paisa"); // -1: refused
        QTest::addColumn<Codes>("codes");
        QTest::newRow("euros") << u"EUR 8,000"_s << u"EUR"_s << u"302.45"_s << qint64(241'960'000) << Codes{};
        QTest::newRow("dollars fine rate")
            << u"USD 5,000"_s << u"USD"_s << u"278.123456"_s << qint64(139'061'728) << Codes{};
        QTest::newRow("dinar half rounds up")
            << u"LYD 1,500.25"_s << u"LYD"_s << u"57.5"_s << qint64(8'626'438) << Codes{};
        QTest::newRow("half paisa rounds up") << u"USD 0.01"_s << u"USD"_s << u"0.5"_s << qint64(1) << Codes{};
        QTest::newRow("below half rounds down") << u"USD 0.01"_s << u"USD"_s << u"0.4"_s << qint64(0) << Codes{};
        QTest::newRow("rupees stay") << u"25 lakh"_s << u"EUR"_s << u"302.45"_s << qint64(250'000'000) << Codes{};
        QTest::newRow("wrong currency") << u"USD 100"_s << u"EUR"_s << u"302.45"_s << qint64(-1)
                                        << Codes{u"money.rate_currency"_s};
        QTest::newRow("overflow") << u"USD 90,000,000,000,000,000"_s << u"USD"_s << u"300"_s << qint64(-1)
                                  << Codes{u"money.too_large"_s};
    }
    void toPkr() {
        QFETCH(QString, amount);
        QFETCH(QString, rateCurrency);
        QFETCH(QString, rate);
        QFETCH(qint64, paisa);
        QFETCH(Codes, codes);
        const Money money = *validateMoney(amount).value;
        const ExchangeRate exchange = *parseExchangeRate(rateCurrency, rate, QDate(2023, 6, 14)).value;
        const ValidatedValue<PkrEquivalent> v = caselink::toPkr(money, exchange);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), paisa >= 0);
        if (v.value) {
            QCOMPARE(v.value->pkr, (Money{paisa, u"PKR"_s}));
            QCOMPARE(v.value->original, money);
            QCOMPARE(v.value->rate.date, QDate(2023, 6, 14));
            QCOMPARE(v.value->rate.currency, money.currency == u"PKR"_s ? u"PKR"_s : rateCurrency);
        }
    }

    void exchangeRateDisplay() {
        QCOMPARE(parseExchangeRate(u"EUR"_s, u"302.45"_s, QDate(2023, 6, 14)).value->display(),
                 u"1 EUR = 302.45 PKR (14-06-2023)"_s);
    }

    // ---------------------------------------------------------------- free text
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
