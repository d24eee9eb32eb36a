#include "domain/firnumber.h"

#include <vector>

#include <QRegularExpression>

#include "domain/textinput.h"
#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

constexpr qsizetype kMaxInput = 60;
constexpr int kMaxSerialDigits = 6;
constexpr int kFirstYear = 1947; // no Pakistani FIR predates the state

const QString kDashes = u"\\-\u2010-\u2015\u2212"_s;

// "FIR", "F.I.R.", optionally followed by "No.", "Number" or "#", and a colon.
const QRegularExpression& leadingLabel() {
    static const QRegularExpression re(u"^F\\.?\\s*I\\.?\\s*R\\.?\\s*(?:(?:No\\.?|Number|#)\\s*)?:?\\s*"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& firPattern() {
    static const QRegularExpression re(
        u"^(?:([A-Za-z][A-Za-z0-9]{0,9})\\s*[%1]\\s*)?([0-9]+)\\s*/\\s*([0-9]+)$"_s.arg(kDashes));
    return re;
}

Issue formatError(const QString& input) {
    return errorIssue(u"fir.format"_s, ValidationText::tr("\"%1\" is not an FIR number in a form CaseLink reads: "
                                                          "serial/year with an optional prefix, e.g. 113/2016, "
                                                          "C-188/2023 or FIR No. 45/2024.")
                                           .arg(visibleInput(input)));
}

std::vector<Issue> checkYear(const QString& yearDigits, int firstYear, int lastYear) {
    if (yearDigits.size() == 2) {
        return {errorIssue(u"fir.two_digit_year"_s,
                           ValidationText::tr("The year \"%1\" has two digits. Write it in full (e.g. 20%1 or 19%1); "
                                              "CaseLink does not guess the century.")
                               .arg(yearDigits))};
    }
    if (yearDigits.size() != 4) {
        return {errorIssue(u"fir.year_format"_s,
                           ValidationText::tr("The year \"%1\" should have four digits, e.g. 2024.").arg(yearDigits))};
    }
    const int year = yearDigits.toInt();
    if (year < firstYear || year > lastYear) {
        return {errorIssue(u"fir.year_range"_s,
                           ValidationText::tr("The FIR year %1 is not possible: it must lie between %2 and %3.")
                               .arg(year)
                               .arg(firstYear)
                               .arg(lastYear))};
    }
    return {};
}

} // namespace

QString FirNumber::display() const {
    const QString number = u"%1/%2"_s.arg(serial).arg(year);
    return prefix.isEmpty() ? number : prefix + u'-' + number;
}

ValidatedValue<FirNumber> validateFirNumber(const QString& input, QDate today) {
    std::vector<Issue> issues;
    if (!checkIdentifierText(input, u"fir"_s, ValidationText::tr("FIR number"), kMaxInput, issues)) {
        return refused<FirNumber>(std::move(issues));
    }
    QString text = foldDigits(input).simplified();
    text.remove(leadingLabel());
    if (text.isEmpty()) {
        return refused<FirNumber>({errorIssue(
            u"fir.empty"_s, ValidationText::tr("Enter the FIR number as serial/year, e.g. 113/2016 or C-188/2023."))});
    }
    const QRegularExpressionMatch match = firPattern().match(text);
    if (!match.hasMatch()) {
        return refused<FirNumber>({formatError(input)});
    }
    const QString serialDigits = match.captured(2);
    const int serial = serialDigits.size() <= kMaxSerialDigits ? serialDigits.toInt() : 0;
    if (serial == 0) {
        issues.push_back(errorIssue(u"fir.serial"_s,
                                    ValidationText::tr("The FIR serial \"%1\" is not possible: serials start at 1 and "
                                                       "have at most %2 digits.")
                                        .arg(serialDigits)
                                        .arg(kMaxSerialDigits)));
    }
    const QString yearDigits = match.captured(3);
    for (Issue& issue : checkYear(yearDigits, kFirstYear, today.year())) {
        issues.push_back(std::move(issue));
    }
    return validated(FirNumber{match.captured(1).toUpper(), serial, yearDigits.toInt()}, std::move(issues));
}

} // namespace caselink
