// A small hand-countable casework set written through the repositories (not the generator), shared by the
// statistics tests of core, CLI and UI. The comment at the end of this file lists the expected figures.
#pragma once

#include <memory>

#include <QtTest>

#include "repo/arrestrepository.h"
#include "repo/assetrepository.h"
#include "repo/caserepository.h"
#include "repo/eventrepository.h"
#include "repo/paymentrepository.h"
#include "repo/personrepository.h"
#include "repo/repositorycontext.h"
#include "security/accountadmin.h"
#include "signedindatabase.h"
#include "storage/database.h"

namespace caselink::test {

struct StatisticsFixture : SignedInDatabase {
    QString c1, c2, c3, c4;   // cases
    QString a1, a2, a3;       // accused
    QString mostWantedArrest; // C2, 2025-03-02
    QString offence;          // charged in C1 and C3
    bool ok = false;

    // Adds the accounts (sup.hq, sup.nogrant, io.grw), signs in as sup.hq and writes the set with build().
    StatisticsFixture();
    QString office(const QString& code);
    QString person(const QString& name, Sex sex, int birthYear, const QString& district,
                   const QString& nationality = QStringLiteral("PK"));
    QString makeCase(const QString& officeCode, const QString& fir, QDate firDate, const QString& enquiry,
                     QDate enquiryDate, const QString& route, const QStringList& offences);
    void role(const QString& caseId, const QString& personId, PersonRole r,
              std::optional<VictimOutcome> outcome = std::nullopt);
    QString arrest(const QString& caseId, const QString& personId, const QString& officeCode, QDate on,
                   ArrestCategory category);
    void event(const QString& caseId, const QString& type, QDate on);
    void payment(const QString& caseId, const QString& amount, QDate on);
    void asset(const QString& caseId, AssetAction action, const QString& value, QDate on);
    void build();
};

// Expected figures (hand-counted):
// arrests by month: 2024-03 GENERAL 1, PROCLAIMED_OFFENDER 1; 2025-01 GENERAL 1; 2025-03 GENERAL 1, MOST_WANTED 1,
//   COURT_ABSCONDER 1; the months between are zero. Zones: Gujranwala 4 (GEN 2, PO 1, MW 1), Lahore 2.
// 2025 against 2024: Jan 0 -> 1 (no percentage), Mar 2 -> 3 (+50 %), year 2 -> 4 (+100 %).
// pipeline: enquiries 2, FIRs 3, challans 3, decided 2, convictions 1, conviction rate 50 %.
// challans: on time 1 (C3), late 1 (C2), overdue 1 (C1), share on time 50 %.
// victims: Gujrat 2, Sialkot 1; F 1, M 2; 18-25 1, 26-35 2; DECEASED 1, SURVIVOR 2.
// fees (a payment with its instalments; these have none): CENTRAL_MED 3, median 200,000; EASTERN_MED 1, 500,000.
// assets: SEIZED 2 worth 1,250,000; FROZEN 1 worth 500,000. Partner (per case): PK/CENTRAL_MED 3, AF/EASTERN_MED 1.
// io.grw (GRW-AHTC) sees C1 and C2 only: 4 arrests.

} // namespace caselink::test
