// FIR numbers as police stations and FIA circles write them: an optional prefix, a serial and a year.
#pragma once

#include <QDate>
#include <QString>

#include "domain/validation.h"

namespace caselink {

struct FirNumber {
    QString prefix; // upper case, may be empty ("C" in C-188/2023)
    int serial = 0;
    int year = 0;

    QString display() const; // C-188/2023, 113/2016

    friend bool operator==(const FirNumber&, const FirNumber&) = default;
};

// Reads 113/2016, C-188/2023, FIR No. 45/2024 (also "FIR # 45/2024", "F.I.R. 45/2024", Urdu digits). The year must
// have four digits: a two-digit year is refused (fir.two_digit_year) rather than guessed, and it must lie between
// 1947 and today's year (fir.year_range). Other errors: fir.empty, fir.format, fir.serial, fir.year_format and the
// codes of checkIdentifierText. The station or circle and the FIR date are separate fields.
ValidatedValue<FirNumber> validateFirNumber(const QString& input, QDate today);

} // namespace caselink
