// The case file's record sections: the chronology (who, what in words, where, under which provision), payments in
// their currency and in rupees, each traveller's route as a chain of countries, and the documents.
#include <QCoreApplication>

#include "domain/localtime.h"
#include "io/casefilehtml_p.h"

namespace caselink::casefilehtml {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseFilePdf)
};

QString eventTitle(const CaseFileData& d, const QString& code) {
    const auto it = d.eventTypes.find(code);
    if (it == d.eventTypes.end()) {
        return Tr::tr("Other event"); // a type no longer in the reference table: never print its code
    }
    return urduReader() && !it->second.titleUr.isEmpty() ? it->second.titleUr : it->second.titleEn;
}

QString legalReference(const CaseFileData& d, const TimelineEvent& e) {
    if (!e.legalRef.isEmpty()) {
        return e.legalRef;
    }
    const auto it = d.eventTypes.find(e.type);
    return it != d.eventTypes.end() ? it->second.legalRef : QString();
}

// The custody order an event records: the period of the person's arrests that starts on the event's office day,
// of the matching kind for a remand.
const CustodyPeriod* custodyOn(const CaseFileParty& p, const TimelineEvent& e) {
    const QDate day = officeDate(e.occurredAt);
    for (const CaseFileArrest& a : p.arrests) {
        for (const CustodyPeriod& c : a.custody) {
            const bool kindMatches = e.type == u"PRODUCED_BEFORE_MAGISTRATE"_s ||
                                     (e.type == u"PHYSICAL_REMAND"_s) == (c.kind == CustodyKind::Physical);
            if (c.from == day && kindMatches) {
                return &c;
            }
        }
    }
    return nullptr;
}

// Where it happened, from the record the event is about: the arrest's place, the remanding magistrate, the FIR's
// station or circle, the trial court. Empty when no record says.
QString placeOf(const CaseFileData& d, const TimelineEvent& e) {
    static const QStringList registration{u"COMPLAINT_RECEIVED"_s, u"ENQUIRY_REGISTERED"_s, u"FIR_REGISTERED"_s,
                                          u"INTERIM_CHALLAN"_s, u"FINAL_CHALLAN"_s};
    static const QStringList trial{u"CHARGE_FRAMED"_s, u"JUDGMENT"_s,     u"ACQUITTAL_265K"_s,
                                   u"CONVICTION"_s,    u"APPEAL_FILED"_s, u"APPEAL_DECIDED"_s};
    static const QStringList custody{u"PRODUCED_BEFORE_MAGISTRATE"_s, u"PHYSICAL_REMAND"_s, u"JUDICIAL_REMAND"_s};
    if (registration.contains(e.type)) {
        return d.caseFile.firStation;
    }
    if (trial.contains(e.type)) {
        return d.caseFile.court;
    }
    const CaseFileParty* p = d.party(e.personId);
    if (!p) {
        return {};
    }
    if (e.type == u"ARREST"_s) {
        for (const CaseFileArrest& a : p->arrests) {
            if (officeDate(a.arrest.arrestedAt) == officeDate(e.occurredAt)) {
                return a.arrest.place;
            }
        }
    } else if (custody.contains(e.type)) {
        if (const CustodyPeriod* c = custodyOn(*p, e)) {
            return c->magistrate;
        }
    }
    return {};
}

QString orDash(const QString& s) {
    return s.isEmpty() ? u"-"_s : s;
}

QString countryName(const CaseFileData& d, const QString& iso2) {
    const auto it = d.countries.find(iso2);
    if (it == d.countries.end()) {
        return iso2;
    }
    return urduReader() && !it->second.nameUr.isEmpty() ? it->second.nameUr : it->second.nameEn;
}

QString placeText(const CaseFileData& d, const QString& place, const QString& country) {
    const QString name = countryName(d, country);
    return place.isEmpty() ? name : Tr::tr("%1, %2").arg(place, name);
}

// Pakistan → Iran → Turkey → Greece: the countries a chain passes through, each once per stay. The arrow points the
// way the text reads, so it still shows the direction of travel in a right-to-left file.
QString chainText(const CaseFileData& d, const std::vector<const RouteLeg*>& legs, bool rtl) {
    QStringList countries;
    for (const RouteLeg* leg : legs) {
        if (countries.isEmpty()) {
            countries << leg->fromCountry;
        }
        if (countries.last() != leg->toCountry) {
            countries << leg->toCountry;
        }
    }
    QStringList names;
    for (const QString& c : countries) {
        names << countryName(d, c);
    }
    return names.join(rtl ? u" \u2190 "_s : u" \u2192 "_s);
}

} // namespace

Section chronology(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Chronology")) + u"</h2>"_s;
    QList<QStringList> rows;
    for (const TimelineEvent& e : d.events) {
        const QString place = placeOf(d, e);
        QString what = esc(eventTitle(d, e.type));
        if (!e.description.isEmpty() && e.description != place) {
            what += u"<br/><span style='color:#444444'>"_s + esc(e.description) + u"</span>"_s;
        }
        rows << QStringList{timeText(e.occurredAt), partyText(d, e.personId), what, esc(orDash(place)),
                            esc(orDash(legalReference(d, e)))};
    }
    html += rows.isEmpty() ? noneRecorded()
                           : table({esc(Tr::tr("Date and time")), esc(Tr::tr("Person")), esc(Tr::tr("Event")),
                                    esc(Tr::tr("Place")), esc(Tr::tr("Legal reference"))},
                                   rows);
    return {Tr::tr("Chronology"), html, 0};
}

Section payments(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Payments")) + u"</h2>"_s;
    if (d.payments.empty()) {
        return {Tr::tr("Payments"), html + noneRecorded(), 0};
    }
    QList<QStringList> rows;
    qint64 totalPaisa = 0;
    int withoutPkr = 0;
    int n = 0;
    for (const Payment& p : d.payments) {
        QString pkr;
        if (p.pkr) {
            totalPaisa += p.pkr->minorUnits;
            pkr = amountCell(*p.pkr);
            if (p.amount.currency != u"PKR"_s && p.rateMicros > 0) {
                pkr += u"<br/>"_s + esc(ExchangeRate{p.amount.currency, p.rateMicros, p.paidOn}.display());
            }
        } else {
            ++withoutPkr;
            pkr = esc(Tr::tr("no rate recorded"));
        }
        QString channel = esc(paymentChannelName(p.channel));
        if (!p.fmuReference.isEmpty()) {
            channel += u"<br/>"_s + esc(Tr::tr("FMU reference %1").arg(p.fmuReference));
        }
        rows << QStringList{QString::number(++n),
                            dateText(p.paidOn),
                            partyText(d, p.payerPersonId),
                            partyText(d, p.payeePersonId),
                            amountCell(p.amount),
                            pkr,
                            channel};
    }
    html += table({u"#"_s, esc(Tr::tr("Date")), esc(Tr::tr("Payer")), esc(Tr::tr("Payee")),
                   esc(Tr::tr("Amount as paid")), esc(Tr::tr("In rupees")), esc(Tr::tr("Channel"))},
                  rows, {4, 11, 17, 17, 18, 20, 13});
    // Worded so that one payment and many read alike, without "(s)".
    QString total = Tr::tr("Payments recorded: %1. Total in rupees: %2.")
                        .arg(d.payments.size())
                        .arg(rupeesText(Money{totalPaisa, u"PKR"_s}));
    if (withoutPkr > 0) {
        total += u' ' + Tr::tr("Without a recorded rate, so not in the total: %1.").arg(withoutPkr);
    }
    html += u"<p><b>"_s + esc(total) + u"</b></p>"_s;
    return {Tr::tr("Payments"), html, 0};
}

Section route(const CaseFileData& d, Qt::LayoutDirection direction) {
    QString html = u"<h2>"_s + esc(Tr::tr("Route")) + u"</h2>"_s;
    if (d.route.empty()) {
        return {Tr::tr("Route"), html + noneRecorded(), 0};
    }
    // The repository gives the chains traveller by traveller, each in order.
    std::vector<std::vector<const RouteLeg*>> chains;
    for (const RouteLeg& leg : d.route) {
        if (chains.empty() || chains.back().front()->personId != leg.personId) {
            chains.emplace_back();
        }
        chains.back().push_back(&leg);
    }
    for (const auto& chain : chains) {
        const QString traveller = chain.front()->personId;
        html += u"<h3>"_s +
                (traveller.isEmpty() ? esc(Tr::tr("No traveller named"))
                                     : esc(Tr::tr("Travelled by %1")).arg(partyText(d, traveller))) +
                u"</h3><p><b>"_s + esc(chainText(d, chain, direction == Qt::RightToLeft)) + u"</b></p>"_s;
        QList<QStringList> rows;
        for (const RouteLeg* leg : chain) {
            rows << QStringList{QString::number(leg->seq),
                                esc(placeText(d, leg->fromPlace, leg->fromCountry)),
                                esc(placeText(d, leg->toPlace, leg->toCountry)),
                                esc(travelModeName(leg->mode)),
                                esc(orDash(leg->borderPoint)),
                                dateText(leg->date),
                                esc(legOutcomeName(leg->outcome)),
                                partyText(d, leg->facilitatorPersonId)};
        }
        html += table({u"#"_s, esc(Tr::tr("From", "route: place of departure")),
                       esc(Tr::tr("To", "route: destination")), esc(Tr::tr("Mode")), esc(Tr::tr("Border point")),
                       esc(Tr::tr("Date")), esc(Tr::tr("Outcome")), esc(Tr::tr("Facilitator"))},
                      rows);
    }
    return {Tr::tr("Route"), html, 0};
}

Section documents(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Documents")) + u"</h2>"_s;
    if (d.documents.empty()) {
        return {Tr::tr("Documents"), html + noneRecorded(), 0};
    }
    QList<QStringList> rows;
    int n = 0;
    for (const Document& doc : d.documents) {
        const CaseFileParty* holder = d.party(doc.personId);
        const QString number =
            doc.number.isEmpty() && holder && holder->redacted ? Tr::tr("[withheld]") : orDash(doc.number);
        rows << QStringList{QString::number(++n),
                            esc(documentTypeName(doc.type)),
                            esc(number),
                            esc(doc.issuingState.isEmpty() ? u"-"_s : countryName(d, doc.issuingState)),
                            partyText(d, doc.personId),
                            esc(authenticityName(doc.authenticity)),
                            esc(orDash(doc.malkhanaRef)),
                            esc(doc.notes)};
    }
    html += table({u"#"_s, esc(Tr::tr("Type")), esc(Tr::tr("Number")), esc(Tr::tr("Issued by")), esc(Tr::tr("Holder")),
                   esc(Tr::tr("Authenticity")), esc(Tr::tr("Malkhana register")), esc(Tr::tr("Notes"))},
                  rows);
    return {Tr::tr("Documents"), html, 0};
}

} // namespace caselink::casefilehtml
