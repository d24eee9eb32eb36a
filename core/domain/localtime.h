// The one reading of time: instants are stored in UTC and every human-facing text shows them in the office's time
// zone (Asia/Karachi unless the database says otherwise) as dd-MM-yyyy HH:mm. Machine-readable outputs keep ISO 8601
// UTC and do not use this.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace caselink {

// The IANA id used when a database names none (meta key office_time_zone).
inline constexpr char kDefaultOfficeTimeZone[] = "Asia/Karachi";
// The meta key that names the office's zone for one database.
inline constexpr char kOfficeTimeZoneMetaKey[] = "office_time_zone";

// The zone of the office whose database is open. Process-wide, like the UI language: a process works on one
// database at a time, and Session sets it when it is unlocked. From the tz database, so the DST Pakistan kept in
// 2008 and 2009 is honoured.
QTimeZone officeTimeZone();
// Sets the office zone; an unknown or invalid zone leaves Asia/Karachi and returns false.
bool setOfficeTimeZone(const QByteArray& ianaId);

// An instant as the office reads it (a QDateTime in the office zone).
QDateTime toOfficeTime(const QDateTime& instant);
// The office-local calendar day an instant falls on: what day-based clocks (remand, challan, proclamation) count.
QDate officeDate(const QDateTime& instant);
// Today in the office, whatever the machine's zone. now defaults to the system clock.
QDate officeToday(const QDateTime& now = QDateTime::currentDateTimeUtc());
// A date and time typed in office time, as the UTC instant to store. A time that does not exist on a day the
// clocks went forward is read as the same wall time in the offset before the change.
QDateTime officeLocalToUtc(QDate date, QTime time);
// The first instant (UTC) of an office-local day.
QDateTime startOfOfficeDay(QDate date);

// Reads a stored ISO 8601 instant; text without a zone is UTC, as CaseLink writes it.
QDateTime parseStoredInstant(const QString& iso);

// dd-MM-yyyy HH:mm in office time, or "" for an invalid instant. Digits follow the UI locale; in a right-to-left
// locale the text is wrapped in left-to-right marks so that date and time keep their order.
QString displayDateTime(const QDateTime& instant);
// The same for a stored ISO text (see parseStoredInstant); a date-only text shows as displayDate.
QString displayStoredDateTime(const QString& iso);
// dd-MM-yyyy, the form officers read on their documents; "" for an invalid date.
QString displayDate(QDate date);
// HH:mm in office time.
QString displayTime(const QDateTime& instant);
// The zone's IANA id, for the header of an export that shows local times ("Asia/Karachi").
QString officeTimeZoneName();

// Formats for date and time editors: what they show and accept.
inline constexpr char kDateTimeEditFormat[] = "dd-MM-yyyy HH:mm";
inline constexpr char kDateEditFormat[] = "dd-MM-yyyy";
inline constexpr char kTimeEditFormat[] = "HH:mm";

} // namespace caselink
