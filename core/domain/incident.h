// A shipwreck or death event on a smuggling route (e.g. the June 2023 Pylos shipwreck: about 750 aboard, at least
// 262 Pakistanis), with the Pakistani dead, missing and survivors as far as they are known.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace caselink {

enum class IncidentKind { Shipwreck, DeathInTransit, DetentionAbroad, Other };
QString incidentKindKey(IncidentKind kind); // "SHIPWRECK", "DEATH_IN_TRANSIT", "DETENTION_ABROAD", "OTHER"
std::optional<IncidentKind> incidentKindFromKey(const QString& key);
QString incidentKindName(IncidentKind kind);

struct Incident {
    QString id;
    IncidentKind kind = IncidentKind::Shipwreck;
    QString title;
    QDate occurredOn;
    QString location;
    QString country; // ISO 3166 alpha-2 from ref_countries, or empty
    QString vessel;
    QString departurePort;
    std::optional<int> aboard; // unknown counts stay unknown, never 0
    std::optional<int> pkDead;
    std::optional<int> pkMissing;
    std::optional<int> pkSurvivors;
    QString notes;
};

} // namespace caselink
