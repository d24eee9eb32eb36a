#include "domain/caserecord.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseRecord)
};

// One row per enumerator: the stored key and the English source of its translated name.
template <typename E>
struct Entry {
    E value;
    const char* key;
    const char* name;
};

template <typename E, std::size_t N>
QString keyOf(const std::array<Entry<E>, N>& table, E value) {
    const auto it = std::ranges::find(table, value, &Entry<E>::value);
    return it == table.end() ? QString() : QString::fromLatin1(it->key);
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<Entry<E>, N>& table, const QString& key) {
    const auto it = std::ranges::find_if(table, [&](const Entry<E>& e) { return key == QLatin1String(e.key); });
    return it == table.end() ? std::nullopt : std::optional<E>(it->value);
}

template <typename E, std::size_t N>
QString nameOf(const std::array<Entry<E>, N>& table, E value) {
    const auto it = std::ranges::find(table, value, &Entry<E>::value);
    return it == table.end() ? QString() : Tr::tr(it->name);
}

template <typename E, std::size_t N>
std::vector<E> valuesOf(const std::array<Entry<E>, N>& table) {
    std::vector<E> out;
    for (const Entry<E>& e : table) {
        out.push_back(e.value);
    }
    return out;
}

using S = CaseStatus;
constexpr std::array<Entry<S>, 13> kStatuses{{
    {S::EnquiryRegistered, "ENQUIRY_REGISTERED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Enquiry registered")},
    {S::EnquiryClosed, "ENQUIRY_CLOSED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Enquiry closed")},
    {S::FirRegistered, "FIR_REGISTERED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "FIR registered")},
    {S::UnderInvestigation, "UNDER_INVESTIGATION", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Under investigation")},
    {S::InterimChallanSubmitted, "INTERIM_CHALLAN_SUBMITTED",
     QT_TRANSLATE_NOOP("caselink::CaseRecord", "Interim challan submitted")},
    {S::FinalChallanSubmitted, "FINAL_CHALLAN_SUBMITTED",
     QT_TRANSLATE_NOOP("caselink::CaseRecord", "Final challan submitted")},
    {S::DroppedAfterInvestigation, "DROPPED_AFTER_INVESTIGATION",
     QT_TRANSLATE_NOOP("caselink::CaseRecord", "Dropped after investigation")},
    {S::UnderTrial, "UNDER_TRIAL", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Under trial")},
    {S::AccusedProclaimedOffender, "ACCUSED_PROCLAIMED_OFFENDER",
     QT_TRANSLATE_NOOP("caselink::CaseRecord", "Accused proclaimed offender")},
    {S::Convicted, "CONVICTED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Convicted")},
    {S::Acquitted, "ACQUITTED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Acquitted")},
    {S::AppealPending, "APPEAL_PENDING", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Appeal pending")},
    {S::Disposed, "DISPOSED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Disposed")},
}};

using R = PersonRole;
constexpr std::array<Entry<R>, 14> kRoles{{
    {R::Kingpin, "KINGPIN", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Kingpin")},
    {R::Agent, "AGENT", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Agent")},
    {R::SubAgent, "SUB_AGENT", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Sub-agent")},
    {R::DocumentForger, "DOCUMENT_FORGER", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Document forger")},
    {R::MoneyHandler, "MONEY_HANDLER", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Money handler")},
    {R::Transporter, "TRANSPORTER", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Transporter")},
    {R::SafeHouse, "SAFE_HOUSE", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Safe-house keeper")},
    {R::BoatOperator, "BOAT_OPERATOR", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Boat operator")},
    {R::CorruptOfficial, "CORRUPT_OFFICIAL", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Corrupt official")},
    {R::Complainant, "COMPLAINANT", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Complainant")},
    {R::SmuggledMigrant, "SMUGGLED_MIGRANT", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Smuggled migrant")},
    {R::TraffickingVictim, "TRAFFICKING_VICTIM", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Trafficking victim")},
    {R::Witness, "WITNESS", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Witness")},
    {R::FamilyMember, "FAMILY_MEMBER", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Family member")},
}};

using A = ArrestStatus;
constexpr std::array<Entry<A>, 8> kArrestStatuses{{
    {A::NotApplicable, "NOT_APPLICABLE", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Not applicable")},
    {A::Wanted, "WANTED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Wanted")},
    {A::Arrested, "ARRESTED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Arrested")},
    {A::OnBail, "ON_BAIL", QT_TRANSLATE_NOOP("caselink::CaseRecord", "On bail")},
    {A::Absconding, "ABSCONDING", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Absconding")},
    {A::ProclaimedOffender, "PROCLAIMED_OFFENDER", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Proclaimed offender")},
    {A::Abroad, "ABROAD", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Abroad")},
    {A::Released, "RELEASED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Released")},
}};

using V = VictimOutcome;
constexpr std::array<Entry<V>, 5> kOutcomes{{
    {V::Survivor, "SURVIVOR", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Survivor")},
    {V::Deceased, "DECEASED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Deceased")},
    {V::Missing, "MISSING", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Missing")},
    {V::Deportee, "DEPORTEE", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Deportee")},
    {V::Returned, "RETURNED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Returned")},
}};

using C = ArrestCategory;
constexpr std::array<Entry<C>, 4> kCategories{{
    {C::General, "GENERAL", QT_TRANSLATE_NOOP("caselink::CaseRecord", "General")},
    {C::ProclaimedOffender, "PROCLAIMED_OFFENDER", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Proclaimed offender")},
    {C::CourtAbsconder, "COURT_ABSCONDER", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Court absconder")},
    {C::MostWanted, "MOST_WANTED", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Most wanted (Red Book)")},
}};

using I = AirportIntercept;
constexpr std::array<Entry<I>, 3> kIntercepts{{
    {I::None, "NONE", QT_TRANSLATE_NOOP("caselink::CaseRecord", "None")},
    {I::Departure, "DEPARTURE", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Departure")},
    {I::Arrival, "ARRIVAL", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Arrival")},
}};

using K = CustodyKind;
constexpr std::array<Entry<K>, 2> kCustody{{
    {K::Physical, "PHYSICAL", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Physical remand")},
    {K::Judicial, "JUDICIAL", QT_TRANSLATE_NOOP("caselink::CaseRecord", "Judicial remand")},
}};

} // namespace

const std::vector<CaseStatus>& allCaseStatuses() {
    static const std::vector<CaseStatus> all = valuesOf(kStatuses);
    return all;
}
QString caseStatusKey(CaseStatus status) {
    return keyOf(kStatuses, status);
}
std::optional<CaseStatus> caseStatusFromKey(const QString& key) {
    return fromKey(kStatuses, key);
}
QString caseStatusDisplayName(CaseStatus status) {
    return nameOf(kStatuses, status);
}
bool isEnquiryStatus(CaseStatus status) {
    return status == CaseStatus::EnquiryRegistered || status == CaseStatus::EnquiryClosed;
}

const std::vector<PersonRole>& allPersonRoles() {
    static const std::vector<PersonRole> all = valuesOf(kRoles);
    return all;
}
QString personRoleKey(PersonRole role) {
    return keyOf(kRoles, role);
}
std::optional<PersonRole> personRoleFromKey(const QString& key) {
    return fromKey(kRoles, key);
}
QString personRoleDisplayName(PersonRole role) {
    return nameOf(kRoles, role);
}
bool isAccusedRole(PersonRole role) {
    return role <= PersonRole::CorruptOfficial;
}
bool isProtectedRole(PersonRole role) {
    return !isAccusedRole(role);
}
bool isVictimRole(PersonRole role) {
    return role == PersonRole::SmuggledMigrant || role == PersonRole::TraffickingVictim;
}

QString arrestStatusKey(ArrestStatus status) {
    return keyOf(kArrestStatuses, status);
}
std::optional<ArrestStatus> arrestStatusFromKey(const QString& key) {
    return fromKey(kArrestStatuses, key);
}
QString arrestStatusDisplayName(ArrestStatus status) {
    return nameOf(kArrestStatuses, status);
}

QString victimOutcomeKey(VictimOutcome outcome) {
    return keyOf(kOutcomes, outcome);
}
std::optional<VictimOutcome> victimOutcomeFromKey(const QString& key) {
    return fromKey(kOutcomes, key);
}
QString victimOutcomeDisplayName(VictimOutcome outcome) {
    return nameOf(kOutcomes, outcome);
}

QString arrestCategoryKey(ArrestCategory category) {
    return keyOf(kCategories, category);
}
std::optional<ArrestCategory> arrestCategoryFromKey(const QString& key) {
    return fromKey(kCategories, key);
}
QString arrestCategoryDisplayName(ArrestCategory category) {
    return nameOf(kCategories, category);
}

QString airportInterceptKey(AirportIntercept intercept) {
    return keyOf(kIntercepts, intercept);
}
std::optional<AirportIntercept> airportInterceptFromKey(const QString& key) {
    return fromKey(kIntercepts, key);
}

QString custodyKindKey(CustodyKind kind) {
    return keyOf(kCustody, kind);
}
std::optional<CustodyKind> custodyKindFromKey(const QString& key) {
    return fromKey(kCustody, key);
}
QString custodyKindDisplayName(CustodyKind kind) {
    return nameOf(kCustody, kind);
}

QString CaseRecord::label() const {
    return fir ? fir->display() : enquiryNumber;
}

} // namespace caselink
