#include "repo/personmerge.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>

#include "repo/personrepository.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"

namespace caselink {
namespace {

// Every (table, column) that points at a person and moves on a merge. Person-owned details move too, so the kept
// record shows every passport and phone ever seen for the human.
const std::vector<std::pair<const char*, const char*>> kPersonReferences = {
    {"person_aliases", "person_id"},
    {"person_passports", "person_id"},
    {"person_phones", "person_id"},
    {"person_addresses", "person_id"},
    {"person_photos", "person_id"},
    {"watchlist_entries", "person_id"},
    {"memberships", "person_id"},
    {"case_persons", "person_id"},
    {"arrests", "person_id"},
    {"route_legs", "person_id"},
    {"route_legs", "facilitator_person_id"},
    {"payments", "payer_person_id"},
    {"payments", "payee_person_id"},
    {"documents", "person_id"},
    {"assets", "person_id"},
    {"events", "person_id"},
    {"links", "from_id"},
    {"links", "to_id"},
    {"red_book_entries", "person_id"},
};

} // namespace

Result<PersonMerge::Record> PersonMerge::find(const QString& mergeRecordId, bool undone) {
    auto select =
        m_context.db().prepare(QStringLiteral("SELECT kept_id, merged_id, moved FROM person_merges WHERE id = ? AND "
                                              "undone_at IS %1")
                                   .arg(undone ? QStringLiteral("NOT NULL") : QStringLiteral("NULL")));
    if (!select) {
        return std::unexpected(select.error());
    }
    select->bind(1, mergeRecordId);
    auto row = select->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, undone ? tr("That merge does not exist or was not undone.")
                                                : tr("That merge does not exist or was already undone."));
    }
    Record merge{select->columnText(0), select->columnText(1),
                 QJsonDocument::fromJson(select->columnText(2).toUtf8()).object()};
    if (auto visible = isMergeable(merge.keepId); !visible || !*visible) {
        return fail(ErrorCode::NotFound, tr("No such person, or not in your scope."));
    }
    return merge;
}

Result<bool> PersonMerge::isMergeable(const QString& id) {
    auto person = PersonRepository(m_context).get(id);
    if (!person) {
        return person.error().code == ErrorCode::NotFound ? Result<bool>(false) : std::unexpected(person.error());
    }
    return !person->isProtected && person->mergedInto.isEmpty();
}

Result<QString> PersonMerge::merge(const QString& keepId, const QString& mergeId) {
    if (keepId == mergeId) {
        return fail(ErrorCode::Usage, tr("A record cannot be merged into itself."));
    }
    for (const QString& id : {keepId, mergeId}) {
        auto visible = isMergeable(id);
        if (!visible) {
            return std::unexpected(visible.error());
        }
        if (!*visible) {
            return fail(ErrorCode::NotFound, tr("Both persons must exist, be in your scope, not be merged already "
                                                "and not be protected."));
        }
    }
    const QString mergeRecordId = newUuid();
    QJsonObject moved;
    auto work = [&]() -> Status {
        Database& db = m_context.db();
        for (const auto& [table, column] : kPersonReferences) {
            const QString key = QLatin1String(table) + QLatin1Char('.') + QLatin1String(column);
            // A role the kept person already has in the same case stays with the merged record (history) rather
            // than becoming a duplicate.
            const QString guard =
                QLatin1String(table) == QLatin1String("case_persons")
                    ? QStringLiteral(
                          " AND NOT EXISTS (SELECT 1 FROM case_persons k WHERE k.case_id = case_persons.case_id "
                          "AND k.role = case_persons.role AND k.person_id = :keep)")
                    : QString();
            auto select = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = :merge%3")
                                         .arg(QLatin1String(table), QLatin1String(column), guard));
            if (!select) {
                return std::unexpected(select.error());
            }
            select->bindNamed(":merge", mergeId).bindNamed(":keep", keepId);
            QJsonArray ids;
            if (auto st = select->forEachRow([&](Statement& row) { ids.append(row.columnText(0)); }); !st) {
                return st;
            }
            if (ids.isEmpty()) {
                continue;
            }
            auto update =
                db.prepare(QStringLiteral("UPDATE %1 SET %2 = :keep WHERE id IN (SELECT value FROM json_each(:ids))")
                               .arg(QLatin1String(table), QLatin1String(column)));
            if (!update) {
                return std::unexpected(update.error());
            }
            update->bindNamed(":keep", keepId)
                .bindNamed(":ids", QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
            if (auto st = update->run(); !st) {
                return st;
            }
            moved.insert(key, ids);
        }
        auto mark = db.prepare(QStringLiteral("UPDATE persons SET merged_into = ?1, updated_at = ?2 WHERE id = ?3"));
        auto record = db.prepare(QStringLiteral(
            "INSERT INTO person_merges (id, kept_id, merged_id, moved, merged_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!mark || !record) {
            return fail(ErrorCode::Internal, tr("Cannot record the merge."));
        }
        mark->bind(1, keepId).bind(2, m_context.now()).bind(3, mergeId);
        record->bind(1, mergeRecordId)
            .bind(2, keepId)
            .bind(3, mergeId)
            .bind(4, QString::fromUtf8(QJsonDocument(moved).toJson(QJsonDocument::Compact)))
            .bind(5, m_context.now());
        if (auto st = mark->run(); !st) {
            return st;
        }
        return record->run();
    };
    const AuditRecord record{QStringLiteral("person.merge"), QStringLiteral("person"), keepId,
                             QJsonObject{{QLatin1String("merged"), mergeId}, {QLatin1String("merge"), mergeRecordId}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, work); !st) {
        return std::unexpected(st.error());
    }
    m_context.notifier().notify(RecordKind::Person, mergeId, ChangeNotifier::Kind::Updated);
    return mergeRecordId;
}

Status PersonMerge::undo(const QString& mergeRecordId) {
    auto merge = find(mergeRecordId, false);
    if (!merge) {
        return std::unexpected(merge.error());
    }
    const QString& keepId = merge->keepId;
    const QString& mergedId = merge->mergedId;
    const QJsonObject& moved = merge->moved;
    auto work = [&]() -> Status {
        Database& db = m_context.db();
        for (auto it = moved.begin(); it != moved.end(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('.'));
            // The keys come from kPersonReferences; anything else in the record means it was tampered with.
            const bool known = parts.size() == 2 &&
                               std::any_of(kPersonReferences.begin(), kPersonReferences.end(), [&](const auto& ref) {
                                   return parts[0] == QLatin1String(ref.first) && parts[1] == QLatin1String(ref.second);
                               });
            if (!known) {
                return fail(ErrorCode::Integrity, tr("The merge record is damaged."));
            }
            auto update =
                db.prepare(QStringLiteral("UPDATE %1 SET %2 = :merged WHERE id IN (SELECT value FROM json_each(:ids))")
                               .arg(parts[0], parts[1]));
            if (!update) {
                return std::unexpected(update.error());
            }
            update->bindNamed(":merged", mergedId)
                .bindNamed(":ids",
                           QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)));
            if (auto st = update->run(); !st) {
                return st;
            }
        }
        auto unmark =
            db.prepare(QStringLiteral("UPDATE persons SET merged_into = NULL, updated_at = ?1 WHERE id = ?2"));
        auto done = db.prepare(QStringLiteral("UPDATE person_merges SET undone_at = ?1 WHERE id = ?2"));
        if (!unmark || !done) {
            return fail(ErrorCode::Internal, tr("Cannot record the merge."));
        }
        unmark->bind(1, m_context.now()).bind(2, mergedId);
        done->bind(1, m_context.now()).bind(2, mergeRecordId);
        if (auto st = unmark->run(); !st) {
            return st;
        }
        return done->run();
    };
    const AuditRecord record{QStringLiteral("person.merge_undo"), QStringLiteral("person"), keepId,
                             QJsonObject{{QLatin1String("merged"), mergedId}, {QLatin1String("merge"), mergeRecordId}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, work); !st) {
        return st;
    }
    m_context.notifier().notify(RecordKind::Person, mergedId, ChangeNotifier::Kind::Updated);
    return ok();
}

Status PersonMerge::discardUndone(const QString& mergeRecordId) {
    auto merge = find(mergeRecordId, true);
    if (!merge) {
        return std::unexpected(merge.error());
    }
    const QString& keepId = merge->keepId;
    const QString& mergedId = merge->mergedId;
    const AuditRecord record{QStringLiteral("person.merge_discard"), QStringLiteral("person"), keepId,
                             QJsonObject{{QLatin1String("merged"), mergedId}, {QLatin1String("merge"), mergeRecordId}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del = m_context.db().prepare(QStringLiteral("DELETE FROM person_merges WHERE id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, mergeRecordId);
        return del->run();
    });
}

} // namespace caselink
