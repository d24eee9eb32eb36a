// What every repository shares for one open database: the session, the user's scope and the change notifier, plus
// the one way to write: a transaction that carries its audit entry and announces the change after commit.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QJsonObject>
#include <QString>

#include "domain/validation.h"
#include "repo/changenotifier.h"
#include "repo/scope.h"
#include "util/result.h"

namespace caselink {

class Database;
class JobRunner;
class Session;

// What every repository's create and update return: the record's id and the warnings to show again (values kept that
// the officer should look at, e.g. a CNIC digit that disagrees with the sex).
struct SaveOutcome {
    QString id;
    std::vector<Issue> warnings;
};

struct AuditRecord {
    QString action;     // "person.create", "case.update", ...
    QString entityType; // "person", "case", ...
    QString entityId;
    QJsonObject fields; // changed fields (never victim identities in clear; see redactedFields in the repositories)
};

class RepositoryContext {
public:
    static Result<std::unique_ptr<RepositoryContext>> create(Session& session);
    ~RepositoryContext();

    Session& session() { return m_session; }
    Database& db();
    const Scope& scope() const { return m_scope; }
    ChangeNotifier& notifier() { return m_notifier; }
    // Background work on this database; every job has a connection of its own. Destroying the context cancels and
    // waits for the jobs first.
    JobRunner& jobs() { return *m_jobs; }
    QString now() const; // ISO-8601 UTC with milliseconds, from the session's clock

    // Refused for read-only sessions and prosecutor-readers.
    Status requireWrite() const;
    // Runs work inside one transaction, appends the audit record in it, commits, then notifies.
    Status write(const AuditRecord& record, ChangeNotifier::Kind kind, const std::function<Status()>& work);
    // Several records in one transaction (merge, import): all or nothing.
    Status writeMany(const std::vector<AuditRecord>& records, ChangeNotifier::Kind kind,
                     const std::function<Status()>& work);
    // Sensitive reads (a protected identity shown, an export) are audited too, in their own transaction.
    Status auditRead(const AuditRecord& record);

    // Asked on the session's thread when a write found the database busy for longer than the wait (another window or
    // command writing, or the file being maintained): answering true tries the write again. Background jobs retry on
    // their own a few times before they report the busy database.
    using BusyHandler = std::function<bool(const Error& error)>;
    void setBusyHandler(BusyHandler handler) { m_busyHandler = std::move(handler); }
    static constexpr int kJobBusyRetries = 5;

private:
    RepositoryContext(Session& session, Scope scope);
    Status writeOnce(const std::vector<AuditRecord>& records, const std::function<Status()>& work);
    bool retryWhenBusy(const Status& status, int attempt);

    Session& m_session;
    Scope m_scope;
    ChangeNotifier m_notifier;
    BusyHandler m_busyHandler;
    std::unique_ptr<JobRunner> m_jobs; // last, so destroyed first: no job outlives what it uses
};

QString newUuid();
// The change a committed write announces: the record's kind and id, and the case and person its audit entry names.
ChangeEvent changeEventOf(const AuditRecord& record, ChangeKind change);

} // namespace caselink
