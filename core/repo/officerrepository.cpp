#include "repo/officerrepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

#include "repo/recordupdate.h"
#include "security/session.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::OfficerRepository)
};

constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxServiceNumber = 40;

Officer readOfficer(Statement& s) {
    Officer o;
    o.id = s.columnText(0);
    o.name = s.columnText(1);
    o.nameUrdu = s.columnText(2);
    o.rank = officerRankFromKey(s.columnText(3)).value_or(OfficerRank::Constable);
    o.serviceNumber = s.columnText(4);
    o.officeId = s.columnText(5);
    o.userId = s.columnText(6);
    return o;
}

} // namespace

QString OfficerRepository::visible(const QString& o) const {
    const Scope& scope = m_context.scope();
    return QStringLiteral("(%1.office_id IN (SELECT value FROM json_each(:scope_offices)) OR EXISTS (SELECT 1 FROM "
                          "cases oc WHERE oc.io_officer_id = %1.id AND %2))")
        .arg(o, scope.caseVisible(QStringLiteral("oc")));
}

Result<std::vector<Issue>> OfficerRepository::normalise(Officer& o) {
    std::vector<Issue> issues;
    cleanText(o.name, kMaxName, issues);
    cleanText(o.nameUrdu, kMaxName, issues);
    o.serviceNumber = o.serviceNumber.trimmed();
    checkIdentifierText(o.serviceNumber, QStringLiteral("officer.service_number"), Tr::tr("service number"),
                        kMaxServiceNumber, issues);
    if (o.name.isEmpty() && o.nameUrdu.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("officer.name"), Tr::tr("Give the officer's name.")});
    }
    if (o.serviceNumber.isEmpty()) {
        issues.push_back(
            {Severity::Error, QStringLiteral("officer.service_number"), Tr::tr("Give the officer's service number.")});
    }
    if (!m_context.scope().officeIds().contains(o.officeId)) {
        issues.push_back({Severity::Error, QStringLiteral("officer.office"),
                          Tr::tr("Officers can only be recorded for your own office or the units below it.")});
    }
    if (hasErrors(issues)) {
        return refuseOnErrors(std::move(issues));
    }
    auto dup = m_context.db().prepare(QStringLiteral("SELECT 1 FROM officers WHERE service_number = ? AND id <> ?"));
    if (!dup) {
        return std::unexpected(dup.error());
    }
    dup->bind(1, o.serviceNumber).bind(2, nn(o.id));
    auto st = readOne(
        *dup, [](Statement&) {}, QString());
    if (st) {
        return fail(ErrorCode::Conflict, Tr::tr("Another officer has the service number %1.").arg(o.serviceNumber));
    }
    if (st.error().code != ErrorCode::NotFound) {
        return std::unexpected(st.error());
    }
    return issues;
}

Status OfficerRepository::writeRow(const Officer& o, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO officers (name, name_urdu, rank, service_number, "
                                                "office_id, user_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                               : QStringLiteral("UPDATE officers SET name = ?1, name_urdu = ?2, rank = ?3, "
                                                "service_number = ?4, office_id = ?5, user_id = ?6 WHERE id = ?7");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, o.name.isEmpty() ? o.nameUrdu : o.name)
        .bind(2, nn(o.nameUrdu))
        .bind(3, officerRankKey(o.rank))
        .bind(4, o.serviceNumber)
        .bind(5, o.officeId)
        .bind(6, orNull(o.userId))
        .bind(7, o.id);
    return stmt->run();
}

Result<SaveOutcome> OfficerRepository::create(const Officer& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    Officer o = draft;
    o.id = newUuid();
    if (o.officeId.isEmpty()) {
        o.officeId = m_context.session().user().officeId;
    }
    auto warnings = normalise(o);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("officer.create"), QStringLiteral("officer"), o.id,
                             QJsonObject{{QLatin1String("rank"), officerRankKey(o.rank)}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(o, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{o.id, *warnings};
}

Result<SaveOutcome> OfficerRepository::update(const Officer& edited) {
    return updateRecord<Officer>(m_context, edited,
                                 {QStringLiteral("officer.update"),
                                  QStringLiteral("officer"),
                                  [this](const QString& id) { return get(id); },
                                  [this](Officer& after, const Officer& before) -> Result<std::vector<Issue>> {
                                      if (!m_context.scope().officeIds().contains(before.officeId)) {
                                          return fail(ErrorCode::Permission,
                                                      Tr::tr("This officer is posted outside your offices."));
                                      }

                                      return normalise(after);
                                  },
                                  [](const Officer& before, const Officer& after) -> std::vector<ChangedField> {
                                      return {{"name", before.name != after.name || before.nameUrdu != after.nameUrdu},
                                              {"rank", before.rank != after.rank},
                                              {"service_number", before.serviceNumber != after.serviceNumber},
                                              {"office", before.officeId != after.officeId},
                                              {"user", before.userId != after.userId}};
                                  },
                                  {},
                                  [this](const Officer& after) {
                                      return writeRow(after, false);
                                  }});
}

Result<std::vector<Officer>> OfficerRepository::list(const QString& where,
                                                     const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT o.id, o.name, o.name_urdu, o.rank, o.service_number, "
                                                        "o.office_id, o.user_id FROM officers o WHERE (%1) AND %2")
                                             .arg(where, visible(QStringLiteral("o"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Officer> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readOfficer(s)); }); !st) {
        return std::unexpected(st.error());
    }
    std::stable_sort(out.begin(), out.end(), [](const Officer& a, const Officer& b) {
        return a.rank != b.rank ? a.rank > b.rank : a.name < b.name;
    });
    return out;
}

Result<Officer> OfficerRepository::get(const QString& id) {
    auto found = list(QStringLiteral("o.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such officer, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<Officer>> OfficerRepository::listForOffice(const QString& officeId) {
    return list(QStringLiteral("o.office_id IN (WITH RECURSIVE below(id) AS (SELECT :office UNION ALL SELECT u.id "
                               "FROM org_units u JOIN below b ON u.parent_id = b.id) SELECT id FROM below)"),
                [&](Statement& s) { s.bindNamed(":office", officeId); });
}

Result<std::vector<Officer>> OfficerRepository::investigatingOfficers(const QString& officeId) {
    auto all = listForOffice(officeId);
    if (!all) {
        return all;
    }
    std::erase_if(*all, [](const Officer& o) { return !canBeInvestigatingOfficer(o.rank); });
    return all;
}

} // namespace caselink
