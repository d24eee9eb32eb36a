#include "domain/routeleg.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RouteLeg)
};

constexpr std::array<EnumKey<TravelMode>, 3> kModes{{
    {TravelMode::Air, "AIR"},
    {TravelMode::Land, "LAND"},
    {TravelMode::Sea, "SEA"},
}};

constexpr std::array<EnumKey<LegOutcome>, 7> kOutcomes{{
    {LegOutcome::Unknown, "UNKNOWN"},
    {LegOutcome::Crossed, "CROSSED"},
    {LegOutcome::Intercepted, "INTERCEPTED"},
    {LegOutcome::Deported, "DEPORTED"},
    {LegOutcome::Died, "DIED"},
    {LegOutcome::Missing, "MISSING"},
    {LegOutcome::Offloaded, "OFFLOADED"},
}};
} // namespace

QString travelModeKey(TravelMode mode) {
    return enumKey<TravelMode>(kModes, mode);
}

std::optional<TravelMode> travelModeFromKey(const QString& key) {
    return enumFromKey<TravelMode>(kModes, key);
}

QString travelModeName(TravelMode mode) {
    switch (mode) {
    case TravelMode::Air:
        return Tr::tr("Air");
    case TravelMode::Land:
        return Tr::tr("Land");
    case TravelMode::Sea:
        return Tr::tr("Sea");
    }
    return {};
}

QString legOutcomeKey(LegOutcome outcome) {
    return enumKey<LegOutcome>(kOutcomes, outcome);
}

std::optional<LegOutcome> legOutcomeFromKey(const QString& key) {
    return enumFromKey<LegOutcome>(kOutcomes, key);
}

QString legOutcomeName(LegOutcome outcome) {
    switch (outcome) {
    case LegOutcome::Unknown:
        return Tr::tr("Unknown");
    case LegOutcome::Crossed:
        return Tr::tr("Crossed");
    case LegOutcome::Intercepted:
        return Tr::tr("Intercepted");
    case LegOutcome::Deported:
        return Tr::tr("Deported");
    case LegOutcome::Died:
        return Tr::tr("Died");
    case LegOutcome::Missing:
        return Tr::tr("Missing");
    case LegOutcome::Offloaded:
        return Tr::tr("Offloaded");
    }
    return {};
}

} // namespace caselink
