// Synthetic identities: random combinations of common Pakistani first names, fathers' names and family names in
// Latin and Urdu script, with CNICs, phones and passports of valid structure. No real person is described.
#pragma once

#include <span>

#include <QDate>
#include <QString>

#include "synthetic/syntheticrandom.h"

namespace caselink::synthetic {

struct District {
    const char* latin;
    const char* urdu;
    const char* province;
    char provinceDigit;   // first CNIC digit: 1 KP, 3 Punjab, 4 Sindh, 5 Balochistan, 6 Islamabad, 7 GB
    const char* cnicArea; // the next two CNIC digits (division and district), synthetic but fixed per district
    const char* tehsils[3];
};

std::span<const District> districts();
// Districts that people recorded by an office of this zone come from, weighted to the recruiting districts of
// central Punjab (Gujrat, Gujranwala, Mandi Bahauddin, Sialkot) where the zone is Gujranwala, and a national
// spread otherwise.
int districtFor(Rng& rng, const QString& zoneCode);

struct Identity {
    QString nameLatin;
    QString nameUrdu;
    QString relation; // SO, DO, WO
    QString relativeLatin;
    QString relativeUrdu;
    QString familyLatin; // the family name, for relatives generated later
    QString familyUrdu;
    char sex = 'M';
    QDate birthDate;
    QString cnic;
    int district = 0;
    QString tehsil;
    QString locality;
};

class NameFactory {
public:
    // sex 'M' or 'F'; age in whole years on the reference date.
    static Identity person(Rng& rng, char sex, int minAge, int maxAge, const QDate& reference, int district);
    // A father for child: same family name, older.
    static Identity fatherOf(Rng& rng, const Identity& child);
    static QString cnic(Rng& rng, const District& district, char sex);
    static QString mobile(Rng& rng);
    static QString passport(Rng& rng);
    static QString alias(Rng& rng); // a nickname such as "Babu"
    static QString networkName(Rng& rng, const QString& familyLatin, int district);
    static QString frontCompanyName(Rng& rng, int district);
    static QString officerName(Rng& rng, QString* urdu);
};

} // namespace caselink::synthetic
