#include "io/casefilehtml.h"

#include <QCoreApplication>
#include <QLocale>

#include "domain/localtime.h"
#include "io/casefilepdf.h"

namespace caselink::casefilehtml {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseFilePdf)
};

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString dateText(const QDate& d) {
    return d.isValid() ? displayDate(d) : u"-"_s;
}

// Office time, as every screen shows it; the file says once which zone that is.
QString timeText(const QDateTime& t) {
    return t.isValid() ? displayDateTime(t) : u"-"_s;
}

QString cnicText(const QString& cnic) {
    if (cnic.size() != 13) {
        return cnic;
    }
    return cnic.left(5) + u'-' + cnic.mid(5, 7) + u'-' + cnic.right(1);
}

QString row(const QStringList& cells, bool header = false) {
    QString out = u"<tr>"_s;
    for (const QString& c : cells) {
        out += header ? u"<th>"_s + c + u"</th>"_s : u"<td>"_s + c + u"</td>"_s;
    }
    return out + u"</tr>"_s;
}

QString table(const QStringList& headers, const QList<QStringList>& rows) {
    QString out = u"<table width='100%' cellspacing='0' cellpadding='3' border='1'>"_s + row(headers, true);
    for (const QStringList& r : rows) {
        out += row(r);
    }
    return out + u"</table>"_s;
}

QString personName(const CaseFileParty& p) {
    if (p.redacted) {
        return u"<i>"_s + esc(p.label) + u"</i>"_s;
    }
    QString name = u"<b>"_s + esc(p.person.nameLatin.isEmpty() ? p.label : p.person.nameLatin) + u"</b>"_s;
    if (!p.person.nameUrdu.isEmpty()) {
        name += u" &nbsp;<span dir='rtl'>"_s + esc(p.person.nameUrdu) + u"</span>"_s;
    }
    const QString relative = p.person.relativeLatin.isEmpty() ? p.person.relativeUrdu : p.person.relativeLatin;
    if (!relative.isEmpty()) {
        const QString rel = p.person.relation == Relation::DaughterOf ? u"d/o"_s
                            : p.person.relation == Relation::WifeOf   ? u"w/o"_s
                                                                      : u"s/o"_s;
        name += u" "_s + rel + u" "_s + esc(relative);
    }
    return name;
}

QString rolesText(const CaseFileParty& p) {
    QStringList out;
    for (const CaseRole& r : p.roles) {
        QString text = personRoleDisplayName(r.role);
        if (r.nominatedInFir) {
            text += u" ("_s + Tr::tr("nominated in FIR") + u')';
        }
        if (r.arrestStatus != ArrestStatus::NotApplicable) {
            text += u", "_s + arrestStatusDisplayName(r.arrestStatus);
        }
        if (r.victimOutcome) {
            text += u", "_s + victimOutcomeDisplayName(*r.victimOutcome);
        }
        if (!r.exploitation.isEmpty()) {
            text += u", "_s + r.exploitation;
        }
        out << esc(text);
    }
    return out.join(u"<br/>"_s);
}

QString identifiers(const Person& p) {
    QStringList out;
    if (!p.cnic.isEmpty()) {
        out << Tr::tr("CNIC %1").arg(cnicText(p.cnic));
    }
    for (const PersonPassport& pp : p.passports) {
        out << Tr::tr("Passport %1 (%2)").arg(pp.number, pp.issuingState);
    }
    for (const QString& phone : p.phones) {
        out << Tr::tr("Phone %1").arg(phone);
    }
    for (const PersonAddress& a : p.addresses) {
        QStringList parts{a.line, a.locality, a.tehsil, a.district, a.province};
        parts.removeAll(QString());
        if (!parts.isEmpty()) {
            out << Tr::tr("Address: %1").arg(parts.join(u", "_s));
        }
    }
    for (QString& s : out) {
        s = esc(s);
    }
    return out.join(u"<br/>"_s);
}

QString arrestsText(const CaseFileParty& p) {
    if (p.arrests.empty()) {
        return {};
    }
    QString out;
    for (const CaseFileArrest& a : p.arrests) {
        out +=
            u"<p>"_s + esc(Tr::tr("Arrested %1 at %2 (%3)")
                               .arg(timeText(a.arrest.arrestedAt), a.arrest.place.isEmpty() ? u"-"_s : a.arrest.place,
                                    arrestCategoryDisplayName(a.arrest.category)));
        if (a.arrest.producedBeforeMagistrateAt) {
            out += u"<br/>"_s +
                   esc(Tr::tr("Produced before magistrate %1").arg(timeText(*a.arrest.producedBeforeMagistrateAt)));
        }
        if (!a.arrest.dateReason.isEmpty()) {
            out += u"<br/>"_s + esc(Tr::tr("Reason for the date of arrest: %1").arg(a.arrest.dateReason));
        }
        if (!a.arrest.productionDelayReason.isEmpty()) {
            out += u"<br/>"_s + esc(Tr::tr("Reason for the late production: %1").arg(a.arrest.productionDelayReason));
        }
        for (const CustodyPeriod& c : a.custody) {
            out += u"<br/>"_s + esc(Tr::tr("%1 remand %2 to %3, %4, order %5")
                                        .arg(custodyKindDisplayName(c.kind), dateText(c.from), dateText(c.to),
                                             c.magistrate, c.orderRef));
        }
        out += u"</p>"_s;
    }
    return out;
}

Section summary(const CaseFileData& d) {
    const CaseRecord& c = d.caseFile;
    QString html = u"<h2>"_s + esc(Tr::tr("Summary and charges")) + u"</h2>"_s;
    QList<QStringList> facts{
        {esc(Tr::tr("FIR")), esc(c.firNumber.isEmpty() ? u"-"_s : c.firNumber)},
        {esc(Tr::tr("Police station / circle")), esc(c.firStation)},
        {esc(Tr::tr("FIR date")), dateText(c.firDate)},
        {esc(Tr::tr("Enquiry")), esc(c.enquiryNumber) + u" "_s + dateText(c.enquiryDate)},
        {esc(Tr::tr("Status")), esc(caseStatusDisplayName(c.status))},
        {esc(Tr::tr("Court")), esc(c.court)},
    };
    html += table({esc(Tr::tr("Item")), esc(Tr::tr("Value"))}, facts);
    if (!c.title.isEmpty()) {
        html += u"<h3>"_s + esc(c.title) + u"</h3>"_s;
    }
    if (!c.summary.isEmpty()) {
        html += u"<p>"_s + esc(c.summary).replace(u"\n"_s, u"<br/>"_s) + u"</p>"_s;
    }
    for (const CaseFileOffence& o : d.offences) {
        html += u"<h3>"_s + esc(o.code) + u" &mdash; "_s + esc(o.titleEn) + u"</h3>"_s;
        if (!o.titleUr.isEmpty()) {
            html += u"<p dir='rtl'>"_s + esc(o.titleUr) + u"</p>"_s;
        }
        if (!o.penalty.isEmpty()) {
            html += u"<p>"_s + esc(Tr::tr("Penalty: %1").arg(o.penalty)) + u"</p>"_s;
        }
    }
    if (d.offences.empty()) {
        html += u"<p>"_s + esc(Tr::tr("No offence sections are recorded.")) + u"</p>"_s;
    }
    return {Tr::tr("Summary and charges"), html, 0};
}

Section parties(const QString& title, const std::vector<CaseFileParty>& list, bool withArrests) {
    QString html = u"<h2>"_s + esc(title) + u"</h2>"_s;
    if (list.empty()) {
        html += u"<p>"_s + esc(Tr::tr("None recorded.")) + u"</p>"_s;
        return {title, html, 0};
    }
    QList<QStringList> rows;
    int n = 0;
    for (const CaseFileParty& p : list) {
        QStringList cells{QString::number(++n), personName(p), rolesText(p),
                          p.redacted ? QString() : identifiers(p.person)};
        if (withArrests) {
            cells << arrestsText(p);
        }
        rows << cells;
    }
    QStringList headers{u"#"_s, esc(Tr::tr("Name")), esc(Tr::tr("Role")), esc(Tr::tr("Identifiers and contact"))};
    if (withArrests) {
        headers << esc(Tr::tr("Arrest and custody"));
    }
    html += table(headers, rows);
    return {title, html, 0};
}

Section chronology(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Chronology")) + u"</h2>"_s;
    QList<QStringList> rows;
    for (const TimelineEvent& e : d.events) {
        QString type = e.type;
        type.replace(u'_', u' ');
        rows << QStringList{timeText(e.occurredAt), esc(type), esc(e.legalRef), esc(e.description)};
    }
    html += rows.isEmpty() ? u"<p>"_s + esc(Tr::tr("None recorded.")) + u"</p>"_s
                           : table({esc(Tr::tr("When")), esc(Tr::tr("Event")), esc(Tr::tr("Legal reference")),
                                    esc(Tr::tr("Description"))},
                                   rows);
    return {Tr::tr("Chronology"), html, 0};
}

Section evidence(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Evidence index")) + u"</h2>"_s;
    if (d.evidence.empty()) {
        html += u"<p>"_s + esc(Tr::tr("None recorded.")) + u"</p>"_s;
    }
    int n = 0;
    for (const CaseFileEvidence& e : d.evidence) {
        const EvidenceItem& i = e.item;
        html += u"<h3>"_s + QString::number(++n) + u". "_s + esc(i.title) + u"</h3><p>"_s +
                esc(evidenceKindDisplayName(i.kind));
        if (i.kind == EvidenceKind::File) {
            html += u" &middot; "_s + esc(i.fileName) + u" &middot; "_s +
                    esc(QLocale().formattedDataSize(i.sizeBytes)) + u"<br/>SHA-256: <tt>"_s + i.sha256 + u"</tt>"_s;
        } else {
            html += u" &middot; "_s + esc(Tr::tr("Malkhana register %1").arg(i.malkhanaRef));
        }
        html += u"</p>"_s;
        QList<QStringList> rows;
        for (const CustodyEvent& c : e.custody) {
            rows << QStringList{timeText(c.at), esc(custodyActionDisplayName(c.action)),
                                esc(c.byWhom),  esc(c.toWhom),
                                esc(c.place),   esc(c.recordedBy)};
        }
        if (!rows.isEmpty()) {
            html += table({esc(Tr::tr("When")), esc(Tr::tr("Custody")), esc(Tr::tr("By")), esc(Tr::tr("To")),
                           esc(Tr::tr("Where")), esc(Tr::tr("Recorded by"))},
                          rows);
        }
    }
    return {Tr::tr("Evidence index"), html, 0};
}

Section statistics(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Counts")) + u"</h2>"_s;
    QList<QStringList> rows;
    for (const auto& [key, value] : d.counts) {
        QString label = key;
        if (key.startsWith(u"role."_s)) {
            if (auto role = personRoleFromKey(key.mid(5))) {
                label = Tr::tr("Role: %1").arg(personRoleDisplayName(*role));
            }
        } else if (key.startsWith(u"outcome."_s)) {
            if (auto outcome = victimOutcomeFromKey(key.mid(8))) {
                label = Tr::tr("Outcome: %1").arg(victimOutcomeDisplayName(*outcome));
            }
        }
        rows << QStringList{esc(label), QString::number(value)};
    }
    html += table({esc(Tr::tr("Measure")), esc(Tr::tr("Count"))}, rows);
    return {Tr::tr("Counts"), html, 0};
}

} // namespace

std::vector<Section> sections(const CaseFileData& d) {
    std::vector<Section> out;
    out.push_back(summary(d));
    if (d.profile == RedactionProfile::Statistics) {
        out.push_back(statistics(d));
        return out;
    }
    out.push_back(parties(Tr::tr("Accused"), d.accused, true));
    out.push_back(parties(Tr::tr("Victims"), d.victims, false));
    out.push_back(parties(Tr::tr("Complainants, witnesses and family"), d.others, false));
    out.push_back(chronology(d));
    out.push_back({Tr::tr("Relationship chart"), {}, 1});
    out.push_back({Tr::tr("Timeline"), {}, 2});
    out.push_back(evidence(d));
    return out;
}

} // namespace caselink::casefilehtml
