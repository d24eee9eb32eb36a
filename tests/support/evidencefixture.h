// A case on a real encrypted database with what a case file shows: an accused with arrest and remand, a trafficking
// victim and a witness with CNICs and phones (whose identities the partner profile must withhold), events naming
// them, an evidence file and a seized exhibit. Used by the evidence and bundle tests.
#pragma once

#include <memory>

#include <QtTest>

#include "evidence/evidencestore.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/eventrepository.h"
#include "repo/personrepository.h"
#include "security/accountadmin.h"
#include "signedindatabase.h"

namespace caselink::test {

inline const QString kGrantUser = QStringLiteral("io.grant");
inline const QString kVictimName = QStringLiteral("Ayesha Siddiqa");
inline const QString kVictimCnic = QStringLiteral("3520276543218");
inline const QString kVictimCnicDashed = QStringLiteral("35202-7654321-8");
inline const QString kVictimPhone = QStringLiteral("+923217654321");
inline const QString kWitnessName = QStringLiteral("Mukhtar Bhatti");
inline const QString kWitnessPhone = QStringLiteral("+923451112223");
inline const QString kAccusedName = QStringLiteral("Rana Tariq Mehmood");
inline const QString kAccusedCnic = QStringLiteral("3410112345671");

struct EvidenceFixture : SignedInDatabase {
    QString caseId;
    QString accusedId;
    QString victimId;
    QString witnessId;
    QString fileId;
    QString exhibitId;

    // Adds kGrantUser and signs in as that investigator; populate writes the case with fill().
    explicit EvidenceFixture(bool populate = true);
    QString person(const QString& name, const QString& cnic, const QString& phone, const QString& father);
    void fill();
};

// Deterministic bytes (xorshift) that do not compress, for files large enough to span several chunks.
QByteArray randomBytes(qint64 size, quint32 seed);

} // namespace caselink::test
