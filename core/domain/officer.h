// FIA officers: name, rank, service number and posting. Ranks are ordered, because an investigating officer must be
// at least a Sub-Inspector.
#pragma once

#include <optional>

#include <QString>

namespace caselink {

// In ascending order of seniority: comparisons between ranks are meaningful.
enum class OfficerRank {
    Constable,
    HeadConstable,
    AssistantSubInspector,
    SubInspector,
    Inspector,
    AssistantDirector,
    DeputyDirector,
    AdditionalDirector,
    Director,
    DirectorGeneral,
};
QString officerRankKey(OfficerRank rank); // "SUB_INSPECTOR", ... as the schema CHECKs
std::optional<OfficerRank> officerRankFromKey(const QString& key);
QString officerRankName(OfficerRank rank); // translated

// DOMAIN.md: an IO must be at least Sub-Inspector.
bool canBeInvestigatingOfficer(OfficerRank rank);

struct Officer {
    QString id;
    QString name;
    QString nameUrdu;
    OfficerRank rank = OfficerRank::SubInspector;
    QString serviceNumber; // unique
    QString officeId;      // posting (org_units.id); the user's office when empty on create
    QString userId;        // the CaseLink account, if the officer has one
};

} // namespace caselink
