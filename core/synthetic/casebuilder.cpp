// CaseBuilder: plans each year's cases and writes their people (accused, victims, complainants, witnesses) and the
// links between them; the case records, and the money and route, are written by CaseRecords and casemoney.cpp.
#include "synthetic/casebuilder.h"

#include <algorithm>

#include "synthetic/casedata.h"
#include "synthetic/casemoney.h"

namespace caselink::synthetic {

CaseBuilder::CaseBuilder(World& world)
    : m_world(world)
    , m_records(world) {
}

Status CaseBuilder::writeIncidents() {
    Rng& rng = m_world.rng;
    m_pylosId = rng.uuid();
    m_pylosDeceased = rng.between(72, 94);
    Status st = m_world.writer.row(
        Table::Incidents, m_pylosId, QStringLiteral("SHIPWRECK"),
        QStringLiteral("Overloaded fishing trawler sank off Pylos (synthetic record)"), World::isoDay(kPylos),
        QStringLiteral("Ionian Sea, about 47 nautical miles south-west of Pylos"), QStringLiteral("GR"),
        QStringLiteral("Fishing trawler, name not established"), QStringLiteral("Tobruk, Libya"), 750, m_pylosDeceased,
        kPylosPakistanis - m_pylosDeceased, 12, QStringLiteral("Departed Tobruk for Italy; capsized after five days."));
    if (st) {
        st = m_world.writer.row(Table::Incidents, rng.uuid(), QStringLiteral("DEATH_IN_TRANSIT"),
                                QStringLiteral("Migrants found dead near the Iran-Turkey border (synthetic record)"),
                                QStringLiteral("2024-01-22"), QStringLiteral("Mountains west of Van"),
                                QStringLiteral("TR"), QString(), QString(), 14, 3, 0, 11, QString());
    }
    return st;
}

Status CaseBuilder::writeCases() {
    const ScaleConfig& config = m_world.config;
    std::int64_t cases = 0;
    for (int n : config.cases) {
        cases += n;
    }
    if (config.persons > 0) {
        m_persons = Quota(std::max<std::int64_t>(0, config.persons - m_world.personsWritten), cases);
    }
    if (config.links > 0) {
        m_links = Quota(std::max<std::int64_t>(0, config.links - m_world.linksWritten), cases);
    }
    for (int y = 0; y < kYears; ++y) {
        if (auto st = writeYear(y); !st) {
            return st;
        }
    }
    return ok();
}

Status CaseBuilder::writeYear(int yearIndex) {
    World& w = m_world;
    Rng& rng = w.rng;
    const int year = w.firstYear + yearIndex;
    const int count = w.config.cases[static_cast<std::size_t>(yearIndex)];
    Quota arrests(w.config.arrests[static_cast<std::size_t>(yearIndex)], count);
    Quota pylos(kPylosPakistanis, kPylosCases);
    // Red Book arrests of 2025 each get a case of their own network, first in the year.
    std::vector<std::pair<int, int>> redBookArrests;
    if (year == 2025) {
        for (std::size_t n = 0; n < w.networks.size(); ++n) {
            for (std::size_t m = 0; m < w.networks[n].members.size(); ++m) {
                if (w.networks[n].members[m].redBookStatus == QLatin1String("ARRESTED")) {
                    redBookArrests.emplace_back(static_cast<int>(n), static_cast<int>(m));
                }
            }
        }
    }
    std::vector<int> grwNetworks;
    for (std::size_t n = 0; n < w.networks.size(); ++n) {
        if (QLatin1String(zoneShares()[static_cast<std::size_t>(w.networks[n].zone)].zone) == QLatin1String("GRW")) {
            grwNetworks.push_back(static_cast<int>(n));
        }
    }
    for (int i = 0; i < count; ++i) {
        CasePlan c;
        // The Pylos cases were registered after the shipwreck of June 2023, whichever years the other cases cover.
        c.pylos = yearIndex == 0 && i < kPylosCases;
        c.year = c.pylos ? kPylos.year() : year;
        if (i < static_cast<int>(redBookArrests.size())) {
            c.network = redBookArrests[static_cast<std::size_t>(i)].first;
            c.redBookMember = redBookArrests[static_cast<std::size_t>(i)].second;
        } else if (c.pylos) {
            c.network = grwNetworks[static_cast<std::size_t>(rng.between(0, static_cast<int>(grwNetworks.size()) - 1))];
        } else {
            c.network = rng.between(0, static_cast<int>(w.networks.size()) - 1);
        }
        const Network& net = w.networks[static_cast<std::size_t>(c.network)];
        const QString zone = QString::fromLatin1(zoneShares()[static_cast<std::size_t>(net.zone)].zone);
        c.office = rng.chance(0.85) ? net.office : w.circleIn(zone);
        if (c.pylos) {
            c.route = Route::Pylos;
        } else if (year == 2025) {
            c.route = rng.chance(0.35) ? Route::Dunki : (rng.chance(0.5) ? Route::LibyaViaDjibouti : Route::Libya);
        } else {
            c.route = rng.chance(0.55) ? Route::Dunki : Route::Libya;
        }
        c.arrests = static_cast<int>(arrests.next(rng, 2));
        if (c.redBookMember >= 0 && c.arrests == 0) {
            c.arrests = 1;
        }
        c.fir = c.arrests > 0 || c.pylos || c.redBookMember >= 0 || rng.chance(0.7);
        if (!c.fir) {
            c.arrests = 0;
        }
        c.victims = c.pylos ? static_cast<int>(pylos.next(rng, 2)) : rng.between(1, w.config.victimsMax);
        if (c.pylos) {
            pylos.used(c.victims);
        }
        if (w.config.persons > 0) {
            c.personsBudget = static_cast<int>(m_persons.next(rng, 2));
        }
        planTimeline(c);
        if (auto st = writeCase(c); !st) {
            return st;
        }
        // Counted as made: an arrest still to come after today is not, and later cases of the year make up for it.
        arrests.used(std::count_if(c.accused.begin(), c.accused.end(), [](const CaseParty& p) { return p.arrested; }));
    }
    return ok();
}

void CaseBuilder::planTimeline(CasePlan& c) {
    Rng& rng = m_world.rng;
    const QDate yearStart(c.year, 1, 1);
    const QDate yearEnd = std::min(QDate(c.year, 12, 31), m_world.today.addDays(-1));
    if (c.pylos) {
        c.enquiryOn = kPylos.addDays(rng.between(3, 80));
    } else if (c.redBookMember >= 0) {
        const Member& m =
            m_world.networks[static_cast<std::size_t>(c.network)].members[static_cast<std::size_t>(c.redBookMember)];
        c.enquiryOn = m.redBookArrestOn.addDays(-rng.between(20, 45));
    } else {
        c.enquiryOn = rng.dayIn(yearStart, yearEnd.addDays(-3));
    }
    c.firOn = c.enquiryOn.addDays(rng.between(2, 18));
    if (c.firOn > yearEnd && QDate(c.year, 12, 31) >= m_world.today && c.redBookMember < 0 && !c.pylos) {
        c.fir = false; // registered days ago, the FIR is still to come
        c.arrests = 0;
    }
    c.firOn = clampDay(c.firOn, yearStart, yearEnd);
    const QDate today = m_world.today;
    c.interimOn = c.firOn.addDays(rng.chance(0.82) ? rng.between(14, 17) : rng.between(18, 40));
    c.finalOn = c.firOn.addDays(rng.between(50, 170));
    c.chargeOn = c.finalOn.addDays(rng.between(15, 60));
    c.judgmentOn = c.chargeOn.addDays(rng.between(90, 430));
    if (!c.fir) {
        c.status = today > c.enquiryOn.addDays(120) && rng.chance(0.7) ? QStringLiteral("ENQUIRY_CLOSED")
                                                                       : QStringLiteral("ENQUIRY_REGISTERED");
        return;
    }
    c.absconders = c.arrests == 0 && rng.chance(0.45);
    c.dropped = !c.absconders && !c.pylos && rng.chance(0.05) && today > c.firOn.addDays(90);
    if (c.dropped) {
        c.status = QStringLiteral("DROPPED_AFTER_INVESTIGATION");
    } else if (today < c.firOn.addDays(3)) {
        c.status = QStringLiteral("FIR_REGISTERED");
    } else if (today < c.interimOn) {
        c.status = QStringLiteral("UNDER_INVESTIGATION");
    } else if (today < c.finalOn) {
        c.status =
            c.absconders ? QStringLiteral("ACCUSED_PROCLAIMED_OFFENDER") : QStringLiteral("INTERIM_CHALLAN_SUBMITTED");
    } else if (c.absconders) {
        c.status = QStringLiteral("ACCUSED_PROCLAIMED_OFFENDER");
    } else if (today < c.chargeOn) {
        c.status = QStringLiteral("FINAL_CHALLAN_SUBMITTED");
    } else if (today < c.judgmentOn) {
        c.status = QStringLiteral("UNDER_TRIAL");
    } else {
        c.judgment = rng.chance(0.64) ? QStringLiteral("CONVICTED") : QStringLiteral("ACQUITTED");
        c.status = c.judgment == QLatin1String("CONVICTED") && today > c.judgmentOn.addDays(30) && rng.chance(0.2)
                       ? QStringLiteral("APPEAL_PENDING")
                       : c.judgment;
    }
}

Status CaseBuilder::writeCase(CasePlan& c) {
    World& w = m_world;
    c.id = w.rng.uuid();
    c.linksBefore = w.linksWritten;
    const std::int64_t personsBefore = w.personsWritten;
    if (auto st = writeAccused(c); !st) {
        return st;
    }
    int victims = c.victims;
    if (c.personsBudget >= 0 && !c.pylos) {
        const int left = c.personsBudget - static_cast<int>(w.personsWritten - personsBefore) - 1;
        victims = std::clamp(left, 1, w.config.victimsMax);
    }
    if (auto st = writeVictims(c, victims); !st) {
        return st;
    }
    // Witnesses fill a fixed person total exactly.
    const Office& office = w.offices[static_cast<std::size_t>(c.office)];
    while (c.personsBudget >= 0 && w.personsWritten - personsBefore < c.personsBudget) {
        PersonSpec spec;
        spec.identity = NameFactory::person(w.rng, w.rng.chance(0.85) ? 'M' : 'F', 20, 65, w.today,
                                            districtFor(w.rng, office.zoneCode));
        spec.officeId = office.id;
        spec.recordedOn = c.enquiryOn;
        QString id;
        if (auto st = w.writePerson(spec, &id); !st) {
            return st;
        }
        c.witnesses.push_back(id);
    }
    if (c.personsBudget >= 0) {
        m_persons.used(w.personsWritten - personsBefore);
    }
    m_records.planArrests(c);
    Status st = m_records.writeCaseRow(c, m_pylosId);
    if (st) {
        st = m_records.writeArrests(c);
    }
    if (st) {
        st = m_records.writeProgress(c);
    }
    if (st) {
        st = writeMoneyAndRoute(w, c);
    }
    if (st) {
        st = writeLinks(c);
    }
    return st;
}

Status CaseBuilder::writeAccused(CasePlan& c) {
    World& w = m_world;
    Rng& rng = w.rng;
    Network& net = w.networks[static_cast<std::size_t>(c.network)];
    const Office& office = w.offices[static_cast<std::size_t>(c.office)];
    // Core members named in the FIR: the Red Book member arrested here, sometimes the kingpin and an agent.
    std::vector<int> core;
    if (c.redBookMember >= 0) {
        core.push_back(c.redBookMember);
    }
    if (rng.chance(0.3) && c.redBookMember != 0) {
        core.push_back(0);
    }
    if (net.members.size() > 1 && rng.chance(0.5)) {
        const int agent = rng.between(1, static_cast<int>(net.members.size()) - 1);
        if (agent != c.redBookMember) {
            core.push_back(agent);
        }
    }
    for (int m : core) {
        const Member& member = net.members[static_cast<std::size_t>(m)];
        CaseParty p;
        p.personId = member.personId;
        p.role = member.role;
        p.memberIndex = m;
        if (m == c.redBookMember) {
            p.arrested = true;
            p.arrestedOn = member.redBookArrestOn;
            p.category = QStringLiteral("MOST_WANTED");
            p.arrestStatus = QStringLiteral("ARRESTED");
        } else {
            p.arrestStatus = member.redBookStatus == QLatin1String("ABROAD") ? QStringLiteral("ABROAD")
                             : member.proclaimedOffender                     ? QStringLiteral("PROCLAIMED_OFFENDER")
                                                                             : QStringLiteral("WANTED");
        }
        c.accused.push_back(p);
    }
    const int coreArrests = c.redBookMember >= 0 ? 1 : 0;
    const int needed = c.arrests - coreArrests;
    int fresh = std::max(needed, rng.between(1, 3));
    if (c.personsBudget >= 0) {
        fresh = std::max(needed, std::min(fresh, c.personsBudget - 2));
        fresh = std::max(fresh, c.arrests > 0 ? needed : 1);
    }
    const QDate yearEnd = std::min(QDate(c.year, 12, 31), w.today.addDays(-1));
    for (int i = 0; i < fresh; ++i) {
        CaseParty p;
        p.role = QString::fromLatin1(kAccusedRoles[static_cast<std::size_t>(rng.weighted(kAccusedWeights))]);
        p.arrested = i < needed;
        PersonSpec spec;
        spec.identity =
            NameFactory::person(rng, rng.chance(0.97) ? 'M' : 'F', 22, 60, w.today, districtFor(rng, office.zoneCode));
        spec.officeId = office.id;
        spec.recordedOn = c.enquiryOn;
        spec.alias = rng.chance(0.15) ? NameFactory::alias(rng) : QString();
        spec.passport = rng.chance(0.4);
        if (p.arrested) {
            // Arrest categories as FIA reports them; absconders are caught later, after warrants and proclamation.
            const int roll = rng.between(0, 99);
            p.category = roll < 11   ? QStringLiteral("PROCLAIMED_OFFENDER")
                         : roll < 17 ? QStringLiteral("COURT_ABSCONDER")
                                     : QStringLiteral("GENERAL");
            const int minDelay = p.category == QLatin1String("GENERAL") ? 0 : 45;
            p.arrestedOn = c.firOn.addDays(minDelay + rng.between(0, p.category == QLatin1String("GENERAL") ? 25 : 90));
            if (p.arrestedOn > yearEnd && QDate(c.year, 12, 31) >= w.today) {
                // The arrest would come after today: still at large.
                p.arrested = false;
                p.category.clear();
                p.arrestedOn = QDate();
                p.arrestStatus = QStringLiteral("WANTED");
            } else if (p.arrestedOn > yearEnd) {
                // A past year: spread over its last days rather than piled on the 31st.
                p.arrestedOn = p.category == QLatin1String("GENERAL") || c.firOn.addDays(45) > yearEnd
                                   ? rng.dayIn(c.firOn, yearEnd)
                                   : rng.dayIn(c.firOn.addDays(45), yearEnd);
                if (c.firOn.addDays(45) > yearEnd) {
                    p.category = QStringLiteral("GENERAL");
                }
            }
            if (p.arrested) {
                p.arrestedOn = std::max(p.arrestedOn, c.firOn);
                spec.proclaimedOffender = p.category == QLatin1String("PROCLAIMED_OFFENDER");
                p.arrestStatus = QStringLiteral("ARRESTED"); // custody or bail: CaseRecords::planArrests
            }
        } else if (c.fir) {
            spec.proclaimedOffender = c.absconders && c.status == QLatin1String("ACCUSED_PROCLAIMED_OFFENDER");
            p.arrestStatus = spec.proclaimedOffender ? QStringLiteral("PROCLAIMED_OFFENDER")
                             : rng.chance(0.3)       ? QStringLiteral("ABROAD")
                                                     : QStringLiteral("ABSCONDING");
        } else {
            p.arrestStatus = QStringLiteral("NOT_APPLICABLE");
        }
        if (auto st = w.writePerson(spec, &p.personId); !st) {
            return st;
        }
        c.accused.push_back(p);
    }
    return ok();
}

Status CaseBuilder::writeVictims(CasePlan& c, int victims) {
    World& w = m_world;
    Rng& rng = w.rng;
    const Office& office = w.offices[static_cast<std::size_t>(c.office)];
    for (int i = 0; i < victims; ++i) {
        CaseParty v;
        v.role = QStringLiteral("SMUGGLED_MIGRANT");
        const bool trafficking = !c.pylos && rng.chance(0.03);
        const char sex = trafficking && rng.chance(0.5) ? 'F' : (rng.chance(0.96) ? 'M' : 'F');
        if (c.pylos) {
            v.outcome = m_pylosVictims++ < m_pylosDeceased ? QStringLiteral("DECEASED") : QStringLiteral("MISSING");
        } else if (trafficking) {
            v.role = QStringLiteral("TRAFFICKING_VICTIM");
            v.outcome = QStringLiteral("RETURNED");
        } else {
            const int roll = rng.between(0, 99);
            v.outcome = roll < 40   ? QStringLiteral("DEPORTEE")
                        : roll < 75 ? QStringLiteral("SURVIVOR")
                                    : QStringLiteral("RETURNED");
        }
        PersonSpec spec;
        spec.identity = NameFactory::person(rng, sex, 16, 38, c.enquiryOn, districtFor(rng, office.zoneCode));
        spec.officeId = office.id;
        spec.recordedOn = c.enquiryOn;
        spec.passport = true;
        spec.phone = !c.pylos || rng.chance(0.3);
        if (auto st = w.writePerson(spec, &v.personId); !st) {
            return st;
        }
        // The complainant is usually the first victim's father.
        if (i == 0 && (c.pylos || rng.chance(w.config.complainantChance))) {
            PersonSpec father;
            father.identity = NameFactory::fatherOf(rng, spec.identity);
            father.officeId = office.id;
            father.recordedOn = c.enquiryOn;
            if (auto st = w.writePerson(father, &c.complainantId); !st) {
                return st;
            }
        }
        c.victimsList.push_back(v);
    }
    return ok();
}

Status CaseBuilder::writeLinks(CasePlan& c) {
    World& w = m_world;
    Rng& rng = w.rng;
    const Network& net = w.networks[static_cast<std::size_t>(c.network)];
    const QDate since = c.enquiryOn.addDays(-rng.between(90, 400));
    Status st = ok();
    const QString& lead = c.accused.empty() ? net.members.front().personId : c.accused.front().personId;
    for (std::size_t i = 0; st && i < c.accused.size(); ++i) {
        const CaseParty& p = c.accused[i];
        if (p.memberIndex >= 0) {
            continue;
        }
        // Sub-agents work for an agent of the network, agents for its kingpin.
        const std::size_t boss =
            p.role == QLatin1String("AGENT") || net.members.size() == 1
                ? 0
                : static_cast<std::size_t>(rng.between(1, static_cast<int>(net.members.size()) - 1));
        st = w.link(QStringLiteral("SUB_AGENT_OF"), p.personId, net.members[boss].personId, since, c.id, QString(),
                    0.5 + 0.1 * rng.between(0, 5));
        if (st && p.role == QLatin1String("AGENT")) {
            st = w.link(QStringLiteral("MEMBER_OF"), p.personId, net.orgId, since, c.id, QString(), 0.8,
                        QStringLiteral("PERSON"), QStringLiteral("ORGANISATION"));
        }
    }
    for (std::size_t i = 0; st && i < c.victimsList.size(); ++i) {
        const QString& victim = c.victimsList[i].personId;
        st = w.link(QStringLiteral("RECRUITED"), lead, victim, since.addDays(30), c.id);
        if (st) {
            st = w.link(QStringLiteral("PAID"), victim, lead, since.addDays(45), c.id);
        }
        if (st && i > 0) {
            st = w.link(QStringLiteral("TRAVELLED_WITH"), c.victimsList[i - 1].personId, victim, since.addDays(60),
                        c.id);
        }
    }
    if (st && !c.complainantId.isEmpty()) {
        st = w.link(QStringLiteral("FAMILY"), c.complainantId, c.victimsList.front().personId, QDate(), c.id,
                    QStringLiteral("father"));
    }
    const CaseParty* previous = nullptr;
    for (std::size_t i = 0; st && i < c.accused.size(); ++i) {
        if (!c.accused[i].arrested) {
            continue;
        }
        if (previous && previous->arrestedOn == c.accused[i].arrestedOn) {
            st = w.link(QStringLiteral("ARRESTED_TOGETHER"), previous->personId, c.accused[i].personId,
                        c.accused[i].arrestedOn, c.id);
        }
        previous = &c.accused[i];
    }
    // A fixed link total is met with associations among the people of the case and its network.
    if (st && w.config.links > 0) {
        const std::int64_t natural = w.linksWritten - c.linksBefore;
        const std::int64_t take = m_links.next(rng, 3);
        std::vector<const QString*> people;
        for (const CaseParty& p : c.accused) {
            people.push_back(&p.personId);
        }
        for (const Member& m : net.members) {
            people.push_back(&m.personId);
        }
        for (const QString& id : c.witnesses) {
            people.push_back(&id);
        }
        for (std::int64_t k = natural; st && k < take && people.size() > 1; ++k) {
            const int a = rng.between(0, static_cast<int>(people.size()) - 1);
            int b = rng.between(0, static_cast<int>(people.size()) - 2);
            b += b >= a ? 1 : 0;
            st = w.link(QStringLiteral("ASSOCIATE"), *people[static_cast<std::size_t>(a)],
                        *people[static_cast<std::size_t>(b)], since, c.id, QString(), 0.3 + 0.1 * rng.between(0, 5));
        }
        m_links.used(w.linksWritten - c.linksBefore);
    }
    return st;
}

} // namespace caselink::synthetic
