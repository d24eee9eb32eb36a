#include "repo/orgunitrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "domain/textinput.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::OrgUnitRepository)
};

// Depth of each unit type in the tree; a unit goes below a parent of smaller depth.
int depth(const QString& type) {
    if (type == QLatin1String("HQ")) {
        return 0;
    }
    if (type == QLatin1String("REGION") || type == QLatin1String("LINK_OFFICE_ABROAD")) {
        return 1;
    }
    if (type == QLatin1String("ZONE")) {
        return 2;
    }
    if (type == QLatin1String("CIRCLE") || type == QLatin1String("ICP")) {
        return 3;
    }
    return -1;
}

OrgUnit readUnit(const Statement& s) {
    return OrgUnit{s.columnText(0), s.columnText(1), s.columnText(2),
                   s.columnText(3), s.columnText(4), s.columnText(5)};
}

const QString kColumns = QStringLiteral("u.id, u.code, coalesce(u.parent_id, ''), u.unit_type, u.name_en, u.name_ur");

} // namespace

Status OrgUnitRepository::requireAdministrator() const {
    if (m_context.session().user().role != Role::Administrator) {
        return fail(ErrorCode::Permission, Tr::tr("Only an administrator can change the organisation tree."));
    }
    return ok();
}

Result<std::vector<OrgUnit>> OrgUnitRepository::list() {
    auto stmt = m_context.db().prepare(
        QStringLiteral("WITH RECURSIVE tree(id, level) AS (SELECT id, 0 FROM org_units WHERE parent_id IS NULL "
                       "UNION ALL SELECT u.id, t.level + 1 FROM org_units u JOIN tree t ON u.parent_id = t.id) "
                       "SELECT %1 FROM tree t JOIN org_units u ON u.id = t.id WHERE u.active = 1 "
                       "ORDER BY t.level, u.code")
            .arg(kColumns));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<OrgUnit> out;
    if (auto st = stmt->forEachRow([&](Statement& row) { out.push_back(readUnit(row)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<OrgUnit> OrgUnitRepository::byCode(const QString& code) {
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT %1 FROM org_units u WHERE u.code = ? COLLATE NOCASE AND u.active = 1").arg(kColumns));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, code);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound,
                    Tr::tr("There is no active office with the code \"%1\".").arg(visibleInput(code)));
    }
    return readUnit(*stmt);
}

Status OrgUnitRepository::checkPlacement(const QString& type, const OrgUnit& parent) const {
    const int own = depth(type);
    if (own <= 0) {
        return fail(ErrorCode::Input, Tr::tr("A unit's type is REGION, ZONE, CIRCLE, ICP or LINK_OFFICE_ABROAD."));
    }
    if (depth(parent.type) >= own) {
        return fail(ErrorCode::Input,
                    Tr::tr("A %1 cannot be placed under the %2 %3.").arg(type, parent.type, parent.code));
    }
    return ok();
}

Result<QString> OrgUnitRepository::add(const OrgUnit& draft, const QString& parentCode) {
    if (auto st = requireAdministrator(); !st) {
        return std::unexpected(st.error());
    }
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{1,23}$"));
    OrgUnit unit = draft;
    unit.code = unit.code.trimmed().toUpper();
    if (!codePattern.match(unit.code).hasMatch()) {
        return fail(ErrorCode::Input, Tr::tr("An office code has 2 to 24 capital letters, digits or hyphens, like "
                                             "GRW-AHTC."));
    }
    auto nameEn = sanitizeText(unit.nameEn, 200);
    auto nameUr = sanitizeText(unit.nameUr, 200);
    if (!nameEn.ok() || !nameUr.ok() || nameEn.value->isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("Give the office an English name (and an Urdu name where known)."));
    }
    auto parent = byCode(parentCode);
    if (!parent) {
        return std::unexpected(parent.error());
    }
    if (auto st = checkPlacement(unit.type, *parent); !st) {
        return std::unexpected(st.error());
    }
    if (byCode(unit.code)) {
        return fail(ErrorCode::Conflict, Tr::tr("The office code %1 is already in use.").arg(unit.code));
    }
    const QString id = newUuid();
    const AuditRecord record{QStringLiteral("org_unit.add"), QStringLiteral("org_unit"), id,
                             QJsonObject{{QLatin1String("code"), unit.code},
                                         {QLatin1String("type"), unit.type},
                                         {QLatin1String("parent"), parent->code}}};
    auto work = [&]() -> Status {
        auto insert = m_context.db().prepare(QStringLiteral(
            "INSERT INTO org_units (id, code, parent_id, unit_type, name_en, name_ur) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, id)
            .bind(2, unit.code)
            .bind(3, parent->id)
            .bind(4, unit.type)
            .bind(5, *nameEn.value)
            .bind(6, nameUr.value->isNull() ? QStringLiteral("") : *nameUr.value);
        return insert->run();
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, work); !st) {
        return std::unexpected(st.error());
    }
    return id;
}

Status OrgUnitRepository::rename(const QString& code, const QString& nameEn, const QString& nameUr) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    auto unit = byCode(code);
    if (!unit) {
        return std::unexpected(unit.error());
    }
    auto en = sanitizeText(nameEn, 200);
    auto ur = sanitizeText(nameUr, 200);
    if (!en.ok() || !ur.ok() || en.value->isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("Give the office an English name (and an Urdu name where known)."));
    }
    const AuditRecord record{QStringLiteral("org_unit.rename"), QStringLiteral("org_unit"), unit->id,
                             QJsonObject{{QLatin1String("code"), unit->code}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto update =
            m_context.db().prepare(QStringLiteral("UPDATE org_units SET name_en = ?, name_ur = ? WHERE id = ?"));
        if (!update) {
            return std::unexpected(update.error());
        }
        update->bind(1, *en.value).bind(2, ur.value->isNull() ? QStringLiteral("") : *ur.value).bind(3, unit->id);
        return update->run();
    });
}

Status OrgUnitRepository::move(const QString& code, const QString& newParentCode) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    auto unit = byCode(code);
    auto parent = byCode(newParentCode);
    if (!unit || !parent) {
        return std::unexpected(!unit ? unit.error() : parent.error());
    }
    if (auto st = checkPlacement(unit->type, *parent); !st) {
        return st;
    }
    // Placement by type depth already forbids moving a unit under itself or its descendants.
    const AuditRecord record{QStringLiteral("org_unit.move"), QStringLiteral("org_unit"), unit->id,
                             QJsonObject{{QLatin1String("code"), unit->code}, {QLatin1String("parent"), parent->code}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto update = m_context.db().prepare(QStringLiteral("UPDATE org_units SET parent_id = ? WHERE id = ?"));
        if (!update) {
            return std::unexpected(update.error());
        }
        update->bind(1, parent->id).bind(2, unit->id);
        return update->run();
    });
}

Status OrgUnitRepository::deactivate(const QString& code) {
    if (auto st = requireAdministrator(); !st) {
        return st;
    }
    auto unit = byCode(code);
    if (!unit) {
        return std::unexpected(unit.error());
    }
    auto children =
        m_context.db().prepare(QStringLiteral("SELECT count(*) FROM org_units WHERE parent_id = ? AND active = 1"));
    auto users =
        m_context.db().prepare(QStringLiteral("SELECT count(*) FROM users WHERE office_id = ? AND revoked_at IS NULL"));
    if (!children || !users) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot check the office's units and accounts."));
    }
    children->bind(1, unit->id);
    users->bind(1, unit->id);
    if (!*children->step() || !*users->step()) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot check the office's units and accounts."));
    }
    if (children->columnInt(0) > 0 || users->columnInt(0) > 0) {
        return fail(ErrorCode::Conflict, Tr::tr("%1 still has active units or accounts under it; move or revoke them "
                                                "first.")
                                             .arg(unit->code));
    }
    const AuditRecord record{QStringLiteral("org_unit.deactivate"), QStringLiteral("org_unit"), unit->id,
                             QJsonObject{{QLatin1String("code"), unit->code}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto update = m_context.db().prepare(QStringLiteral("UPDATE org_units SET active = 0 WHERE id = ?"));
        if (!update) {
            return std::unexpected(update.error());
        }
        update->bind(1, unit->id);
        return update->run();
    });
}

} // namespace caselink
