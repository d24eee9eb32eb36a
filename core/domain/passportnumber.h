// Passport numbers, Pakistani and foreign. A person can hold several; duplicates and forgeries are common.
#pragma once

#include <QString>

#include "domain/validation.h"

namespace caselink {

struct PassportNumber {
    QString number;           // upper-case letters and digits, no spaces or hyphens
    bool currentForm = false; // two letters and seven digits, the current Pakistani form

    friend bool operator==(const PassportNumber&, const PassportNumber&) = default;
};

// Strips spaces and hyphens and upper-cases. Two letters + seven digits is accepted silently. Other letter-and-digit
// numbers of 6 to 9 characters are accepted with the warning passport.unusual_form: older Pakistani books and
// foreign passports look like that (ICAO 9303 allows up to 9 characters), and the current-form rule itself comes
// from third-party validators (DOMAIN.md marks it uncertain). Errors: passport.empty, passport.invalid_character,
// passport.length, passport.no_digit and the identifier codes of checkIdentifierText.
ValidatedValue<PassportNumber> validatePassportNumber(const QString& input);

} // namespace caselink
