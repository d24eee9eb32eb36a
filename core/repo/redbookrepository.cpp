#include "repo/redbookrepository.h"

#include <QCoreApplication>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RedBookRepository)
};

RedBookEntry readEntry(Statement& s) {
    RedBookEntry e;
    e.id = s.columnText(0);
    e.editionId = s.columnText(1);
    e.personId = s.columnText(2);
    e.zoneId = s.columnText(3);
    e.serial = static_cast<int>(s.columnInt(4));
    e.status = redBookStatusFromKey(s.columnText(5)).value_or(RedBookStatus::Wanted);
    e.statusOn = fromIsoDate(s.columnText(6));
    return e;
}

// True when the single-row query finds a row; false on NotFound; the error otherwise.
Result<bool> exists(Database& db, const QString& sql, const std::function<void(Statement&)>& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    auto st = readOne(
        *stmt, [](Statement&) {}, QString());
    if (st) {
        return true;
    }
    if (st.error().code == ErrorCode::NotFound) {
        return false;
    }
    return std::unexpected(st.error());
}

} // namespace

Status RedBookRepository::requireCompiler() const {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    const Role role = m_context.scope().role();
    if (role != Role::Administrator && role != Role::Supervisor) {
        return fail(ErrorCode::Permission, Tr::tr("Red Book editions and entries are compiled by administrators and "
                                                  "supervisors."));
    }
    return ok();
}

QString RedBookRepository::visible(const QString& e) const {
    const Scope& scope = m_context.scope();
    if (scope.role() != Role::ProsecutorReader) {
        return QStringLiteral("1");
    }
    return QStringLiteral("EXISTS (SELECT 1 FROM case_persons rcp JOIN cases rc ON rc.id = rcp.case_id "
                          "WHERE rcp.person_id = %1.person_id AND %2)")
        .arg(e, scope.caseVisible(QStringLiteral("rc")));
}

Result<QString> RedBookRepository::addEdition(const RedBookEdition& draft) {
    if (auto st = requireCompiler(); !st) {
        return std::unexpected(st.error());
    }
    RedBookEdition ed = draft;
    ed.id = newUuid();
    if (ed.edition <= 0 || ed.year < 2000 || ed.year > 2100) {
        return fail(ErrorCode::Input, Tr::tr("Give the edition's number and its year."));
    }
    auto dup = exists(m_context.db(), QStringLiteral("SELECT 1 FROM red_book_editions WHERE edition = ?"),
                      [&](Statement& s) { s.bind(1, ed.edition); });
    if (!dup) {
        return std::unexpected(dup.error());
    }
    if (*dup) {
        return fail(ErrorCode::Conflict, Tr::tr("Edition %1 of the Red Book exists already.").arg(ed.edition));
    }
    const AuditRecord record{QStringLiteral("red_book.edition_create"), QStringLiteral("red_book_edition"), ed.id,
                             QJsonObject{{QLatin1String("edition"), ed.edition}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&]() -> Status {
        auto stmt = m_context.db().prepare(
            QStringLiteral("INSERT INTO red_book_editions (id, edition, year, published_on) VALUES (?, ?, ?, ?)"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, ed.id).bind(2, ed.edition).bind(3, ed.year).bind(4, isoDate(ed.publishedOn));
        return stmt->run();
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return ed.id;
}

Result<std::vector<RedBookEdition>> RedBookRepository::editions() {
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT id, edition, year, published_on FROM red_book_editions ORDER BY edition DESC"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<RedBookEdition> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back({s.columnText(0), static_cast<int>(s.columnInt(1)), static_cast<int>(s.columnInt(2)),
                       fromIsoDate(s.columnText(3))});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<QString> RedBookRepository::addEntry(const RedBookEntry& draft) {
    if (auto st = requireCompiler(); !st) {
        return std::unexpected(st.error());
    }
    RedBookEntry e = draft;
    e.id = newUuid();
    std::vector<Issue> issues;
    if (e.serial <= 0) {
        issues.push_back({Severity::Error, QStringLiteral("red_book.serial"),
                          Tr::tr("Give the entry's serial "
                                 "number.")});
    }
    if (auto st = checkVisiblePerson(m_context, e.personId, QStringLiteral("red_book.person"), Tr::tr("wanted person"),
                                     issues);
        !st) {
        return std::unexpected(st.error());
    }
    if (e.personId.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("red_book.person"), Tr::tr("Choose the wanted person.")});
    }
    auto zone = exists(m_context.db(), QStringLiteral("SELECT 1 FROM org_units WHERE id = ? AND unit_type = 'ZONE'"),
                       [&](Statement& s) { s.bind(1, nn(e.zoneId)); });
    auto edition = exists(m_context.db(), QStringLiteral("SELECT 1 FROM red_book_editions WHERE id = ?"),
                          [&](Statement& s) { s.bind(1, nn(e.editionId)); });
    if (!zone || !edition) {
        return std::unexpected(!zone ? zone.error() : edition.error());
    }
    if (!*zone) {
        issues.push_back({Severity::Error, QStringLiteral("red_book.zone"), Tr::tr("Assign the entry to a zone.")});
    }
    if (!*edition) {
        return fail(ErrorCode::NotFound, Tr::tr("No such Red Book edition."));
    }
    if (auto checked = refuseOnErrors(std::move(issues)); !checked) {
        return std::unexpected(checked.error());
    }
    auto dup =
        exists(m_context.db(), QStringLiteral("SELECT 1 FROM red_book_entries WHERE edition_id = ? AND serial = ?"),
               [&](Statement& s) { s.bind(1, e.editionId).bind(2, e.serial); });
    if (!dup) {
        return std::unexpected(dup.error());
    }
    if (*dup) {
        return fail(ErrorCode::Conflict, Tr::tr("Serial %1 is taken in this edition.").arg(e.serial));
    }
    const AuditRecord record{QStringLiteral("red_book.entry_create"), QStringLiteral("red_book_entry"), e.id,
                             QJsonObject{{QLatin1String("edition"), e.editionId}, {QLatin1String("serial"), e.serial}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&]() -> Status {
        auto stmt = m_context.db().prepare(QStringLiteral("INSERT INTO red_book_entries (id, edition_id, person_id, "
                                                          "zone_id, serial, status, status_on) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, e.id)
            .bind(2, e.editionId)
            .bind(3, e.personId)
            .bind(4, e.zoneId)
            .bind(5, e.serial)
            .bind(6, redBookStatusKey(e.status))
            .bind(7, isoDate(e.statusOn));
        return stmt->run();
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return e.id;
}

Status RedBookRepository::setStatus(const QString& entryId, RedBookStatus status, QDate on) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto before = entry(entryId);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (!on.isValid()) {
        return fail(ErrorCode::Input, Tr::tr("Give the date of the change."));
    }
    const AuditRecord record{QStringLiteral("red_book.status"), QStringLiteral("red_book_entry"), entryId,
                             QJsonObject{{QLatin1String("from"), redBookStatusKey(before->status)},
                                         {QLatin1String("to"), redBookStatusKey(status)}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto stmt = m_context.db().prepare(
            QStringLiteral("UPDATE red_book_entries SET status = ?, status_on = ? WHERE id = ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, redBookStatusKey(status)).bind(2, isoDate(on)).bind(3, entryId);
        return stmt->run();
    });
}

Result<std::vector<RedBookEntry>> RedBookRepository::list(const QString& where,
                                                          const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT e.id, e.edition_id, e.person_id, e.zone_id, e.serial, "
                                                        "e.status, e.status_on FROM red_book_entries e "
                                                        "WHERE (%1) AND %2 ORDER BY e.serial")
                                             .arg(where, visible(QStringLiteral("e"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<RedBookEntry> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readEntry(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<RedBookEntry> RedBookRepository::entry(const QString& id) {
    auto found = list(QStringLiteral("e.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such Red Book entry, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<RedBookEntry>> RedBookRepository::entries(const QString& editionId, const QString& zoneId) {
    return list(QStringLiteral("e.edition_id = :edition AND (:zone IS NULL OR e.zone_id = :zone)"), [&](Statement& s) {
        s.bindNamed(":edition", editionId);
        s.bindNamed(":zone", orNull(zoneId));
    });
}

Result<std::vector<ZoneProgress>> RedBookRepository::progressByZone(const QString& editionId) {
    auto stmt = prepareScoped(
        m_context, QStringLiteral("SELECT u.id, u.code, u.name_en, sum(e.status = 'WANTED'), "
                                  "sum(e.status = 'ARRESTED'), sum(e.status = 'ABROAD'), sum(e.status = 'DECEASED'), "
                                  "sum(e.status = 'REMOVED') FROM red_book_entries e JOIN org_units u ON "
                                  "u.id = e.zone_id WHERE e.edition_id = :edition AND %1 "
                                  "GROUP BY u.id ORDER BY count(*) DESC, u.code")
                       .arg(visible(QStringLiteral("e"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":edition", editionId);
    std::vector<ZoneProgress> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back({s.columnText(0), s.columnText(1), s.columnText(2), static_cast<int>(s.columnInt(3)),
                       static_cast<int>(s.columnInt(4)), static_cast<int>(s.columnInt(5)),
                       static_cast<int>(s.columnInt(6)), static_cast<int>(s.columnInt(7))});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
