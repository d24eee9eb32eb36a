// Date and time editors that show and accept office time (dd-MM-yyyy HH:mm, domain/localtime.h) whatever the
// machine's zone, and keep left-to-right order in a right-to-left layout ("12:00", not "00:12").
#pragma once

#include <QDateTime>

class QDateTimeEdit;
class QTimeEdit;
class QWidget;

namespace caselink {

// Keeps an editor of digits (time, date, CNIC, phone, amount) in left-to-right order in an Urdu layout.
void keepLeftToRight(QWidget* editor);

// dd-MM-yyyy HH:mm in office time, starting at now; maxAheadSecs limits how far in the future (negative: no limit).
QDateTimeEdit* makeOfficeDateTimeEdit(QWidget* parent, qint64 maxAheadSecs = -1);
// HH:mm (a time of day the dialog pairs with a typed date).
QTimeEdit* makeOfficeTimeEdit(QWidget* parent, QTime initial);
// Shows an instant in office time.
void setOfficeDateTime(QDateTimeEdit* edit, const QDateTime& instant);
// The instant the editor's office date and time stand for, in UTC.
QDateTime officeDateTimeOf(const QDateTimeEdit* edit);

} // namespace caselink
