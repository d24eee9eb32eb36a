// What the case builder's parts share: the case being built, routes, cities and role tables.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

namespace caselink::synthetic {
namespace casedata {

inline const QDate kPylos{2023, 6, 14};
constexpr int kPylosCases = 40;
constexpr int kPylosPakistanis = 262;

enum class Route { Dunki, Libya, LibyaViaDjibouti, Pylos };

struct ZoneCity {
    const char* zone;
    const char* city;
    const char* airport;
};
constexpr std::array<ZoneCity, 12> kCities{{
    {"GRW", "Gujranwala", "Sialkot International Airport"},
    {"LHR", "Lahore", "Allama Iqbal International Airport, Lahore"},
    {"ISB", "Islamabad", "Islamabad International Airport"},
    {"FSD", "Faisalabad", "Faisalabad International Airport"},
    {"MLT", "Multan", "Multan International Airport"},
    {"KHI", "Karachi", "Jinnah International Airport, Karachi"},
    {"HYD", "Hyderabad", "Jinnah International Airport, Karachi"},
    {"SKR", "Sukkur", "Jinnah International Airport, Karachi"},
    {"BLN", "Quetta", "Quetta International Airport"},
    {"PSH", "Peshawar", "Bacha Khan International Airport, Peshawar"},
    {"KHT", "Kohat", "Bacha Khan International Airport, Peshawar"},
    {"GB", "Gilgit", "Islamabad International Airport"},
}};

inline const ZoneCity& cityOf(const QString& zone) {
    for (const ZoneCity& c : kCities) {
        if (zone == QLatin1String(c.zone)) {
            return c;
        }
    }
    return kCities[0];
}

constexpr std::array<const char*, 8> kAccusedRoles{{"SUB_AGENT", "AGENT", "DOCUMENT_FORGER", "MONEY_HANDLER",
                                                    "TRANSPORTER", "SAFE_HOUSE", "BOAT_OPERATOR", "CORRUPT_OFFICIAL"}};
constexpr std::array<int, 8> kAccusedWeights{{58, 16, 8, 7, 6, 2, 2, 1}};

constexpr std::array<const char*, 4> kChannels{{"CASH", "HAWALA_HUNDI", "BANK", "MOBILE_WALLET"}};
constexpr std::array<int, 4> kChannelWeights{{45, 25, 20, 10}};

inline QDate clampDay(const QDate& d, const QDate& lo, const QDate& hi) {
    return d < lo ? lo : (d > hi ? hi : d);
}

} // namespace casedata

using namespace casedata;

// One remand order of an arrest, both days included (Pakistani calendar days, as custody_periods stores them).
struct CustodyOrder {
    bool judicial = false;
    QDate from;
    QDate to;
};

// A person in the case being built.
struct CaseParty {
    QString personId;
    QString role;
    QString outcome;      // victims
    QString arrestStatus; // accused
    int memberIndex = -1; // network core member, or -1 for a person created for this case
    bool arrested = false;
    QDate arrestedOn;     // Pakistani calendar day of the arrest
    QDateTime arrestedAt; // the instant (UTC), planned by CaseRecords::planArrests
    QDateTime producedAt; // invalid while the person waits to be produced
    std::vector<CustodyOrder> custody;
    QDate bailOn; // bail granted on this day, when it was
    QString category;
    QString arrestId;
};

// The case being built: planned first (numbers, dates, status), then filled in as its people and records are written.
struct CasePlan {
    int year = 0;
    int network = 0;
    int office = 0;
    Route route = Route::Dunki;
    bool pylos = false;
    int redBookMember = -1; // the member of the network arrested as Red Book (MOST_WANTED) in this case
    int arrests = 0;
    int victims = 0;
    int personsBudget = -1; // persons to create for this case when the scale fixes the total, else -1
    bool fir = false;
    bool dropped = false;
    bool absconders = false; // accused declared proclaimed offenders, nobody arrested
    QString id;
    QString status;
    QDate enquiryOn;
    QDate firOn;
    QDate interimOn;
    QDate finalOn;
    QDate chargeOn;
    QDate judgmentOn;
    QString judgment;
    QString enquiryNumber;
    QString firPrefix;
    int firSerial = 0;
    std::vector<CaseParty> accused;
    std::vector<CaseParty> victimsList;
    QString complainantId;
    std::vector<QString> witnesses;
    std::int64_t linksBefore = 0;
};

} // namespace caselink::synthetic
