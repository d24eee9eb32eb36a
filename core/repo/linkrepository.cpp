#include "repo/linkrepository.h"

#include "repo/recordupdate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::LinkRepository)
};

constexpr qsizetype kMaxRelation = 100;
constexpr qsizetype kMaxNotes = 5000;

const QString kColumns = QStringLiteral("x.id, x.from_kind, x.from_id, x.to_kind, x.to_id, x.link_type, x.relation, "
                                        "x.strength, x.valid_from, x.valid_to, x.case_id, x.notes");

Link readLink(Statement& s) {
    Link l;
    l.id = s.columnText(0);
    l.from = {entityKindFromKey(s.columnText(1)).value_or(EntityKind::Person), s.columnText(2)};
    l.to = {entityKindFromKey(s.columnText(3)).value_or(EntityKind::Person), s.columnText(4)};
    l.type = linkTypeFromKey(s.columnText(5)).value_or(LinkType::Associate);
    l.relation = s.columnText(6);
    l.strength = s.columnDouble(7);
    l.validFrom = fromIsoDate(s.columnText(8));
    l.validTo = fromIsoDate(s.columnText(9));
    l.caseId = s.columnText(10);
    l.notes = s.columnText(11);
    return l;
}

} // namespace

QString LinkRepository::endVisible(const QString& kindColumn, const QString& idColumn) const {
    const Scope& scope = m_context.scope();
    return QStringLiteral("(CASE %1 WHEN 'PERSON' THEN EXISTS (SELECT 1 FROM persons lp WHERE lp.id = %2 AND %3) "
                          "ELSE EXISTS (SELECT 1 FROM organisations lo WHERE lo.id = %2 AND %4) END)")
        .arg(kindColumn, idColumn, scope.personVisible(QStringLiteral("lp")),
             organisationVisible(scope, QStringLiteral("lo")));
}

Status LinkRepository::requireVisibleEnd(const EntityRef& end) {
    auto stmt = prepareScoped(
        m_context, QStringLiteral("SELECT %1").arg(endVisible(QStringLiteral(":kind"), QStringLiteral(":id"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":kind", entityKindKey(end.kind));
    stmt->bindNamed(":id", nn(end.id));
    bool visible = false;
    if (auto st = readOne(
            *stmt, [&](Statement& s) { visible = s.columnInt(0) != 0; }, QString());
        !st) {
        return st;
    }
    if (!visible) {
        return fail(ErrorCode::NotFound, end.kind == EntityKind::Person
                                             ? Tr::tr("No such person, or not in your scope.")
                                             : Tr::tr("No such organisation, or not in your scope."));
    }
    return ok();
}

Result<std::vector<Issue>> LinkRepository::normalise(Link& l) {
    std::vector<Issue> issues;
    cleanText(l.relation, kMaxRelation, issues);
    cleanText(l.notes, kMaxNotes, issues, LineMode::MultiLine);
    if (!(l.strength > 0.0 && l.strength <= 1.0)) {
        issues.push_back({Severity::Error, QStringLiteral("link.strength"),
                          Tr::tr("A link's strength lies above 0 and at most 1.")});
    }
    if (l.validFrom.isValid() && l.validTo.isValid() && l.validTo < l.validFrom) {
        issues.push_back({Severity::Error, QStringLiteral("link.dates"),
                          Tr::tr("A link cannot end before it "
                                 "began.")});
    }
    if (l.from == l.to) {
        issues.push_back({Severity::Error, QStringLiteral("link.self"),
                          Tr::tr("A link joins two different "
                                 "records.")});
    }
    if (l.type == LinkType::MemberOf && l.to.kind != EntityKind::Organisation) {
        issues.push_back({Severity::Error, QStringLiteral("link.member_of"),
                          Tr::tr("\"Member of\" links lead to an organisation.")});
    }
    return refuseOnErrors(std::move(issues));
}

Status LinkRepository::writeRow(const Link& l, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO links (link_type, relation, strength, valid_from, "
                                                "valid_to, notes, from_kind, from_id, to_kind, to_id, case_id, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                               : QStringLiteral("UPDATE links SET link_type = ?1, relation = ?2, strength = ?3, "
                                                "valid_from = ?4, valid_to = ?5, notes = ?6 WHERE from_kind = ?7 AND "
                                                "from_id = ?8 AND to_kind = ?9 AND to_id = ?10 AND "
                                                "case_id IS ?11 AND id = ?12");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, linkTypeKey(l.type))
        .bind(2, nn(l.relation))
        .bind(3, l.strength)
        .bind(4, isoDate(l.validFrom))
        .bind(5, isoDate(l.validTo))
        .bind(6, nn(l.notes))
        .bind(7, entityKindKey(l.from.kind))
        .bind(8, l.from.id)
        .bind(9, entityKindKey(l.to.kind))
        .bind(10, l.to.id)
        .bind(11, orNull(l.caseId))
        .bind(12, l.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The link no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> LinkRepository::create(const Link& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    Link l = draft;
    l.id = newUuid();
    auto warnings = normalise(l);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    for (const EntityRef& end : {l.from, l.to}) {
        if (auto st = requireVisibleEnd(end); !st) {
            return std::unexpected(st.error());
        }
    }
    if (!l.caseId.isEmpty()) {
        if (auto st = requireVisibleCase(m_context, l.caseId); !st) {
            return std::unexpected(st.error());
        }
    }
    const AuditRecord record{QStringLiteral("link.create"), QStringLiteral("link"), l.id,
                             QJsonObject{{QLatin1String("type"), linkTypeKey(l.type)},
                                         {QLatin1String("from"), l.from.id},
                                         {QLatin1String("to"), l.to.id}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(l, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{l.id, *warnings};
}

Result<SaveOutcome> LinkRepository::update(const Link& edited) {
    return updateRecord<Link>(
        m_context, edited,
        {QStringLiteral("link.update"),
         QStringLiteral("link"),
         [this](const QString& id) { return get(id); },
         [this](Link& after, const Link& before) -> Result<std::vector<Issue>> {
             after.from = before.from;
             after.to = before.to;
             after.caseId = before.caseId;
             return normalise(after);
         },
         [](const Link& before, const Link& after) -> std::vector<ChangedField> {
             return {{"type", before.type != after.type},
                     {"relation", before.relation != after.relation},
                     {"strength", before.strength != after.strength},
                     {"valid", before.validFrom != after.validFrom || before.validTo != after.validTo},
                     {"notes", before.notes != after.notes}};
         },
         {},
         [this](const Link& after) {
             return writeRow(after, false);
         }});
}

Status LinkRepository::remove(const QString& id) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto link = get(id);
    if (!link) {
        return std::unexpected(link.error());
    }
    const AuditRecord record{QStringLiteral("link.delete"), QStringLiteral("link"), id,
                             QJsonObject{{QLatin1String("type"), linkTypeKey(link->type)}}};
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        auto del = m_context.db().prepare(QStringLiteral("DELETE FROM links WHERE id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, id);
        return del->run();
    });
}

Result<std::vector<Link>> LinkRepository::list(const QString& where, const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(
        m_context, QStringLiteral("SELECT %1 FROM links x WHERE (%2) AND %3 AND %4 "
                                  "ORDER BY x.valid_from, x.rowid")
                       .arg(kColumns, where, endVisible(QStringLiteral("x.from_kind"), QStringLiteral("x.from_id")),
                            endVisible(QStringLiteral("x.to_kind"), QStringLiteral("x.to_id"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Link> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readLink(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<Link> LinkRepository::get(const QString& id) {
    auto found = list(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such link, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<Link>> LinkRepository::linksOf(const QString& entityId, const std::vector<LinkType>& types,
                                                  QDate from, QDate to) {
    QStringList typeKeys;
    for (LinkType t : types) {
        typeKeys << linkTypeKey(t);
    }
    // The type list travels as one JSON parameter, never spliced into the SQL.
    const QString typesJson = QStringLiteral("[\"%1\"]").arg(typeKeys.join(QLatin1String("\",\"")));
    return list(QStringLiteral("(x.from_id = :entity OR x.to_id = :entity) "
                               "AND (:all_types OR x.link_type IN (SELECT value FROM json_each(:types))) "
                               "AND (:from IS NULL OR x.valid_to IS NULL OR x.valid_to >= :from) "
                               "AND (:to IS NULL OR x.valid_from IS NULL OR x.valid_from <= :to)"),
                [&](Statement& s) {
                    s.bindNamed(":entity", entityId);
                    s.bindNamed(":all_types", std::int64_t(types.empty() ? 1 : 0));
                    s.bindNamed(":types", typesJson);
                    s.bindNamed(":from", isoDate(from));
                    s.bindNamed(":to", isoDate(to));
                });
}

} // namespace caselink
