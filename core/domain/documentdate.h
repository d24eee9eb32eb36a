// Dates typed from Pakistani documents, which write the day first. Month and day are never swapped silently.
#pragma once

#include <QDate>
#include <QString>

#include "domain/localtime.h" // displayDate
#include "domain/validation.h"

namespace caselink {

// Whether a date after today is suspicious (birth, arrest, payment) or normal (a hearing, a remand end).
enum class DateExpectation { Past, Any };

// Reads DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY (one-digit day and month allowed) and ISO YYYY-MM-DD, with Urdu digits.
// A date that is only valid when read month-first (12-31-2024) is refused with date.month_day_order and a message
// naming the day-first form to type; it is never swapped. Errors: date.empty, date.format, date.two_digit_year,
// date.invalid_month, date.invalid_day, date.year_range and the codes of checkIdentifierText. Warning: date.future
// (only with DateExpectation::Past). today is passed in so that results do not depend on the clock.
ValidatedValue<QDate> validateDate(const QString& input, QDate today,
                                   DateExpectation expectation = DateExpectation::Past);

} // namespace caselink
