#include "domain/event.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::TimelineEvent)
};

constexpr std::array<EnumKey<EventPhase>, 3> kPhases{{
    {EventPhase::PreTrial, "PRE_TRIAL"},
    {EventPhase::Absconders, "ABSCONDERS"},
    {EventPhase::Trial, "TRIAL"},
}};
} // namespace

QString eventPhaseKey(EventPhase phase) {
    return enumKey<EventPhase>(kPhases, phase);
}

std::optional<EventPhase> eventPhaseFromKey(const QString& key) {
    return enumFromKey<EventPhase>(kPhases, key);
}

QString eventPhaseName(EventPhase phase) {
    switch (phase) {
    case EventPhase::PreTrial:
        return Tr::tr("Pre-trial");
    case EventPhase::Absconders:
        return Tr::tr("Absconders and lists");
    case EventPhase::Trial:
        return Tr::tr("Trial");
    }
    return {};
}

} // namespace caselink
