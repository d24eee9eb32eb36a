// A case as CaseLink records it (enquiry and/or FIR, status, offences, incident), the roles persons hold in it, and
// the arrests and custody orders made in it. The string keys match the CHECK constraints of migration 0002.
#pragma once

#include <optional>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "domain/firnumber.h"

namespace caselink {

// DOMAIN.md, "Case status": the pipeline from enquiry to verdict.
enum class CaseStatus {
    EnquiryRegistered,
    EnquiryClosed,
    FirRegistered,
    UnderInvestigation,
    InterimChallanSubmitted,
    FinalChallanSubmitted,
    DroppedAfterInvestigation,
    UnderTrial,
    AccusedProclaimedOffender,
    Convicted,
    Acquitted,
    AppealPending,
    Disposed,
};
const std::vector<CaseStatus>& allCaseStatuses();
QString caseStatusKey(CaseStatus status); // "FIR_REGISTERED", ...
std::optional<CaseStatus> caseStatusFromKey(const QString& key);
QString caseStatusDisplayName(CaseStatus status); // translated
// Statuses an enquiry without an FIR can have; every other status needs a registered FIR.
bool isEnquiryStatus(CaseStatus status);

// DOMAIN.md, "Person roles": nine on the accused side, five other parties.
enum class PersonRole {
    Kingpin,
    Agent,
    SubAgent,
    DocumentForger,
    MoneyHandler,
    Transporter,
    SafeHouse,
    BoatOperator,
    CorruptOfficial,
    Complainant,
    SmuggledMigrant,
    TraffickingVictim,
    Witness,
    FamilyMember,
};
const std::vector<PersonRole>& allPersonRoles();
QString personRoleKey(PersonRole role); // "SUB_AGENT", ...
std::optional<PersonRole> personRoleFromKey(const QString& key);
QString personRoleDisplayName(PersonRole role); // translated
bool isAccusedRole(PersonRole role);
// The roles whose holders need the victim grant to be seen (the same list as Scope::protectedRoles()).
bool isProtectedRole(PersonRole role);
// Only smuggled migrants and trafficking victims have an outcome (survivor, deceased, ...).
bool isVictimRole(PersonRole role);

enum class ArrestStatus { NotApplicable, Wanted, Arrested, OnBail, Absconding, ProclaimedOffender, Abroad, Released };
QString arrestStatusKey(ArrestStatus status);
std::optional<ArrestStatus> arrestStatusFromKey(const QString& key);
QString arrestStatusDisplayName(ArrestStatus status);

enum class VictimOutcome { Survivor, Deceased, Missing, Deportee, Returned };
QString victimOutcomeKey(VictimOutcome outcome);
std::optional<VictimOutcome> victimOutcomeFromKey(const QString& key);
QString victimOutcomeDisplayName(VictimOutcome outcome);

// As FIA reports arrests: general, proclaimed offender, court absconder, most wanted (Red Book).
enum class ArrestCategory { General, ProclaimedOffender, CourtAbsconder, MostWanted };
QString arrestCategoryKey(ArrestCategory category);
std::optional<ArrestCategory> arrestCategoryFromKey(const QString& key);
QString arrestCategoryDisplayName(ArrestCategory category);

enum class AirportIntercept { None, Departure, Arrival };
QString airportInterceptKey(AirportIntercept intercept);
std::optional<AirportIntercept> airportInterceptFromKey(const QString& key);

enum class CustodyKind { Physical, Judicial };
QString custodyKindKey(CustodyKind kind);
std::optional<CustodyKind> custodyKindFromKey(const QString& key);
QString custodyKindDisplayName(CustodyKind kind);

struct CaseRecord {
    QString id;
    QString officeId; // the owning circle; empty on create means the user's office
    QString enquiryNumber;
    QDate enquiryDate;
    // When the enquiry and the FIR were registered (UTC); invalid when not recorded (cases from before the time was
    // entered). Their Pakistani calendar day is the enquiry or FIR date.
    QDateTime enquiryRegisteredAt;
    QDateTime firRegisteredAt;
    // As typed ("C-188/2023", "FIR No. 45/2024"); empty for an enquiry without an FIR. Reads return the display
    // form and fill fir with the parts.
    QString firNumber;
    std::optional<FirNumber> fir;
    QString firStation; // police station or circle that registered the FIR; empty means the owning office's code
    QDate firDate;
    CaseStatus status = CaseStatus::EnquiryRegistered;
    QString ioOfficerId;
    QString court;
    QString prosecutor;
    QString incidentId;
    QString routeCode;
    QString title;
    QString summary;
    QStringList offenceIds; // ref_offences ids, a set
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasFir() const { return fir.has_value(); }
    QString label() const; // the FIR display form, else the enquiry number
};

// A person's role in one case. A person may hold several roles in the same case (never the same one twice).
struct CaseRole {
    QString id;
    QString caseId;
    QString personId;
    PersonRole role = PersonRole::Agent;
    bool nominatedInFir = false;
    ArrestStatus arrestStatus = ArrestStatus::NotApplicable;
    std::optional<VictimOutcome> victimOutcome;
    QString exploitation; // form of exploitation, trafficking victims
    QString notes;
};

struct Arrest {
    QString id;
    QString caseId;
    QString personId;
    QDateTime arrestedAt; // UTC once saved
    QString place;
    QString arrestingOfficeId; // empty on record means the user's office
    ArrestCategory category = ArrestCategory::General;
    AirportIntercept airportIntercept = AirportIntercept::None;
    bool stopListHit = false;
    std::optional<QDateTime> producedBeforeMagistrateAt;
    // Why an arrest dated before the case was registered, or in the future, is right; required for such dates.
    QString dateReason;
    // Why the production before the magistrate came later than the 24 hours of s.61; required when it did.
    QString productionDelayReason;
};

// One remand order; both days count (a one-day remand has from == to), as RemandPeriod counts them.
struct CustodyPeriod {
    QString id;
    QString arrestId;
    CustodyKind kind = CustodyKind::Physical;
    QDate from;
    QDate to;
    QString magistrate;
    QString orderRef;
};

} // namespace caselink
