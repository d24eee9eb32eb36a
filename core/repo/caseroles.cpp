#include "repo/caseroles.h"

#include <QJsonArray>

#include "repo/aggregatesupport.h"
#include "repo/caserepository_p.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {

using namespace caserepo;

Result<std::vector<Issue>> CaseRoleRepository::normalise(CaseRole& role) {
    std::vector<Issue> issues;
    cleanText(role.exploitation, kMaxLine, issues);
    cleanText(role.notes, kMaxText, issues, LineMode::MultiLine);
    if (role.victimOutcome && !isVictimRole(role.role)) {
        issues.push_back(error("role.outcome_not_victim",
                               Tr::tr("An outcome (survivor, deceased, missing, ...) is recorded for smuggled migrants "
                                      "and trafficking victims only, not for the role \"%1\".")
                                   .arg(personRoleDisplayName(role.role))));
    }
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    return issues;
}

Result<CaseRole> CaseRoleRepository::get(const QString& roleId) {
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT r.id, r.case_id, r.person_id, r.role, r.nominated_in_fir, r.arrest_status, "
                       "r.victim_outcome, r.exploitation, r.notes FROM case_persons r JOIN cases c ON c.id = r.case_id "
                       "WHERE r.id = :id AND %1")
            .arg(scope.caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", roleId);
    scope.bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("No such role, or not in your scope."));
    }
    CaseRole r;
    r.id = stmt->columnText(0);
    r.caseId = stmt->columnText(1);
    r.personId = stmt->columnText(2);
    r.role = personRoleFromKey(stmt->columnText(3)).value_or(PersonRole::Agent);
    r.nominatedInFir = stmt->columnInt(4) != 0;
    r.arrestStatus = arrestStatusFromKey(stmt->columnText(5)).value_or(ArrestStatus::NotApplicable);
    r.victimOutcome = victimOutcomeFromKey(stmt->columnText(6));
    r.exploitation = stmt->columnText(7);
    r.notes = stmt->columnText(8);
    return r;
}

Status CaseRoleRepository::write(const CaseRole& r, bool insert) {
    Database& db = m_context.db();
    auto duplicate = db.prepare(
        QStringLiteral("SELECT 1 FROM case_persons WHERE case_id = ? AND person_id = ? AND role = ? AND id <> ?"));
    if (!duplicate) {
        return std::unexpected(duplicate.error());
    }
    duplicate->bind(1, r.caseId).bind(2, r.personId).bind(3, personRoleKey(r.role)).bind(4, r.id);
    auto row = duplicate->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("This person already has the role \"%1\" in this case.").arg(personRoleDisplayName(r.role)));
    }
    const QString sql = insert ? QStringLiteral("INSERT INTO case_persons (role, nominated_in_fir, arrest_status, "
                                                "victim_outcome, exploitation, notes, case_id, person_id, id) VALUES "
                                                "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                               : QStringLiteral("UPDATE case_persons SET role = ?1, nominated_in_fir = ?2, "
                                                "arrest_status = ?3, victim_outcome = ?4, exploitation = ?5, "
                                                "notes = ?6 WHERE case_id = ?7 AND person_id = ?8 AND id = ?9");
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, personRoleKey(r.role))
        .bind(2, r.nominatedInFir ? 1 : 0)
        .bind(3, arrestStatusKey(r.arrestStatus))
        .bind(4, r.victimOutcome ? victimOutcomeKey(*r.victimOutcome) : QString())
        .bind(5, nn(r.exploitation))
        .bind(6, nn(r.notes))
        .bind(7, r.caseId)
        .bind(8, r.personId)
        .bind(9, r.id);
    return stmt->run();
}

Result<QString> CaseRoleRepository::add(const CaseRole& draft) {
    if (auto c = m_cases.get(draft.caseId); !c) {
        return std::unexpected(c.error());
    }
    if (auto p = m_persons.get(draft.personId); !p) {
        return std::unexpected(p.error());
    }
    CaseRole role = draft;
    role.id = draft.id.isEmpty() ? newUuid() : draft.id; // a bundle import keeps the sender's UUID
    if (auto issues = normalise(role); !issues) {
        return std::unexpected(issues.error());
    }
    // Person ids and role keys only: the audit never carries who a victim is.
    const AuditRecord record{QStringLiteral("case.role_add"), QStringLiteral("case"), role.caseId,
                             QJsonObject{{QLatin1String("role_id"), role.id},
                                         {QLatin1String("person"), role.personId},
                                         {QLatin1String("role"), personRoleKey(role.role)}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return write(role, true); }); !st) {
        return std::unexpected(st.error());
    }
    return role.id;
}

Status CaseRoleRepository::update(const CaseRole& edited) {
    auto before = get(edited.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    CaseRole role = edited;
    role.caseId = before->caseId; // a role stays with its case and person; remove and add to move it
    role.personId = before->personId;
    if (auto issues = normalise(role); !issues) {
        return std::unexpected(issues.error());
    }
    QJsonArray changed;
    auto note = [&](const char* name, bool differs) {
        if (differs) {
            changed.append(QLatin1String(name));
        }
    };
    note("role", before->role != role.role);
    note("nominated_in_fir", before->nominatedInFir != role.nominatedInFir);
    note("arrest_status", before->arrestStatus != role.arrestStatus);
    note("victim_outcome", before->victimOutcome != role.victimOutcome);
    note("exploitation", before->exploitation != role.exploitation);
    note("notes", before->notes != role.notes);
    const AuditRecord record{QStringLiteral("case.role_update"), QStringLiteral("case"), role.caseId,
                             QJsonObject{{QLatin1String("role_id"), role.id}, {QLatin1String("changed"), changed}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return write(role, false); });
}

Status CaseRoleRepository::remove(const QString& roleId) {
    auto role = get(roleId);
    if (!role) {
        return std::unexpected(role.error());
    }
    const AuditRecord record{QStringLiteral("case.role_remove"), QStringLiteral("case"), role->caseId,
                             QJsonObject{{QLatin1String("role_id"), roleId},
                                         {QLatin1String("person"), role->personId},
                                         {QLatin1String("role"), personRoleKey(role->role)}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del = m_context.db().prepare(QStringLiteral("DELETE FROM case_persons WHERE id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, roleId);
        return del->run();
    });
}

Result<std::vector<CaseRoleView>> CaseRoleRepository::ofCase(const QString& caseId) {
    if (auto c = m_cases.get(caseId); !c) {
        return std::unexpected(c.error());
    }
    auto stmt = m_context.db().prepare(QStringLiteral("SELECT id FROM case_persons WHERE case_id = ? ORDER BY rowid"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, caseId);
    QStringList ids;
    if (auto st = stmt->forEachRow([&](Statement& s) { ids << s.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    std::vector<CaseRoleView> out;
    for (const QString& id : ids) {
        auto role = get(id);
        if (!role) {
            return std::unexpected(role.error());
        }
        // PersonRepository decides what of the person this user may see (pseudonym for protected persons).
        auto person = m_persons.get(role->personId);
        if (!person) {
            if (person.error().code == ErrorCode::NotFound) {
                continue;
            }
            return std::unexpected(person.error());
        }
        out.push_back({std::move(*role), std::move(*person)});
    }
    return out;
}

} // namespace caselink
