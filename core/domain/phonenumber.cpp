#include "domain/phonenumber.h"

#include <vector>

#include "domain/identifierchars_p.h"
#include "domain/textinput.h"
#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

constexpr qsizetype kMaxInput = 40;
constexpr qsizetype kMobileDigits = 10;     // 3xx xxxxxxx after +92
constexpr qsizetype kMinLandlineDigits = 8; // area code and subscriber number after +92
constexpr qsizetype kMaxLandlineDigits = 10;
constexpr qsizetype kMinE164Digits = 7;  // country code included; the shortest numbers of small states
constexpr qsizetype kMaxE164Digits = 15; // ITU-T E.164

const QString kPakistan = u"92"_s;

bool isSeparator(QChar ch) {
    return ch.isSpace() || isDashLike(ch) || ch == u'.' || ch == u'(' || ch == u')';
}

ValidatedValue<PhoneNumber> pakistani(QString nsn, const QString& input, std::vector<Issue> issues) {
    if (nsn.startsWith(u'0')) {
        nsn.remove(0, 1);
        issues.push_back(warningIssue(u"phone.extra_zero"_s,
                                      ValidationText::tr("\"%1\" has both the country code 92 and the leading 0 of a "
                                                         "domestic number; the 0 was dropped.")
                                          .arg(visibleInput(input))));
    }
    if (nsn.startsWith(u'3')) {
        if (nsn.size() != kMobileDigits) {
            issues.push_back(errorIssue(u"phone.length"_s,
                                        ValidationText::tr("A Pakistani mobile number has 10 digits after +92 (+92 "
                                                           "3xx xxxxxxx, or 03xx xxxxxxx); \"%1\" has %n.",
                                                           nullptr, int(nsn.size()))
                                            .arg(visibleInput(input))));
        }
        return validated(PhoneNumber{u'+' + kPakistan + nsn, PhoneKind::PakistaniMobile}, std::move(issues));
    }
    if (nsn.size() < kMinLandlineDigits || nsn.size() > kMaxLandlineDigits) {
        issues.push_back(errorIssue(u"phone.length"_s,
                                    ValidationText::tr("\"%1\" is neither a Pakistani mobile number (+92 3xx xxxxxxx) "
                                                       "nor a landline number (8 to 10 digits after +92); it has %n "
                                                       "digit(s) after the country code.",
                                                       nullptr, int(nsn.size()))
                                        .arg(visibleInput(input))));
    } else {
        issues.push_back(warningIssue(u"phone.landline"_s,
                                      ValidationText::tr("+92 %1 is a landline, not a mobile number. Keep it if that "
                                                         "is what the source says.")
                                          .arg(nsn)));
    }
    return validated(PhoneNumber{u'+' + kPakistan + nsn, PhoneKind::PakistaniLandline}, std::move(issues));
}

ValidatedValue<PhoneNumber> international(const QString& digits, const QString& input, std::vector<Issue> issues) {
    if (digits.startsWith(kPakistan)) {
        return pakistani(digits.mid(kPakistan.size()), input, std::move(issues));
    }
    if (digits.isEmpty() || digits.startsWith(u'0')) {
        issues.push_back(errorIssue(u"phone.country_code"_s,
                                    ValidationText::tr("\"%1\" does not continue with a country code after + or 00 "
                                                       "(country codes never start with 0).")
                                        .arg(visibleInput(input))));
    } else if (digits.size() < kMinE164Digits || digits.size() > kMaxE164Digits) {
        issues.push_back(
            errorIssue(u"phone.length"_s, ValidationText::tr("An international number has 7 to 15 digits including the "
                                                             "country code; \"%1\" has %n.",
                                                             nullptr, int(digits.size()))
                                              .arg(visibleInput(input))));
    }
    return validated(PhoneNumber{u'+' + digits, PhoneKind::Foreign}, std::move(issues));
}

} // namespace

QString PhoneNumber::display() const {
    if (kind == PhoneKind::PakistaniMobile && e164.size() == 13) {
        return e164.left(3) + u' ' + e164.mid(3, 3) + u' ' + e164.mid(6);
    }
    return e164;
}

ValidatedValue<PhoneNumber> validatePhoneNumber(const QString& input) {
    std::vector<Issue> issues;
    if (!checkIdentifierText(input, u"phone"_s, ValidationText::tr("phone number"), kMaxInput, issues)) {
        return refused<PhoneNumber>(std::move(issues));
    }
    QString digits;
    bool plus = false;
    for (QChar ch : foldDigits(input).trimmed()) {
        if (isAsciiDigit(ch)) {
            digits.append(ch);
        } else if (ch == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (ch == u'+') {
            return refused<PhoneNumber>({errorIssue(
                u"phone.plus_position"_s, ValidationText::tr("In \"%1\" the + is not at the start; + stands only "
                                                             "before the country code.")
                                              .arg(visibleInput(input)))});
        } else if (!isSeparator(ch)) {
            return refused<PhoneNumber>({errorIssue(
                u"phone.invalid_character"_s,
                ValidationText::tr("\"%1\" contains \"%2\". A phone number has digits, an optional + at the start, "
                                   "and spaces or dashes between groups.")
                    .arg(visibleInput(input), visibleInput(QString(ch))))});
        }
    }
    if (digits.isEmpty() && !plus) {
        return refused<PhoneNumber>({errorIssue(
            u"phone.empty"_s, ValidationText::tr("Enter the phone number, e.g. +92 300 1234567 or 0300 1234567."))});
    }
    if (plus) {
        return international(digits, input, std::move(issues));
    }
    if (digits.startsWith(u"00"_s)) {
        return international(digits.mid(2), input, std::move(issues));
    }
    if (digits.startsWith(u'0')) {
        return pakistani(digits.mid(1), input, std::move(issues));
    }
    // Written without + by people who copy the country code from a contact list.
    const qsizetype nationalDigits = digits.size() - kPakistan.size();
    if (digits.startsWith(kPakistan) && nationalDigits >= kMinLandlineDigits && nationalDigits <= kMaxLandlineDigits) {
        return international(digits, input, std::move(issues));
    }
    return refused<PhoneNumber>(
        {errorIssue(u"phone.missing_prefix"_s,
                    ValidationText::tr("\"%1\" has neither a country code nor a leading 0, so it could belong to any "
                                       "country (Italian mobiles also start with 3). Write Pakistani numbers as +92 "
                                       "3xx xxxxxxx or 03xx xxxxxxx, and foreign ones with + and the country code.")
                        .arg(visibleInput(input)))});
}

} // namespace caselink
