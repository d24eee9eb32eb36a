#include "repositorycontext.h"

#include <QCoreApplication>
#include <QUuid>

#include "security/session.h"
#include "storage/database.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RepositoryContext)
};
} // namespace

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RepositoryContext::RepositoryContext(Session& session, Scope scope)
    : m_session(session)
    , m_scope(std::move(scope)) {
}

Result<std::unique_ptr<RepositoryContext>> RepositoryContext::create(Session& session) {
    auto scope = Scope::forSession(session);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    return std::unique_ptr<RepositoryContext>(new RepositoryContext(session, std::move(*scope)));
}

Database& RepositoryContext::db() {
    return m_session.database();
}

QString RepositoryContext::now() const {
    return systemClockUtc().toString(Qt::ISODateWithMs);
}

Status RepositoryContext::requireWrite() const {
    if (m_session.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    if (!m_scope.canWrite()) {
        return fail(ErrorCode::Permission, Tr::tr("Your role can read assigned cases but not change them."));
    }
    return ok();
}

Status RepositoryContext::write(const AuditRecord& record, ChangeNotifier::Kind kind,
                                const std::function<Status()>& work) {
    return writeMany({record}, kind, work);
}

Status RepositoryContext::writeMany(const std::vector<AuditRecord>& records, ChangeNotifier::Kind kind,
                                    const std::function<Status()>& work) {
    if (auto st = requireWrite(); !st) {
        return st;
    }
    Transaction tx(db());
    if (auto st = tx.begin(); !st) {
        return st;
    }
    if (auto st = work(); !st) {
        return st;
    }
    for (const AuditRecord& record : records) {
        auto seq = m_session.audit().append(m_session.actor(), record.action, record.entityType, record.entityId,
                                            record.fields);
        if (!seq) {
            return std::unexpected(seq.error());
        }
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    for (const AuditRecord& record : records) {
        m_notifier.notify(record.entityType, record.entityId, kind);
    }
    return ok();
}

Status RepositoryContext::auditRead(const AuditRecord& record) {
    if (m_session.isReadOnly()) {
        return ok(); // a read-only check session cannot write; it reads no case data either
    }
    Transaction tx(db());
    if (auto st = tx.begin(); !st) {
        return st;
    }
    auto seq =
        m_session.audit().append(m_session.actor(), record.action, record.entityType, record.entityId, record.fields);
    if (!seq) {
        return std::unexpected(seq.error());
    }
    return tx.commit();
}

} // namespace caselink
