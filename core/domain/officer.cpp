#include "domain/officer.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Officer)
};

constexpr std::array<EnumKey<OfficerRank>, 10> kRanks{{
    {OfficerRank::Constable, "CONSTABLE"},
    {OfficerRank::HeadConstable, "HEAD_CONSTABLE"},
    {OfficerRank::AssistantSubInspector, "ASSISTANT_SUB_INSPECTOR"},
    {OfficerRank::SubInspector, "SUB_INSPECTOR"},
    {OfficerRank::Inspector, "INSPECTOR"},
    {OfficerRank::AssistantDirector, "ASSISTANT_DIRECTOR"},
    {OfficerRank::DeputyDirector, "DEPUTY_DIRECTOR"},
    {OfficerRank::AdditionalDirector, "ADDITIONAL_DIRECTOR"},
    {OfficerRank::Director, "DIRECTOR"},
    {OfficerRank::DirectorGeneral, "DIRECTOR_GENERAL"},
}};
} // namespace

QString officerRankKey(OfficerRank rank) {
    return enumKey<OfficerRank>(kRanks, rank);
}

std::optional<OfficerRank> officerRankFromKey(const QString& key) {
    return enumFromKey<OfficerRank>(kRanks, key);
}

QString officerRankName(OfficerRank rank) {
    switch (rank) {
    case OfficerRank::Constable:
        return Tr::tr("Constable");
    case OfficerRank::HeadConstable:
        return Tr::tr("Head Constable");
    case OfficerRank::AssistantSubInspector:
        return Tr::tr("Assistant Sub-Inspector");
    case OfficerRank::SubInspector:
        return Tr::tr("Sub-Inspector");
    case OfficerRank::Inspector:
        return Tr::tr("Inspector");
    case OfficerRank::AssistantDirector:
        return Tr::tr("Assistant Director");
    case OfficerRank::DeputyDirector:
        return Tr::tr("Deputy Director");
    case OfficerRank::AdditionalDirector:
        return Tr::tr("Additional Director");
    case OfficerRank::Director:
        return Tr::tr("Director");
    case OfficerRank::DirectorGeneral:
        return Tr::tr("Director General");
    }
    return {};
}

bool canBeInvestigatingOfficer(OfficerRank rank) {
    return rank >= OfficerRank::SubInspector;
}

} // namespace caselink
