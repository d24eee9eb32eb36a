#include "domain/organisation.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Organisation)
};

constexpr std::array<EnumKey<OrganisationKind>, 5> kKinds{{
    {OrganisationKind::Network, "NETWORK"},
    {OrganisationKind::FrontCompany, "FRONT_COMPANY"},
    {OrganisationKind::TravelAgency, "TRAVEL_AGENCY"},
    {OrganisationKind::RecruitmentAgency, "RECRUITMENT_AGENCY"},
    {OrganisationKind::Other, "OTHER"},
}};
} // namespace

QString organisationKindKey(OrganisationKind kind) {
    return enumKey<OrganisationKind>(kKinds, kind);
}

std::optional<OrganisationKind> organisationKindFromKey(const QString& key) {
    return enumFromKey<OrganisationKind>(kKinds, key);
}

QString organisationKindName(OrganisationKind kind) {
    switch (kind) {
    case OrganisationKind::Network:
        return Tr::tr("Smuggling network");
    case OrganisationKind::FrontCompany:
        return Tr::tr("Front company");
    case OrganisationKind::TravelAgency:
        return Tr::tr("Travel agency");
    case OrganisationKind::RecruitmentAgency:
        return Tr::tr("Recruitment agency");
    case OrganisationKind::Other:
        return Tr::tr("Other organisation");
    }
    return {};
}

} // namespace caselink
