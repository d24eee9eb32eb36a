#include "repo/organisationrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "repo/recordupdate.h"
#include "security/session.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::OrganisationRepository)
};

constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxRegistration = 100;
constexpr qsizetype kMaxNotes = 20000;

Organisation readOrganisation(Statement& s) {
    Organisation o;
    o.id = s.columnText(0);
    o.name = s.columnText(1);
    o.nameUrdu = s.columnText(2);
    o.kind = organisationKindFromKey(s.columnText(3)).value_or(OrganisationKind::Other);
    o.registration = s.columnText(4);
    o.notes = s.columnText(5);
    o.officeId = s.columnText(6);
    return o;
}

Membership readMembership(Statement& s) {
    return Membership{s.columnText(0),
                      s.columnText(1),
                      s.columnText(2),
                      s.columnText(3),
                      fromIsoDate(s.columnText(4)),
                      fromIsoDate(s.columnText(5))};
}

} // namespace

Result<std::vector<Issue>> OrganisationRepository::normalise(Organisation& o) {
    std::vector<Issue> issues;
    cleanText(o.name, kMaxName, issues);
    cleanText(o.nameUrdu, kMaxName, issues);
    cleanText(o.registration, kMaxRegistration, issues);
    cleanText(o.notes, kMaxNotes, issues, LineMode::MultiLine);
    if (o.name.isEmpty() && o.nameUrdu.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("organisation.name"),
                          Tr::tr("Give the organisation's name in Latin or Urdu script.")});
    }
    return refuseOnErrors(std::move(issues));
}

Status OrganisationRepository::writeRow(const Organisation& o, bool insert) {
    const QString sql = insert
                            ? QStringLiteral("INSERT INTO organisations (name, name_urdu, kind, registration, notes, "
                                             "updated_at, office_id, created_at, id) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?8)")
                            : QStringLiteral("UPDATE organisations SET name = ?1, name_urdu = ?2, kind = ?3, "
                                             "registration = ?4, notes = ?5, updated_at = ?6 "
                                             "WHERE office_id = ?7 AND id = ?8");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, o.name.isEmpty() ? o.nameUrdu : o.name)
        .bind(2, nn(o.nameUrdu))
        .bind(3, organisationKindKey(o.kind))
        .bind(4, nn(o.registration))
        .bind(5, nn(o.notes))
        .bind(6, m_context.now())
        .bind(7, o.officeId)
        .bind(8, o.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The organisation no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> OrganisationRepository::create(const Organisation& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    Organisation o = draft;
    o.id = draft.id.isEmpty() ? newUuid() : draft.id; // an undone creation comes back under the same id
    o.officeId = m_context.session().user().officeId;
    auto warnings = normalise(o);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("organisation.create"), QStringLiteral("organisation"), o.id,
                             QJsonObject{{QLatin1String("office"), m_context.session().user().officeCode}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(o, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{o.id, *warnings};
}

Result<SaveOutcome> OrganisationRepository::update(const Organisation& edited) {
    return updateRecord<Organisation>(
        m_context, edited,
        {QStringLiteral("organisation.update"),
         QStringLiteral("organisation"),
         [this](const QString& id) { return get(id); },
         [this](Organisation& after, const Organisation& before) -> Result<std::vector<Issue>> {
             after.officeId = before.officeId;
             return normalise(after);
         },
         [](const Organisation& before, const Organisation& after) -> std::vector<ChangedField> {
             return {{"name", before.name != after.name || before.nameUrdu != after.nameUrdu},
                     {"kind", before.kind != after.kind},
                     {"registration", before.registration != after.registration},
                     {"notes", before.notes != after.notes}};
         },
         {},
         [this](const Organisation& after) {
             return writeRow(after, false);
         }});
}

Result<std::vector<Organisation>>
OrganisationRepository::listWhere(const QString& where, const std::function<void(Statement&)>& bind, int limit) {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT o.id, o.name, o.name_urdu, o.kind, o.registration, "
                                                        "o.notes, o.office_id FROM organisations o WHERE (%1) AND %2 "
                                                        "ORDER BY o.name, o.id LIMIT :limit")
                                             .arg(where, organisationVisible(m_context.scope(), QStringLiteral("o"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    stmt->bindNamed(":limit", std::int64_t(limit));
    std::vector<Organisation> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readOrganisation(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<Organisation> OrganisationRepository::get(const QString& id) {
    auto found = listWhere(QStringLiteral("o.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such organisation, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<Organisation>> OrganisationRepository::list() {
    return listWhere(QStringLiteral("1"), [](Statement&) {});
}

Result<std::vector<Organisation>> OrganisationRepository::search(const QString& query, int limit) {
    const QString text = query.simplified();
    if (text.size() < 2) {
        return std::vector<Organisation>{};
    }
    return listWhere(
        QStringLiteral("o.name LIKE :needle ESCAPE '\\' OR o.name_urdu LIKE :needle ESCAPE '\\' "
                       "OR o.registration = :exact"),
        [&text](Statement& s) {
            s.bindNamed(":needle", likeContains(text));
            s.bindNamed(":exact", text);
        },
        limit);
}

Result<SaveOutcome> OrganisationRepository::addMember(const Membership& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto org = get(draft.organisationId);
    if (!org) {
        return std::unexpected(org.error());
    }
    Membership m = draft;
    m.id = newUuid();
    std::vector<Issue> issues;
    cleanText(m.role, kMaxName, issues);
    if (m.since.isValid() && m.until.isValid() && m.until < m.since) {
        issues.push_back(
            {Severity::Error, QStringLiteral("membership.dates"), Tr::tr("A membership cannot end before it began.")});
    }
    if (m.personId.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("membership.person"), Tr::tr("Choose the member.")});
    } else if (auto st = checkVisiblePerson(m_context, m.personId, QStringLiteral("membership.person"),
                                            Tr::tr("member"), issues);
               !st) {
        return std::unexpected(st.error());
    }
    auto warnings = refuseOnErrors(std::move(issues));
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("organisation.member_add"), QStringLiteral("membership"), m.id,
                             QJsonObject{{QLatin1String("organisation"), m.organisationId}}};
    auto work = [&]() -> Status {
        auto stmt = m_context.db().prepare(QStringLiteral("INSERT INTO memberships (id, person_id, organisation_id, "
                                                          "role, since, until) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, m.id)
            .bind(2, m.personId)
            .bind(3, m.organisationId)
            .bind(4, nn(m.role))
            .bind(5, isoDate(m.since))
            .bind(6, isoDate(m.until));
        return stmt->run();
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, work); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{m.id, *warnings};
}

Status OrganisationRepository::endMembership(const QString& membershipId, QDate until) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto found = listMemberships(QStringLiteral("m.id = :id"), [&](Statement& s) { s.bindNamed(":id", membershipId); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such membership, or not in your scope."));
    }
    const Membership& m = found->front();
    if (!until.isValid() || (m.since.isValid() && until < m.since)) {
        return fail(ErrorCode::Input, Tr::tr("A membership cannot end before it began."));
    }
    const AuditRecord record{QStringLiteral("organisation.member_end"), QStringLiteral("membership"), m.id,
                             QJsonObject{{QLatin1String("organisation"), m.organisationId}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto stmt = m_context.db().prepare(QStringLiteral("UPDATE memberships SET until = ? WHERE id = ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, isoDate(until)).bind(2, m.id);
        return stmt->run();
    });
}

Result<std::vector<Membership>> OrganisationRepository::listMemberships(const QString& where,
                                                                        const std::function<void(Statement&)>& bind) {
    const Scope& scope = m_context.scope();
    auto stmt =
        prepareScoped(m_context, QStringLiteral("SELECT m.id, m.organisation_id, m.person_id, m.role, m.since, m.until "
                                                "FROM memberships m JOIN organisations o ON o.id = m.organisation_id "
                                                "JOIN persons p ON p.id = m.person_id WHERE (%1) AND %2 AND %3 "
                                                "ORDER BY m.since, m.rowid")
                                     .arg(where, organisationVisible(scope, QStringLiteral("o")),
                                          scope.personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Membership> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readMembership(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<Membership>> OrganisationRepository::members(const QString& organisationId) {
    if (auto org = get(organisationId); !org) {
        return std::unexpected(org.error());
    }
    return listMemberships(QStringLiteral("m.organisation_id = :org"),
                           [&](Statement& s) { s.bindNamed(":org", organisationId); });
}

Result<std::vector<Membership>> OrganisationRepository::membershipsOf(const QString& personId) {
    return listMemberships(QStringLiteral("m.person_id = :person"),
                           [&](Statement& s) { s.bindNamed(":person", personId); });
}

} // namespace caselink
