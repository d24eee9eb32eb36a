#include "domain/localtime.h"

#include <mutex>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

std::mutex& zoneMutex() {
    static std::mutex mutex;
    return mutex;
}

QTimeZone& currentZone() {
    static QTimeZone zone(kDefaultOfficeTimeZone);
    return zone;
}

// Left-to-right marks around a date or time in a right-to-left locale: the marks make the numbers strong
// left-to-right, so "12-05-2024 12:00" does not come out as "12:00 12-05-2024" and a time not as "00:12".
QString ordered(const QLocale& locale, const QString& text) {
    if (text.isEmpty() || locale.textDirection() != Qt::RightToLeft) {
        return text;
    }
    const QChar mark(0x200E);
    return mark + text + mark;
}

} // namespace

QTimeZone officeTimeZone() {
    std::lock_guard lock(zoneMutex());
    return currentZone();
}

bool setOfficeTimeZone(const QByteArray& ianaId) {
    QTimeZone zone(ianaId);
    const bool known = zone.isValid();
    if (!known) {
        zone = QTimeZone(kDefaultOfficeTimeZone);
    }
    std::lock_guard lock(zoneMutex());
    currentZone() = zone;
    return known;
}

QDateTime toOfficeTime(const QDateTime& instant) {
    return instant.isValid() ? instant.toTimeZone(officeTimeZone()) : QDateTime();
}

QDate officeDate(const QDateTime& instant) {
    return toOfficeTime(instant).date();
}

QDate officeToday(const QDateTime& now) {
    return officeDate(now);
}

QDateTime officeLocalToUtc(QDate date, QTime time) {
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    const QTimeZone zone = officeTimeZone();
    const QDateTime local(date, time, zone);
    if (local.isValid() && local.date() == date && local.time() == time) {
        return local.toUTC();
    }
    // In the hour skipped when clocks went forward: read with the offset in force just before the change.
    const QDateTime asUtc(date, time, QTimeZone::utc());
    return asUtc.addSecs(-zone.offsetFromUtc(asUtc.addSecs(-86400)));
}

QDateTime startOfOfficeDay(QDate date) {
    return date.isValid() ? date.startOfDay(officeTimeZone()).toUTC() : QDateTime();
}

QDateTime parseStoredInstant(const QString& iso) {
    if (iso.size() <= 10) {
        return {}; // a date, not an instant
    }
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime) {
        at.setTimeZone(QTimeZone::utc()); // stored values are UTC even when written without a zone
    }
    return at;
}

QString displayDateTime(const QDateTime& instant) {
    if (!instant.isValid()) {
        return {};
    }
    const QLocale locale;
    return ordered(locale, locale.toString(toOfficeTime(instant), QString::fromLatin1(kDateTimeEditFormat)));
}

QString displayStoredDateTime(const QString& iso) {
    const QDateTime at = parseStoredInstant(iso);
    if (at.isValid()) {
        return displayDateTime(at);
    }
    return displayDate(QDate::fromString(iso.left(10), Qt::ISODate));
}

QString displayDate(QDate date) {
    if (!date.isValid()) {
        return {};
    }
    const QLocale locale;
    return ordered(locale, locale.toString(date, QString::fromLatin1(kDateEditFormat)));
}

QString displayTime(const QDateTime& instant) {
    if (!instant.isValid()) {
        return {};
    }
    const QLocale locale;
    return ordered(locale, locale.toString(toOfficeTime(instant).time(), QString::fromLatin1(kTimeEditFormat)));
}

QString officeTimeZoneName() {
    return QString::fromLatin1(officeTimeZone().id());
}

} // namespace caselink
