#include "ui/officetimeedit.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>

#include "domain/localtime.h"

namespace caselink {
namespace {

// The editor holds office wall time in a UTC-spec QDateTime: UTC has no daylight-saving gaps, so a wall time that
// does not exist in the machine's own zone cannot be shifted or refused by the editor.
QDateTime wallTime(const QDateTime& instant) {
    const QDateTime local = toOfficeTime(instant);
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), QTimeZone::utc());
}

void prepare(QDateTimeEdit* edit, const char* format) {
    // Left to right before the format is set: a right-to-left editor reverses the format's sections ("00:12").
    keepLeftToRight(edit);
    edit->setTimeSpec(Qt::UTC);
    // Latin digits as officers type them.
    edit->setLocale(QLocale::c());
    edit->setDisplayFormat(QString::fromLatin1(format));
}

} // namespace

void keepLeftToRight(QWidget* editor) {
    editor->setLayoutDirection(Qt::LeftToRight);
    if (auto* line = editor->findChild<QLineEdit*>()) {
        line->setLayoutDirection(Qt::LeftToRight);
    }
}

QDateTimeEdit* makeOfficeDateTimeEdit(QWidget* parent, qint64 maxAheadSecs) {
    auto* edit = new QDateTimeEdit(parent);
    prepare(edit, kDateTimeEditFormat);
    edit->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (maxAheadSecs >= 0) {
        edit->setMaximumDateTime(wallTime(now.addSecs(maxAheadSecs)));
    }
    edit->setDateTime(wallTime(now));
    return edit;
}

QTimeEdit* makeOfficeTimeEdit(QWidget* parent, QTime initial) {
    auto* edit = new QTimeEdit(parent);
    prepare(edit, kTimeEditFormat);
    edit->setTime(initial);
    return edit;
}

void setOfficeDateTime(QDateTimeEdit* edit, const QDateTime& instant) {
    if (instant.isValid()) {
        edit->setDateTime(wallTime(instant));
    }
}

QDateTime officeDateTimeOf(const QDateTimeEdit* edit) {
    return officeLocalToUtc(edit->date(), edit->time());
}

} // namespace caselink
