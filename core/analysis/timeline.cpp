#include "analysis/timeline.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QLocale>

#include "domain/legalclocks.h"
#include "domain/localtime.h"
#include "domain/rupees.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/documentrepository.h"
#include "repo/eventrepository.h"
#include "repo/paymentrepository.h"
#include "repo/personrepository.h"
#include "repo/referencerepository.h"
#include "repo/routerepository.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::TimelineQuery)
};

struct TypeInfo {
    QString title;
    QString legalRef;
};

std::map<QString, TypeInfo> eventTypes(RepositoryContext& context) {
    std::map<QString, TypeInfo> out;
    if (auto types = ReferenceRepository(context).eventTypes()) {
        const bool urdu = QLocale().language() == QLocale::Urdu;
        for (const EventType& t : *types) {
            out[t.code] = {urdu && !t.titleUr.isEmpty() ? t.titleUr : t.titleEn, t.legalRef};
        }
    }
    return out;
}

// A day-based clock ends with the office's day, drawn a minute before its midnight.
QDateTime endOfOfficeDay(QDate day) {
    return startOfOfficeDay(day.addDays(1)).addSecs(-60);
}

int laneOf(TimelineData& data, const QString& personId) {
    const QString key = personId.isEmpty() ? QStringLiteral("case") : personId;
    for (std::size_t i = 0; i < data.lanes.size(); ++i) {
        if (data.lanes[i].key == key) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

void addEvent(TimelineData& data, const TimelineEvent& e, const std::map<QString, TypeInfo>& types, int lane) {
    TimelineItem item;
    item.id = e.id;
    item.type = e.type;
    const auto it = types.find(e.type);
    item.title = it != types.end() ? it->second.title : e.type;
    item.legalRef = e.legalRef.isEmpty() && it != types.end() ? it->second.legalRef : e.legalRef;
    item.description = e.description;
    item.at = e.occurredAt;
    item.caseId = e.caseId;
    item.personId = e.personId;
    item.lane = lane;
    data.items.push_back(item);
}

void finish(TimelineData& data) {
    std::stable_sort(data.items.begin(), data.items.end(),
                     [](const TimelineItem& a, const TimelineItem& b) { return a.at < b.at; });
    for (const TimelineItem& i : data.items) {
        if (!data.start.isValid() || i.at < data.start) {
            data.start = i.at;
        }
        if (!data.end.isValid() || i.at > data.end) {
            data.end = i.at;
        }
    }
    for (const TimelineDeadline& d : data.deadlines) {
        if (!data.start.isValid() || d.at < data.start) {
            data.start = d.at;
        }
        if (!data.end.isValid() || d.at > data.end) {
            data.end = d.at;
        }
    }
}

QString personLabel(PersonRepository& persons, const QString& personId) {
    auto p = persons.get(personId);
    return p ? p->displayName() : Tr::tr("Person not visible");
}

// Payments, travel and documents carry a date, not a time: drawn at the office's noon so they sit inside their day.
QDateTime middayOf(QDate day) {
    return officeLocalToUtc(day, QTime(12, 0));
}

QString moneyText(const Payment& p) {
    if (p.amount.currency == QLatin1String("PKR")) {
        return rupeesText(p.amount);
    }
    return p.pkr ? Tr::tr("%1 (%2)").arg(p.amount.display(), rupeesText(*p.pkr)) : p.amount.display();
}

void addPayment(TimelineData& data, const Payment& p, PersonRepository& persons, int lane) {
    TimelineItem item;
    item.id = p.id;
    item.type = QString::fromLatin1(kPaymentEvent);
    item.title = p.payeePersonId.isEmpty()
                     ? Tr::tr("Payment of %1").arg(moneyText(p))
                     : Tr::tr("Payment of %1 to %2").arg(moneyText(p), personLabel(persons, p.payeePersonId));
    item.description = paymentChannelName(p.channel);
    item.at = middayOf(p.paidOn);
    item.caseId = p.caseId;
    item.personId = p.payerPersonId;
    item.lane = lane;
    data.items.push_back(item);
}

QString placeText(const QString& place, const QString& country) {
    return place.isEmpty() ? country : Tr::tr("%1, %2").arg(place, country);
}

// A dated leg of travel, and the document used on it an hour before (so zooming in separates the two).
void addLeg(TimelineData& data, const RouteLeg& leg, const std::vector<Document>& documents, int lane) {
    TimelineItem item;
    item.id = leg.id;
    item.type = QString::fromLatin1(kTravelEvent);
    item.title = Tr::tr("Travel %1 → %2 (%3)")
                     .arg(placeText(leg.fromPlace, leg.fromCountry), placeText(leg.toPlace, leg.toCountry),
                          travelModeName(leg.mode));
    item.description = leg.borderPoint.isEmpty()
                           ? legOutcomeName(leg.outcome)
                           : Tr::tr("via %1; %2").arg(leg.borderPoint, legOutcomeName(leg.outcome));
    item.at = middayOf(leg.date);
    item.caseId = leg.caseId;
    item.personId = leg.personId;
    item.lane = lane;
    data.items.push_back(item);
    for (const Document& d : documents) {
        if (d.id != leg.documentId) {
            continue;
        }
        TimelineItem doc = item;
        doc.id = d.id;
        doc.type = QString::fromLatin1(kDocumentEvent);
        doc.title = Tr::tr("%1 %2 used (%3)").arg(documentTypeName(d.type), d.number, authenticityName(d.authenticity));
        doc.description = d.malkhanaRef;
        doc.at = item.at.addSecs(-3600);
        data.items.push_back(doc);
    }
}
} // namespace

Result<TimelineData> TimelineQuery::forCase(const QString& caseId) {
    CaseRepository cases(m_context);
    auto c = cases.get(caseId);
    if (!c) {
        return std::unexpected(c.error());
    }
    auto events = EventRepository(m_context).timelineForCase(caseId);
    if (!events) {
        return std::unexpected(events.error());
    }
    auto arrests = ArrestRepository(m_context).forCase(caseId);
    if (!arrests) {
        return std::unexpected(arrests.error());
    }
    auto payments = PaymentRepository(m_context).listForCase(caseId);
    if (!payments) {
        return std::unexpected(payments.error());
    }
    auto legs = RouteRepository(m_context).chainForCase(caseId);
    if (!legs) {
        return std::unexpected(legs.error());
    }
    auto documents = DocumentRepository(m_context).listForCase(caseId);
    if (!documents) {
        return std::unexpected(documents.error());
    }
    TimelineData data;
    data.title = Tr::tr("Timeline of case %1").arg(c->label());
    data.lanes.push_back({QStringLiteral("case"), c->label(), {}});
    PersonRepository persons(m_context);
    QStringList personIds;
    for (const TimelineEvent& e : *events) {
        if (!e.personId.isEmpty() && !personIds.contains(e.personId)) {
            personIds << e.personId;
        }
    }
    for (const Arrest& a : *arrests) {
        if (!personIds.contains(a.personId)) {
            personIds << a.personId;
        }
    }
    for (const Payment& p : *payments) {
        const QString& payer = p.payerPersonId.isEmpty() ? p.payeePersonId : p.payerPersonId;
        if (!payer.isEmpty() && !personIds.contains(payer)) {
            personIds << payer;
        }
    }
    for (const RouteLeg& leg : *legs) {
        if (!leg.personId.isEmpty() && leg.date.isValid() && !personIds.contains(leg.personId)) {
            personIds << leg.personId;
        }
    }
    for (const QString& id : personIds) {
        data.lanes.push_back({id, personLabel(persons, id), id});
    }
    const auto types = eventTypes(m_context);
    for (const TimelineEvent& e : *events) {
        addEvent(data, e, types, laneOf(data, e.personId));
    }
    for (const Payment& p : *payments) {
        if (p.paidOn.isValid()) {
            addPayment(data, p, persons, laneOf(data, p.payerPersonId.isEmpty() ? p.payeePersonId : p.payerPersonId));
        }
    }
    for (const RouteLeg& leg : *legs) {
        if (leg.date.isValid()) {
            addLeg(data, leg, *documents, laneOf(data, leg.personId));
        }
    }
    const LegalClockRules rules;
    if (c->firDate.isValid()) {
        const InterimChallanSchedule schedule = interimChallanSchedule(c->firDate, rules);
        bool met = false;
        for (const TimelineEvent& e : *events) {
            met = met || ((e.type == u"INTERIM_CHALLAN" || e.type == u"FINAL_CHALLAN") &&
                          officeDate(e.occurredAt) <= schedule.reportDue);
        }
        data.deadlines.push_back({QStringLiteral("challan_due"), Tr::tr("Interim challan due (s.173)"),
                                  endOfOfficeDay(schedule.reportDue), caseId, 0, met});
    }
    ArrestRepository arrestRepo(m_context);
    for (const Arrest& a : *arrests) {
        const int lane = laneOf(data, a.personId);
        data.deadlines.push_back(
            {QStringLiteral("magistrate_production"), Tr::tr("Production before a magistrate due (s.61)"),
             magistrateProductionDeadline(a.arrestedAt, rules), caseId, lane,
             a.producedBeforeMagistrateAt.has_value() &&
                 *a.producedBeforeMagistrateAt <= magistrateProductionDeadline(a.arrestedAt, rules)});
        auto custody = arrestRepo.custody(a.id);
        if (!custody) {
            continue;
        }
        for (const CustodyPeriod& p : *custody) {
            if (p.kind == CustodyKind::Physical) {
                data.deadlines.push_back({QStringLiteral("remand_expiry"), Tr::tr("Physical remand expires (s.167)"),
                                          endOfOfficeDay(p.to), caseId, lane, false});
            }
        }
    }
    finish(data);
    return data;
}

Result<TimelineData> TimelineQuery::forPersons(const QStringList& personIds) {
    TimelineData data;
    PersonRepository persons(m_context);
    EventRepository eventsRepo(m_context);
    const auto types = eventTypes(m_context);
    QStringList names;
    for (const QString& id : personIds) {
        auto events = eventsRepo.timelineForPerson(id);
        if (!events) {
            if (events.error().code == ErrorCode::NotFound) {
                continue;
            }
            return std::unexpected(events.error());
        }
        const QString label = personLabel(persons, id);
        names << label;
        data.lanes.push_back({id, label, id});
        const int lane = static_cast<int>(data.lanes.size()) - 1;
        for (const TimelineEvent& e : *events) {
            addEvent(data, e, types, lane);
        }
        if (auto payments = PaymentRepository(m_context).listForPerson(id)) {
            for (const Payment& p : *payments) {
                if (p.paidOn.isValid()) {
                    addPayment(data, p, persons, lane);
                }
            }
        }
    }
    if (data.lanes.empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("None of these persons is visible to you."));
    }
    data.title = Tr::tr("Timeline of %1").arg(names.join(QLatin1String(", ")));
    finish(data);
    return data;
}

} // namespace caselink
