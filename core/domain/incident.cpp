#include "domain/incident.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Incident)
};

constexpr std::array<EnumKey<IncidentKind>, 4> kKinds{{
    {IncidentKind::Shipwreck, "SHIPWRECK"},
    {IncidentKind::DeathInTransit, "DEATH_IN_TRANSIT"},
    {IncidentKind::DetentionAbroad, "DETENTION_ABROAD"},
    {IncidentKind::Other, "OTHER"},
}};
} // namespace

QString incidentKindKey(IncidentKind kind) {
    return enumKey<IncidentKind>(kKinds, kind);
}

std::optional<IncidentKind> incidentKindFromKey(const QString& key) {
    return enumFromKey<IncidentKind>(kKinds, key);
}

QString incidentKindName(IncidentKind kind) {
    switch (kind) {
    case IncidentKind::Shipwreck:
        return Tr::tr("Shipwreck");
    case IncidentKind::DeathInTransit:
        return Tr::tr("Death in transit");
    case IncidentKind::DetentionAbroad:
        return Tr::tr("Detention abroad");
    case IncidentKind::Other:
        return Tr::tr("Other incident");
    }
    return {};
}

} // namespace caselink
