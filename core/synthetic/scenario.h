// The shared state of one synthetic run: offices and officers read from the database, the smuggling networks and
// Red Book editions written first (NetworkBuilder), and helpers that write a person, a link or an event the same way
// everywhere.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include "storage/database.h"
#include "synthetic/bulkwriter.h"
#include "synthetic/syntheticnames.h"
#include "synthetic/syntheticrandom.h"
#include "text/namesearchforms.h"
#include "util/result.h"

namespace caselink::synthetic {

inline constexpr int kFirstYear = 2023; // the Pylos shipwreck year; demo statistics cover 2024-2025
inline constexpr int kYears = 3;

struct ZoneShare {
    const char* zone;
    int networkWeight; // share of networks (and so of cases) in percent
    int redBook13;     // 13th edition (2025): 143 entries by zone, as DOMAIN.md reports
    int redBook12;     // 12th edition (2023): 156 entries; the split by zone is synthetic
};
std::span<const ZoneShare> zoneShares();

struct ScaleConfig {
    int networks = 0;
    std::array<int, kYears> cases{};   // cases registered per year, 2023..2025
    std::array<int, kYears> arrests{}; // arrests per year
    std::int64_t persons = 0;          // 0: whatever the cases need; otherwise met exactly (witnesses fill up)
    std::int64_t links = 0;            // 0: whatever the cases need; otherwise topped up with associate links
    int officersPerCircle = 0;
    int victimsMax = 0;
    double complainantChance = 0;
    std::int64_t expectedRows = 0; // for progress
};

struct Office {
    QString id;
    QString code;
    QString zoneCode;
    QString zoneId;
    QString nameEn;
    bool circle = false;
    std::vector<QString> investigators; // officers of rank Sub-Inspector or above
};

struct Member {
    QString personId;
    QString role; // KINGPIN or AGENT
    QString redBook12Status;
    int district = 0;
    bool onRedBook12 = false;
    bool proclaimedOffender = false;
    QString redBookEntry; // 13th edition entry, when listed
    QString redBookStatus;
    QDate redBookArrestOn; // for ARRESTED entries: when the arrest happens
};

struct Network {
    QString orgId;
    int zone = 0;   // index into zoneShares()
    int office = 0; // index into World::offices (a circle)
    int district = 0;
    std::vector<Member> members; // [0] is the kingpin
};

struct PersonSpec {
    Identity identity;
    QString officeId;
    QDate recordedOn;
    bool redBook = false;
    bool proclaimedOffender = false;
    bool redNotice = false;
    QString alias;
    bool phone = true;
    bool passport = false;
    QString passportStatus = QStringLiteral("VALID");
    QString notes;
};

class World {
public:
    World(BulkWriter& writer, Rng& rng, const ScaleConfig& config);

    Status loadOffices(Database& db);
    Status writeOfficers();

    // Writes persons, phones, passports, address, alias and the search row; returns the new id in *id.
    Status writePerson(const PersonSpec& spec, QString* id);
    Status link(const QString& type, const QString& fromId, const QString& toId, const QDate& from,
                const QString& caseId, const QString& relation = {}, double strength = 1.0,
                const QString& fromKind = QStringLiteral("PERSON"), const QString& toKind = QStringLiteral("PERSON"));
    Status event(const QString& caseId, const QString& personId, const QString& type, const QDate& day,
                 const QString& description = {});
    Status eventAt(const QString& caseId, const QString& personId, const QString& type, const QDateTime& at);
    int circleIn(const QString& zoneCode); // a random circle of the zone, or of Gujranwala when it has none

    static QString stamp(const QDate& day, int minute = 600);
    // The UTC instant of a Pakistani wall-clock time (Asia/Karachi from the time-zone database, PKT when missing).
    static QDateTime pakistanTime(const QDate& day, int minuteOfDay);
    static QDate pakistanDay(const QDateTime& instant);
    static QString isoDay(const QDate& day) { return day.toString(Qt::ISODate); }

    BulkWriter& writer;
    Rng& rng;
    const ScaleConfig& config;
    QDate today{2025, 12, 15};  // the Pakistani day the data is generated as of; every case's life runs up to it
    int firstYear = kFirstYear; // the first year of cases: the years move with today, the Pylos cases stay in 2023
    QString investigatorUserId; // an account that holds an investigator post of its office, if any
    QString investigatorOfficeId;
    std::vector<Office> offices;
    std::vector<int> circles; // indices of circles in offices
    std::vector<Network> networks;
    QHash<QString, QString> zoneIds; // zone code -> id
    std::int64_t personsWritten = 0;
    std::int64_t linksWritten = 0;

private:
    // searchForms() per distinct name: synthetic names repeat, and the forms cost more than the rows.
    NameSearchForms formsOf(const QString& name);
    QHash<QString, NameSearchForms> m_forms;
    int m_serviceNumber = 100000;
};

} // namespace caselink::synthetic
