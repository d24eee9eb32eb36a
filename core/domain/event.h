// A dated event on a case or person timeline: its type is a code of ref_event_types (FIR_REGISTERED, ARREST, ...)
// and it carries the legal reference that applies (CrPC s.154, s.167, ...).
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

namespace caselink {

// The phase of proceedings an event type belongs to (ref_event_types.phase).
enum class EventPhase { PreTrial, Absconders, Trial };
QString eventPhaseKey(EventPhase phase); // "PRE_TRIAL", "ABSCONDERS", "TRIAL"
std::optional<EventPhase> eventPhaseFromKey(const QString& key);
QString eventPhaseName(EventPhase phase);

struct TimelineEvent {
    QString id;
    QString caseId; // at least one of caseId and personId is set
    QString personId;
    QString type;         // ref_event_types.code
    QDateTime occurredAt; // UTC
    QString legalRef;     // empty on save: the type's reference is filled in
    QString description;
};

} // namespace caselink
