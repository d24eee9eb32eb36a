// What victims paid and how they travelled: fees by route and year in instalments through cash, banks and hawala,
// the legs of the dunki and Libya routes, seized documents and frozen assets.
#include "synthetic/casemoney.h"

#include <algorithm>

#include "synthetic/casedata.h"

namespace caselink::synthetic {
namespace {

struct Leg {
    const char* fromCountry;
    const char* fromPlace;
    const char* toCountry;
    const char* toPlace;
    const char* mode;
    const char* border;
    int days; // after the previous leg
};

constexpr std::array<Leg, 4> kDunki{{
    {"PK", "Gujrat", "PK", "Quetta", "LAND", "", 0},
    {"PK", "Taftan", "IR", "Mirjaveh", "LAND", "Taftan", 3},
    {"IR", "Maku", "TR", "Van", "LAND", "Kapikoy", 12},
    {"TR", "Istanbul", "GR", "Alexandroupolis", "LAND", "Evros", 40},
}};
constexpr std::array<Leg, 3> kLibya{{
    {"PK", "Sialkot", "AE", "Dubai", "AIR", "Sialkot International Airport", 0},
    {"AE", "Dubai", "LY", "Benghazi", "AIR", "", 6},
    {"LY", "Benghazi", "IT", "Calabria", "SEA", "", 35},
}};
constexpr std::array<Leg, 4> kDjibouti{{
    {"PK", "Lahore", "AE", "Dubai", "AIR", "Allama Iqbal International Airport", 0},
    {"AE", "Dubai", "DJ", "Djibouti", "AIR", "", 5},
    {"DJ", "Djibouti", "LY", "Benghazi", "AIR", "", 9},
    {"LY", "Benghazi", "IT", "Lampedusa", "SEA", "", 30},
}};
constexpr std::array<Leg, 3> kPylosLegs{{
    {"PK", "Lahore", "AE", "Dubai", "AIR", "Allama Iqbal International Airport", 0},
    {"AE", "Dubai", "LY", "Benghazi", "AIR", "", 4},
    {"LY", "Tobruk", "IT", "Italy (intended)", "SEA", "Sank off Pylos, Greece", 40},
}};

std::span<const Leg> legsOf(Route route) {
    switch (route) {
    case Route::Dunki:
        return kDunki;
    case Route::Libya:
        return kLibya;
    case Route::LibyaViaDjibouti:
        return kDjibouti;
    case Route::Pylos:
        return kPylosLegs;
    }
    return kDunki;
}

QString str(const char* s) {
    return QString::fromLatin1(s);
}

// Median fee per person in PKR: about 2.3-2.7 million on the dunki and Libya routes in 2023-24, about 4.2 million
// on the 2025 Libya route.
std::int64_t feeFor(Rng& rng, Route route, int year) {
    if (year >= 2025 && route != Route::Dunki) {
        return 10000LL * rng.between(380, 460);
    }
    if (year >= 2025) {
        return 10000LL * rng.between(260, 310);
    }
    return 10000LL * rng.between(230, 270);
}

} // namespace

Status writeMoneyAndRoute(World& w, const CasePlan& c) {
    Rng& rng = w.rng;
    if (c.accused.empty()) {
        return ok();
    }
    Status st = ok();
    const QString& payee = c.accused.front().personId;
    for (std::size_t i = 0; st && i < c.victimsList.size(); ++i) {
        const CaseParty& v = c.victimsList[i];
        const std::int64_t fee = feeFor(rng, c.route, c.year);
        const int instalments = rng.between(1, 3);
        QDate paid = c.enquiryOn.addDays(-rng.between(60, 240));
        std::int64_t left = fee;
        QString first;
        for (int k = 0; st && k < instalments; ++k) {
            const bool last = k == instalments - 1;
            const std::int64_t amount = last ? left : (left * rng.between(40, 60) / 100) / 10000 * 10000;
            left -= amount;
            const QString id = rng.uuid();
            const QString payer =
                !c.complainantId.isEmpty() && i == 0 && rng.chance(0.5) ? c.complainantId : v.personId;
            const QString channel =
                QString::fromLatin1(kChannels[static_cast<std::size_t>(rng.weighted(kChannelWeights))]);
            // The last instalment is sometimes paid abroad in euros on arrival.
            const bool euros = last && k > 0 && rng.chance(0.12);
            const double rate = euros ? 300.0 + rng.between(0, 15) : 1.0;
            const std::int64_t minor = euros ? static_cast<std::int64_t>(amount / rate) * 100 : amount * 100;
            st = w.writer.row(
                Table::Payments, id, c.id, payer, payee, minor, euros ? QStringLiteral("EUR") : QStringLiteral("PKR"),
                World::isoDay(paid), euros ? static_cast<std::int64_t>(static_cast<double>(minor) * rate) : minor, rate,
                euros ? QStringLiteral("HAWALA_HUNDI") : channel, first.isEmpty() ? QString() : first,
                rng.chance(0.04) ? QStringLiteral("FMU/STR/%1/%2").arg(paid.year()).arg(rng.between(10000, 99999))
                                 : QString());
            if (first.isEmpty()) {
                first = id;
            }
            paid = paid.addDays(rng.between(7, 60));
        }
    }
    // Route legs of the first victim, with a seized document for the air legs.
    const CaseParty& traveller = c.victimsList.front();
    QString visa;
    if (c.route != Route::Dunki) {
        visa = rng.uuid();
        st = st ? w.writer.row(Table::Documents, visa, c.id, traveller.personId, QStringLiteral("VISA"),
                               QStringLiteral("UAE-%1").arg(rng.between(1000000, 9999999)), QStringLiteral("AE"),
                               QStringLiteral("GENUINE_MISUSED"),
                               QStringLiteral("MK-%1/%2").arg(rng.between(1, 400)).arg(c.year))
                : st;
    }
    if (st && rng.chance(0.2)) {
        st = w.writer.row(Table::Documents, rng.uuid(), c.id, traveller.personId, QStringLiteral("PASSPORT"),
                          NameFactory::passport(rng), QStringLiteral("PK"),
                          rng.chance(0.5) ? QStringLiteral("FORGED") : QStringLiteral("TAMPERED"),
                          QStringLiteral("MK-%1/%2").arg(rng.between(1, 400)).arg(c.year));
    }
    const std::span<const Leg> legs = legsOf(c.route);
    QDate day = c.pylos ? kPylos.addDays(-50) : c.enquiryOn.addDays(-rng.between(20, 90));
    const int stopAt = traveller.outcome == QLatin1String("DEPORTEE")
                           ? rng.between(1, static_cast<int>(legs.size()) - 1)
                           : static_cast<int>(legs.size()) - 1;
    for (int s = 0; st && s <= stopAt; ++s) {
        const Leg& leg = legs[static_cast<std::size_t>(s)];
        day = day.addDays(leg.days);
        const bool final = s == stopAt;
        QString outcome = QStringLiteral("CROSSED");
        if (final && c.pylos) {
            outcome =
                traveller.outcome == QLatin1String("DECEASED") ? QStringLiteral("DIED") : QStringLiteral("MISSING");
        } else if (final && traveller.outcome == QLatin1String("DEPORTEE")) {
            outcome = QStringLiteral("DEPORTED");
        } else if (final && traveller.outcome == QLatin1String("SURVIVOR")) {
            outcome = s == 0 ? QStringLiteral("OFFLOADED") : QStringLiteral("INTERCEPTED");
        }
        st = w.writer.row(Table::RouteLegs, rng.uuid(), c.id, traveller.personId, s + 1, str(leg.fromCountry),
                          str(leg.fromPlace), str(leg.toCountry), str(leg.toPlace), str(leg.mode), str(leg.border),
                          World::isoDay(c.pylos && final ? kPylos.addDays(-5) : day), c.accused.front().personId,
                          QString::fromLatin1(leg.mode) == QLatin1String("AIR") && !visa.isEmpty() ? visa : QString(),
                          outcome);
    }
    // Frozen accounts and attached property in some cases with arrests.
    if (st && c.arrests > 0 && rng.chance(0.07)) {
        const CaseParty& owner = c.accused.front();
        const QDate on = std::min(c.firOn.addDays(rng.between(10, 60)), w.today);
        const bool account = rng.chance(0.7);
        st = w.writer.row(Table::Assets, rng.uuid(), c.id, owner.personId,
                          account ? QStringLiteral("BANK_ACCOUNT") : QStringLiteral("PROPERTY"),
                          account ? QStringLiteral("Savings account") : QStringLiteral("House, 5 marla"),
                          std::int64_t{10000} * rng.between(50, 3000),
                          account ? QStringLiteral("FROZEN") : QStringLiteral("ATTACHED"), World::isoDay(on),
                          QStringLiteral("AMLA/%1/%2").arg(rng.between(1, 300)).arg(on.year()));
        if (st) {
            st = w.event(c.id, owner.personId,
                         account ? QStringLiteral("ASSET_FROZEN") : QStringLiteral("ASSET_ATTACHED"), on);
        }
    }
    return st;
}

} // namespace caselink::synthetic
