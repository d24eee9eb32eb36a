// NetworkBuilder: the smuggling networks (kingpin -> agents) and their front companies, and the Red Book editions
// 12 and 13 that list their members, with the entries in zone order as the printed book has them.
#include "synthetic/networkbuilder.h"

#include <algorithm>

namespace caselink::synthetic {
namespace {

const QDate kEdition13{2025, 2, 17};
const QDate kEdition12{2023, 3, 6};

} // namespace

Status NetworkBuilder::write() {
    World& w = m_world;
    plan();
    chooseRedBook();
    if (auto st = writeRedBookEditions(); !st) {
        return st;
    }
    for (Network& net : w.networks) {
        if (auto st = writeNetwork(net); !st) {
            return st;
        }
    }
    // Entries after their persons, serials in zone order as the printed book has them.
    int serial = 0;
    for (const auto& [n, m] : m_redBook13) {
        const Network& net = w.networks[static_cast<std::size_t>(n)];
        const Member& member = net.members[static_cast<std::size_t>(m)];
        const QString zone =
            w.zoneIds.value(QString::fromLatin1(zoneShares()[static_cast<std::size_t>(net.zone)].zone));
        const QDate statusOn = member.redBookStatus == QLatin1String("ARRESTED") ? member.redBookArrestOn : kEdition13;
        if (auto st = w.writer.row(Table::RedBookEntries, member.redBookEntry, m_edition13, member.personId, zone,
                                   ++serial, member.redBookStatus, World::isoDay(statusOn));
            !st) {
            return st;
        }
    }
    serial = 0;
    for (const auto& [n, m] : m_redBook12) {
        const Network& net = w.networks[static_cast<std::size_t>(n)];
        const Member& member = net.members[static_cast<std::size_t>(m)];
        const QString zone =
            w.zoneIds.value(QString::fromLatin1(zoneShares()[static_cast<std::size_t>(net.zone)].zone));
        if (auto st = w.writer.row(Table::RedBookEntries, w.rng.uuid(), m_edition12, member.personId, zone, ++serial,
                                   member.redBook12Status, World::isoDay(kEdition12.addDays(w.rng.between(30, 600))));
            !st) {
            return st;
        }
    }
    return ok();
}

void NetworkBuilder::plan() {
    World& w = m_world;
    const int total = std::max(w.config.networks, 24);
    const auto zones = zoneShares();
    std::vector<int> weights;
    for (const ZoneShare& zone : zones) {
        weights.push_back(zone.networkWeight);
    }
    // At least two networks per zone with Red Book entries, and enough members for both editions.
    std::vector<int> zoneOfNetwork;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const int share = std::max(zones[z].redBook13 > 0 ? 2 : 1, total * zones[z].networkWeight / 100);
        zoneOfNetwork.insert(zoneOfNetwork.end(), static_cast<std::size_t>(share), static_cast<int>(z));
    }
    while (static_cast<int>(zoneOfNetwork.size()) < total) {
        zoneOfNetwork.push_back(w.rng.weighted(weights));
    }
    for (std::size_t n = 0; n < zoneOfNetwork.size(); ++n) {
        const ZoneShare& zone = zones[static_cast<std::size_t>(zoneOfNetwork[n])];
        const QString zoneCode = QString::fromLatin1(zone.zone);
        Network net;
        net.zone = zoneOfNetwork[n];
        net.office = w.circleIn(zoneCode);
        net.district = districtFor(w.rng, zoneCode);
        const int zoneNetworks =
            static_cast<int>(std::count(zoneOfNetwork.begin(), zoneOfNetwork.end(), zoneOfNetwork[n]));
        const int needed = (zone.redBook13 + zone.redBook12 + zoneNetworks - 1) / zoneNetworks;
        const int members = std::max(w.rng.between(4, 7), needed + 1);
        for (int m = 0; m < members; ++m) {
            Member member;
            member.role = m == 0 ? QStringLiteral("KINGPIN") : QStringLiteral("AGENT");
            member.district = m == 0 ? net.district : districtFor(w.rng, zoneCode);
            net.members.push_back(member);
        }
        w.networks.push_back(std::move(net));
    }
}

void NetworkBuilder::chooseRedBook() {
    World& w = m_world;
    const auto zones = zoneShares();
    for (std::size_t z = 0; z < zones.size(); ++z) {
        // Kingpins first, then agents, network by network.
        std::vector<std::pair<int, int>> candidates;
        std::size_t widest = 0;
        for (const Network& net : w.networks) {
            widest = std::max(widest, net.members.size());
        }
        for (std::size_t m = 0; m < widest; ++m) {
            for (std::size_t n = 0; n < w.networks.size(); ++n) {
                if (w.networks[n].zone == static_cast<int>(z) && m < w.networks[n].members.size()) {
                    candidates.emplace_back(static_cast<int>(n), static_cast<int>(m));
                }
            }
        }
        const auto take13 = static_cast<std::size_t>(zones[z].redBook13);
        for (std::size_t i = 0; i < take13 && i < candidates.size(); ++i) {
            Member& member = w.networks[static_cast<std::size_t>(candidates[i].first)]
                                 .members[static_cast<std::size_t>(candidates[i].second)];
            member.redBookEntry = w.rng.uuid();
            const int roll = w.rng.between(0, 99);
            member.redBookStatus = roll < 30   ? QStringLiteral("ARRESTED")
                                   : roll < 52 ? QStringLiteral("ABROAD")
                                               : QStringLiteral("WANTED");
            if (member.redBookStatus == QLatin1String("ARRESTED")) {
                member.redBookArrestOn = kEdition13.addDays(w.rng.between(14, 280));
            }
            m_redBook13.push_back(candidates[i]);
        }
        // The 12th edition: about two in three of the 13th were already listed, the rest were arrested, went
        // abroad or were removed since.
        const auto take12 = static_cast<std::size_t>(zones[z].redBook12);
        std::size_t taken = 0;
        for (std::size_t i = 0; i < take13 && i < candidates.size() && taken < take12; ++i) {
            if (w.rng.chance(0.62)) {
                Member& member = w.networks[static_cast<std::size_t>(candidates[i].first)]
                                     .members[static_cast<std::size_t>(candidates[i].second)];
                member.onRedBook12 = true;
                member.redBook12Status = QStringLiteral("WANTED");
                m_redBook12.push_back(candidates[i]);
                ++taken;
            }
        }
        for (std::size_t i = take13; i < candidates.size() && taken < take12; ++i) {
            Member& member = w.networks[static_cast<std::size_t>(candidates[i].first)]
                                 .members[static_cast<std::size_t>(candidates[i].second)];
            member.onRedBook12 = true;
            const int roll = w.rng.between(0, 99);
            member.redBook12Status = roll < 62   ? QStringLiteral("ARRESTED")
                                     : roll < 85 ? QStringLiteral("ABROAD")
                                     : roll < 92 ? QStringLiteral("DECEASED")
                                                 : QStringLiteral("REMOVED");
            m_redBook12.push_back(candidates[i]);
            ++taken;
        }
    }
}

Status NetworkBuilder::writeRedBookEditions() {
    World& w = m_world;
    m_edition12 = w.rng.uuid();
    m_edition13 = w.rng.uuid();
    if (auto st = w.writer.row(Table::RedBookEditions, m_edition12, 12, 2023, World::isoDay(kEdition12)); !st) {
        return st;
    }
    return w.writer.row(Table::RedBookEditions, m_edition13, 13, 2025, World::isoDay(kEdition13));
}

Status NetworkBuilder::writeNetwork(Network& net) {
    World& w = m_world;
    const Office& office = w.offices[static_cast<std::size_t>(net.office)];
    const QDate since = QDate(2021, 1, 1).addDays(w.rng.between(0, 800));
    std::vector<Identity> identities;
    for (const Member& member : net.members) {
        const bool kingpin = member.role == QLatin1String("KINGPIN");
        identities.push_back(
            NameFactory::person(w.rng, 'M', kingpin ? 36 : 24, kingpin ? 64 : 56, w.today, member.district));
    }
    net.orgId = w.rng.uuid();
    const QString created = World::stamp(since);
    Status st = w.writer.row(Table::Organisations, net.orgId,
                             NameFactory::networkName(w.rng, identities.front().familyLatin, net.district), QString(),
                             QStringLiteral("NETWORK"), QString(), QString(), office.id, created, created);
    QString frontId;
    if (st && w.rng.chance(0.35)) {
        frontId = w.rng.uuid();
        st = w.writer.row(Table::Organisations, frontId, NameFactory::frontCompanyName(w.rng, net.district), QString(),
                          w.rng.chance(0.6) ? QStringLiteral("TRAVEL_AGENCY") : QStringLiteral("FRONT_COMPANY"),
                          QStringLiteral("OEP-%1").arg(w.rng.between(1000, 9999)),
                          QStringLiteral("Licence suspended after complaints"), office.id, created, created);
    }
    for (std::size_t m = 0; st && m < net.members.size(); ++m) {
        Member& member = net.members[m];
        const bool kingpin = m == 0;
        const bool abroad = member.redBookStatus == QLatin1String("ABROAD");
        member.proclaimedOffender =
            abroad || (!member.redBookEntry.isEmpty() && w.rng.chance(0.5)) || (kingpin && w.rng.chance(0.25));
        PersonSpec spec;
        spec.identity = identities[m];
        spec.officeId = office.id;
        spec.recordedOn = since.addDays(w.rng.between(0, 300));
        spec.redBook = !member.redBookEntry.isEmpty() || member.onRedBook12;
        spec.proclaimedOffender = member.proclaimedOffender;
        spec.redNotice = abroad && w.rng.chance(0.5);
        spec.alias = kingpin || w.rng.chance(0.3) ? NameFactory::alias(w.rng) : QString();
        spec.passport = true;
        if (!(st = w.writePerson(spec, &member.personId))) {
            break;
        }
        // Kingpins often hold a second, fraudulently obtained passport.
        if (kingpin && w.rng.chance(0.4)) {
            st = w.writer.row(Table::PersonPassports, w.rng.uuid(), member.personId, NameFactory::passport(w.rng),
                              World::isoDay(spec.recordedOn), World::isoDay(spec.recordedOn.addYears(5)),
                              QStringLiteral("FRAUDULENTLY_OBTAINED"));
        }
        if (st) {
            st = w.writer.row(Table::Memberships, w.rng.uuid(), member.personId, net.orgId,
                              kingpin ? QStringLiteral("kingpin") : QStringLiteral("agent"), World::isoDay(since));
        }
        if (st) {
            st = w.link(QStringLiteral("MEMBER_OF"), member.personId, net.orgId, since, QString(), QString(), 1.0,
                        QStringLiteral("PERSON"), QStringLiteral("ORGANISATION"));
        }
        if (st && !kingpin) {
            st = w.link(QStringLiteral("SUB_AGENT_OF"), member.personId, net.members.front().personId, since, QString(),
                        QString(), 0.6 + 0.1 * w.rng.between(0, 4));
        }
        if (st && kingpin && !frontId.isEmpty()) {
            st = w.link(QStringLiteral("MEMBER_OF"), member.personId, frontId, since, QString(),
                        QStringLiteral("owner"), 1.0, QStringLiteral("PERSON"), QStringLiteral("ORGANISATION"));
        }
        if (st && !member.redBookEntry.isEmpty()) {
            st = w.event(QString(), member.personId, QStringLiteral("RED_BOOK_LISTED"), kEdition13,
                         QStringLiteral("Red Book, 13th edition"));
            if (st) {
                st = w.writer.row(Table::Watchlist, w.rng.uuid(), member.personId,
                                  abroad ? QStringLiteral("RED_NOTICE") : QStringLiteral("STOP_LIST"),
                                  QStringLiteral("RB13/%1").arg(w.rng.between(100, 999)), World::isoDay(kEdition13));
            }
        }
        if (st && member.proclaimedOffender) {
            const QDate warrant = spec.recordedOn.addDays(w.rng.between(20, 200));
            st = w.event(QString(), member.personId, QStringLiteral("WARRANT"), warrant);
            if (st) {
                st = w.event(QString(), member.personId, QStringLiteral("PROCLAMATION"), warrant.addDays(7));
            }
            if (st) {
                st = w.event(QString(), member.personId, QStringLiteral("DECLARED_PO"),
                             warrant.addDays(7 + 30 + w.rng.between(1, 40)));
            }
        }
        if (st && spec.redNotice) {
            st = w.event(QString(), member.personId, QStringLiteral("RED_NOTICE_ISSUED"),
                         kEdition13.addDays(w.rng.between(-300, 200)));
        }
    }
    return st;
}

} // namespace caselink::synthetic
