// CaseRepository: linked cases, prosecutor assignments and the roles persons hold in a case. Case records, search
// and lists are in caserepository.cpp.
#include "repo/caserepository.h"

#include <QJsonArray>

#include "repo/caserepository_p.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {

using namespace caserepo;

Status CaseRepository::linkCases(const QString& caseId, const QString& otherCaseId, const QString& note) {
    if (caseId == otherCaseId) {
        return fail(ErrorCode::Usage, Tr::tr("A case cannot be linked to itself."));
    }
    for (const QString& id : {caseId, otherCaseId}) {
        if (auto c = get(id); !c) {
            return std::unexpected(c.error());
        }
    }
    auto clean = sanitizeText(note, kMaxLine);
    if (!clean.value) {
        return fail(ErrorCode::Input, errorMessages(clean.issues));
    }
    Database& db = m_context.db();
    auto existing = db.prepare(QStringLiteral("SELECT 1 FROM case_links WHERE (case_id = ?1 AND linked_case_id = ?2) "
                                              "OR (case_id = ?2 AND linked_case_id = ?1)"));
    if (!existing) {
        return std::unexpected(existing.error());
    }
    existing->bind(1, caseId).bind(2, otherCaseId);
    auto row = existing->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return fail(ErrorCode::Conflict, Tr::tr("The two cases are already linked."));
    }
    const AuditRecord record{QStringLiteral("case.link"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("linked"), otherCaseId}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto insert =
            db.prepare(QStringLiteral("INSERT INTO case_links (case_id, linked_case_id, note) VALUES (?, ?, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, caseId).bind(2, otherCaseId).bind(3, nn(*clean.value));
        return insert->run();
    });
    if (st) {
        m_context.notifier().notify(RecordKind::Case, otherCaseId, ChangeNotifier::Kind::Updated);
    }
    return st;
}

Status CaseRepository::unlinkCases(const QString& caseId, const QString& otherCaseId) {
    for (const QString& id : {caseId, otherCaseId}) {
        if (auto c = get(id); !c) {
            return std::unexpected(c.error());
        }
    }
    const AuditRecord record{QStringLiteral("case.unlink"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("linked"), otherCaseId}}};
    auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del =
            m_context.db().prepare(QStringLiteral("DELETE FROM case_links WHERE (case_id = ?1 AND "
                                                  "linked_case_id = ?2) OR (case_id = ?2 AND linked_case_id = ?1)"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, caseId).bind(2, otherCaseId);
        if (auto run = del->run(); !run) {
            return run;
        }
        if (m_context.db().changes() == 0) {
            return fail(ErrorCode::NotFound, Tr::tr("The two cases are not linked."));
        }
        return ok();
    });
    if (st) {
        m_context.notifier().notify(RecordKind::Case, otherCaseId, ChangeNotifier::Kind::Updated);
    }
    return st;
}

Result<std::vector<CaseLink>> CaseRepository::linkedCases(const QString& caseId) {
    if (auto c = get(caseId); !c) {
        return std::unexpected(c.error());
    }
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT c.id, c.fir_prefix, c.fir_serial, c.fir_year, c.enquiry_number, l.note "
                       "FROM case_links l JOIN cases c ON c.id = CASE WHEN l.case_id = :id THEN l.linked_case_id "
                       "ELSE l.case_id END WHERE (l.case_id = :id OR l.linked_case_id = :id) AND %1 ORDER BY c.id")
            .arg(scope.caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", caseId);
    scope.bind(*stmt);
    std::vector<CaseLink> out;
    auto st = stmt->forEachRow([&](Statement& s) {
        const std::optional<FirNumber> fir = firFromRow(s, 1);
        out.push_back({s.columnText(0), fir ? fir->display() : s.columnText(4), s.columnText(5)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Status CaseRepository::assignProsecutor(const QString& caseId, const QString& userId) {
    const Role role = m_context.scope().role();
    if (role != Role::Administrator && role != Role::Supervisor) {
        return fail(ErrorCode::Permission, Tr::tr("Only administrators and supervisors assign cases to prosecutors."));
    }
    if (auto c = get(caseId); !c) {
        return std::unexpected(c.error());
    }
    Database& db = m_context.db();
    auto user = db.prepare(QStringLiteral("SELECT username, role, revoked_at IS NULL FROM users WHERE id = ?"));
    auto existing = db.prepare(QStringLiteral("SELECT 1 FROM case_assignments WHERE case_id = ? AND user_id = ?"));
    if (!user || !existing) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot read the assignment."));
    }
    user->bind(1, userId);
    auto row = user->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || user->columnText(1) != roleKey(Role::ProsecutorReader) || user->columnInt(2) == 0) {
        return fail(ErrorCode::Input, Tr::tr("Cases are assigned to active prosecutor-reader accounts only."));
    }
    const QString username = user->columnText(0);
    existing->bind(1, caseId).bind(2, userId);
    auto assigned = existing->step();
    if (!assigned) {
        return std::unexpected(assigned.error());
    }
    if (*assigned) {
        return fail(ErrorCode::Conflict, Tr::tr("The case is already assigned to %1.").arg(username));
    }
    const AuditRecord record{QStringLiteral("case.assign"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("user"), username}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto insert =
            db.prepare(QStringLiteral("INSERT INTO case_assignments (case_id, user_id, assigned_at) VALUES (?, ?, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, caseId).bind(2, userId).bind(3, m_context.now());
        return insert->run();
    });
}

Status CaseRepository::unassignProsecutor(const QString& caseId, const QString& userId) {
    const Role role = m_context.scope().role();
    if (role != Role::Administrator && role != Role::Supervisor) {
        return fail(ErrorCode::Permission, Tr::tr("Only administrators and supervisors assign cases to prosecutors."));
    }
    if (auto c = get(caseId); !c) {
        return std::unexpected(c.error());
    }
    const AuditRecord record{QStringLiteral("case.unassign"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("user_id"), userId}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del =
            m_context.db().prepare(QStringLiteral("DELETE FROM case_assignments WHERE case_id = ? AND user_id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, caseId).bind(2, userId);
        if (auto st = del->run(); !st) {
            return st;
        }
        if (m_context.db().changes() == 0) {
            return fail(ErrorCode::NotFound, Tr::tr("The case is not assigned to that user."));
        }
        return ok();
    });
}

Result<QStringList> CaseRepository::assignedUsers(const QString& caseId) {
    if (auto c = get(caseId); !c) {
        return std::unexpected(c.error());
    }
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT user_id FROM case_assignments WHERE case_id = ? ORDER BY assigned_at, user_id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, caseId);
    QStringList out;
    if (auto st = stmt->forEachRow([&](Statement& s) { out << s.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

// --- Roles -------------------------------------------------------------------------------------------------------

Result<std::vector<Issue>> CaseRepository::normaliseRole(CaseRole& role) {
    std::vector<Issue> issues;
    sanitizeInto(role.exploitation, kMaxLine, issues);
    sanitizeInto(role.notes, kMaxText, issues, LineMode::MultiLine);
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

Result<CaseRole> CaseRepository::getRole(const QString& roleId) {
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

Status CaseRepository::writeRole(const CaseRole& r, bool insert) {
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

Result<QString> CaseRepository::addRole(const CaseRole& draft) {
    if (auto c = get(draft.caseId); !c) {
        return std::unexpected(c.error());
    }
    if (auto p = m_persons.get(draft.personId); !p) {
        return std::unexpected(p.error());
    }
    CaseRole role = draft;
    role.id = draft.id.isEmpty() ? newUuid() : draft.id; // a bundle import keeps the sender's UUID
    if (auto issues = normaliseRole(role); !issues) {
        return std::unexpected(issues.error());
    }
    // Person ids and role keys only: the audit never carries who a victim is.
    const AuditRecord record{QStringLiteral("case.role_add"), QStringLiteral("case"), role.caseId,
                             QJsonObject{{QLatin1String("role_id"), role.id},
                                         {QLatin1String("person"), role.personId},
                                         {QLatin1String("role"), personRoleKey(role.role)}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeRole(role, true); }); !st) {
        return std::unexpected(st.error());
    }
    return role.id;
}

Status CaseRepository::updateRole(const CaseRole& edited) {
    auto before = getRole(edited.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    CaseRole role = edited;
    role.caseId = before->caseId; // a role stays with its case and person; remove and add to move it
    role.personId = before->personId;
    if (auto issues = normaliseRole(role); !issues) {
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
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeRole(role, false); });
}

Status CaseRepository::removeRole(const QString& roleId) {
    auto role = getRole(roleId);
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

Result<std::vector<CaseRoleView>> CaseRepository::roles(const QString& caseId) {
    if (auto c = get(caseId); !c) {
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
        auto role = getRole(id);
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
