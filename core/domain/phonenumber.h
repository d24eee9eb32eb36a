// Telephone numbers in E.164. Pakistani numbers get a full check; foreign ones (Libya, Italy, Greece, Iran,
// Turkey, the Gulf) are common in smuggling cases and get a length check only.
#pragma once

#include <QString>

#include "domain/validation.h"

namespace caselink {

enum class PhoneKind { PakistaniMobile, PakistaniLandline, Foreign };

struct PhoneNumber {
    QString e164; // "+923001234567": what is stored and matched
    PhoneKind kind = PhoneKind::Foreign;

    QString display() const; // "+92 300 1234567" for Pakistani mobiles, e164 otherwise

    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;
};

// Accepts +92 3xx xxxxxxx, 03xx xxxxxxx, 0092..., 92 3xx... and foreign numbers written with + or 00, with spaces,
// dashes, dots and brackets, and Urdu digits. Carrier prefixes are not checked: numbers move between networks.
// A number with neither a country code nor a leading 0 is refused rather than guessed (an Italian mobile also starts
// with 3 and has 10 digits). Errors: phone.empty, phone.invalid_character, phone.plus_position,
// phone.missing_prefix, phone.country_code, phone.length and the codes of checkIdentifierText. Warnings:
// phone.landline, phone.extra_zero (+92 0300...).
ValidatedValue<PhoneNumber> validatePhoneNumber(const QString& input);

} // namespace caselink
