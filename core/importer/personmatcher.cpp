#include "importer/personmatcher.h"

#include <algorithm>

#include <QCoreApplication>

#include "text/namematcher.h"
#include "text/namesearchforms.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::PersonMatcher)
};

QString ftsQuote(const QString& term) {
    return u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

PersonMatcher::PersonMatcher(RepositoryContext& context)
    : m_context(context) {
}

Status PersonMatcher::prepare() {
    const Scope& scope = m_context.scope();
    const QString visible = scope.personVisible(u"p"_s);
    const QString isProtected = scope.personProtected(u"p"_s);
    Database& db = m_context.db();
    auto byCnic = db.prepare(u"SELECT p.id, %1 FROM persons p WHERE p.cnic = :value AND p.merged_into IS NULL "
                             "AND %2 LIMIT 1"_s.arg(isProtected, visible));
    auto byPassport =
        db.prepare(u"SELECT p.id, %1 FROM person_passports pp JOIN persons p ON p.id = pp.person_id "
                   "WHERE pp.number = :value AND p.merged_into IS NULL AND %2 LIMIT 1"_s.arg(isProtected, visible));
    auto byPhone =
        db.prepare(u"SELECT p.id, %1 FROM person_phones ph JOIN persons p ON p.id = ph.person_id "
                   "WHERE ph.e164 = :value AND p.merged_into IS NULL AND %2 LIMIT 1"_s.arg(isProtected, visible));
    auto byKeys = db.prepare(u"SELECT person_id FROM person_search WHERE person_search MATCH :match LIMIT 50"_s);
    auto person = db.prepare(
        u"SELECT p.name_latin, p.name_urdu, p.relative_latin, p.relative_urdu, "
        "coalesce(p.cnic, '') FROM persons p WHERE p.id = :id AND p.merged_into IS NULL AND %1"_s.arg(visible));
    for (auto* s : {&byCnic, &byPassport, &byPhone, &byKeys, &person}) {
        if (!*s) {
            return std::unexpected(s->error());
        }
    }
    m_byCnic = std::move(*byCnic);
    m_byPassport = std::move(*byPassport);
    m_byPhone = std::move(*byPhone);
    m_byKeys = std::move(*byKeys);
    m_person = std::move(*person);
    return ok();
}

Result<std::optional<std::pair<QString, bool>>> PersonMatcher::exact(Statement& statement, const QString& value) {
    statement.reset();
    m_context.scope().bind(statement);
    statement.bindNamed(":value", value);
    auto row = statement.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<std::pair<QString, bool>>();
    }
    return std::optional<std::pair<QString, bool>>(std::pair{statement.columnText(0), statement.columnInt(1) != 0});
}

Result<PersonMatch> PersonMatcher::match(const Person& person, bool fuzzy, const QString& excludeId) {
    PersonMatch result;
    struct Probe {
        Statement* statement;
        QString value;
        const char* by;
        QString reason;
    };
    std::vector<Probe> probes;
    if (!person.cnic.isEmpty()) {
        probes.push_back({&m_byCnic, person.cnic, "cnic", Tr::tr("same CNIC")});
    }
    for (const PersonPassport& p : person.passports) {
        probes.push_back({&m_byPassport, p.number, "passport", Tr::tr("same passport number")});
    }
    for (const QString& phone : person.phones) {
        probes.push_back({&m_byPhone, phone, "phone", Tr::tr("same phone number")});
    }
    for (Probe& probe : probes) {
        auto hit = exact(*probe.statement, probe.value);
        if (!hit) {
            return std::unexpected(hit.error());
        }
        if (!*hit || (*hit)->first == excludeId) {
            continue;
        }
        if ((*hit)->second) {
            // A protected identity is never linked silently by a user who cannot see it: an officer with the
            // grant decides.
            result.review = MatchCandidate{(*hit)->first, 1.0, {probe.reason}};
            return result;
        }
        result.linkedId = (*hit)->first;
        result.matchedBy = QString::fromLatin1(probe.by);
        return result;
    }
    if (!fuzzy) {
        return result;
    }
    const QString name = person.nameLatin.isEmpty() ? person.nameUrdu : person.nameLatin;
    const QString father = person.relativeLatin.isEmpty() ? person.relativeUrdu : person.relativeLatin;
    auto candidates = nameCandidates(name, father, person.cnic, excludeId, 1);
    if (!candidates) {
        return std::unexpected(candidates.error());
    }
    if (!candidates->empty()) {
        result.review = candidates->front();
    }
    return result;
}

Result<std::vector<MatchCandidate>> PersonMatcher::nameCandidates(const QString& name, const QString& father,
                                                                  const QString& cnic, const QString& excludeId,
                                                                  int limit) {
    std::vector<MatchCandidate> out;
    const NameSearchForms forms = searchForms(name);
    if (forms.keys.isEmpty()) {
        return out;
    }
    QStringList terms;
    for (const QString& key : forms.keys) {
        terms << ftsQuote(key);
    }
    m_byKeys.reset();
    m_byKeys.bindNamed(":match", u"keys : (%1)"_s.arg(terms.join(u" AND "_s)));
    QStringList ids;
    auto st = m_byKeys.forEachRow([&](Statement& s) { ids << s.columnText(0); });
    if (!st) {
        return std::unexpected(st.error());
    }
    ids.removeDuplicates();
    for (const QString& id : std::as_const(ids)) {
        if (id == excludeId) {
            continue;
        }
        m_person.reset();
        m_context.scope().bind(m_person);
        m_person.bindNamed(":id", id);
        auto row = m_person.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            continue; // merged away or outside the user's scope
        }
        const QString otherCnic = m_person.columnText(4);
        if (!cnic.isEmpty() && !otherCnic.isEmpty() && cnic != otherCnic) {
            continue; // different identity numbers: different persons
        }
        NameMatch best;
        for (int n : {0, 1}) {
            const QString otherName = m_person.columnText(n);
            if (otherName.isEmpty()) {
                continue;
            }
            for (int f : {2, 3}) {
                const QString otherFather = m_person.columnText(f);
                if (f == 3 && otherFather.isEmpty() && !m_person.columnText(2).isEmpty()) {
                    continue;
                }
                NameMatch m = NameMatcher::matchScore(name, father, otherName, otherFather);
                if (m.score > best.score) {
                    best = m;
                }
            }
        }
        if (best.score >= NameMatcher::kPossible) {
            out.push_back({id, best.score, best.reasons});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    if (out.size() > size_t(limit)) {
        out.resize(size_t(limit));
    }
    return out;
}

} // namespace caselink
