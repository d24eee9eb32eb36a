// The one reading of time: UTC instants shown and entered in the office's zone (Asia/Karachi by default, from the tz
// database) as dd-MM-yyyy HH:mm, whatever the machine's own zone.
#include <QtTest>

#include <cstdlib>
#include <ctime>

#include <QLocale>
#include <QTimeZone>

#include "domain/localtime.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

} // namespace

class TestLocalTime : public QObject {
    Q_OBJECT

private slots:
    void init() {
        setOfficeTimeZone(kDefaultOfficeTimeZone);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void defaultZoneIsKarachi() {
        QCOMPARE(officeTimeZoneName(), u"Asia/Karachi"_s);
        QCOMPARE(displayDateTime(utc(2025, 3, 1, 7, 0)), u"01-03-2025 12:00"_s);
        QCOMPARE(displayTime(utc(2025, 3, 1, 7, 0)), u"12:00"_s);
        QCOMPARE(displayDate(QDate(2025, 3, 1)), u"01-03-2025"_s);
    }

    // Pakistan kept daylight saving (UTC+6) from June to October 2008: a fixed +5 offset is an hour wrong then.
    void daylightSaving2008ComesFromTheTzDatabase() {
        QCOMPARE(displayDateTime(utc(2008, 7, 15, 6, 0)), u"15-07-2008 12:00"_s);
        QCOMPARE(officeLocalToUtc(QDate(2008, 7, 15), QTime(12, 0)), utc(2008, 7, 15, 6, 0));
        QCOMPARE(displayDateTime(utc(2008, 12, 15, 7, 0)), u"15-12-2008 12:00"_s);
    }

    void entryIsConvertedToUtc() {
        const QDateTime stored = officeLocalToUtc(QDate(2025, 3, 1), QTime(12, 0));
        QCOMPARE(stored, utc(2025, 3, 1, 7, 0));
        QCOMPARE(stored.timeSpec(), Qt::UTC);
        QVERIFY(!officeLocalToUtc(QDate(), QTime(12, 0)).isValid());
    }

    // 02:00 in Karachi on the 1st is still the 28th in UTC; day-based clocks count the office's day.
    void officeDayIsNotTheUtcDay() {
        const QDateTime early = utc(2025, 2, 28, 21, 0);
        QCOMPARE(officeDate(early), QDate(2025, 3, 1));
        QCOMPARE(officeToday(early), QDate(2025, 3, 1));
        QCOMPARE(startOfOfficeDay(QDate(2025, 3, 1)), utc(2025, 2, 28, 19, 0));
    }

    void storedTextWithoutZoneIsUtc() {
        QCOMPARE(displayStoredDateTime(u"2025-03-01T07:00:00.000Z"_s), u"01-03-2025 12:00"_s);
        QCOMPARE(displayStoredDateTime(u"2025-03-01T07:00:00"_s), u"01-03-2025 12:00"_s);
        QCOMPARE(displayStoredDateTime(u"2025-03-01"_s), u"01-03-2025"_s);
        QCOMPARE(displayStoredDateTime(QString()), QString());
    }

    void machineZoneDoesNotMatter_data() {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Karachi") << QByteArray("Asia/Karachi");
    }
    void machineZoneDoesNotMatter() {
        QFETCH(QByteArray, tz);
        const QByteArray before = qgetenv("TZ");
        qputenv("TZ", tz);
        tzset();
        QCOMPARE(displayDateTime(utc(2025, 3, 1, 7, 0)), u"01-03-2025 12:00"_s);
        QCOMPARE(officeLocalToUtc(QDate(2025, 3, 1), QTime(12, 0)), utc(2025, 3, 1, 7, 0));
        QCOMPARE(officeToday(utc(2025, 2, 28, 21, 0)), QDate(2025, 3, 1));
        qputenv("TZ", before);
        tzset();
    }

    void zoneIsSettable() {
        QVERIFY(setOfficeTimeZone("Europe/London"));
        QCOMPARE(displayDateTime(utc(2025, 7, 1, 7, 0)), u"01-07-2025 08:00"_s);
        QVERIFY(!setOfficeTimeZone("Nowhere/Atlantis"));
        QCOMPARE(officeTimeZoneName(), u"Asia/Karachi"_s);
    }

    // Urdu keeps date before time and hours before minutes: the text is marked left-to-right.
    void urduKeepsLeftToRightOrder() {
        QLocale::setDefault(QLocale(QLocale::Urdu, QLocale::Pakistan));
        const QString text = displayDateTime(utc(2025, 3, 1, 7, 0));
        QVERIFY(text.startsWith(QChar(0x200E)));
        QVERIFY(text.endsWith(QChar(0x200E)));
        const QLocale urdu;
        QCOMPARE(text.mid(1, text.size() - 2),
                 urdu.toString(QDateTime(QDate(2025, 3, 1), QTime(12, 0)), u"dd-MM-yyyy HH:mm"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocalTime)
#include "test_localtime.moc"
