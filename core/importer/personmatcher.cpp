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

QString nn(const QString& text) {
    return text.isNull() ? u""_s : text;
}

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
    // INDEXED BY: the scope's office test would otherwise tempt the planner into walking every person of the office.
    auto byCnic = db.prepare(
        u"SELECT p.id, %1 FROM persons p INDEXED BY persons_cnic WHERE p.cnic = :value AND p.merged_into IS NULL "
        "AND %2 LIMIT 1"_s.arg(isProtected, visible));
    auto byPassport =
        db.prepare(u"SELECT p.id, %1 FROM person_passports pp INDEXED BY person_passports_number JOIN persons p ON "
                   u"p.id = pp.person_id "
                   "WHERE pp.number = :value AND p.merged_into IS NULL AND %2 LIMIT 1"_s.arg(isProtected, visible));
    auto byPhone = db.prepare(
        u"SELECT p.id, %1 FROM person_phones ph INDEXED BY person_phones_number JOIN persons p ON p.id = ph.person_id "
        "WHERE ph.e164 = :value AND p.merged_into IS NULL AND %2 LIMIT 1"_s.arg(isProtected, visible));
    // Candidates share the phonetic keys of the name (and of the father's name, when given: person_search holds
    // both), hold no different CNIC, and are visible; the scores are computed here, in C++, for the few found.
    auto byKeys = db.prepare(u"SELECT p.id, p.name_latin, p.name_urdu, p.relative_latin, p.relative_urdu "
                             "FROM (SELECT person_id FROM person_search WHERE person_search MATCH :match LIMIT 200) s "
                             "JOIN persons p ON p.id = s.person_id WHERE p.id <> :exclude AND p.merged_into IS NULL "
                             "AND (:cnic = '' OR p.cnic IS NULL OR p.cnic = :cnic) AND %1 LIMIT 50"_s.arg(visible));
    for (auto* s : {&byCnic, &byPassport, &byPhone, &byKeys}) {
        if (!*s) {
            return std::unexpected(s->error());
        }
    }
    m_byCnic = std::move(*byCnic);
    m_byPassport = std::move(*byPassport);
    m_byPhone = std::move(*byPhone);
    m_byKeys = std::move(*byKeys);
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
    QStringList keys = searchForms(name).keys;
    if (keys.isEmpty()) {
        return out;
    }
    keys += searchForms(father).keys;
    keys.removeDuplicates();
    QStringList terms;
    for (const QString& key : std::as_const(keys)) {
        terms << ftsQuote(key);
    }
    m_byKeys.reset();
    m_context.scope().bind(m_byKeys);
    m_byKeys.bindNamed(":match", u"keys : (%1)"_s.arg(terms.join(u" AND "_s)));
    m_byKeys.bindNamed(":exclude", nn(excludeId));
    m_byKeys.bindNamed(":cnic", nn(cnic));
    auto st = m_byKeys.forEachRow([&](Statement& s) {
        NameMatch best;
        for (int n : {1, 2}) {
            const QString otherName = s.columnText(n);
            if (otherName.isEmpty()) {
                continue;
            }
            for (int f : {3, 4}) {
                const QString otherFather = s.columnText(f);
                if (f == 4 && otherFather.isEmpty() && !s.columnText(3).isEmpty()) {
                    continue;
                }
                NameMatch m = NameMatcher::matchScore(name, father, otherName, otherFather);
                if (m.score > best.score) {
                    best = m;
                }
            }
        }
        if (best.score >= NameMatcher::kPossible) {
            out.push_back({s.columnText(0), best.score, best.reasons});
        }
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    if (out.size() > size_t(limit)) {
        out.resize(size_t(limit));
    }
    return out;
}

} // namespace caselink
