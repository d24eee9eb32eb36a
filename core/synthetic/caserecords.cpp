#include "synthetic/caserecords.h"

#include <algorithm>

#include <QDateTime>
#include <QTimeZone>

#include "synthetic/casedata.h"

namespace caselink::synthetic {
namespace {

QString str(const char* s) {
    return QString::fromLatin1(s);
}

} // namespace

Status CaseRecords::writeCaseRow(CasePlan& c, const QString& pylosIncidentId) {
    World& w = m_world;
    Rng& rng = w.rng;
    const Office& office = w.offices[static_cast<std::size_t>(c.office)];
    const int enquiry = ++m_enquirySerial[office.code + QLatin1Char('/') + QString::number(c.year)];
    c.enquiryNumber = QStringLiteral("ENQ-%1/%2").arg(enquiry).arg(c.year);
    QString numbers = c.enquiryNumber;
    if (c.fir) {
        int& serial = m_firSerial[office.code + QLatin1Char('/') + QString::number(c.year)];
        serial += rng.between(1, 3);
        c.firSerial = serial;
        c.firPrefix = office.code.size() % 2 == 0 ? QStringLiteral("C") : QString();
        const QString plain = QStringLiteral("%1/%2").arg(c.firSerial).arg(c.year);
        numbers = (c.firPrefix.isEmpty() ? plain
                                         : QString(c.firPrefix + QLatin1Char('-') + plain + QLatin1Char(' ') + plain)) +
                  QLatin1Char(' ') + c.enquiryNumber;
    }
    const QString& io =
        office
            .investigators[static_cast<std::size_t>(rng.between(0, static_cast<int>(office.investigators.size()) - 1))];
    const ZoneCity& city = cityOf(office.zoneCode);
    const bool tried = !c.chargeOn.isNull() && c.fir && !c.dropped && !c.absconders && w.today >= c.finalOn;
    const QString court =
        tried ? QStringLiteral("Special Court (Central) %1").arg(QString::fromLatin1(city.city)) : QString();
    QString title;
    QString summary;
    switch (c.route) {
    case Route::Dunki:
        title = QStringLiteral("Smuggling of migrants by land through Iran and Turkey");
        summary = QStringLiteral("Agents took money to send %n person(s) to Greece overland via Taftan, Iran and "
                                 "Turkey; the victims were deported or returned.");
        break;
    case Route::Libya:
        title = QStringLiteral("Smuggling of migrants via Dubai and Libya");
        summary = QStringLiteral("Agents sent %n person(s) on visit visas to Dubai and on to Benghazi for a boat "
                                 "to Italy.");
        break;
    case Route::LibyaViaDjibouti:
        title = QStringLiteral("Smuggling of migrants via Dubai, Djibouti and Libya");
        summary = QStringLiteral("Agents routed %n person(s) through Dubai and Djibouti to Benghazi for the sea "
                                 "crossing to Italy.");
        break;
    case Route::Pylos:
        title = QStringLiteral("Pylos shipwreck: smuggling resulting in death");
        summary = QStringLiteral("Relatives report that %n person(s) left for Libya and boarded the trawler that "
                                 "sank off Pylos on 14 June 2023.");
        break;
    }
    summary.replace(QStringLiteral("%n person(s)"), c.victimsList.size() == 1
                                                        ? QStringLiteral("one person")
                                                        : QStringLiteral("%1 persons").arg(c.victimsList.size()));
    const QString routeCode = c.route == Route::Dunki ? QStringLiteral("EASTERN_MED") : QStringLiteral("CENTRAL_MED");
    const QString created = World::stamp(c.enquiryOn);
    const QDate lastChange = std::min(w.today, c.fir ? c.firOn.addDays(rng.between(0, 200)) : c.enquiryOn);
    Status st = w.writer.row(
        Table::Cases, c.id, office.id, c.enquiryNumber, World::isoDay(c.enquiryOn),
        c.firPrefix.isEmpty() ? QString() : c.firPrefix,
        c.fir ? std::optional<std::int64_t>(c.firSerial) : std::nullopt,
        c.fir ? std::optional<std::int64_t>(c.year) : std::nullopt, c.fir ? office.code : QString(),
        c.fir ? World::isoDay(c.firOn) : QString(), c.status, io, court,
        tried ? QStringLiteral("Deputy District Public Prosecutor, %1").arg(QString::fromLatin1(city.city)) : QString(),
        c.pylos ? pylosIncidentId : QString(), routeCode, title, summary, created, World::stamp(lastChange, 1000));
    if (st) {
        st = w.writer.row(Table::CaseSearch, c.id, numbers, QString(title + QLatin1Char(' ') + summary));
    }
    // Offence sections: the real FIR pattern "17(2)(b), 18(a) EO r/w 6 Passport Act" plus PSMA and PPC.
    std::vector<const char*> offences{"EO-17(2)", "EO-18"};
    if (c.year >= 2023) {
        offences.push_back("PSMA-3");
    }
    if (c.pylos) {
        offences.push_back("PSMA-6");
        offences.push_back("PPC-109");
    } else {
        if (rng.chance(0.35)) {
            offences.push_back("PA-6");
        }
        if (rng.chance(0.4)) {
            offences.push_back("PPC-420");
        }
        if (rng.chance(0.12)) {
            offences.push_back("PPC-468");
            offences.push_back("PPC-471");
        }
    }
    for (std::size_t i = 0; st && i < offences.size(); ++i) {
        st = w.writer.row(Table::CaseOffences, c.id, str(offences[i]));
    }
    for (std::size_t i = 0; st && i < c.accused.size(); ++i) {
        const CaseParty& p = c.accused[i];
        st = w.writer.row(Table::CasePersons, w.rng.uuid(), c.id, p.personId, p.role, Null{}, c.fir ? 1 : 0,
                          p.arrested ? (p.arrestStatus.isEmpty() ? QStringLiteral("ARRESTED") : p.arrestStatus)
                                     : p.arrestStatus);
    }
    for (std::size_t i = 0; st && i < c.victimsList.size(); ++i) {
        const CaseParty& v = c.victimsList[i];
        st = w.writer.row(Table::CasePersons, w.rng.uuid(), c.id, v.personId, v.role, v.outcome, 0,
                          QStringLiteral("NOT_APPLICABLE"));
    }
    if (st && !c.complainantId.isEmpty()) {
        st = w.writer.row(Table::CasePersons, w.rng.uuid(), c.id, c.complainantId, QStringLiteral("COMPLAINANT"),
                          Null{}, 0, QStringLiteral("NOT_APPLICABLE"));
    }
    for (std::size_t i = 0; st && i < c.witnesses.size(); ++i) {
        st = w.writer.row(Table::CasePersons, w.rng.uuid(), c.id, c.witnesses[i], QStringLiteral("WITNESS"), Null{}, 0,
                          QStringLiteral("NOT_APPLICABLE"));
    }
    return st;
}

void CaseRecords::planArrests(CasePlan& c) {
    World& w = m_world;
    Rng& rng = w.rng;
    const QDate today = w.today;
    // Nobody is remanded after the verdict: convicts go to prison, the acquitted go home.
    const QDate verdict = c.judgment.isEmpty() ? QDate() : c.judgmentOn;
    for (CaseParty& p : c.accused) {
        if (!p.arrested) {
            continue;
        }
        // Raids and airport intercepts from early morning to midnight, Pakistani time.
        const int minute = rng.between(5 * 60, 23 * 60 + 59);
        p.arrestedAt = World::pakistanTime(p.arrestedOn, minute);
        p.arrestStatus = QStringLiteral("ARRESTED");
        if (p.arrestedOn >= today.addDays(-1) && minute >= 16 * 60) {
            continue; // arrested yesterday evening: to be produced before a magistrate today
        }
        // Produced within 24 hours (s.61); a few productions are late.
        const int late = rng.chance(0.03) ? rng.between(25, 30) : rng.between(2, 20);
        p.producedAt = p.arrestedAt.addSecs(3600 * late + 60 * rng.between(0, 59));
        // Physical remand from the production day, at most 15 days in all (s.167), then judicial remand in orders
        // of 14 days until bail, the verdict or today.
        QDate from = std::min(World::pakistanDay(p.producedAt), today);
        const int first = rng.between(3, 7);
        const int second = rng.chance(0.4) ? rng.between(2, 15 - first) : 0;
        for (int days : {first, second}) {
            if (days > 0 && from <= today) {
                p.custody.push_back({false, from, from.addDays(days - 1)});
                from = from.addDays(days);
            }
        }
        const int bailAfter = rng.chance(0.85) ? rng.between(2, 40) : rng.between(41, 120);
        const QDate bail = from.addDays(bailAfter);
        QDate release = std::min(bail, today);
        if (verdict.isValid()) {
            release = std::min(release, verdict);
        }
        while (from <= release) {
            p.custody.push_back({true, from, from.addDays(13)});
            from = from.addDays(14);
        }
        if (bail <= today && (!verdict.isValid() || bail < verdict)) {
            p.bailOn = bail;
            p.arrestStatus = QStringLiteral("ON_BAIL");
        } else if (!verdict.isValid() && p.custody.size() > 1 && p.custody[p.custody.size() - 2].to < today &&
                   rng.chance(0.04)) {
            p.custody.pop_back(); // the last extension was not recorded: the remand shows as expired
        }
    }
}

Status CaseRecords::writeArrests(CasePlan& c) {
    World& w = m_world;
    Rng& rng = w.rng;
    const Office& office = w.offices[static_cast<std::size_t>(c.office)];
    const ZoneCity& city = cityOf(office.zoneCode);
    const QString magistrate = QStringLiteral("Judicial Magistrate Section 30, %1").arg(QString::fromLatin1(city.city));
    Status st = ok();
    for (std::size_t i = 0; st && i < c.accused.size(); ++i) {
        CaseParty& p = c.accused[i];
        if (!p.arrested) {
            continue;
        }
        p.arrestId = rng.uuid();
        const bool airport = rng.chance(0.12);
        const QString place =
            airport ? QString::fromLatin1(city.airport)
                    : QString::fromUtf8(districts()[static_cast<std::size_t>(districtFor(rng, office.zoneCode))].latin);
        const QString redBook = p.category == QLatin1String("MOST_WANTED")
                                    ? w.networks[static_cast<std::size_t>(c.network)]
                                          .members[static_cast<std::size_t>(p.memberIndex)]
                                          .redBookEntry
                                    : QString();
        if (p.category == QLatin1String("PROCLAIMED_OFFENDER")) {
            st = w.event(c.id, p.personId, QStringLiteral("WARRANT"), c.firOn.addDays(3));
            if (st) {
                st = w.event(c.id, p.personId, QStringLiteral("PROCLAMATION"), c.firOn.addDays(8));
            }
            if (st) {
                st = w.event(c.id, p.personId, QStringLiteral("DECLARED_PO"), c.firOn.addDays(8 + 31));
            }
        } else if (p.category == QLatin1String("COURT_ABSCONDER")) {
            st = w.event(c.id, p.personId, QStringLiteral("BAIL_PRE_ARREST"), c.firOn.addDays(2));
            if (st) {
                st = w.event(c.id, p.personId, QStringLiteral("WARRANT"), c.firOn.addDays(30));
            }
        }
        if (!st) {
            break;
        }
        st = w.writer.row(Table::Arrests, p.arrestId, c.id, p.personId, p.arrestedAt.toString(Qt::ISODateWithMs), place,
                          office.id, p.category,
                          airport ? (rng.chance(0.7) ? QStringLiteral("DEPARTURE") : QStringLiteral("ARRIVAL"))
                                  : QStringLiteral("NONE"),
                          airport && rng.chance(0.5) ? 1 : 0, redBook.isEmpty() ? QString() : redBook,
                          p.producedAt.isValid() ? p.producedAt.toString(Qt::ISODateWithMs) : QString());
        if (st) {
            st = w.eventAt(c.id, p.personId, QStringLiteral("ARREST"), p.arrestedAt);
        }
        if (st && p.producedAt.isValid()) {
            st = w.eventAt(c.id, p.personId, QStringLiteral("PRODUCED_BEFORE_MAGISTRATE"), p.producedAt);
        }
        bool judicialSeen = false;
        for (std::size_t k = 0; st && k < p.custody.size(); ++k) {
            const CustodyOrder& order = p.custody[k];
            st = w.writer.row(Table::Custody, rng.uuid(), p.arrestId,
                              order.judicial ? QStringLiteral("JUDICIAL") : QStringLiteral("PHYSICAL"),
                              World::isoDay(order.from), World::isoDay(order.to), magistrate,
                              order.judicial ? QString()
                                             : QStringLiteral("RO-%1/%2").arg(rng.between(10, 999)).arg(c.year));
            // Every physical remand order is an event; judicial remand once, when it starts.
            if (st && (!order.judicial || !judicialSeen)) {
                st = w.event(c.id, p.personId,
                             order.judicial ? QStringLiteral("JUDICIAL_REMAND") : QStringLiteral("PHYSICAL_REMAND"),
                             order.from);
            }
            judicialSeen = judicialSeen || order.judicial;
        }
        if (st && p.bailOn.isValid()) {
            st = w.event(c.id, p.personId, QStringLiteral("BAIL_GRANTED"), p.bailOn);
        }
    }
    return st;
}

Status CaseRecords::writeProgress(const CasePlan& c) {
    World& w = m_world;
    Rng& rng = w.rng;
    const QDate today = w.today;
    Status st = w.event(c.id, c.complainantId, QStringLiteral("COMPLAINT_RECEIVED"), c.enquiryOn.addDays(-1));
    if (st) {
        st = w.event(c.id, QString(), QStringLiteral("ENQUIRY_REGISTERED"), c.enquiryOn);
    }
    if (!st || !c.fir) {
        return st;
    }
    st = w.event(c.id, QString(), QStringLiteral("FIR_REGISTERED"), c.firOn);
    for (std::size_t i = 0; st && i < c.victimsList.size() && i < 2; ++i) {
        if (c.victimsList[i].outcome != QLatin1String("DECEASED") &&
            c.victimsList[i].outcome != QLatin1String("MISSING")) {
            st = w.event(c.id, c.victimsList[i].personId, QStringLiteral("STATEMENT_161"),
                         std::min(c.firOn.addDays(2), today));
        }
    }
    if (c.dropped) {
        return st;
    }
    if (st && today >= c.interimOn) {
        st = w.event(c.id, QString(), QStringLiteral("INTERIM_CHALLAN"), c.interimOn);
    }
    if (st && c.absconders) {
        for (std::size_t i = 0; st && i < c.accused.size(); ++i) {
            // Declared a proclaimed offender once the 30 days of the proclamation (s.87) have run.
            if (c.accused[i].arrestStatus == QLatin1String("PROCLAIMED_OFFENDER") && c.accused[i].memberIndex < 0) {
                if (c.firOn.addDays(20) <= today) {
                    st = w.event(c.id, c.accused[i].personId, QStringLiteral("PROCLAMATION"), c.firOn.addDays(20));
                }
                if (st && c.firOn.addDays(52) <= today) {
                    st = w.event(c.id, c.accused[i].personId, QStringLiteral("DECLARED_PO"), c.firOn.addDays(52));
                }
            }
        }
        return st;
    }
    if (st && today >= c.finalOn) {
        st = w.event(c.id, QString(), QStringLiteral("FINAL_CHALLAN"), c.finalOn);
    }
    if (!st || today < c.finalOn) {
        return st;
    }
    const Office& office = w.offices[static_cast<std::size_t>(c.office)];
    const QString city = QString::fromLatin1(cityOf(office.zoneCode).city);
    const QString proceeding = rng.uuid();
    const bool decided = !c.judgment.isEmpty();
    const bool convicted = c.judgment == QLatin1String("CONVICTED");
    const int years = rng.between(2, c.pylos ? 10 : 5);
    st =
        w.writer.row(Table::CourtProceedings, proceeding, c.id, QStringLiteral("SPECIAL_COURT_CENTRAL"),
                     QStringLiteral("Special Court (Central) %1").arg(city),
                     QStringLiteral("SC-%1/%2").arg(rng.between(1, 900)).arg(c.finalOn.year()),
                     decided ? c.judgment : QString(), decided ? World::isoDay(c.judgmentOn) : QString(),
                     convicted ? QStringLiteral("%1 years rigorous imprisonment and fine").arg(years) : QString(),
                     convicted ? std::optional<std::int64_t>(std::int64_t{100000} * rng.between(1, 20)) : std::nullopt);
    // Hearings from the charge to the verdict, adjourned by weeks; an undecided trial has its next date ahead. Before
    // the charge the court has only fixed the day it will frame it.
    const auto courtDay = [](QDate d) {
        return d.dayOfWeek() == Qt::Sunday ? d.addDays(1) : d;
    };
    if (st && today < c.chargeOn) {
        st = w.writer.row(Table::Hearings, rng.uuid(), proceeding,
                          World::isoDay(std::min(courtDay(c.finalOn.addDays(rng.between(2, 9))), today)),
                          World::isoDay(courtDay(c.chargeOn)), QStringLiteral("Challan received; charge on next date"));
    }
    const QDate end = decided ? c.judgmentOn : today;
    QDate held = courtDay(c.chargeOn);
    for (int h = 0; st && held <= end; ++h) {
        QDate next = courtDay(held.addDays(rng.between(20, 60)));
        const bool last = h == 3 || next >= end;
        if (last) {
            next = decided ? c.judgmentOn : std::max(next, courtDay(today.addDays(rng.between(1, 30))));
        }
        st = w.writer.row(Table::Hearings, rng.uuid(), proceeding, World::isoDay(held), World::isoDay(next),
                          h == 0 ? QStringLiteral("Charge framed; prosecution evidence summoned")
                                 : QStringLiteral("Prosecution witnesses examined"));
        if (last) {
            break;
        }
        held = next;
    }
    if (st && today >= c.chargeOn) {
        st = w.event(c.id, QString(), QStringLiteral("CHARGE_FRAMED"), c.chargeOn);
    }
    if (st && decided) {
        st = w.event(c.id, QString(), QStringLiteral("JUDGMENT"), c.judgmentOn);
        if (st) {
            st = w.event(c.id, QString(), convicted ? QStringLiteral("CONVICTION") : QStringLiteral("ACQUITTAL_265K"),
                         c.judgmentOn);
        }
        if (st && c.status == QLatin1String("APPEAL_PENDING")) {
            st = w.event(c.id, QString(), QStringLiteral("APPEAL_FILED"), c.judgmentOn.addDays(rng.between(10, 30)));
        }
    }
    return st;
}

} // namespace caselink::synthetic
