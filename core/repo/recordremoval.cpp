#include "repo/recordremoval.h"

#include <QCoreApplication>
#include <QUuid>

#include "repo/aggregatesupport.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RecordRemoval)
};

// The same derivation ArrestRepository uses for the events an arrest or a custody order creates.
QString eventIdFor(const QString& recordId, const char* eventType) {
    return QUuid::createUuidV5(QUuid::fromString(recordId), QByteArray(eventType)).toString(QUuid::WithoutBraces);
}

Status runWith(Database& db, const QString& sql, const QStringList& values) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    for (int i = 0; i < values.size(); ++i) {
        stmt->bind(i + 1, values.at(i));
    }
    return stmt->run();
}

} // namespace

Result<QString> RecordRemoval::caseOf(const QString& sql, const QString& id) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto stmt = prepareScoped(m_context, sql.arg(m_context.scope().caseIdVisible(QStringLiteral("x.case_id"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", id);
    QString caseId;
    if (auto st = readOne(
            *stmt, [&](Statement& s) { caseId = s.columnText(0); },
            Tr::tr("The record no longer exists, or is not in your scope."));
        !st) {
        return std::unexpected(st.error());
    }
    return caseId;
}

Status RecordRemoval::removeArrest(const QString& arrestId, ArrestStatus roleStatus) {
    auto caseId = caseOf(QStringLiteral("SELECT x.case_id FROM arrests x WHERE x.id = :id AND %1"), arrestId);
    if (!caseId) {
        return std::unexpected(caseId.error());
    }
    Database& db = m_context.db();
    QStringList periodEvents;
    {
        auto periods = db.prepare(QStringLiteral("SELECT id, kind FROM custody_periods WHERE arrest_id = ?"));
        if (!periods) {
            return std::unexpected(periods.error());
        }
        periods->bind(1, arrestId);
        if (auto st = periods->forEachRow([&](Statement& s) {
                const bool physical = s.columnText(1) == u"PHYSICAL";
                periodEvents << eventIdFor(s.columnText(0), physical ? "PHYSICAL_REMAND" : "JUDICIAL_REMAND");
            });
            !st) {
            return st;
        }
    }
    const AuditRecord record{
        QStringLiteral("arrest.delete"), QStringLiteral("arrest"), arrestId,
        QJsonObject{{QLatin1String("case"), *caseId}, {QLatin1String("role_status"), arrestStatusKey(roleStatus)}}};
    auto work = [&]() -> Status {
        QStringList events = periodEvents;
        events << eventIdFor(arrestId, "ARREST") << eventIdFor(arrestId, "PRODUCED_BEFORE_MAGISTRATE");
        for (const QString& eventId : events) {
            if (auto st = runWith(db, QStringLiteral("DELETE FROM events WHERE id = ?"), {eventId}); !st) {
                return st;
            }
        }
        if (auto st = runWith(db,
                              QStringLiteral("UPDATE case_persons SET arrest_status = ?1 WHERE case_id = ?2 AND "
                                             "person_id = (SELECT person_id FROM arrests WHERE id = ?3)"),
                              {arrestStatusKey(roleStatus), *caseId, arrestId});
            !st) {
            return st;
        }
        if (auto st = runWith(db, QStringLiteral("DELETE FROM custody_periods WHERE arrest_id = ?"), {arrestId}); !st) {
            return st;
        }
        return runWith(db, QStringLiteral("DELETE FROM arrests WHERE id = ?"), {arrestId});
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Deleted, work); !st) {
        return st;
    }
    m_context.notifier().notify(RecordKind::Case, *caseId, ChangeNotifier::Kind::Updated);
    return ok();
}

Status RecordRemoval::removePayment(const QString& paymentId) {
    auto caseId = caseOf(QStringLiteral("SELECT x.case_id FROM payments x WHERE x.id = :id AND %1"), paymentId);
    if (!caseId) {
        return std::unexpected(caseId.error());
    }
    const AuditRecord record{QStringLiteral("payment.delete"), QStringLiteral("payment"), paymentId,
                             QJsonObject{{QLatin1String("case"), *caseId}}};
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        if (auto st = runWith(m_context.db(),
                              QStringLiteral("UPDATE payments SET instalment_of = NULL WHERE "
                                             "instalment_of = ?"),
                              {paymentId});
            !st) {
            return st;
        }
        return runWith(m_context.db(), QStringLiteral("DELETE FROM payments WHERE id = ?"), {paymentId});
    });
}

Status RecordRemoval::removeDocument(const QString& documentId) {
    auto caseId = caseOf(QStringLiteral("SELECT x.case_id FROM documents x WHERE x.id = :id AND %1"), documentId);
    if (!caseId) {
        return std::unexpected(caseId.error());
    }
    const AuditRecord record{QStringLiteral("document.delete"), QStringLiteral("document"), documentId,
                             QJsonObject{{QLatin1String("case"), *caseId}}};
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        if (auto st =
                runWith(m_context.db(),
                        QStringLiteral("UPDATE route_legs SET document_id = NULL WHERE document_id = ?"), {documentId});
            !st) {
            return st;
        }
        return runWith(m_context.db(), QStringLiteral("DELETE FROM documents WHERE id = ?"), {documentId});
    });
}

Status RecordRemoval::removeCase(const QString& caseId) {
    auto found = caseOf(QStringLiteral("SELECT x.case_id FROM (SELECT id AS case_id FROM cases WHERE id = :id) x "
                                       "WHERE %1"),
                        caseId);
    if (!found) {
        return std::unexpected(found.error());
    }
    auto used = m_context.db().prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM case_persons WHERE case_id = ?1) OR EXISTS (SELECT 1 FROM "
                       "arrests WHERE case_id = ?1) OR EXISTS (SELECT 1 FROM payments WHERE case_id = ?1)"));
    if (!used) {
        return std::unexpected(used.error());
    }
    used->bind(1, caseId);
    bool inUse = false;
    if (auto st = used->forEachRow([&](Statement& s) { inUse = s.columnInt(0) != 0; }); !st) {
        return st;
    }
    if (inUse) {
        return fail(ErrorCode::Conflict, Tr::tr("The case holds persons, arrests or payments and cannot be removed."));
    }
    const AuditRecord record{QStringLiteral("case.delete"), QStringLiteral("case"), caseId, {}};
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        if (auto st = runWith(m_context.db(), QStringLiteral("DELETE FROM case_search WHERE case_id = ?"), {caseId});
            !st) {
            return st;
        }
        return runWith(m_context.db(), QStringLiteral("DELETE FROM cases WHERE id = ?"), {caseId});
    });
}

Status RecordRemoval::removePerson(const QString& personId) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT 1 FROM persons p WHERE p.id = :id AND %1")
                                             .arg(m_context.scope().personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", personId);
    if (auto st = readOne(
            *stmt, [](Statement&) {}, Tr::tr("No such person, or not in your scope."));
        !st) {
        return st;
    }
    const AuditRecord record{QStringLiteral("person.delete"), QStringLiteral("person"), personId, {}};
    // Foreign keys refuse the delete while any case, arrest, payment or link still names the person.
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        if (auto st =
                runWith(m_context.db(), QStringLiteral("DELETE FROM person_search WHERE person_id = ?"), {personId});
            !st) {
            return st;
        }
        return runWith(m_context.db(), QStringLiteral("DELETE FROM persons WHERE id = ?"), {personId});
    });
}

Status RecordRemoval::removeOrganisation(const QString& organisationId) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto stmt = prepareScoped(m_context,
                              QStringLiteral("SELECT EXISTS (SELECT 1 FROM memberships WHERE organisation_id = o.id) "
                                             "FROM organisations o WHERE o.id = :id AND %1")
                                  .arg(organisationVisible(m_context.scope(), QStringLiteral("o"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", organisationId);
    bool hasMembers = false;
    if (auto st = readOne(
            *stmt, [&](Statement& s) { hasMembers = s.columnInt(0) != 0; },
            Tr::tr("No such organisation, or not in your scope."));
        !st) {
        return st;
    }
    if (hasMembers) {
        return fail(ErrorCode::Conflict, Tr::tr("The organisation has members and cannot be removed."));
    }
    const AuditRecord record{QStringLiteral("organisation.delete"), QStringLiteral("organisation"), organisationId, {}};
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        return runWith(m_context.db(), QStringLiteral("DELETE FROM organisations WHERE id = ?"), {organisationId});
    });
}

} // namespace caselink
