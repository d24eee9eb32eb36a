#include "io/casefilehtml.h"

#include <map>

#include <QCoreApplication>
#include <QLocale>

#include "domain/localtime.h"
#include "domain/rupees.h"
#include "io/casefilehtml_p.h"
#include "io/casefilepdf.h"

namespace caselink::casefilehtml {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseFilePdf)
};

QString row(const QStringList& cells, bool header = false) {
    QString out = u"<tr>"_s;
    for (const QString& c : cells) {
        out += header ? u"<th>"_s + c + u"</th>"_s : u"<td>"_s + c + u"</td>"_s;
    }
    return out + u"</tr>"_s;
}

QString cnicText(const QString& cnic) {
    if (cnic.size() != 13) {
        return cnic;
    }
    return cnic.left(5) + u'-' + cnic.mid(5, 7) + u'-' + cnic.right(1);
}

} // namespace

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString dateText(const QDate& d) {
    return d.isValid() ? displayDate(d) : u"-"_s;
}

QString timeText(const QDateTime& t) {
    return t.isValid() ? displayDateTime(t) : u"-"_s;
}

QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths) {
    // The header row is a <thead>, so a table running over several pages repeats it on each.
    QString out = u"<table width='100%' cellspacing='0' cellpadding='3' border='1'><thead><tr>"_s;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        out += i < widths.size() ? u"<th width='%1%'>"_s.arg(widths[i]) : u"<th>"_s;
        out += headers[i] + u"</th>"_s;
    }
    out += u"</tr></thead>"_s;
    for (const QStringList& r : rows) {
        out += row(r);
    }
    return out + u"</table>"_s;
}

QString noneRecorded() {
    return u"<p>"_s + esc(Tr::tr("None recorded.")) + u"</p>"_s;
}

bool urduReader() {
    return QLocale().language() == QLocale::Urdu;
}

QString ltr(const QString& value) {
    if (value.isEmpty() || QLocale().textDirection() != Qt::RightToLeft) {
        return value;
    }
    const QChar mark(0x200E);
    return mark + value + mark;
}

QString partyText(const CaseFileData& d, const QString& personId) {
    const CaseFileParty* p = d.party(personId);
    if (!p) {
        return u"-"_s;
    }
    return p->redacted ? u"<i>"_s + esc(p->label) + u"</i>"_s : esc(p->label);
}

QString amountCell(const Money& amount) {
    if (amount.currency != u"PKR"_s) {
        return esc(ltr(amount.display())).replace(u' ', u"&nbsp;"_s);
    }
    const auto [figure, words] = rupeesParts(amount);
    QString cell = esc(ltr(figure)).replace(u' ', u"&nbsp;"_s);
    if (!words.isEmpty()) {
        cell += u"<br/>"_s + esc(words).replace(u' ', u"&nbsp;"_s);
    }
    return cell;
}

namespace {

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
        out << Tr::tr("CNIC %1").arg(ltr(cnicText(p.cnic)));
    }
    for (const PersonPassport& pp : p.passports) {
        out << Tr::tr("Passport %1 (%2)").arg(ltr(pp.number), ltr(pp.issuingState));
    }
    for (const QString& phone : p.phones) {
        out << Tr::tr("Phone %1").arg(ltr(phone));
    }
    for (const PersonAddress& a : p.addresses) {
        QStringList parts{a.line, a.locality, a.tehsil, a.district, a.province};
        parts.removeAll(QString());
        if (!parts.isEmpty()) {
            out << Tr::tr("Address: %1").arg(ltr(parts.join(u", "_s)));
        }
    }
    for (QString& s : out) {
        s = esc(s);
    }
    return out.join(u"<br/>"_s);
}

// "Physical remand 09-05-2026 to 15-05-2026, Judicial Magistrate Section 30, Gujranwala, order RO-663/2026": the
// magistrate and the order only when recorded, so no line ends in a word waiting for its value. The order keeps its
// number on the same line.
QString remandText(const CustodyPeriod& c) {
    QStringList parts{Tr::tr("%1 %2 to %3").arg(custodyKindDisplayName(c.kind), dateText(c.from), dateText(c.to))};
    if (!c.magistrate.trimmed().isEmpty()) {
        parts << ltr(c.magistrate.trimmed());
    }
    QString out = esc(parts.join(Tr::tr(", ")));
    if (!c.orderRef.trimmed().isEmpty()) {
        out += esc(Tr::tr(", ")) + esc(Tr::tr("order %1").arg(ltr(c.orderRef.trimmed()))).replace(u' ', u"&nbsp;"_s);
    }
    return out;
}

QString arrestsText(const CaseFileParty& p) {
    if (p.arrests.empty()) {
        return {};
    }
    QString out;
    for (const CaseFileArrest& a : p.arrests) {
        const QString when = timeText(a.arrest.arrestedAt);
        const QString category = arrestCategoryDisplayName(a.arrest.category);
        out += u"<p>"_s + esc(a.arrest.place.isEmpty()
                                  ? Tr::tr("Arrested %1 (%2)").arg(when, category)
                                  : Tr::tr("Arrested %1 at %2 (%3)").arg(when, ltr(a.arrest.place), category));
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
            out += u"<br/>"_s + remandText(c);
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
        return {title, html + noneRecorded(), 0};
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

Section evidence(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Evidence index")) + u"</h2>"_s;
    if (d.evidence.empty()) {
        html += noneRecorded();
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

// The measures of the statistics profile in words; a key this list does not know is shown as "Other".
QString countLabel(const QString& key) {
    static const std::map<QString, const char*> labels{
        {u"accused"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Accused")},
        {u"victims"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Victims")},
        {u"others"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Complainants, witnesses and family")},
        {u"events"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Events in the chronology")},
        {u"arrests"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Arrests")},
        {u"custody_periods"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Remand orders")},
        {u"evidence.files"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Evidence files")},
        {u"evidence.exhibits"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Exhibits in the malkhana")},
        {u"payments"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Payments")},
        {u"route_legs"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Route legs")},
        {u"documents"_s, QT_TRANSLATE_NOOP("caselink::CaseFilePdf", "Documents")},
    };
    const auto it = labels.find(key);
    return it != labels.end() ? Tr::tr(it->second) : Tr::tr("Other");
}

Section statistics(const CaseFileData& d) {
    QString html = u"<h2>"_s + esc(Tr::tr("Counts")) + u"</h2>"_s;
    QList<QStringList> rows;
    for (const auto& [key, value] : d.counts) {
        QString label = countLabel(key);
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

std::vector<Section> sections(const CaseFileData& d, Qt::LayoutDirection direction) {
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
    out.push_back(payments(d));
    out.push_back(route(d, direction));
    out.push_back(documents(d));
    out.push_back({Tr::tr("Relationship chart"), {}, 1});
    out.push_back({Tr::tr("Timeline"), {}, 2});
    out.push_back(evidence(d));
    return out;
}

} // namespace caselink::casefilehtml
