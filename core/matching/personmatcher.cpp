#include "matching/personmatcher.h"

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

// CNIC-bearing name look-ups after which the in-memory index of persons without a CNIC pays for its loading (one
// pass over person_search): a small file keeps to the full-text query.
constexpr qint64 kIndexAfter = 1000;
// The full-text query keeps the first 200 hits and of those the first 50 that pass the filters; the index's hits all
// pass them, so it keeps its first 50.
constexpr size_t kCandidates = 50;
constexpr size_t kPartsCache = 100000;

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
    auto names = db.prepare(u"SELECT name_latin, name_urdu, relative_latin, relative_urdu FROM persons WHERE id = ?"_s);
    for (auto* s : {&byCnic, &byPassport, &byPhone, &byKeys, &names}) {
        if (!*s) {
            return std::unexpected(s->error());
        }
    }
    m_byCnic = std::move(*byCnic);
    m_byPassport = std::move(*byPassport);
    m_byPhone = std::move(*byPhone);
    m_byKeys = std::move(*byKeys);
    m_names = std::move(*names);
    return ok();
}

NameSearchForms PersonMatcher::forms(const QString& name) const {
    return m_forms ? m_forms(name) : searchForms(name);
}

QStringList PersonMatcher::queryKeys(const QString& name, const QString& father) const {
    QStringList keys = forms(name).keys;
    if (keys.isEmpty()) {
        return {};
    }
    keys += forms(father).keys;
    keys.removeDuplicates();
    return keys;
}

void PersonMatcher::indexNoCnic(const QString& id, const QString& keys) {
    const qsizetype position = qsizetype(m_noCnic.ids.size());
    m_noCnic.ids.push_back(id);
    for (const QString& key : keys.split(u' ', Qt::SkipEmptyParts)) {
        std::vector<qsizetype>& postings = m_noCnic.byKey[key];
        if (postings.empty() || postings.back() != position) {
            postings.push_back(position);
        }
    }
}

Status PersonMatcher::buildNoCnicIndex() {
    auto rows =
        m_context.db().prepare(u"SELECT s.person_id, s.keys FROM person_search s JOIN persons p ON p.id = s.person_id "
                               "WHERE p.cnic IS NULL AND p.merged_into IS NULL AND %1 ORDER BY s.rowid"_s.arg(
                                   m_context.scope().personVisible(u"p"_s)));
    if (!rows) {
        return std::unexpected(rows.error());
    }
    m_context.scope().bind(*rows);
    if (auto st = rows->forEachRow([&](Statement& s) { indexNoCnic(s.columnText(0), s.columnText(1)); }); !st) {
        return st;
    }
    m_noCnic.built = true;
    return ok();
}

void PersonMatcher::personCreated(const QString& id, const Person& person) {
    // Persons with a CNIC are never candidates of a CNIC-bearing look-up; a later index build reads the rest from
    // the database, which already holds this one.
    if (!m_noCnic.built || !person.cnic.isEmpty()) {
        return;
    }
    const PersonSearchRow row =
        personSearchRow(QStringList{person.nameLatin, person.nameUrdu, person.relativeLatin, person.relativeUrdu},
                        [this](const QString& name) { return forms(name); });
    indexNoCnic(id, row.keys);
}

Result<std::vector<PersonMatcher::Candidate>> PersonMatcher::indexedCandidates(const QStringList& keys,
                                                                               const QString& excludeId) {
    std::vector<const std::vector<qsizetype>*> lists;
    for (const QString& key : keys) {
        const auto it = m_noCnic.byKey.constFind(key);
        if (it == m_noCnic.byKey.constEnd()) {
            return std::vector<Candidate>{};
        }
        lists.push_back(&*it);
    }
    std::sort(lists.begin(), lists.end(), [](const auto* a, const auto* b) { return a->size() < b->size(); });
    std::vector<Candidate> out;
    for (qsizetype position : *lists.front()) {
        bool inAll = true;
        for (size_t i = 1; i < lists.size() && inAll; ++i) {
            inAll = std::binary_search(lists[i]->begin(), lists[i]->end(), position);
        }
        const QString& id = m_noCnic.ids[size_t(position)];
        if (!inAll || id == excludeId) {
            continue;
        }
        m_names.reset();
        m_names.bind(1, id);
        auto row = m_names.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            out.push_back(
                {id, {m_names.columnText(0), m_names.columnText(1), m_names.columnText(2), m_names.columnText(3)}});
        }
        if (out.size() >= kCandidates) {
            break;
        }
    }
    return out;
}

Result<std::vector<PersonMatcher::Candidate>>
PersonMatcher::searchedCandidates(const QStringList& keys, const QString& cnic, const QString& excludeId) {
    QStringList terms;
    for (const QString& key : keys) {
        terms << ftsQuote(key);
    }
    m_byKeys.reset();
    m_context.scope().bind(m_byKeys);
    m_byKeys.bindNamed(":match", u"keys : (%1)"_s.arg(terms.join(u" AND "_s)));
    m_byKeys.bindNamed(":exclude", nn(excludeId));
    m_byKeys.bindNamed(":cnic", nn(cnic));
    std::vector<Candidate> out;
    auto st = m_byKeys.forEachRow([&](Statement& s) {
        out.push_back({s.columnText(0), {s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4)}});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

const NameParts& PersonMatcher::analysed(const QString& text) {
    auto it = m_parts.find(text);
    if (it == m_parts.end()) {
        it = m_parts.emplace(text, NameNormalizer::analyze(text)).first;
    }
    return it->second;
}

std::vector<MatchCandidate> PersonMatcher::score(const QString& name, const QString& father,
                                                 const std::vector<Candidate>& candidates, int limit) {
    if (m_parts.size() > kPartsCache) {
        m_parts.clear();
    }
    const NameMatcher::Analysed incomingName{name, analysed(name)};
    const NameMatcher::Analysed incomingFather{father, analysed(father)};
    std::vector<MatchCandidate> out;
    for (const Candidate& c : candidates) {
        NameMatch best;
        for (int n : {0, 1}) {
            const QString& otherName = c.names[n];
            if (otherName.isEmpty()) {
                continue;
            }
            for (int f : {2, 3}) {
                const QString& otherFather = c.names[f];
                if (f == 3 && otherFather.isEmpty() && !c.names[2].isEmpty()) {
                    continue;
                }
                NameMatch m = NameMatcher::matchScore(incomingName, incomingFather, {otherName, analysed(otherName)},
                                                      {otherFather, analysed(otherFather)});
                if (m.score > best.score) {
                    best = m;
                }
            }
        }
        if (best.score >= NameMatcher::kPossible) {
            out.push_back({c.id, best.score, best.reasons});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    if (out.size() > size_t(limit)) {
        out.resize(size_t(limit));
    }
    return out;
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
    const QStringList keys = queryKeys(name, father);
    if (keys.isEmpty()) {
        return result;
    }
    // No visible person holds this CNIC (the exact look-up above would have found them), so only persons without a
    // CNIC can be this one under another spelling.
    Result<std::vector<Candidate>> found;
    if (!person.cnic.isEmpty() && ++m_cnicLookups > kIndexAfter) {
        if (!m_noCnic.built) {
            if (auto st = buildNoCnicIndex(); !st) {
                return std::unexpected(st.error());
            }
        }
        found = indexedCandidates(keys, excludeId);
    } else {
        found = searchedCandidates(keys, person.cnic, excludeId);
    }
    if (!found) {
        return std::unexpected(found.error());
    }
    const std::vector<MatchCandidate> candidates = score(name, father, *found, 1);
    if (!candidates.empty()) {
        result.review = candidates.front();
    }
    return result;
}

Result<std::vector<MatchCandidate>> PersonMatcher::nameCandidates(const QString& name, const QString& father,
                                                                  const QString& cnic, const QString& excludeId,
                                                                  int limit) {
    const QStringList keys = queryKeys(name, father);
    if (keys.isEmpty()) {
        return std::vector<MatchCandidate>{};
    }
    auto found = searchedCandidates(keys, cnic, excludeId);
    if (!found) {
        return std::unexpected(found.error());
    }
    return score(name, father, *found, limit);
}

} // namespace caselink
