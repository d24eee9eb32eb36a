#include "repo/repositorycontext.h"

#include <QCoreApplication>
#include <QUuid>

#include "jobs/jobrunner.h"
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

ChangeEvent changeEventOf(const AuditRecord& record, ChangeKind change) {
    ChangeEvent event;
    event.entity = recordKindFromAuditType(record.entityType);
    event.change = change;
    event.id = record.entityId;
    // The case and person a record belongs to: itself, or what its audit entry names.
    event.caseId =
        event.entity == RecordKind::Case ? record.entityId : record.fields.value(QLatin1String("case")).toString();
    event.personId =
        event.entity == RecordKind::Person ? record.entityId : record.fields.value(QLatin1String("person")).toString();
    return event;
}

RepositoryContext::RepositoryContext(Session& session, Scope scope)
    : m_session(session)
    , m_scope(std::move(scope))
    , m_jobs(std::make_unique<JobRunner>(&session)) {
}

RepositoryContext::~RepositoryContext() = default;

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
    for (int attempt = 1;; ++attempt) {
        const Status written = writeOnce(records, work);
        if (written) {
            break;
        }
        if (!retryWhenBusy(written, attempt)) {
            return written;
        }
    }
    for (const AuditRecord& record : records) {
        m_notifier.notify(changeEventOf(record, kind));
    }
    return ok();
}

Status RepositoryContext::writeOnce(const std::vector<AuditRecord>& records, const std::function<Status()>& work) {
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
    return tx.commit();
}

bool RepositoryContext::retryWhenBusy(const Status& status, int attempt) {
    if (status || status.error().code != ErrorCode::Busy) {
        return false;
    }
    if (m_session.isSessionThread()) {
        return m_busyHandler && m_busyHandler(status.error());
    }
    return attempt < kJobBusyRetries;
}

Status RepositoryContext::auditRead(const AuditRecord& record) {
    if (m_session.isReadOnly()) {
        return ok(); // a read-only check session cannot write; it reads no case data either
    }
    for (int attempt = 1;; ++attempt) {
        const Status written = writeOnce({record}, [] { return ok(); });
        if (written || !retryWhenBusy(written, attempt)) {
            return written;
        }
    }
}

} // namespace caselink
