// The Red Book: HQ's national most-wanted list of human smugglers, published in numbered editions (13th edition
// 2025: 143 entries), each entry assigned to the zone that must trace the person.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace caselink {

enum class RedBookStatus { Wanted, Arrested, Abroad, Deceased, Removed };
QString redBookStatusKey(RedBookStatus status); // "WANTED", "ARRESTED", "ABROAD", "DECEASED", "REMOVED"
std::optional<RedBookStatus> redBookStatusFromKey(const QString& key);
QString redBookStatusName(RedBookStatus status);

struct RedBookEdition {
    QString id;
    int edition = 0; // 13 for the 13th
    int year = 0;
    QDate publishedOn;
};

struct RedBookEntry {
    QString id;
    QString editionId;
    QString personId;
    QString zoneId; // org_units.id of a ZONE
    int serial = 0; // the entry's number in the edition
    RedBookStatus status = RedBookStatus::Wanted;
    QDate statusOn;
};

// One zone's share of an edition and what became of it.
struct ZoneProgress {
    QString zoneId;
    QString zoneCode;
    QString zoneName;
    int wanted = 0;
    int arrested = 0;
    int abroad = 0;
    int deceased = 0;
    int removed = 0;

    int total() const { return wanted + arrested + abroad + deceased + removed; }
};

} // namespace caselink
