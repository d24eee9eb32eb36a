// The 13-digit CNIC/NICOP number issued by NADRA: validation, normalisation, and what its digits say.
#pragma once

#include <optional>

#include <QString>

#include "domain/sex.h"
#include "domain/validation.h"

namespace caselink {

// The first digit of the number, as NADRA assigns it.
enum class CnicRegion {
    KhyberPakhtunkhwa = 1,
    Fata = 2,
    Punjab = 3,
    Sindh = 4,
    Balochistan = 5,
    Islamabad = 6,
    GilgitBaltistan = 7,
    Unknown = 0,
};

struct Cnic {
    QString digits; // exactly 13 ASCII digits; what is stored and matched

    QString display() const; // 12345-1234567-1
    CnicRegion region() const;
    // From the parity of the last digit: odd male, even female.
    Sex impliedSex() const;

    friend bool operator==(const Cnic&, const Cnic&) = default;
};

QString regionName(CnicRegion region);

// Accepts 12345-1234567-1 and 1234512345671, with spaces, any dash-like character, and Urdu or Arabic-Indic digits.
// There is no checksum to verify. Errors: cnic.empty, cnic.length, cnic.invalid_character, cnic.dash_position and
// the identifier codes of checkIdentifierText. Warning: cnic.region_unknown (first digit outside 1..7).
ValidatedValue<Cnic> validateCnic(const QString& input);

// A warning (cnic.sex_mismatch) when the last digit's parity disagrees with the recorded sex; nothing when they
// agree or when the recorded sex is Unknown or Other. Records are kept either way: data entry errors happen on both
// sides, and the officer decides which one is wrong.
std::optional<Issue> checkCnicSex(const Cnic& cnic, Sex recorded);

} // namespace caselink
