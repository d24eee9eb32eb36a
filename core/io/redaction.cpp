#include "io/redaction.h"

#include <algorithm>

#include <QRegularExpression>

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

QString marker() {
    return CaseFileLoader::tr("[withheld]");
}

QStringList nameWords(const QString& name) {
    static const QRegularExpression split(u"[\\s,./()-]+"_s);
    QStringList out;
    for (const QString& w : name.split(split, Qt::SkipEmptyParts)) {
        if (w.size() >= 3) {
            out << w;
        }
    }
    return out;
}

QString bareDigits(const QString& s) {
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber()) {
            out += c;
        }
    }
    return out;
}

} // namespace

void TextScrubber::addPerson(const Person& p, const QStringList& keepWords) {
    QStringList names{p.nameLatin, p.nameUrdu, p.relativeLatin, p.relativeUrdu};
    names += p.aliases;
    for (const PersonAddress& a : p.addresses) {
        names << a.line << a.locality;
    }
    for (const QString& name : names) {
        if (name.trimmed().isEmpty()) {
            continue;
        }
        m_words << name.trimmed();
        for (const QString& w : nameWords(name)) {
            if (!keepWords.contains(w, Qt::CaseInsensitive)) {
                m_words << w;
            }
        }
    }
    if (!p.cnic.isEmpty()) {
        m_digits << bareDigits(p.cnic);
    }
    for (const QString& phone : p.phones) {
        const QString d = bareDigits(phone);
        m_digits << (d.size() > 10 ? d.right(10) : d); // matches +92 300..., 0300-... and 300...
    }
    for (const PersonPassport& pp : p.passports) {
        if (!pp.number.isEmpty()) {
            m_digits << bareDigits(pp.number);
        }
    }
}

void TextScrubber::addNumber(const QString& number) {
    if (const QString d = bareDigits(number); !d.isEmpty()) {
        m_digits << d;
    }
}

QString TextScrubber::scrub(const QString& text) const {
    if (text.isEmpty() || isEmpty()) {
        return text;
    }
    QString out = text;
    for (const QString& d : m_digits) {
        if (d.size() < 5) {
            continue;
        }
        QStringList parts;
        for (QChar c : d) {
            parts << QRegularExpression::escape(QString(c));
        }
        const QRegularExpression re(parts.join(u"[\\s-]?"_s), QRegularExpression::CaseInsensitiveOption);
        out.replace(re, marker());
    }
    QStringList words = m_words;
    std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    words.removeDuplicates();
    for (const QString& w : words) {
        const QRegularExpression re(u"(?<![\\w])"_s + QRegularExpression::escape(w) + u"(?![\\w])"_s,
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
        out.replace(re, marker());
    }
    return out;
}

namespace {

void countParties(CaseFileData& d) {
    auto& c = d.counts;
    c[u"accused"_s] = static_cast<int>(d.accused.size());
    c[u"victims"_s] = static_cast<int>(d.victims.size());
    c[u"others"_s] = static_cast<int>(d.others.size());
    c[u"events"_s] = static_cast<int>(d.events.size());
    for (const auto* group : {&d.accused, &d.victims, &d.others}) {
        for (const CaseFileParty& p : *group) {
            for (const CaseRole& r : p.roles) {
                ++c[u"role."_s + personRoleKey(r.role)];
                if (r.victimOutcome) {
                    ++c[u"outcome."_s + victimOutcomeKey(*r.victimOutcome)];
                }
            }
            c[u"arrests"_s] += static_cast<int>(p.arrests.size());
            for (const CaseFileArrest& a : p.arrests) {
                c[u"custody_periods"_s] += static_cast<int>(a.custody.size());
            }
        }
    }
    for (const CaseFileEvidence& e : d.evidence) {
        ++c[e.item.kind == EvidenceKind::File ? u"evidence.files"_s : u"evidence.exhibits"_s];
    }
    c[u"payments"_s] = static_cast<int>(d.payments.size());
    c[u"route_legs"_s] = static_cast<int>(d.route.size());
    c[u"documents"_s] = static_cast<int>(d.documents.size());
}

bool isWithheld(const CaseFileData& d, const QString& personId) {
    const CaseFileParty* p = d.party(personId);
    return p && p->redacted;
}

// The numbers of withheld holders' documents, scrubbed from every free text like their CNICs.
void addWithheldNumbers(const CaseFileData& d, TextScrubber& scrubber) {
    for (const Document& doc : d.documents) {
        if (isWithheld(d, doc.personId)) {
            scrubber.addNumber(doc.number);
        }
    }
}

// A withheld holder's documents keep their type and authenticity (what the partner needs to know about the
// network's forgeries) but lose the number and the notes; every other document's notes are scrubbed.
void redactRecords(CaseFileData& d, const TextScrubber& scrubber) {
    for (Document& doc : d.documents) {
        if (isWithheld(d, doc.personId)) {
            doc.number.clear();
            doc.notes.clear();
        }
    }
    for (RouteLeg& leg : d.route) {
        leg.fromPlace = scrubber.scrub(leg.fromPlace);
        leg.toPlace = scrubber.scrub(leg.toPlace);
        leg.borderPoint = scrubber.scrub(leg.borderPoint);
    }
    for (Document& doc : d.documents) {
        doc.notes = scrubber.scrub(doc.notes);
    }
}

void redactPartner(CaseFileData& d) {
    QStringList accusedWords;
    for (const CaseFileParty& p : d.accused) {
        accusedWords += nameWords(p.person.nameLatin) + nameWords(p.person.nameUrdu) +
                        nameWords(p.person.relativeLatin) + nameWords(p.person.relativeUrdu);
    }
    TextScrubber scrubber;
    std::map<PersonRole, int> numbers;
    for (auto* group : {&d.victims, &d.others}) {
        for (CaseFileParty& p : *group) {
            scrubber.addPerson(p.person, accusedWords);
            const PersonRole role = p.roles.empty() ? PersonRole::Witness : p.roles.front().role;
            p.label = CaseFileLoader::tr("%1 %2").arg(personRoleDisplayName(role)).arg(++numbers[role]);
            Person blank;
            blank.id = p.person.id;
            blank.sex = p.person.sex;
            blank.nationality = p.person.nationality;
            blank.isProtected = true;
            blank.phones.clear();
            blank.addresses.clear();
            p.person = blank;
            p.redacted = true;
            for (CaseRole& r : p.roles) {
                r.notes.clear();
            }
            for (CaseFileArrest& a : p.arrests) {
                a.arrest.place.clear();
            }
        }
    }
    addWithheldNumbers(d, scrubber);
    auto s = [&](QString& text) {
        text = scrubber.scrub(text);
    };
    s(d.caseFile.title);
    s(d.caseFile.summary);
    for (CaseFileParty& p : d.accused) {
        s(p.person.notes);
        for (CaseRole& r : p.roles) {
            s(r.notes);
            s(r.exploitation);
        }
        for (CaseFileArrest& a : p.arrests) {
            s(a.arrest.place);
        }
    }
    for (auto* group : {&d.victims, &d.others}) {
        for (CaseFileParty& p : *group) {
            for (CaseRole& r : p.roles) {
                s(r.exploitation);
            }
        }
    }
    for (TimelineEvent& e : d.events) {
        s(e.description);
    }
    redactRecords(d, scrubber);
    for (CaseFileEvidence& e : d.evidence) {
        s(e.item.title);
        s(e.item.description);
        s(e.item.fileName);
        for (CustodyEvent& c : e.custody) {
            s(c.byWhom);
            s(c.toWhom);
            s(c.place);
            s(c.notes);
        }
    }
}

} // namespace

void applyRedaction(CaseFileData& d, RedactionProfile profile) {
    d.profile = profile;
    switch (profile) {
    case RedactionProfile::Prosecutor:
        return;
    case RedactionProfile::Partner:
        redactPartner(d);
        return;
    case RedactionProfile::Statistics:
        countParties(d);
        d.accused.clear();
        d.victims.clear();
        d.others.clear();
        d.events.clear();
        d.evidence.clear();
        d.payments.clear();
        d.route.clear();
        d.documents.clear();
        d.caseFile.title.clear();
        d.caseFile.summary.clear();
        d.caseFile.prosecutor.clear();
        d.caseFile.ioOfficerId.clear();
        return;
    }
}

} // namespace caselink
