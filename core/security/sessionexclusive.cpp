// Session::runExclusive: operations that need the database file alone (re-encryption, schema upgrades, finishing an
// interrupted one) announce themselves, wait for the other CaseLink processes to step aside, and hold SQLite's
// exclusive lock while they work.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>

#include "security/session.h"
#include "security/session_p.h"
#include "storage/maintenance.h"

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace caselink {

using detail::Tr;

namespace {
// Short, so that the waiting loop can report progress and notice a cancel; the loop as a whole waits options.wait.
constexpr int kPollBusyTimeoutMs = 250;
constexpr int kPollIntervalMs = 250;

bool isBusyError(const Error& error) {
    return error.code == ErrorCode::Busy;
}
} // namespace

Status Session::withdrawMaintenanceNotice() {
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    if (auto st = clearMaintenanceNotice(m_db); !st) {
        return st;
    }
    return tx.commit();
}

Status Session::returnToSharedAccess() {
    // Normal locking first: in exclusive locking mode a WAL database keeps its index in private memory and could not
    // be shared again. The switch to WAL needs the file alone, which this connection still has.
    if (auto st = m_db.exec(QStringLiteral("PRAGMA locking_mode = NORMAL")); !st) {
        return st;
    }
    QElapsedTimer waited;
    waited.start();
    while (true) {
        auto mode = m_db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (mode && mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
            break;
        }
        // Someone opened the file in the moment between the modes; it is safe in rollback mode meanwhile.
        if ((!mode && !isBusyError(mode.error())) || waited.elapsed() > Database::kBusyTimeoutMs * 4) {
            return mode ? fail(ErrorCode::Busy, Tr::tr("The database could not return to shared (WAL) mode."))
                        : Status(std::unexpected(mode.error()));
        }
        QThread::msleep(kPollIntervalMs);
    }
    return ok();
}

Status Session::runExclusive(const QString& operation, const std::function<Status()>& work) {
    const ExclusiveOptions& options = m_exclusive;
    if (m_db.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    if (!isSessionThread()) {
        return fail(ErrorCode::Internal, Tr::tr("Internal error: exclusive access asked from a background thread."));
    }
    closeThreadConnections();
    // 1. Announce: other windows see the commit within a second and close their connections; a command or window
    //    that opens the database meanwhile is refused with the reason.
    {
        Transaction tx(m_db);
        if (auto st = tx.begin(); !st) {
            return st;
        }
        const MaintenanceNotice notice = MaintenanceNotice::forThisProcess(operation, m_user.username);
        if (auto st = writeMaintenanceNotice(m_db, notice); !st) {
            return st;
        }
        if (auto seq = m_audit.append(actor(), QStringLiteral("database.exclusive"), QStringLiteral("database"),
                                      m_databaseId, QJsonObject{{QLatin1String("operation"), operation}});
            !seq) {
            return std::unexpected(seq.error());
        }
        if (auto st = tx.commit(); !st) {
            return st;
        }
    }
    auto giveUp = [this](const Error& error) -> Status {
        m_db.setBusyTimeout(Database::kBusyTimeoutMs);
        (void)m_db.exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
        if (auto st = withdrawMaintenanceNotice(); !st) {
            qCWarning(lcStorage) << "the maintenance notice could not be withdrawn";
        }
        return std::unexpected(error);
    };
    // 2. Wait until this connection is the only one: leaving WAL mode needs every other connection gone, and with
    //    exclusive locking the lock taken for it is kept until normal locking returns.
    m_db.setBusyTimeout(kPollBusyTimeoutMs);
    if (auto st = m_db.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !st) {
        return giveUp(st.error());
    }
    QElapsedTimer waited;
    waited.start();
    while (true) {
        auto mode = m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (mode && mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0) {
            break;
        }
        if (!mode && !isBusyError(mode.error())) {
            return giveUp(mode.error());
        }
        const auto elapsed = std::chrono::milliseconds(waited.elapsed());
        if (elapsed > options.wait) {
            return giveUp(Error{
                ErrorCode::Busy,
                Tr::tr("Other CaseLink windows or commands kept the database open for %n second(s); close them and "
                       "try again.",
                       nullptr, static_cast<int>(elapsed.count() / 1000))});
        }
        if (options.waiting && !options.waiting(elapsed)) {
            return giveUp(Error{ErrorCode::Usage, Tr::tr("Cancelled while waiting for the database.")});
        }
        QThread::msleep(kPollIntervalMs);
    }
    // The file is this connection's alone from here until returnToSharedAccess(); an empty write transaction makes
    // sure the exclusive lock is taken now rather than at work's first write.
    if (auto st = m_db.exec(QStringLiteral("BEGIN EXCLUSIVE; COMMIT")); !st) {
        (void)returnToSharedAccess();
        return giveUp(st.error());
    }
    m_db.setBusyTimeout(Database::kBusyTimeoutMs);
    const Status result = work();
    const Status shared = returnToSharedAccess();
    const Status withdrawn = withdrawMaintenanceNotice();
    if (!result) {
        return result;
    }
    return shared ? withdrawn : shared;
}

} // namespace caselink
