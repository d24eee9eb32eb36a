// Validation of the identifiers, dates and free text officers type (amounts: test_money.cpp), including hostile input:
// each row asserts the normalised value an officer would see stored and the exact issue codes the UI keys on.
#include <QtTest>

#include "domain/cnic.h"
#include "domain/documentdate.h"
#include "domain/firnumber.h"
#include "domain/passportnumber.h"
#include "domain/phonenumber.h"
#include "domain/textinput.h"
#include "validationchecks.h"

using namespace caselink;
using namespace Qt::StringLiterals;
using Codes = QStringList;

using namespace caselink::test;

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------- CNIC
    void cnic_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits"); // empty: refused
        QTest::addColumn<Codes>("codes");

        QTest::newRow("dashed") << u"35202-1234567-1"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("plain") << u"3520212345671"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("spaces") << u" 35202 1234567 1 "_s << u"3520212345671"_s << Codes{};
        QTest::newRow("spaces around dashes") << u"35202 - 1234567 - 1"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("en dashes") << u"35202\u20131234567\u20131"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("minus signs") << u"35202\u22121234567\u22121"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("trailing newline") << u"35202-1234567-1\n"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("no-break spaces") << u"35202\u00A01234567\u00A01"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("urdu digits") << u"۳۵۲۰۲-۱۲۳۴۵۶۷-۱"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("arabic-indic digits") << u"٣٥٢٠٢-١٢٣٤٥٦٧-١"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("mixed digit scripts") << u"۳5202-1234567-۱"_s << u"3520212345671"_s << Codes{};
        QTest::newRow("KP") << u"17301-1234567-3"_s << u"1730112345673"_s << Codes{};
        QTest::newRow("FATA") << u"21101-1234567-3"_s << u"2110112345673"_s << Codes{};
        QTest::newRow("Sindh") << u"42101-1234567-2"_s << u"4210112345672"_s << Codes{};
        QTest::newRow("Balochistan") << u"54400-1234567-2"_s << u"5440012345672"_s << Codes{};
        QTest::newRow("Islamabad") << u"61101-1234567-8"_s << u"6110112345678"_s << Codes{};
        QTest::newRow("GB") << u"71501-1234567-9"_s << u"7150112345679"_s << Codes{};
        QTest::newRow("region 0 warns") << u"01234-1234567-1"_s << u"0123412345671"_s
                                        << Codes{u"cnic.region_unknown"_s};
        QTest::newRow("region 8 warns") << u"81234-1234567-1"_s << u"8123412345671"_s
                                        << Codes{u"cnic.region_unknown"_s};
        QTest::newRow("region 9 warns") << u"9123412345671"_s << u"9123412345671"_s << Codes{u"cnic.region_unknown"_s};

        QTest::newRow("12 digits") << u"35202-123456-1"_s << QString() << Codes{u"cnic.length"_s};
        QTest::newRow("14 digits") << u"35202123456712"_s << QString() << Codes{u"cnic.length"_s};
        QTest::newRow("one digit") << u"3"_s << QString() << Codes{u"cnic.length"_s};
        QTest::newRow("only dashes") << u"--"_s << QString() << Codes{u"cnic.length"_s};
        QTest::newRow("empty") << QString() << QString() << Codes{u"cnic.empty"_s};
        QTest::newRow("blank") << u"   "_s << QString() << Codes{u"cnic.empty"_s};
        QTest::newRow("dash misplaced") << u"3520-21234567-1"_s << QString() << Codes{u"cnic.dash_position"_s};
        QTest::newRow("one dash") << u"35202-12345671"_s << QString() << Codes{u"cnic.dash_position"_s};
        QTest::newRow("three dashes") << u"35202-123-4567-1"_s << QString() << Codes{u"cnic.dash_position"_s};
        QTest::newRow("letter") << u"35202-123456A-1"_s << QString() << Codes{u"cnic.invalid_character"_s};
        QTest::newRow("label") << u"CNIC 35202-1234567-1"_s << QString() << Codes{u"cnic.invalid_character"_s};
        QTest::newRow("devanagari digit") << u"३5202-1234567-1"_s << QString() << Codes{u"cnic.invalid_character"_s};
        QTest::newRow("sql quote") << u"35202-1234567-1' OR '1'='1"_s << QString()
                                   << Codes{u"cnic.invalid_character"_s};
        QTest::newRow("sql comment") << u"3520212345671;--"_s << QString() << Codes{u"cnic.invalid_character"_s};
        QTest::newRow("overlong") << QString(200, u'1') << QString() << Codes{u"cnic.too_long"_s};
        QTest::newRow("RLO") << u"\u202E35202-1234567-1"_s << QString() << Codes{u"cnic.bidi_control"_s};
        QTest::newRow("LRM") << u"35202-1234567-1\u200E"_s << QString() << Codes{u"cnic.bidi_control"_s};
        QTest::newRow("isolate") << u"\u206635202-1234567-1\u2069"_s << QString() << Codes{u"cnic.bidi_control"_s};
        QTest::newRow("lone surrogate") << withChar(u"35202-1234567"_s, 0xD800, u"-1"_s) << QString()
                                        << Codes{u"cnic.invalid_unicode"_s};
        QTest::newRow("replacement char") << u"35202-1234567-\uFFFD"_s << QString() << Codes{u"cnic.invalid_unicode"_s};
        QTest::newRow("NUL") << withChar(u"35202-1234567-1"_s, 0, QString()) << QString()
                             << Codes{u"cnic.control_character"_s};
        QTest::newRow("zero-width space")
            << u"35202\u200B-1234567-1"_s << QString() << Codes{u"cnic.invisible_character"_s};
    }
    void cnic() {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        QFETCH(Codes, codes);
        const ValidatedValue<Cnic> v = validateCnic(input);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), !digits.isEmpty());
        if (v.value) {
            QCOMPARE(v.value->digits, digits);
            QCOMPARE(v.value->display(), digits.left(5) + u'-' + digits.mid(5, 7) + u'-' + digits.right(1));
        }
    }

    void cnicRegion() {
        QCOMPARE(validateCnic(u"35202-1234567-1"_s).value->region(), CnicRegion::Punjab);
        QCOMPARE(validateCnic(u"61101-1234567-8"_s).value->region(), CnicRegion::Islamabad);
        QCOMPARE(validateCnic(u"81234-1234567-1"_s).value->region(), CnicRegion::Unknown);
        QCOMPARE(regionName(CnicRegion::GilgitBaltistan), u"Gilgit-Baltistan"_s);
    }

    void cnicSex_data() {
        QTest::addColumn<QString>("cnic");
        QTest::addColumn<Sex>("recorded");
        QTest::addColumn<bool>("warns");
        QTest::newRow("odd male") << u"3520212345671"_s << Sex::Male << false;
        QTest::newRow("even female") << u"3520212345672"_s << Sex::Female << false;
        QTest::newRow("zero female") << u"3520212345670"_s << Sex::Female << false;
        QTest::newRow("odd female") << u"3520212345679"_s << Sex::Female << true;
        QTest::newRow("even male") << u"3520212345678"_s << Sex::Male << true;
        QTest::newRow("zero male") << u"3520212345670"_s << Sex::Male << true;
        QTest::newRow("unknown sex") << u"3520212345678"_s << Sex::Unknown << false;
        QTest::newRow("other sex") << u"3520212345671"_s << Sex::Other << false;
    }
    void cnicSex() {
        QFETCH(QString, cnic);
        QFETCH(Sex, recorded);
        QFETCH(bool, warns);
        const std::optional<Issue> issue = checkCnicSex(*validateCnic(cnic).value, recorded);
        QCOMPARE(issue.has_value(), warns);
        if (issue) {
            QCOMPARE(issue->severity, Severity::Warning);
            QCOMPARE(issue->code, u"cnic.sex_mismatch"_s);
            QVERIFY(issue->message.contains(validateCnic(cnic).value->display()));
        }
    }

    // ---------------------------------------------------------------- passport
    void passport_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("number"); // empty: refused
        QTest::addColumn<bool>("current");
        QTest::addColumn<Codes>("codes");
        const Codes unusual{u"passport.unusual_form"_s};

        QTest::newRow("current") << u"AB1234567"_s << u"AB1234567"_s << true << Codes{};
        QTest::newRow("lower case") << u"ab1234567"_s << u"AB1234567"_s << true << Codes{};
        QTest::newRow("spaces") << u" AB 123 4567 "_s << u"AB1234567"_s << true << Codes{};
        QTest::newRow("hyphen") << u"AB-1234567"_s << u"AB1234567"_s << true << Codes{};
        QTest::newRow("urdu digits") << u"AB۱۲۳۴۵۶۷"_s << u"AB1234567"_s << true << Codes{};
        QTest::newRow("older one letter") << u"A1234567"_s << u"A1234567"_s << false << unusual;
        QTest::newRow("two letters six digits") << u"AB123456"_s << u"AB123456"_s << false << unusual;
        QTest::newRow("all digits") << u"123456789"_s << u"123456789"_s << false << unusual;
        QTest::newRow("german") << u"C01X00T47"_s << u"C01X00T47"_s << false << unusual;
        QTest::newRow("six characters") << u"K12345"_s << u"K12345"_s << false << unusual;
        QTest::newRow("three letters") << u"ABC123456"_s << u"ABC123456"_s << false << unusual;

        QTest::newRow("too short") << u"AB123"_s << QString() << false << Codes{u"passport.length"_s};
        QTest::newRow("too long") << u"AB12345678"_s << QString() << false << Codes{u"passport.length"_s};
        QTest::newRow("no digit") << u"ABCDEFG"_s << QString() << false << Codes{u"passport.no_digit"_s};
        QTest::newRow("empty") << QString() << QString() << false << Codes{u"passport.empty"_s};
        QTest::newRow("only separators") << u" - - "_s << QString() << false << Codes{u"passport.empty"_s};
        QTest::newRow("slash") << u"AB1234567/"_s << QString() << false << Codes{u"passport.invalid_character"_s};
        QTest::newRow("sql") << u"AB1234567';--"_s << QString() << false << Codes{u"passport.invalid_character"_s};
        QTest::newRow("cyrillic lookalikes")
            << u"\u0410\u04121234567"_s << QString() << false << Codes{u"passport.invalid_character"_s};
        QTest::newRow("urdu letters") << u"اب1234567"_s << QString() << false << Codes{u"passport.invalid_character"_s};
        QTest::newRow("overlong") << QString(41, u'A') << QString() << false << Codes{u"passport.too_long"_s};
        QTest::newRow("RLO") << u"AB\u202E1234567"_s << QString() << false << Codes{u"passport.bidi_control"_s};
        QTest::newRow("RLM") << u"\u200FAB1234567"_s << QString() << false << Codes{u"passport.bidi_control"_s};
        QTest::newRow("BOM") << u"\uFEFFAB1234567"_s << QString() << false << Codes{u"passport.invisible_character"_s};
        QTest::newRow("tab inside") << u"AB\t1234567"_s << u"AB1234567"_s << true << Codes{};
        QTest::newRow("escape char") << u"AB\u001B1234567"_s << QString() << false
                                     << Codes{u"passport.control_character"_s};
    }
    void passport() {
        QFETCH(QString, input);
        QFETCH(QString, number);
        QFETCH(bool, current);
        QFETCH(Codes, codes);
        const ValidatedValue<PassportNumber> v = validatePassportNumber(input);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), !number.isEmpty());
        if (v.value) {
            QCOMPARE(v.value->number, number);
            QCOMPARE(v.value->currentForm, current);
        }
    }

    // ---------------------------------------------------------------- phone
    void phone_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164"); // empty: refused
        QTest::addColumn<PhoneKind>("kind");
        QTest::addColumn<Codes>("codes");
        const auto mobile = PhoneKind::PakistaniMobile;
        const auto landline = PhoneKind::PakistaniLandline;
        const auto foreign = PhoneKind::Foreign;
        const QString aslam = u"+923001234567"_s;

        QTest::newRow("+92 spaced") << u"+92 300 1234567"_s << aslam << mobile << Codes{};
        QTest::newRow("+92 compact") << u"+923001234567"_s << aslam << mobile << Codes{};
        QTest::newRow("03xx dash") << u"0300-1234567"_s << aslam << mobile << Codes{};
        QTest::newRow("03xx plain") << u"03001234567"_s << aslam << mobile << Codes{};
        QTest::newRow("0092") << u"0092 300 1234567"_s << aslam << mobile << Codes{};
        QTest::newRow("92 without plus") << u"923001234567"_s << aslam << mobile << Codes{};
        QTest::newRow("brackets and dots") << u"+92 (300) 123.4567"_s << aslam << mobile << Codes{};
        QTest::newRow("urdu digits") << u"۰۳۰۰۱۲۳۴۵۶۷"_s << aslam << mobile << Codes{};
        QTest::newRow("other network") << u"0345 9876543"_s << u"+923459876543"_s << mobile << Codes{};
        QTest::newRow("unassigned prefix kept") << u"0399 1234567"_s << u"+923991234567"_s << mobile << Codes{};
        QTest::newRow("+92 0300") << u"+92 0300 1234567"_s << aslam << mobile << Codes{u"phone.extra_zero"_s};
        QTest::newRow("lahore landline") << u"042 35761234"_s << u"+924235761234"_s << landline
                                         << Codes{u"phone.landline"_s};
        QTest::newRow("islamabad landline")
            << u"051-9201234"_s << u"+92519201234"_s << landline << Codes{u"phone.landline"_s};
        QTest::newRow("+92 landline") << u"+92 21 34567890"_s << u"+922134567890"_s << landline
                                      << Codes{u"phone.landline"_s};
        QTest::newRow("libya") << u"+218 91 2345678"_s << u"+218912345678"_s << foreign << Codes{};
        QTest::newRow("italy") << u"+39 312 345 6789"_s << u"+393123456789"_s << foreign << Codes{};
        QTest::newRow("italy 0039") << u"0039 3123456789"_s << u"+393123456789"_s << foreign << Codes{};
        QTest::newRow("greece") << u"+30 69 1234 5678"_s << u"+306912345678"_s << foreign << Codes{};
        QTest::newRow("iran") << u"+98 912 345 6789"_s << u"+989123456789"_s << foreign << Codes{};
        QTest::newRow("turkey") << u"+90 532 123 45 67"_s << u"+905321234567"_s << foreign << Codes{};
        QTest::newRow("uae") << u"+971 50 123 4567"_s << u"+971501234567"_s << foreign << Codes{};
        QTest::newRow("uae 00971") << u"00971-50-1234567"_s << u"+971501234567"_s << foreign << Codes{};

        QTest::newRow("no prefix") << u"3001234567"_s << QString() << mobile << Codes{u"phone.missing_prefix"_s};
        QTest::newRow("italian without +")
            << u"3123456789"_s << QString() << mobile << Codes{u"phone.missing_prefix"_s};
        QTest::newRow("mobile short") << u"0300123456"_s << QString() << mobile << Codes{u"phone.length"_s};
        QTest::newRow("mobile long") << u"030012345678"_s << QString() << mobile << Codes{u"phone.length"_s};
        QTest::newRow("+92 mobile short") << u"+92 300 12345"_s << QString() << mobile << Codes{u"phone.length"_s};
        QTest::newRow("landline short") << u"042 1234"_s << QString() << mobile << Codes{u"phone.length"_s};
        QTest::newRow("foreign short") << u"+1234"_s << QString() << mobile << Codes{u"phone.length"_s};
        QTest::newRow("foreign long") << u"+1234567890123456"_s << QString() << mobile << Codes{u"phone.length"_s};
        QTest::newRow("+0") << u"+0 123456789"_s << QString() << mobile << Codes{u"phone.country_code"_s};
        QTest::newRow("000") << u"000123456789"_s << QString() << mobile << Codes{u"phone.country_code"_s};
        QTest::newRow("only plus") << u"+"_s << QString() << mobile << Codes{u"phone.country_code"_s};
        QTest::newRow("extension") << u"0300 1234567 ext 12"_s << QString() << mobile
                                   << Codes{u"phone.invalid_character"_s};
        QTest::newRow("late plus") << u"0300+1234567"_s << QString() << mobile << Codes{u"phone.plus_position"_s};
        QTest::newRow("empty") << QString() << QString() << mobile << Codes{u"phone.empty"_s};
        QTest::newRow("sql") << u"'; DROP TABLE phones;--"_s << QString() << mobile
                             << Codes{u"phone.invalid_character"_s};
        QTest::newRow("overlong") << QString(41, u'0') << QString() << mobile << Codes{u"phone.too_long"_s};
        QTest::newRow("LRO") << u"\u202D+923001234567"_s << QString() << mobile << Codes{u"phone.bidi_control"_s};
        QTest::newRow("ALM") << u"\u061C03001234567"_s << QString() << mobile << Codes{u"phone.bidi_control"_s};
    }
    void phone() {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QFETCH(PhoneKind, kind);
        QFETCH(Codes, codes);
        const ValidatedValue<PhoneNumber> v = validatePhoneNumber(input);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), !e164.isEmpty());
        if (v.value) {
            QCOMPARE(v.value->e164, e164);
            QCOMPARE(v.value->kind, kind);
        }
    }

    void phoneDisplay() {
        QCOMPARE(validatePhoneNumber(u"03001234567"_s).value->display(), u"+92 300 1234567"_s);
        QCOMPARE(validatePhoneNumber(u"+218912345678"_s).value->display(), u"+218912345678"_s);
    }

    // ---------------------------------------------------------------- FIR number
    void fir_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("display"); // empty: refused
        QTest::addColumn<Codes>("codes");

        QTest::newRow("prefixed") << u"C-188/2023"_s << u"C-188/2023"_s << Codes{};
        QTest::newRow("plain") << u"113/2016"_s << u"113/2016"_s << Codes{};
        QTest::newRow("FIR No.") << u"FIR No. 45/2024"_s << u"45/2024"_s << Codes{};
        QTest::newRow("FIR No. tight") << u"FIR No.45/2024"_s << u"45/2024"_s << Codes{};
        QTest::newRow("lower case label") << u"fir no 45/2024"_s << u"45/2024"_s << Codes{};
        QTest::newRow("FIR #") << u"FIR # 45/2024"_s << u"45/2024"_s << Codes{};
        QTest::newRow("F.I.R. No.") << u"F.I.R. No. 45/2024"_s << u"45/2024"_s << Codes{};
        QTest::newRow("FIR Number:") << u"FIR Number: 45/2024"_s << u"45/2024"_s << Codes{};
        QTest::newRow("FIR prefixed") << u"FIR No. C-188/2023"_s << u"C-188/2023"_s << Codes{};
        QTest::newRow("lower prefix") << u"c-188/2023"_s << u"C-188/2023"_s << Codes{};
        QTest::newRow("long prefix") << u"AHTC-12/2025"_s << u"AHTC-12/2025"_s << Codes{};
        QTest::newRow("spaces") << u" 113 / 2016 "_s << u"113/2016"_s << Codes{};
        QTest::newRow("en dash prefix") << u"C\u2013188/2023"_s << u"C-188/2023"_s << Codes{};
        QTest::newRow("urdu digits") << u"۱۱۳/۲۰۱۶"_s << u"113/2016"_s << Codes{};
        QTest::newRow("leading zeros") << u"007/2024"_s << u"7/2024"_s << Codes{};
        QTest::newRow("1947") << u"1/1947"_s << u"1/1947"_s << Codes{};
        QTest::newRow("this year") << u"1/2025"_s << u"1/2025"_s << Codes{};

        QTest::newRow("two-digit year") << u"45/24"_s << QString() << Codes{u"fir.two_digit_year"_s};
        QTest::newRow("two-digit year prefixed") << u"C-188/23"_s << QString() << Codes{u"fir.two_digit_year"_s};
        QTest::newRow("three-digit year") << u"45/202"_s << QString() << Codes{u"fir.year_format"_s};
        QTest::newRow("five-digit year") << u"45/20245"_s << QString() << Codes{u"fir.year_format"_s};
        QTest::newRow("before 1947") << u"45/1946"_s << QString() << Codes{u"fir.year_range"_s};
        QTest::newRow("next year") << u"45/2026"_s << QString() << Codes{u"fir.year_range"_s};
        QTest::newRow("no year") << u"45"_s << QString() << Codes{u"fir.format"_s};
        QTest::newRow("dash for slash") << u"45-2024"_s << QString() << Codes{u"fir.format"_s};
        QTest::newRow("two slashes") << u"45/2024/1"_s << QString() << Codes{u"fir.format"_s};
        QTest::newRow("words") << u"forty five of 2024"_s << QString() << Codes{u"fir.format"_s};
        QTest::newRow("serial zero") << u"0/2024"_s << QString() << Codes{u"fir.serial"_s};
        QTest::newRow("serial too long") << u"1234567/2024"_s << QString() << Codes{u"fir.serial"_s};
        QTest::newRow("serial and year wrong")
            << u"0/24"_s << QString() << Codes{u"fir.serial"_s, u"fir.two_digit_year"_s};
        QTest::newRow("empty") << QString() << QString() << Codes{u"fir.empty"_s};
        QTest::newRow("label only") << u"FIR No."_s << QString() << Codes{u"fir.empty"_s};
        QTest::newRow("sql") << u"188/2023'; DELETE FROM cases;--"_s << QString() << Codes{u"fir.format"_s};
        QTest::newRow("overlong") << QString(61, u'1') << QString() << Codes{u"fir.too_long"_s};
        QTest::newRow("RLI") << u"\u2067188/2023\u2069"_s << QString() << Codes{u"fir.bidi_control"_s};
    }
    void fir() {
        QFETCH(QString, input);
        QFETCH(QString, display);
        QFETCH(Codes, codes);
        const ValidatedValue<FirNumber> v = validateFirNumber(input, kToday);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), !display.isEmpty());
        if (v.value) {
            QCOMPARE(v.value->display(), display);
        }
    }

    void firParts() {
        const FirNumber fir = *validateFirNumber(u"FIR No. c-188/2023"_s, kToday).value;
        QCOMPARE(fir, (FirNumber{u"C"_s, 188, 2023}));
        QVERIFY(validateFirNumber(u"45/24"_s, kToday).issues.front().message.contains(u"2024"_s));
    }

    // ---------------------------------------------------------------- dates
    void date_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<DateExpectation>("expectation");
        QTest::addColumn<QDate>("date"); // invalid: refused
        QTest::addColumn<Codes>("codes");
        const auto past = DateExpectation::Past;
        const QDate independence2024(2024, 8, 14);

        QTest::newRow("dashes") << u"14-08-2024"_s << past << independence2024 << Codes{};
        QTest::newRow("dots") << u"14.08.2024"_s << past << independence2024 << Codes{};
        QTest::newRow("slashes") << u"14/08/2024"_s << past << independence2024 << Codes{};
        QTest::newRow("iso") << u"2024-08-14"_s << past << independence2024 << Codes{};
        QTest::newRow("single digits") << u"4-8-2024"_s << past << QDate(2024, 8, 4) << Codes{};
        QTest::newRow("urdu digits") << u"۱۴-۰۸-۲۰۲۴"_s << past << independence2024 << Codes{};
        QTest::newRow("spaced") << u" 14 - 08 - 2024 "_s << past << independence2024 << Codes{};
        QTest::newRow("leap day") << u"29-02-2024"_s << past << QDate(2024, 2, 29) << Codes{};
        QTest::newRow("day first when both valid") << u"05-06-2024"_s << past << QDate(2024, 6, 5) << Codes{};
        QTest::newRow("today") << u"15-06-2025"_s << past << kToday << Codes{};
        QTest::newRow("tomorrow warns") << u"16-06-2025"_s << past << QDate(2025, 6, 16) << Codes{u"date.future"_s};
        QTest::newRow("future hearing") << u"16-06-2025"_s << DateExpectation::Any << QDate(2025, 6, 16) << Codes{};
        QTest::newRow("1900") << u"01-01-1900"_s << past << QDate(1900, 1, 1) << Codes{};

        QTest::newRow("US order") << u"12-31-2024"_s << past << QDate() << Codes{u"date.month_day_order"_s};
        QTest::newRow("US order slashes") << u"08/14/2024"_s << past << QDate() << Codes{u"date.month_day_order"_s};
        QTest::newRow("month 13") << u"15-13-2024"_s << past << QDate() << Codes{u"date.invalid_month"_s};
        QTest::newRow("month 0") << u"14-00-2024"_s << past << QDate() << Codes{u"date.invalid_month"_s};
        QTest::newRow("iso month 13") << u"2024-13-01"_s << past << QDate() << Codes{u"date.invalid_month"_s};
        QTest::newRow("31 February") << u"31-02-2024"_s << past << QDate() << Codes{u"date.invalid_day"_s};
        QTest::newRow("29 February 2023") << u"29-02-2023"_s << past << QDate() << Codes{u"date.invalid_day"_s};
        QTest::newRow("31 April") << u"31-04-2024"_s << past << QDate() << Codes{u"date.invalid_day"_s};
        QTest::newRow("day 0") << u"00-05-2024"_s << past << QDate() << Codes{u"date.invalid_day"_s};
        QTest::newRow("two-digit year") << u"14-08-24"_s << past << QDate() << Codes{u"date.two_digit_year"_s};
        QTest::newRow("five-digit year") << u"14-08-02024"_s << past << QDate() << Codes{u"date.format"_s};
        QTest::newRow("mixed separators") << u"14-08.2024"_s << past << QDate() << Codes{u"date.format"_s};
        QTest::newRow("iso with slashes") << u"2024/08/14"_s << past << QDate() << Codes{u"date.format"_s};
        QTest::newRow("month name") << u"14 Aug 2024"_s << past << QDate() << Codes{u"date.format"_s};
        QTest::newRow("1899") << u"31-12-1899"_s << past << QDate() << Codes{u"date.year_range"_s};
        QTest::newRow("far future") << u"01-01-2100"_s << DateExpectation::Any << QDate()
                                    << Codes{u"date.year_range"_s};
        QTest::newRow("empty") << QString() << past << QDate() << Codes{u"date.empty"_s};
        QTest::newRow("sql") << u"14-08-2024' OR 1=1 --"_s << past << QDate() << Codes{u"date.format"_s};
        QTest::newRow("overlong") << QString(41, u'1') << past << QDate() << Codes{u"date.too_long"_s};
        QTest::newRow("PDF") << u"14-08-2024\u202C"_s << past << QDate() << Codes{u"date.bidi_control"_s};
    }
    void date() {
        QFETCH(QString, input);
        QFETCH(DateExpectation, expectation);
        QFETCH(QDate, date);
        QFETCH(Codes, codes);
        const ValidatedValue<QDate> v = validateDate(input, kToday, expectation);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), date.isValid());
        if (v.value) {
            QCOMPARE(*v.value, date);
        }
    }

    void dateMessagesExplain() {
        const QString usOrder = validateDate(u"12-31-2024"_s, kToday).issues.front().message;
        QVERIFY2(usOrder.contains(u"month would be 31"_s) && usOrder.contains(u"day first"_s), qPrintable(usOrder));
        QVERIFY2(usOrder.contains(u"31-12-2024"_s), qPrintable(usOrder));
        QCOMPARE(displayDate(QDate(2024, 8, 4)), u"04-08-2024"_s);
    }

    void sanitizeText_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("output"); // null: refused
        QTest::addColumn<Codes>("codes");

        QTest::newRow("latin name") << u"Muhammad Aslam"_s << 100 << u"Muhammad Aslam"_s << Codes{};
        QTest::newRow("urdu name") << u"محمد اسلم"_s << 100 << u"محمد اسلم"_s << Codes{};
        QTest::newRow("whitespace collapsed") << u"  Muhammad \t  Aslam\n "_s << 100 << u"Muhammad Aslam"_s << Codes{};
        QTest::newRow("apostrophe kept") << u"Ma'ruf O'Brien"_s << 100 << u"Ma'ruf O'Brien"_s << Codes{};
        QTest::newRow("sql kept verbatim")
            << u"Robert'); DROP TABLE persons;--"_s << 100 << u"Robert'); DROP TABLE persons;--"_s << Codes{};
        QTest::newRow("ZWNJ kept in urdu") << u"ن\u200Cی"_s << 100 << u"ن\u200Cی"_s << Codes{};
        QTest::newRow("NFC") << u"Jose\u0301"_s << 100 << u"Jos\u00E9"_s << Codes{};
        QTest::newRow("urdu NFC") << u"\u0627\u0653"_s << 100 << u"\u0622"_s << Codes{};
        QTest::newRow("RLO stripped") << u"\u202Emals\u202CA"_s << 100 << u"malsA"_s << Codes{u"text.bidi_removed"_s};
        QTest::newRow("LRM stripped") << u"Aslam\u200E"_s << 100 << u"Aslam"_s << Codes{u"text.bidi_removed"_s};
        QTest::newRow("isolates stripped")
            << u"\u2066Aslam\u2069 \u2067اسلم\u2069"_s << 100 << u"Aslam اسلم"_s << Codes{u"text.bidi_removed"_s};
        QTest::newRow("zero-width space stripped")
            << u"As\u200Blam"_s << 100 << u"Aslam"_s << Codes{u"text.invisible_removed"_s};
        QTest::newRow("BOM stripped") << u"\uFEFFAslam"_s << 100 << u"Aslam"_s << Codes{u"text.invisible_removed"_s};
        QTest::newRow("bell stripped") << u"As\u0007lam"_s << 100 << u"Aslam"_s << Codes{u"text.control_removed"_s};
        QTest::newRow("NUL stripped") << withChar(u"As"_s, 0, u"lam"_s) << 100 << u"Aslam"_s
                                      << Codes{u"text.control_removed"_s};
        QTest::newRow("all three") << u"\u202EA\u200Bs\u0007lam"_s << 100 << u"Aslam"_s
                                   << Codes{u"text.bidi_removed"_s, u"text.invisible_removed"_s,
                                            u"text.control_removed"_s};
        QTest::newRow("exactly max") << u"Aslam"_s << 5 << u"Aslam"_s << Codes{};
        QTest::newRow("max counts code points")
            << u"\U0001F600\U0001F600"_s << 2 << u"\U0001F600\U0001F600"_s << Codes{};
        QTest::newRow("too long") << u"Muhammad Aslam Khan"_s << 10 << QString() << Codes{u"text.too_long"_s};
        QTest::newRow("absurdly long") << QString(100'000, u'a') << 100 << QString() << Codes{u"text.too_long"_s};
        QTest::newRow("replacement char")
            << u"Mu\uFFFDammad"_s << 100 << QString() << Codes{u"text.replacement_character"_s};
        QTest::newRow("lone high surrogate")
            << withChar(u"Aslam"_s, 0xD83D, QString()) << 100 << QString() << Codes{u"text.invalid_unicode"_s};
        QTest::newRow("lone low surrogate")
            << withChar(u"As"_s, 0xDE00, u"lam"_s) << 100 << QString() << Codes{u"text.invalid_unicode"_s};
        QTest::newRow("noncharacter") << u"Aslam\uFFFF"_s << 100 << QString() << Codes{u"text.invalid_unicode"_s};
        QTest::newRow("damaged and bidi") << u"\u202EMu\uFFFDammad"_s << 100 << QString()
                                          << Codes{u"text.replacement_character"_s, u"text.bidi_removed"_s};
        QTest::newRow("empty") << QString() << 100 << u""_s << Codes{};
    }
    void sanitizeText() {
        QFETCH(QString, input);
        QFETCH(int, maxLength);
        QFETCH(QString, output);
        QFETCH(Codes, codes);
        const ValidatedValue<QString> v = caselink::sanitizeText(input, maxLength);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), !output.isNull());
        if (v.value) {
            QCOMPARE(*v.value, output);
        }
    }

    void sanitizeMultiLine() {
        const auto v =
            caselink::sanitizeText(u"Line one  \r\nLine\ttwo\u2028\u202Ethree\n\n"_s, 100, LineMode::MultiLine);
        QCOMPARE(*v.value, u"Line one\nLine two\nthree"_s);
        QCOMPARE(v.codes(), Codes{u"text.bidi_removed"_s});
    }

    void decodeUtf8_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("output"); // null: refused
        QTest::addColumn<Codes>("codes");
        QTest::newRow("ascii") << QByteArray("Aslam") << u"Aslam"_s << Codes{};
        QTest::newRow("urdu") << QByteArray("\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF") << u"محمد"_s << Codes{};
        QTest::newRow("four-byte") << QByteArray("\xF0\x9F\x98\x80") << u"\U0001F600"_s << Codes{};
        QTest::newRow("BOM dropped") << QByteArray("\xEF\xBB\xBF"
                                                   "Aslam")
                                     << u"Aslam"_s << Codes{};
        QTest::newRow("bidi in bytes") << QByteArray("\xE2\x80\xAE"
                                                     "Aslam")
                                       << u"Aslam"_s << Codes{u"text.bidi_removed"_s};
        QTest::newRow("bad continuation") << QByteArray("\xC3\x28") << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("truncated") << QByteArray("Asl\xE2\x82") << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("latin-1 byte") << QByteArray("Jos\xE9") << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("stray continuation") << QByteArray("\x80"
                                                          "Aslam")
                                            << QString() << Codes{u"text.invalid_utf8"_s};
        QTest::newRow("0xFF") << QByteArray("\xFF") << QString() << Codes{u"text.invalid_utf8"_s};
    }
    void decodeUtf8() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, output);
        QFETCH(Codes, codes);
        const ValidatedValue<QString> v = caselink::decodeUtf8(bytes, 100);
        CHECK_INVARIANTS(v);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), !output.isNull());
        if (v.value) {
            QCOMPARE(*v.value, output);
        }
    }

    void decodeUtf8ReportsOffset() {
        const auto v = caselink::decodeUtf8(QByteArray("Aslam\xC0\xAF"), 100);
        QVERIFY2(v.issues.front().message.contains(u"offset 5"_s), qPrintable(v.issues.front().message));
    }

    void hostileInputIsMadeVisibleInMessages() {
        const auto v = validateCnic(u"3520212345671\u202E' OR 1=1"_s);
        QCOMPARE(v.codes(), Codes{u"cnic.bidi_control"_s});
        QVERIFY(v.issues.front().message.contains(u"U+202E"_s));
        const auto w = validateCnic(u"35202-1234567-1' OR 1=1 --"_s);
        QVERIFY(w.issues.front().message.contains(u"35202-1234567-1' OR 1=1 --"_s));
        QCOMPARE(visibleInput(u"a\u202Eb"_s), u"a<U+202E>b"_s);
        QCOMPARE(visibleInput(QString(50, u'x'), 40), QString(40, u'x') + u'\u2026');
    }

    void foldDigitsMapsBothScripts() { QCOMPARE(foldDigits(u"۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩"_s), u"0123456789 0123456789"_s); }

    void toResultCarriesErrors() {
        const Result<Cnic> bad = validateCnic(u"123"_s).toResult();
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Input);
        QVERIFY(bad.error().message.contains(u"13 digits"_s));
        const Result<Cnic> good = validateCnic(u"81234-1234567-1"_s).toResult();
        QVERIFY(good);
        QCOMPARE(good->digits, u"8123412345671"_s);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
