// A person as CaseLink records one real human: names in both scripts, lineage, identifiers, flags. Roles attach per
// case (case_persons), not here.
#pragma once

#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "domain/sex.h"

namespace caselink {

// s/o, d/o, w/o: the father's or husband's name is part of a Pakistani identity.
enum class Relation { None, SonOf, DaughterOf, WifeOf };
QString relationKey(Relation relation); // "SO", "DO", "WO" or empty
Relation relationFromKey(const QString& key);
// "s/o Name", "d/o Name", "w/o Name" (translated); the name alone without a relation, empty without a name.
QString lineageText(Relation relation, const QString& relative);
QString sexKey(Sex sex); // "M", "F", "X", "U"
Sex sexFromKey(const QString& key);
QString sexDisplayName(Sex sex); // translated: "Male", "Female", "Other (X)", "Not recorded"

struct PersonPassport {
    QString number;
    QString issuingState = QStringLiteral("PK");
    QString status = QStringLiteral("VALID");
};

struct PersonAddress {
    QString country = QStringLiteral("PK");
    QString province;
    QString district;
    QString tehsil;
    QString locality;
    QString line;
};

struct Person {
    QString id;
    QString nameLatin;
    QString nameUrdu;
    Relation relation = Relation::None;
    QString relativeLatin;
    QString relativeUrdu;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    int birthYear = 0;
    QString nationality = QStringLiteral("PK");
    QString cnic; // 13 digits once saved
    QStringList aliases;
    QStringList phones; // E.164 once saved
    std::vector<PersonPassport> passports;
    std::vector<PersonAddress> addresses;
    bool redBook = false;
    bool proclaimedOffender = false;
    bool redNotice = false;
    QString notes;
    QString officeId;
    QString mergedInto;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Set on reads for a victim, witness, complainant or family member when the user lacks the victim grant:
    // every identifying field above is blank and displayName() is a pseudonym.
    bool isProtected = false;

    QString displayName() const; // Latin name, else Urdu name, with "alias" forms left out
};

} // namespace caselink
