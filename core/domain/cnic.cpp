#include "domain/cnic.h"

#include <vector>

#include "domain/identifierchars_p.h"
#include "domain/textinput.h"
#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

constexpr int kCnicDigits = 13;
// Generous for spaces and dashes around 13 digits; anything longer is not a CNIC typed by hand.
constexpr qsizetype kMaxInput = 40;

} // namespace

QString Cnic::display() const {
    if (digits.size() != kCnicDigits) {
        return digits;
    }
    return digits.left(5) + u'-' + digits.mid(5, 7) + u'-' + digits.right(1);
}

CnicRegion Cnic::region() const {
    const int first = digits.isEmpty() ? 0 : digits.front().digitValue();
    return first >= 1 && first <= 7 ? CnicRegion(first) : CnicRegion::Unknown;
}

Sex Cnic::impliedSex() const {
    if (digits.size() != kCnicDigits) {
        return Sex::Unknown;
    }
    return digits.back().digitValue() % 2 == 1 ? Sex::Male : Sex::Female;
}

QString regionName(CnicRegion region) {
    switch (region) {
    case CnicRegion::KhyberPakhtunkhwa:
        return ValidationText::tr("Khyber Pakhtunkhwa");
    case CnicRegion::Fata:
        return ValidationText::tr("FATA");
    case CnicRegion::Punjab:
        return ValidationText::tr("Punjab");
    case CnicRegion::Sindh:
        return ValidationText::tr("Sindh");
    case CnicRegion::Balochistan:
        return ValidationText::tr("Balochistan");
    case CnicRegion::Islamabad:
        return ValidationText::tr("Islamabad");
    case CnicRegion::GilgitBaltistan:
        return ValidationText::tr("Gilgit-Baltistan");
    case CnicRegion::Unknown:
        break;
    }
    return ValidationText::tr("unknown region");
}

ValidatedValue<Cnic> validateCnic(const QString& input) {
    std::vector<Issue> issues;
    if (!checkIdentifierText(input, u"cnic"_s, ValidationText::tr("CNIC"), kMaxInput, issues)) {
        return refused<Cnic>(std::move(issues));
    }
    const QString text = foldDigits(input).trimmed();
    if (text.isEmpty()) {
        return refused<Cnic>({errorIssue(u"cnic.empty"_s, ValidationText::tr("Enter the 13-digit CNIC or NICOP "
                                                                             "number, e.g. 12345-1234567-1."))});
    }
    QString digits;
    std::vector<qsizetype> dashesAfter; // how many digits precede each dash
    for (QChar ch : text) {
        if (isAsciiDigit(ch)) {
            digits.append(ch);
        } else if (isDashLike(ch)) {
            dashesAfter.push_back(digits.size());
        } else if (!ch.isSpace()) {
            return refused<Cnic>({errorIssue(
                u"cnic.invalid_character"_s,
                ValidationText::tr("\"%1\" contains \"%2\", which cannot be part of a CNIC. A CNIC has only digits "
                                   "and dashes, e.g. 12345-1234567-1.")
                    .arg(visibleInput(input), visibleInput(QString(ch))))});
        }
    }
    if (digits.size() != kCnicDigits) {
        return refused<Cnic>(
            {errorIssue(u"cnic.length"_s, ValidationText::tr("A CNIC or NICOP number has 13 digits; \"%1\" has %n.",
                                                             nullptr, int(digits.size()))
                                              .arg(visibleInput(input)))});
    }
    if (!dashesAfter.empty() && dashesAfter != std::vector<qsizetype>{5, 12}) {
        return refused<Cnic>({errorIssue(u"cnic.dash_position"_s,
                                         ValidationText::tr("The dashes in \"%1\" are not where a CNIC has them: "
                                                            "5 digits, 7 digits, 1 digit (12345-1234567-1). Check "
                                                            "that the number was copied correctly.")
                                             .arg(visibleInput(input)))});
    }
    Cnic cnic{digits};
    if (cnic.region() == CnicRegion::Unknown) {
        issues.push_back(warningIssue(u"cnic.region_unknown"_s,
                                      ValidationText::tr("%1 starts with %2, which is not a region digit NADRA uses "
                                                         "(1 to 7). Check the number against the card.")
                                          .arg(cnic.display(), digits.left(1))));
    }
    return validated(std::move(cnic), std::move(issues));
}

std::optional<Issue> checkCnicSex(const Cnic& cnic, Sex recorded) {
    const Sex implied = cnic.impliedSex();
    if (recorded != Sex::Male && recorded != Sex::Female) {
        return std::nullopt;
    }
    if (implied == Sex::Unknown || implied == recorded) {
        return std::nullopt;
    }
    const QString message =
        implied == Sex::Male
            ? ValidationText::tr("CNIC %1 ends in an odd digit, which NADRA gives to men, but the person is recorded "
                                 "as female. Check the CNIC and the recorded sex.")
            : ValidationText::tr("CNIC %1 ends in an even digit, which NADRA gives to women, but the person is "
                                 "recorded as male. Check the CNIC and the recorded sex.");
    return warningIssue(u"cnic.sex_mismatch"_s, message.arg(cnic.display()));
}

} // namespace caselink
