// One leg of a migrant's journey (Gujrat -> Quetta -> Taftan -> Iran -> Turkey -> Greece): the legs of a case and
// person form an ordered chain.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace caselink {

enum class TravelMode { Air, Land, Sea };
QString travelModeKey(TravelMode mode); // "AIR", "LAND", "SEA"
std::optional<TravelMode> travelModeFromKey(const QString& key);
QString travelModeName(TravelMode mode);

enum class LegOutcome { Unknown, Crossed, Intercepted, Deported, Died, Missing, Offloaded };
QString legOutcomeKey(LegOutcome outcome); // "UNKNOWN", "CROSSED", ... as the schema CHECKs
std::optional<LegOutcome> legOutcomeFromKey(const QString& key);
QString legOutcomeName(LegOutcome outcome);

struct RouteLeg {
    QString id;
    QString caseId;
    QString personId;                           // the traveller; empty for the case's general route
    int seq = 0;                                // 1-based position in the chain; 0 on add means "at the end"
    QString fromCountry = QStringLiteral("PK"); // ISO 3166 alpha-2, from ref_countries
    QString fromPlace;
    QString toCountry;
    QString toPlace;
    TravelMode mode = TravelMode::Land;
    QString borderPoint; // Taftan, Maku, ...
    QDate date;
    QString facilitatorPersonId;
    QString documentId; // the document used on this leg, of the same case
    LegOutcome outcome = LegOutcome::Unknown;
};

} // namespace caselink
