#include "domain/passportnumber.h"

#include <algorithm>
#include <vector>

#include "domain/identifierchars_p.h"
#include "domain/textinput.h"
#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

constexpr qsizetype kMaxInput = 40;
constexpr qsizetype kMinLength = 6;
constexpr qsizetype kMaxLength = 9; // ICAO 9303 document number field

bool isCurrentForm(const QString& n) {
    return n.size() == 9 && isAsciiLetter(n[0]) && isAsciiLetter(n[1]) &&
           std::all_of(n.begin() + 2, n.end(), isAsciiDigit);
}

} // namespace

ValidatedValue<PassportNumber> validatePassportNumber(const QString& input) {
    std::vector<Issue> issues;
    if (!checkIdentifierText(input, u"passport"_s, ValidationText::tr("passport number"), kMaxInput, issues)) {
        return refused<PassportNumber>(std::move(issues));
    }
    QString number;
    for (QChar ch : foldDigits(input)) {
        if (isAsciiLetter(ch) || isAsciiDigit(ch)) {
            number.append(ch.toUpper());
        } else if (!ch.isSpace() && !isDashLike(ch)) {
            return refused<PassportNumber>({errorIssue(
                u"passport.invalid_character"_s,
                ValidationText::tr("\"%1\" contains \"%2\". A passport number has only Latin letters and digits, "
                                   "e.g. AB1234567.")
                    .arg(visibleInput(input), visibleInput(QString(ch))))});
        }
    }
    if (number.isEmpty()) {
        return refused<PassportNumber>(
            {errorIssue(u"passport.empty"_s, ValidationText::tr("Enter the passport number, e.g. AB1234567."))});
    }
    if (number.size() < kMinLength || number.size() > kMaxLength) {
        return refused<PassportNumber>({errorIssue(
            u"passport.length"_s, ValidationText::tr("A passport number has 6 to 9 letters and digits (a current "
                                                     "Pakistani one has 9, e.g. AB1234567); \"%1\" has %n.",
                                                     nullptr, int(number.size()))
                                      .arg(visibleInput(input)))});
    }
    if (!std::any_of(number.begin(), number.end(), isAsciiDigit)) {
        return refused<PassportNumber>({errorIssue(
            u"passport.no_digit"_s, ValidationText::tr("\"%1\" has no digits; every passport number has some. "
                                                       "Check that a name was not entered by mistake.")
                                        .arg(visibleInput(input)))});
    }
    const bool current = isCurrentForm(number);
    if (!current) {
        issues.push_back(warningIssue(u"passport.unusual_form"_s,
                                      ValidationText::tr("%1 is not in the current Pakistani form of two letters and "
                                                         "seven digits (e.g. AB1234567). It is kept as an older or "
                                                         "foreign passport number; check it against the document.")
                                          .arg(number)));
    }
    return validated(PassportNumber{number, current}, std::move(issues));
}

} // namespace caselink
