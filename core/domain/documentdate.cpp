#include "domain/documentdate.h"

#include <optional>
#include <vector>

#include <QLocale>
#include <QRegularExpression>

#include "domain/textinput.h"
#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

constexpr qsizetype kMaxInput = 40;
constexpr int kFirstYear = 1900;       // no living person's records go further back
constexpr int kYearsAheadAllowed = 50; // hearings and expiry dates lie ahead, but not centuries ahead

struct DateParts {
    int day = 0;
    int month = 0;
    QString yearDigits;
    bool dayFirst = true;
};

std::optional<DateParts> split(const QString& text) {
    static const QRegularExpression iso(u"^([0-9]{4})\\s*-\\s*([0-9]{1,2})\\s*-\\s*([0-9]{1,2})$"_s);
    static const QRegularExpression dayFirst(u"^([0-9]{1,2})\\s*([-./])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]+)$"_s);
    if (const auto m = iso.match(text); m.hasMatch()) {
        return DateParts{m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1), false};
    }
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        return DateParts{m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4), true};
    }
    return std::nullopt;
}

Issue monthError(const DateParts& p, int year, const QString& input) {
    // Only a day-first reading is ever taken; the month-first one is named so the officer can check the document.
    const QDate monthFirst(year, p.day, p.month);
    if (p.dayFirst && monthFirst.isValid()) {
        return errorIssue(u"date.month_day_order"_s,
                          ValidationText::tr("In \"%1\" the month would be %2, which does not exist: Pakistani "
                                             "documents write the day first (DD-MM-YYYY). If the document writes the "
                                             "month first, enter %3.")
                              .arg(visibleInput(input))
                              .arg(p.month)
                              .arg(displayDate(monthFirst)));
    }
    return errorIssue(u"date.invalid_month"_s,
                      ValidationText::tr("In \"%1\" the month would be %2; months run from 1 to 12.")
                          .arg(visibleInput(input))
                          .arg(p.month));
}

std::vector<Issue> checkYear(const DateParts& p, QDate today, const QString& input) {
    if (p.yearDigits.size() == 2) {
        return {errorIssue(u"date.two_digit_year"_s,
                           ValidationText::tr("The year in \"%1\" has two digits. Write it in full (e.g. 19%2 or "
                                              "20%2); CaseLink does not guess the century.")
                               .arg(visibleInput(input), p.yearDigits))};
    }
    if (p.yearDigits.size() != 4) {
        return {errorIssue(u"date.format"_s, ValidationText::tr("The year in \"%1\" should have four digits, e.g. "
                                                                "14-08-2024.")
                                                 .arg(visibleInput(input)))};
    }
    const int year = p.yearDigits.toInt();
    const int lastYear = today.year() + kYearsAheadAllowed;
    if (year < kFirstYear || year > lastYear) {
        return {errorIssue(u"date.year_range"_s, ValidationText::tr("The year %1 is outside the years CaseLink "
                                                                    "accepts (%2 to %3).")
                                                     .arg(year)
                                                     .arg(kFirstYear)
                                                     .arg(lastYear))};
    }
    return {};
}

} // namespace

ValidatedValue<QDate> validateDate(const QString& input, QDate today, DateExpectation expectation) {
    std::vector<Issue> issues;
    if (!checkIdentifierText(input, u"date"_s, ValidationText::tr("date"), kMaxInput, issues)) {
        return refused<QDate>(std::move(issues));
    }
    const QString text = foldDigits(input).trimmed();
    if (text.isEmpty()) {
        return refused<QDate>({errorIssue(u"date.empty"_s, ValidationText::tr("Enter the date as DD-MM-YYYY, e.g. "
                                                                              "14-08-2024."))});
    }
    const std::optional<DateParts> parts = split(text);
    if (!parts) {
        return refused<QDate>(
            {errorIssue(u"date.format"_s, ValidationText::tr("\"%1\" is not a date in a form CaseLink reads: "
                                                             "DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY or YYYY-MM-DD, e.g. "
                                                             "14-08-2024.")
                                              .arg(visibleInput(input)))});
    }
    issues = checkYear(*parts, today, input);
    if (!issues.empty()) {
        return refused<QDate>(std::move(issues));
    }
    const int year = parts->yearDigits.toInt();
    if (parts->month < 1 || parts->month > 12) {
        return refused<QDate>({monthError(*parts, year, input)});
    }
    const QDate date(year, parts->month, parts->day);
    if (!date.isValid()) {
        const QDate first(year, parts->month, 1);
        return refused<QDate>(
            {errorIssue(u"date.invalid_day"_s, ValidationText::tr("\"%1\" gives day %2, but %3 %4 has %5 days.")
                                                   .arg(visibleInput(input))
                                                   .arg(parts->day)
                                                   .arg(QLocale().monthName(parts->month))
                                                   .arg(year)
                                                   .arg(first.daysInMonth()))});
    }
    if (expectation == DateExpectation::Past && date > today) {
        issues.push_back(
            warningIssue(u"date.future"_s, ValidationText::tr("%1 is in the future (today is %2). Check the date.")
                                               .arg(displayDate(date), displayDate(today))));
    }
    return validated(date, std::move(issues));
}

} // namespace caselink
