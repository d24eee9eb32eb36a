// The CrPC clocks against fixed dates: production before a magistrate, the physical remand ceiling, the interim
// challan and the proclamation period, with the defaults and with rules an administrator might change.
#include <QtTest>

#include <QTimeZone>

#include "domain/legalclocks.h"
#include "domain/localtime.h"

using namespace caselink;
using namespace Qt::StringLiterals;
using Codes = QStringList;

namespace {

// Pakistan Standard Time, a fixed offset: no test depends on the machine's time zone.
QDateTime pkt(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(5 * 3600));
}

// Remand orders are given as flat lists of from/to pairs, which QTest tables hold without extra registration.
std::vector<RemandPeriod> periods(const QList<QDate>& dates) {
    std::vector<RemandPeriod> out;
    for (qsizetype i = 0; i + 1 < dates.size(); i += 2) {
        out.push_back(RemandPeriod{dates.at(i), dates.at(i + 1)});
    }
    return out;
}

QDate march(int day) {
    return QDate(2025, 3, day);
}

} // namespace

class TestLegalClocks : public QObject {
    Q_OBJECT

private slots:
    void defaultsMatchDomainReference() {
        const LegalClockRules rules;
        QCOMPARE(rules.magistrateProduction, std::chrono::hours(24));
        QCOMPARE(rules.maxPhysicalRemandDays, 15);
        QCOMPARE(rules.interimChallanAfterDays, 14);
        QCOMPARE(rules.interimChallanGraceDays, 3);
        QCOMPARE(rules.proclamationMinDays, 30);
    }

    // ---------------------------------------------------------------- s.61
    void magistrateDeadline_data() {
        QTest::addColumn<QDateTime>("arrest");
        QTest::addColumn<QDateTime>("deadline");
        QTest::newRow("evening") << pkt(2025, 3, 1, 22, 30) << pkt(2025, 3, 2, 22, 30);
        QTest::newRow("year end") << pkt(2024, 12, 31, 23, 0) << pkt(2025, 1, 1, 23, 0);
        QTest::newRow("leap day") << pkt(2024, 2, 28, 10, 0) << pkt(2024, 2, 29, 10, 0);
        QTest::newRow("utc arrest") << QDateTime(QDate(2025, 3, 1), QTime(3, 0), QTimeZone::utc())
                                    << pkt(2025, 3, 2, 8, 0);
    }
    void magistrateDeadline() {
        QFETCH(QDateTime, arrest);
        QFETCH(QDateTime, deadline);
        QCOMPARE(magistrateProductionDeadline(arrest), deadline);
    }

    void magistrateOverdue_data() {
        QTest::addColumn<QDateTime>("produced"); // invalid: not yet produced
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("waiting, in time") << QDateTime() << pkt(2025, 3, 2, 9, 59) << false;
        QTest::newRow("waiting, at deadline") << QDateTime() << pkt(2025, 3, 2, 10, 0) << false;
        QTest::newRow("waiting, a minute late") << QDateTime() << pkt(2025, 3, 2, 10, 1) << true;
        QTest::newRow("produced in time, checked later") << pkt(2025, 3, 2, 9, 0) << pkt(2025, 3, 9, 0, 0) << false;
        QTest::newRow("produced late") << pkt(2025, 3, 2, 11, 0) << pkt(2025, 3, 9, 0, 0) << true;
    }
    void magistrateOverdue() {
        QFETCH(QDateTime, produced);
        QFETCH(QDateTime, now);
        QFETCH(bool, overdue);
        const std::optional<QDateTime> p = produced.isValid() ? std::optional(produced) : std::nullopt;
        QCOMPARE(isMagistrateProductionOverdue(pkt(2025, 3, 1, 10, 0), p, now), overdue);
    }

    void magistrateProduction_data() {
        QTest::addColumn<QDateTime>("arrest");
        QTest::addColumn<QDateTime>("produced");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<Codes>("codes");
        const QDateTime arrest = pkt(2025, 3, 1, 10, 0);
        QTest::newRow("next morning") << arrest << pkt(2025, 3, 2, 9, 0) << true << Codes{};
        QTest::newRow("exactly 24 h") << arrest << pkt(2025, 3, 2, 10, 0) << true << Codes{};
        QTest::newRow("one minute late") << arrest << pkt(2025, 3, 2, 10, 1) << true
                                         << Codes{u"clock.production_late"_s};
        QTest::newRow("two days late") << arrest << pkt(2025, 3, 3, 12, 0) << true << Codes{u"clock.production_late"_s};
        QTest::newRow("before arrest") << arrest << pkt(2025, 3, 1, 9, 0) << false
                                       << Codes{u"clock.production_before_arrest"_s};
        QTest::newRow("no arrest time") << QDateTime() << pkt(2025, 3, 1, 9, 0) << false << Codes{u"clock.invalid"_s};
        QTest::newRow("no production time") << arrest << QDateTime() << false << Codes{u"clock.invalid"_s};
    }
    void magistrateProduction() {
        QFETCH(QDateTime, arrest);
        QFETCH(QDateTime, produced);
        QFETCH(bool, kept);
        QFETCH(Codes, codes);
        const ValidatedValue<QDateTime> v = checkMagistrateProduction(arrest, produced);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), kept);
    }

    void lateProductionSaysHowLate() {
        const auto v = checkMagistrateProduction(pkt(2025, 3, 1, 10, 0), pkt(2025, 3, 3, 12, 0));
        QVERIFY2(v.issues.front().message.contains(u"50 hours"_s), qPrintable(v.issues.front().message));
        QVERIFY2(v.issues.front().message.contains(u"02-03-2025 10:00"_s), qPrintable(v.issues.front().message));
    }

    // The repository hands back UTC instants: the deadline must still read in Pakistan time, not 5 hours early.
    void productionDeadlineOfStoredArrestReadsInOfficeTime() {
        const QDateTime arrest = QDateTime(QDate(2025, 3, 1), QTime(7, 0), QTimeZone::utc()); // 12:00 Asia/Karachi
        QCOMPARE(arrest, officeLocalToUtc(QDate(2025, 3, 1), QTime(12, 0)));
        const QDateTime due = magistrateProductionDeadline(arrest);
        QCOMPARE(due, QDateTime(QDate(2025, 3, 2), QTime(7, 0), QTimeZone::utc()));
        QCOMPARE(displayDateTime(due), u"02-03-2025 12:00"_s);
        const auto v = checkMagistrateProduction(arrest, arrest.addDays(2));
        QVERIFY2(v.issues.front().message.contains(u"(deadline 02-03-2025 12:00)"_s),
                 qPrintable(v.issues.front().message));
    }

    // ---------------------------------------------------------------- s.167
    void physicalRemand_data() {
        QTest::addColumn<QList<QDate>>("granted");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("total"); // -1: refused before counting
        QTest::addColumn<int>("remaining");
        QTest::addColumn<Codes>("codes");
        const Codes refused{u"remand.limit_exceeded"_s};

        QTest::newRow("first order") << QList<QDate>{} << march(1) << march(7) << 7 << 8 << Codes{};
        QTest::newRow("single day") << QList<QDate>{} << march(1) << march(1) << 1 << 14 << Codes{};
        QTest::newRow("up to 15") << QList<QDate>{march(1), march(7)} << march(8) << march(15) << 15 << 0 << Codes{};
        QTest::newRow("extended on production day")
            << QList<QDate>{march(1), march(8)} << march(8) << march(15) << 15 << 0 << Codes{};
        QTest::newRow("three orders to 15")
            << QList<QDate>{march(1), march(5), march(6), march(10)} << march(11) << march(15) << 15 << 0 << Codes{};
        QTest::newRow("one day over") << QList<QDate>{march(1), march(7)} << march(8) << march(16) << 16 << 0
                                      << refused;
        QTest::newRow("15 used, one more")
            << QList<QDate>{march(1), march(15)} << march(16) << march(16) << 16 << 0 << refused;
        QTest::newRow("three orders, one over")
            << QList<QDate>{march(1), march(5), march(6), march(10)} << march(11) << march(16) << 16 << 0 << refused;
        QTest::newRow("single order of 16") << QList<QDate>{} << march(1) << march(16) << 16 << 0 << refused;
        QTest::newRow("after a gap") << QList<QDate>{march(1), march(7)} << march(20) << march(26) << 14 << 1
                                     << Codes{};
        QTest::newRow("overlap counted once")
            << QList<QDate>{march(1), march(8)} << march(5) << march(12) << 12 << 3 << Codes{u"remand.overlap"_s};
        QTest::newRow("overlap and over") << QList<QDate>{march(1), march(10)} << march(5) << march(20) << 20 << 0
                                          << Codes{u"remand.overlap"_s, u"remand.limit_exceeded"_s};
        QTest::newRow("order entered twice")
            << QList<QDate>{march(1), march(7), march(1), march(7)} << march(8) << march(14) << 14 << 1 << Codes{};
        QTest::newRow("across month end")
            << QList<QDate>{QDate(2025, 2, 25), march(3)} << march(4) << march(11) << 15 << 0 << Codes{};
        QTest::newRow("backwards proposal")
            << QList<QDate>{} << march(8) << march(1) << -1 << 0 << Codes{u"remand.invalid_period"_s};
        QTest::newRow("no end date") << QList<QDate>{} << march(1) << QDate() << -1 << 0
                                     << Codes{u"remand.invalid_period"_s};
        QTest::newRow("no start date") << QList<QDate>{} << QDate() << march(1) << -1 << 0
                                       << Codes{u"remand.invalid_period"_s};
        QTest::newRow("broken existing order") << QList<QDate>{march(8), march(1)} << march(8) << march(10) << -1 << 0
                                               << Codes{u"remand.invalid_period"_s};
    }
    void physicalRemand() {
        QFETCH(QList<QDate>, granted);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, total);
        QFETCH(int, remaining);
        QFETCH(Codes, codes);
        const ValidatedValue<RemandTotal> v = checkPhysicalRemand(periods(granted), RemandPeriod{from, to});
        QCOMPARE(v.codes(), codes);
        const bool refused = v.hasErrors();
        QCOMPARE(v.value.has_value(), !refused);
        if (v.value) {
            QCOMPARE(v.value->total, total);
            QCOMPARE(v.value->remaining, remaining);
            QCOMPARE(v.value->alreadyGranted + v.value->proposed, total);
        } else if (total >= 0) {
            // A refusal tells the magistrate's clerk the total it would have reached.
            const QString message = v.issues.back().message;
            QVERIFY2(message.contains(u"total %1 days"_s.arg(total)), qPrintable(message));
            QVERIFY2(message.contains(u"15 days"_s), qPrintable(message));
        }
    }

    void remandLimitIsAParameter() {
        LegalClockRules amended;
        amended.maxPhysicalRemandDays = 14;
        const RemandPeriod fifteen{march(1), march(15)};
        QVERIFY(checkPhysicalRemand({}, fifteen).ok());
        const auto v = checkPhysicalRemand({}, fifteen, amended);
        QCOMPARE(v.codes(), Codes{u"remand.limit_exceeded"_s});
        QVERIFY(v.issues.front().message.contains(u"14 days"_s));
    }

    void remandRefusalSaysWhatIsLeft() {
        const auto v = checkPhysicalRemand(periods({march(1), march(10)}), RemandPeriod{march(11), march(17)});
        const QString message = v.issues.front().message;
        QVERIFY2(message.contains(u"total 17 days"_s) && message.contains(u"10 already granted"_s) &&
                     message.contains(u"At most 5 more"_s),
                 qPrintable(message));
    }

    // ---------------------------------------------------------------- s.173
    void interimChallanSchedule_data() {
        QTest::addColumn<QDate>("fir");
        QTest::addColumn<QDate>("requiredFrom");
        QTest::addColumn<QDate>("due");
        QTest::newRow("January") << QDate(2025, 1, 1) << QDate(2025, 1, 15) << QDate(2025, 1, 18);
        QTest::newRow("leap February") << QDate(2024, 2, 20) << QDate(2024, 3, 5) << QDate(2024, 3, 8);
        QTest::newRow("plain February") << QDate(2023, 2, 20) << QDate(2023, 3, 6) << QDate(2023, 3, 9);
        QTest::newRow("year end") << QDate(2024, 12, 20) << QDate(2025, 1, 3) << QDate(2025, 1, 6);
    }
    void interimChallanSchedule() {
        QFETCH(QDate, fir);
        QFETCH(QDate, requiredFrom);
        QFETCH(QDate, due);
        const InterimChallanSchedule s = caselink::interimChallanSchedule(fir);
        QCOMPARE(s.reportRequiredFrom, requiredFrom);
        QCOMPARE(s.reportDue, due);
        QCOMPARE(fir.daysTo(s.reportDue), qint64(17));
    }

    void interimChallanStatus_data() {
        QTest::addColumn<QDate>("submitted"); // invalid: nothing submitted
        QTest::addColumn<QDate>("today");
        QTest::addColumn<ClockStatus>("status");
        const QDate none;
        QTest::newRow("day 9") << none << QDate(2025, 1, 10) << ClockStatus::Running;
        QTest::newRow("day 13") << none << QDate(2025, 1, 14) << ClockStatus::Running;
        QTest::newRow("day 14") << none << QDate(2025, 1, 15) << ClockStatus::Due;
        QTest::newRow("day 17, last day") << none << QDate(2025, 1, 18) << ClockStatus::Due;
        QTest::newRow("day 18") << none << QDate(2025, 1, 19) << ClockStatus::Overdue;
        QTest::newRow("months later") << none << QDate(2025, 6, 1) << ClockStatus::Overdue;
        QTest::newRow("submitted on last day") << QDate(2025, 1, 18) << QDate(2025, 2, 1) << ClockStatus::MetOnTime;
        QTest::newRow("final challan early") << QDate(2025, 1, 10) << QDate(2025, 2, 1) << ClockStatus::MetOnTime;
        QTest::newRow("submitted a day late") << QDate(2025, 1, 19) << QDate(2025, 2, 1) << ClockStatus::MetLate;
    }
    void interimChallanStatus() {
        QFETCH(QDate, submitted);
        QFETCH(QDate, today);
        QFETCH(ClockStatus, status);
        const QDate fir(2025, 1, 1);
        const std::optional<QDate> s = submitted.isValid() ? std::optional(submitted) : std::nullopt;
        QCOMPARE(caselink::interimChallanStatus(fir, s, today), status);
        QCOMPARE(isInterimChallanOverdue(fir, s, today), status == ClockStatus::Overdue);
    }

    void interimChallanRulesAreParameters() {
        LegalClockRules rules;
        rules.interimChallanAfterDays = 10;
        rules.interimChallanGraceDays = 5;
        QCOMPARE(caselink::interimChallanSchedule(QDate(2025, 1, 1), rules).reportDue, QDate(2025, 1, 16));
        QVERIFY(isInterimChallanOverdue(QDate(2025, 1, 1), std::nullopt, QDate(2025, 1, 17), rules));
        QVERIFY(!isInterimChallanOverdue(QDate(2025, 1, 1), std::nullopt, QDate(2025, 1, 17)));
    }

    // ---------------------------------------------------------------- s.87
    void proclamation_data() {
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QDate>("declared");
        QTest::addColumn<Codes>("codes");
        const QDate published(2025, 1, 1);
        const Codes tooEarly{u"proclamation.too_early"_s};
        QTest::newRow("day 30") << published << QDate(2025, 1, 31) << Codes{};
        QTest::newRow("months later") << published << QDate(2025, 5, 1) << Codes{};
        QTest::newRow("day 29") << published << QDate(2025, 1, 30) << tooEarly;
        QTest::newRow("same day") << published << published << tooEarly;
        QTest::newRow("before proclamation") << published << QDate(2024, 12, 1) << tooEarly;
        QTest::newRow("february, 30 days") << QDate(2025, 2, 1) << QDate(2025, 3, 3) << Codes{};
        QTest::newRow("february, 29 days") << QDate(2025, 2, 1) << QDate(2025, 3, 2) << tooEarly;
        QTest::newRow("no declaration date") << published << QDate() << Codes{u"clock.invalid"_s};
        QTest::newRow("no proclamation date") << QDate() << published << Codes{u"clock.invalid"_s};
    }
    void proclamation() {
        QFETCH(QDate, published);
        QFETCH(QDate, declared);
        QFETCH(Codes, codes);
        const ValidatedValue<QDate> v = checkPoDeclaration(published, declared);
        QCOMPARE(v.codes(), codes);
        QCOMPARE(v.value.has_value(), codes.isEmpty());
        if (v.value) {
            QCOMPARE(*v.value, declared);
        }
        if (published.isValid()) {
            QCOMPARE(earliestPoDeclaration(published), published.addDays(30));
        }
    }

    void proclamationRefusalNamesEarliestDate() {
        const auto v = checkPoDeclaration(QDate(2025, 1, 1), QDate(2025, 1, 30));
        const QString message = v.issues.front().message;
        QVERIFY2(message.contains(u"31-01-2025"_s) && message.contains(u"29 days"_s) && message.contains(u"30 days"_s),
                 qPrintable(message));
        LegalClockRules rules;
        rules.proclamationMinDays = 28;
        QVERIFY(checkPoDeclaration(QDate(2025, 1, 1), QDate(2025, 1, 30), rules).ok());
    }
};

QTEST_GUILESS_MAIN(TestLegalClocks)
#include "test_legalclocks.moc"
