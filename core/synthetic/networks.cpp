// Smuggling networks (kingpin -> agents), their front companies, and the Red Book editions that list them.
#include <algorithm>

#include "synthetic/scenario.h"

namespace caselink::synthetic {
namespace {

const QDate kEdition13{2025, 2, 17};
const QDate kEdition12{2023, 3, 6};

} // namespace

Status World::writeNetworks() {
    planNetworks();
    chooseRedBook();
    if (auto st = writeRedBookEditions(); !st) {
        return st;
    }
    for (Network& net : networks) {
        if (auto st = writeNetwork(net); !st) {
            return st;
        }
    }
    // Entries after their persons, serials in zone order as the printed book has them.
    int serial = 0;
    for (const auto& [n, m] : m_redBook13) {
        const Network& net = networks[static_cast<std::size_t>(n)];
        const Member& member = net.members[static_cast<std::size_t>(m)];
        const QString zone = zoneIds.value(QString::fromLatin1(zoneShares()[static_cast<std::size_t>(net.zone)].zone));
        const QDate statusOn = member.redBookStatus == QLatin1String("ARRESTED") ? member.redBookArrestOn : kEdition13;
        if (auto st = writer.row(Table::RedBookEntries, member.redBookEntry, m_edition13, member.personId, zone,
                                 ++serial, member.redBookStatus, isoDay(statusOn));
            !st) {
            return st;
        }
    }
    serial = 0;
    for (const auto& [n, m] : m_redBook12) {
        const Network& net = networks[static_cast<std::size_t>(n)];
        const Member& member = net.members[static_cast<std::size_t>(m)];
        const QString zone = zoneIds.value(QString::fromLatin1(zoneShares()[static_cast<std::size_t>(net.zone)].zone));
        if (auto st = writer.row(Table::RedBookEntries, rng.uuid(), m_edition12, member.personId, zone, ++serial,
                                 member.redBook12Status, isoDay(kEdition12.addDays(rng.between(30, 600))));
            !st) {
            return st;
        }
    }
    return ok();
}

void World::chooseRedBook() {
    const auto zones = zoneShares();
    for (std::size_t z = 0; z < zones.size(); ++z) {
        // Kingpins first, then agents, network by network.
        std::vector<std::pair<int, int>> candidates;
        std::size_t widest = 0;
        for (const Network& net : networks) {
            widest = std::max(widest, net.members.size());
        }
        for (std::size_t m = 0; m < widest; ++m) {
            for (std::size_t n = 0; n < networks.size(); ++n) {
                if (networks[n].zone == static_cast<int>(z) && m < networks[n].members.size()) {
                    candidates.emplace_back(static_cast<int>(n), static_cast<int>(m));
                }
            }
        }
        const auto take13 = static_cast<std::size_t>(zones[z].redBook13);
        for (std::size_t i = 0; i < take13 && i < candidates.size(); ++i) {
            Member& member = networks[static_cast<std::size_t>(candidates[i].first)]
                                 .members[static_cast<std::size_t>(candidates[i].second)];
            member.redBookEntry = rng.uuid();
            const int roll = rng.between(0, 99);
            member.redBookStatus = roll < 30   ? QStringLiteral("ARRESTED")
                                   : roll < 52 ? QStringLiteral("ABROAD")
                                               : QStringLiteral("WANTED");
            if (member.redBookStatus == QLatin1String("ARRESTED")) {
                member.redBookArrestOn = kEdition13.addDays(rng.between(14, 280));
            }
            m_redBook13.push_back(candidates[i]);
        }
        // The 12th edition: about two in three of the 13th were already listed, the rest were arrested, went
        // abroad or were removed since.
        const auto take12 = static_cast<std::size_t>(zones[z].redBook12);
        std::size_t taken = 0;
        for (std::size_t i = 0; i < take13 && i < candidates.size() && taken < take12; ++i) {
            if (rng.chance(0.62)) {
                Member& member = networks[static_cast<std::size_t>(candidates[i].first)]
                                     .members[static_cast<std::size_t>(candidates[i].second)];
                member.onRedBook12 = true;
                member.redBook12Status = QStringLiteral("WANTED");
                m_redBook12.push_back(candidates[i]);
                ++taken;
            }
        }
        for (std::size_t i = take13; i < candidates.size() && taken < take12; ++i) {
            Member& member = networks[static_cast<std::size_t>(candidates[i].first)]
                                 .members[static_cast<std::size_t>(candidates[i].second)];
            member.onRedBook12 = true;
            const int roll = rng.between(0, 99);
            member.redBook12Status = roll < 62   ? QStringLiteral("ARRESTED")
                                     : roll < 85 ? QStringLiteral("ABROAD")
                                     : roll < 92 ? QStringLiteral("DECEASED")
                                                 : QStringLiteral("REMOVED");
            m_redBook12.push_back(candidates[i]);
            ++taken;
        }
    }
}

Status World::writeRedBookEditions() {
    m_edition12 = rng.uuid();
    m_edition13 = rng.uuid();
    if (auto st = writer.row(Table::RedBookEditions, m_edition12, 12, 2023, isoDay(kEdition12)); !st) {
        return st;
    }
    return writer.row(Table::RedBookEditions, m_edition13, 13, 2025, isoDay(kEdition13));
}

Status World::writeNetwork(Network& net) {
    const Office& office = offices[static_cast<std::size_t>(net.office)];
    const QDate since = QDate(2021, 1, 1).addDays(rng.between(0, 800));
    std::vector<Identity> identities;
    for (const Member& member : net.members) {
        const bool kingpin = member.role == QLatin1String("KINGPIN");
        identities.push_back(
            NameFactory::person(rng, 'M', kingpin ? 36 : 24, kingpin ? 64 : 56, today, member.district));
    }
    net.orgId = rng.uuid();
    const QString created = stamp(since);
    Status st = writer.row(Table::Organisations, net.orgId,
                           NameFactory::networkName(rng, identities.front().familyLatin, net.district), QString(),
                           QStringLiteral("NETWORK"), QString(), QString(), office.id, created, created);
    QString frontId;
    if (st && rng.chance(0.35)) {
        frontId = rng.uuid();
        st = writer.row(Table::Organisations, frontId, NameFactory::frontCompanyName(rng, net.district), QString(),
                        rng.chance(0.6) ? QStringLiteral("TRAVEL_AGENCY") : QStringLiteral("FRONT_COMPANY"),
                        QStringLiteral("OEP-%1").arg(rng.between(1000, 9999)),
                        QStringLiteral("Licence suspended after complaints"), office.id, created, created);
    }
    for (std::size_t m = 0; st && m < net.members.size(); ++m) {
        Member& member = net.members[m];
        const bool kingpin = m == 0;
        const bool abroad = member.redBookStatus == QLatin1String("ABROAD");
        member.proclaimedOffender =
            abroad || (!member.redBookEntry.isEmpty() && rng.chance(0.5)) || (kingpin && rng.chance(0.25));
        PersonSpec spec;
        spec.identity = identities[m];
        spec.officeId = office.id;
        spec.recordedOn = since.addDays(rng.between(0, 300));
        spec.redBook = !member.redBookEntry.isEmpty() || member.onRedBook12;
        spec.proclaimedOffender = member.proclaimedOffender;
        spec.redNotice = abroad && rng.chance(0.5);
        spec.alias = kingpin || rng.chance(0.3) ? NameFactory::alias(rng) : QString();
        spec.passport = true;
        if (!(st = writePerson(spec, &member.personId))) {
            break;
        }
        // Kingpins often hold a second, fraudulently obtained passport.
        if (kingpin && rng.chance(0.4)) {
            st = writer.row(Table::PersonPassports, rng.uuid(), member.personId, NameFactory::passport(rng),
                            isoDay(spec.recordedOn), isoDay(spec.recordedOn.addYears(5)),
                            QStringLiteral("FRAUDULENTLY_OBTAINED"));
        }
        if (st) {
            st = writer.row(Table::Memberships, rng.uuid(), member.personId, net.orgId,
                            kingpin ? QStringLiteral("kingpin") : QStringLiteral("agent"), isoDay(since));
        }
        if (st) {
            st = link(QStringLiteral("MEMBER_OF"), member.personId, net.orgId, since, QString(), QString(), 1.0,
                      QStringLiteral("PERSON"), QStringLiteral("ORGANISATION"));
        }
        if (st && !kingpin) {
            st = link(QStringLiteral("SUB_AGENT_OF"), member.personId, net.members.front().personId, since, QString(),
                      QString(), 0.6 + 0.1 * rng.between(0, 4));
        }
        if (st && kingpin && !frontId.isEmpty()) {
            st = link(QStringLiteral("MEMBER_OF"), member.personId, frontId, since, QString(), QStringLiteral("owner"),
                      1.0, QStringLiteral("PERSON"), QStringLiteral("ORGANISATION"));
        }
        if (st && !member.redBookEntry.isEmpty()) {
            st = event(QString(), member.personId, QStringLiteral("RED_BOOK_LISTED"), kEdition13,
                       QStringLiteral("Red Book, 13th edition"));
            if (st) {
                st = writer.row(Table::Watchlist, rng.uuid(), member.personId,
                                abroad ? QStringLiteral("RED_NOTICE") : QStringLiteral("STOP_LIST"),
                                QStringLiteral("RB13/%1").arg(rng.between(100, 999)), isoDay(kEdition13));
            }
        }
        if (st && member.proclaimedOffender) {
            const QDate warrant = spec.recordedOn.addDays(rng.between(20, 200));
            st = event(QString(), member.personId, QStringLiteral("WARRANT"), warrant);
            if (st) {
                st = event(QString(), member.personId, QStringLiteral("PROCLAMATION"), warrant.addDays(7));
            }
            if (st) {
                st = event(QString(), member.personId, QStringLiteral("DECLARED_PO"),
                           warrant.addDays(7 + 30 + rng.between(1, 40)));
            }
        }
        if (st && spec.redNotice) {
            st = event(QString(), member.personId, QStringLiteral("RED_NOTICE_ISSUED"),
                       kEdition13.addDays(rng.between(-300, 200)));
        }
    }
    return st;
}

} // namespace caselink::synthetic
