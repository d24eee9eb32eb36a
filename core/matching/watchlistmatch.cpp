#include "matching/watchlistmatch.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "domain/cnic.h"
#include "matching/personmatcher.h"
#include "repo/recordtext.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::WatchListMatcher)
};

struct Entry {
    QString id;
    QString personId;
    QString name;
    QString father;
    QString cnic;
};

QString reasonsJson(const QStringList& reasons) {
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(reasons)).toJson(QJsonDocument::Compact));
}

QStringList reasonsFrom(const QString& json) {
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        out << v.toString();
    }
    return out;
}

} // namespace

WatchListMatcher::WatchListMatcher(RepositoryContext& context)
    : m_context(context) {
}

QStringList WatchListMatcher::lists() {
    return {u"ECL"_s,       u"PCL"_s,        u"VCL"_s,      u"BLACKLIST"_s,
            u"STOP_LIST"_s, u"RED_NOTICE"_s, u"RED_BOOK"_s, u"OFFLOADED"_s};
}

Result<std::vector<WatchListHit>> WatchListMatcher::run(const QString& listName, double minimumScore,
                                                        const std::function<bool(qint64, qint64)>& progress) {
    const QString list = listName.toUpper();
    if (!lists().contains(list)) {
        return fail(ErrorCode::Input, Tr::tr("Unknown list %1; use one of %2.").arg(list, lists().join(u", "_s)));
    }
    Database& db = m_context.db();
    const Scope& scope = m_context.scope();
    const QString person = u"p.id, CASE WHEN p.name_latin <> '' THEN p.name_latin ELSE p.name_urdu END, "
                           "CASE WHEN p.relative_latin <> '' THEN p.relative_latin ELSE p.relative_urdu END, "
                           "coalesce(p.cnic, '')"_s;
    // The Red Book's wanted entries; the offloaded passengers of the airport lists (their INTERCEPTED_AT_AIRPORT
    // events, see ImportRecords); or a watch list's open entries.
    const QString entriesSql =
        list == u"RED_BOOK"_s ? u"SELECT e.id, %1 FROM red_book_entries e JOIN persons p ON p.id = e.person_id "
                                "WHERE e.status = 'WANTED'"_s.arg(person)
        : list == u"OFFLOADED"_s ? u"SELECT e.id, %1 FROM events e JOIN persons p ON p.id = e.person_id "
                                   "WHERE e.event_type = 'INTERCEPTED_AT_AIRPORT' AND e.case_id IS NULL"_s.arg(person)
                                 : u"SELECT e.id, %1 FROM watchlist_entries e JOIN persons p ON p.id = e.person_id "
                                   "WHERE e.list = :list AND e.removed_on IS NULL"_s.arg(person);
    auto entries = db.prepare(entriesSql);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    entries->bindNamed(":list", list);
    std::vector<Entry> listed;
    if (auto st = entries->forEachRow([&](Statement& s) {
            listed.push_back({s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4)});
        });
        !st) {
        return std::unexpected(st.error());
    }
    // Protected persons (victims, witnesses, complainants) never take part for an account without the victim grant:
    // a hit, even under a pseudonym, would confirm that a guessed CNIC or name is a protected person's.
    const QString visible = u"%1 AND NOT %2"_s.arg(scope.personVisible(u"p"_s), scope.personProtected(u"p"_s));
    auto isProtected =
        db.prepare(u"SELECT 1 FROM persons p WHERE p.id = :person AND %1"_s.arg(scope.personProtected(u"p"_s)));
    if (!isProtected) {
        return std::unexpected(isProtected.error());
    }
    auto identifiers = db.prepare(
        u"SELECT p.id, 'cnic' FROM persons p WHERE :cnic <> '' AND p.cnic = :cnic AND p.id <> :self "
        "AND p.merged_into IS NULL AND %1 "
        "UNION SELECT p.id, 'passport' FROM person_passports a JOIN person_passports b ON b.number = a.number "
        "JOIN persons p ON p.id = b.person_id WHERE a.person_id = :self AND p.id <> :self AND p.merged_into IS NULL "
        "AND %1 "
        "UNION SELECT p.id, 'phone' FROM person_phones a JOIN person_phones b ON b.e164 = a.e164 "
        "JOIN persons p ON p.id = b.person_id WHERE a.person_id = :self AND p.id <> :self AND p.merged_into IS NULL "
        "AND %1"_s.arg(visible));
    if (!identifiers) {
        return std::unexpected(identifiers.error());
    }
    PersonMatcher matcher(m_context);
    if (auto st = matcher.prepare(); !st) {
        return std::unexpected(st.error());
    }
    std::vector<WatchListHit> found;
    qint64 matched = 0;
    for (const Entry& entry : listed) {
        if (progress && !progress(matched++, qint64(listed.size()))) {
            return fail(ErrorCode::Usage, Tr::tr("Matching was cancelled; no hit was stored."));
        }
        std::map<QString, WatchListHit> byPerson;
        identifiers->reset();
        scope.bind(*identifiers);
        identifiers->bindNamed(":cnic", entry.cnic);
        identifiers->bindNamed(":self", entry.personId);
        auto st = identifiers->forEachRow([&](Statement& s) {
            WatchListHit& hit = byPerson[s.columnText(0)];
            hit.score = 1.0;
            const QString by = s.columnText(1);
            hit.reasons << (by == u"cnic"_s       ? Tr::tr("same CNIC")
                            : by == u"passport"_s ? Tr::tr("same passport number")
                                                  : Tr::tr("same phone number"));
        });
        if (!st) {
            return std::unexpected(st.error());
        }
        auto candidates = matcher.nameCandidates(entry.name, entry.father, entry.cnic, entry.personId, 20);
        if (!candidates) {
            return std::unexpected(candidates.error());
        }
        for (const MatchCandidate& c : *candidates) {
            if (c.score < minimumScore) {
                continue;
            }
            if (!scope.victimGrant()) {
                isProtected->reset();
                isProtected->bindNamed(":person", c.personId);
                auto row = isProtected->step();
                if (!row) {
                    return std::unexpected(row.error());
                }
                if (*row) {
                    continue;
                }
            }
            WatchListHit& hit = byPerson[c.personId];
            hit.score = std::max(hit.score, c.score);
            hit.reasons << c.reasons;
        }
        for (auto& [personId, hit] : byPerson) {
            hit.list = list;
            hit.entryId = entry.id;
            hit.listedPersonId = entry.personId;
            hit.personId = personId;
            hit.reasons.removeDuplicates();
            found.push_back(hit);
        }
    }
    const AuditRecord record{u"watchlist.match"_s, u"watchlist"_s, list,
                             QJsonObject{{u"entries"_s, qint64(listed.size())}, {u"hits"_s, qint64(found.size())}}};
    const QString now = m_context.now();
    auto write = [&]() -> Status {
        auto upsert = db.prepare(
            u"INSERT INTO watchlist_hits (id, list, entry_id, listed_person_id, person_id, score, reasons, found_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list, entry_id, person_id) DO UPDATE SET "
            "score = excluded.score, reasons = excluded.reasons, found_at = excluded.found_at"_s);
        if (!upsert) {
            return std::unexpected(upsert.error());
        }
        for (const WatchListHit& hit : found) {
            upsert->reset();
            upsert->bind(1, newUuid())
                .bind(2, hit.list)
                .bind(3, hit.entryId)
                .bind(4, hit.listedPersonId)
                .bind(5, hit.personId)
                .bind(6, hit.score)
                .bind(7, reasonsJson(hit.reasons))
                .bind(8, now);
            if (auto st = upsert->run(); !st) {
                return st;
            }
        }
        return ok();
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, write); !st) {
        return std::unexpected(st.error());
    }
    return hits(list);
}

Result<std::vector<WatchListHit>> WatchListMatcher::hits(const QString& list) {
    const Scope& scope = m_context.scope();
    auto name = [&](const QString& alias) -> QString {
        return u"CASE WHEN %2 THEN '' WHEN %1.name_latin <> '' THEN %1.name_latin ELSE %1.name_urdu END"_s.arg(
            alias, scope.personProtected(alias));
    };
    auto stmt = m_context.db().prepare(
        u"SELECT h.id, h.list, h.entry_id, h.listed_person_id, %1, h.person_id, %2, "
        "CASE WHEN %3 THEN '' ELSE coalesce(p.cnic, '') END, h.score, h.reasons, h.status "
        "FROM watchlist_hits h JOIN persons p ON p.id = h.person_id JOIN persons l ON l.id = h.listed_person_id "
        "WHERE (:list = '' OR h.list = :list) AND %4 AND NOT %3 ORDER BY h.score DESC, h.found_at LIMIT 10000"_s.arg(
            name(u"l"_s), name(u"p"_s), scope.personProtected(u"p"_s), scope.personVisible(u"p"_s)));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    scope.bind(*stmt);
    stmt->bindNamed(":list", list.toUpper());
    std::vector<WatchListHit> out;
    auto st = stmt->forEachRow([&](Statement& s) {
        WatchListHit h;
        h.id = s.columnText(0);
        h.list = s.columnText(1);
        h.entryId = s.columnText(2);
        h.listedPersonId = s.columnText(3);
        h.listedName = s.columnText(4);
        h.personId = s.columnText(5);
        h.personName = s.columnText(6);
        const QString cnic = s.columnText(7);
        h.personCnic = cnic.isEmpty() ? QString() : Cnic{cnic}.display();
        h.score = s.columnDouble(8);
        h.reasons = reasonsFrom(s.columnText(9));
        h.status = s.columnText(10);
        if (h.personName.isEmpty()) {
            h.personName = recordtext::pseudonym(scope, h.personId);
        }
        if (h.listedName.isEmpty()) {
            h.listedName = recordtext::pseudonym(scope, h.listedPersonId);
        }
        out.push_back(h);
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Status WatchListMatcher::setStatus(const QString& hitId, const QString& status) {
    if (status != u"OPEN"_s && status != u"CONFIRMED"_s && status != u"DISMISSED"_s) {
        return fail(ErrorCode::Input, Tr::tr("Unknown hit status %1.").arg(status));
    }
    const AuditRecord record{u"watchlist.hit_status"_s, u"watchlist_hit"_s, hitId, QJsonObject{{u"status"_s, status}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto s = m_context.db().prepare(u"UPDATE watchlist_hits SET status = ? WHERE id = ?"_s);
        if (!s) {
            return std::unexpected(s.error());
        }
        s->bind(1, status).bind(2, hitId);
        if (auto st = s->run(); !st) {
            return st;
        }
        if (m_context.db().changes() != 1) {
            return fail(ErrorCode::NotFound, Tr::tr("The hit no longer exists."));
        }
        return ok();
    });
}

} // namespace caselink
