// Integrity checks, verified backups and restores of a case database.
#include "security/databasemaintenance.h"

#include <cstdio>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>

#include "security/keyjournal.h"
#include "security/rollbackanchor.h"
#include "security/sessioninternals.h"
#include "storage/backup.h"
#include "storage/keyslots.h"
#include "storage/maintenance.h"
#include "storage/processlocks.h"
#include "util/durablefile.h"

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace caselink {
namespace {

using detail::newId;
using detail::nowIso;
using detail::Tr;
using namespace detail;

Status recordKeys(const QString& databasePath, const KeyslotFile& keys, const SecureBytes& dataKey) {
    auto db = Database::open(databasePath, dataKey, Database::Mode::ReadWrite);
    if (!db) {
        return std::unexpected(db.error());
    }
    Transaction tx(*db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    if (auto st = keyjournal::record(*db, keys); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace

Result<IntegrityReport> DatabaseMaintenance::checkIntegrity() {
    auto report = integrityOf(m_session.m_db, m_session.m_audit);
    if (report && !m_session.m_rollbackProblem.isEmpty()) {
        report->notRolledBack = false;
        report->problems << m_session.m_rollbackProblem;
    }
    return report;
}

Status DatabaseMaintenance::backup(const QString& outPath) {
    const DatabaseFiles out(outPath);
    if (QFile::exists(out.database) || QFile::exists(out.keys)) {
        return fail(ErrorCode::Conflict, Tr::tr("%1 already exists; choose a new name for the backup.").arg(outPath));
    }
    auto keys = keyjournal::current(m_session.m_db, m_session.m_files, m_session.m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (auto st = copyDatabase(m_session.m_db, out.database, m_session.m_dataKey); !st) {
        return st;
    }
    if (auto st = keys->save(out.keys, m_session.m_dataKey); !st) {
        removeDatabaseFiles(out.database);
        return st;
    }
    // Verify the copy as a restore would see it.
    auto copy = Database::open(out.database, m_session.m_dataKey, Database::Mode::ReadOnly);
    Result<IntegrityReport> report = copy ? [&]() -> Result<IntegrityReport> {
        // The copy must name the keyslot file saved with it: accounts changed meanwhile would make a pair that does
        // not open.
        auto commit = keyjournal::committed(*copy);
        if (commit && *commit && (*commit)->digest != keys->digest()) {
            return fail(ErrorCode::Conflict, Tr::tr("the accounts changed while the backup was made; back up again"));
        }
        AuditLog audit(*copy);
        return integrityOf(*copy, audit);
    }()
        : Result<IntegrityReport>(std::unexpected(copy.error()));
    if (!report || !report->ok()) {
        if (copy) {
            copy->close();
        }
        removeDatabaseFiles(out.database);
        QFile::remove(out.keys);
        return fail(ErrorCode::Integrity,
                    Tr::tr("The backup failed verification and was removed: %1")
                        .arg(report ? report->problems.join(QLatin1String("; ")) : report.error().message));
    }
    copy->close();
    if (m_session.m_db.isReadOnly()) {
        return ok();
    }
    Transaction tx(m_session.m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("file"), QFileInfo(outPath).fileName()}};
    if (auto seq = m_session.m_audit.append(m_session.actor(), QStringLiteral("database.backup"),
                                            QStringLiteral("database"), m_session.m_databaseId, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    return tx.commit();
}

Status DatabaseMaintenance::restore(const QString& backupPath, const QString& targetPath, const QString& username,
                                    const SecureBytes& password, bool replace, const RollbackAnchor* anchor) {
    const DatabaseFiles target(targetPath);
    if (!replace && (QFile::exists(target.database) || QFile::exists(target.keys))) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("%1 already exists; restore to a new name or confirm the replacement.").arg(targetPath));
    }
    // Replacing a database another window or command has open would pull the file from under it.
    const auto inUse = [&] {
        return fail(ErrorCode::Busy, Tr::tr("%1 is open in another CaseLink window or command; close it there (or let "
                                            "the command finish) and restore again.")
                                         .arg(targetPath));
    };
    if (QFile::exists(target.database) && databaseFileInUse(target.database)) {
        return inUse();
    }
    UnlockOptions readOnly;
    readOnly.readOnly = true;
    auto backup = Session::unlock(backupPath, username, password, readOnly);
    if (!backup) {
        return std::unexpected(backup.error());
    }
    auto report = DatabaseMaintenance(**backup).checkIntegrity();
    if (!report || !report->ok()) {
        return fail(ErrorCode::Integrity,
                    Tr::tr("The backup is damaged and was not restored: %1")
                        .arg(report ? report->problems.join(QLatin1String("; ")) : report.error().message));
    }
    // Build the restored copy beside the target, then move it into place, so a failure leaves the target as it was.
    const DatabaseFiles staging(targetPath + QStringLiteral(".restoring"));
    removeDatabaseFiles(staging.database);
    QFile::remove(staging.keys);
    auto keys = keyjournal::current((*backup)->m_db, (*backup)->m_files, (*backup)->m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (auto st = copyDatabase((*backup)->m_db, staging.database, (*backup)->m_dataKey); !st) {
        return st;
    }
    // The copy names its keyslot file (a backup made before CaseLink recorded it does not), so that the swap below is
    // journalled like any other change of keys.
    if (auto st = recordKeys(staging.database, *keys, (*backup)->m_dataKey); !st) {
        removeDatabaseFiles(staging.database);
        return st;
    }
    if (auto st = keys->save(staging.keys, (*backup)->m_dataKey); !st) {
        removeDatabaseFiles(staging.database);
        return st;
    }
    if (auto st = (*backup)->close(); !st) {
        removeDatabaseFiles(staging.database);
        QFile::remove(staging.keys);
        return st;
    }
    {
        // Nobody may open the old file while it is swapped out: the fence holds SQLite's exclusive lock on it, and an
        // open that waited for it notices afterwards that the file at the path is another one (Database::open).
        std::optional<DatabaseFileFence> fence;
        if (QFile::exists(target.database)) {
            fence.emplace(target.database);
            if (!fence->isHeld()) {
                removeDatabaseFiles(staging.database);
                QFile::remove(staging.keys);
                return inUse();
            }
        }
        // A WAL left by the old file must never be replayed into the restored one.
        QFile::remove(target.wal);
        QFile::remove(target.shm);
        // The restored keyslot file is staged first; moving the restored database into place is the moment the
        // restore happens, and the next open (just below) settles the keyslot file (keyjournal.h).
        if (auto st = renameDurably(staging.keys, target.pendingKeys); !st) {
            return st;
        }
        if (auto st = renameDurably(staging.database, target.database); !st) {
            return st;
        }
    }
    auto restored = Session::unlock(targetPath, username, password);
    if (!restored) {
        return std::unexpected(restored.error());
    }
    Transaction tx((*restored)->m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("from"), QFileInfo(backupPath).fileName()}};
    if (auto seq = (*restored)->m_audit.append((*restored)->actor(), QStringLiteral("database.restore"),
                                               QStringLiteral("database"), (*restored)->m_databaseId, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    // Going back to a backup is the one rollback that is meant: this computer remembers the restored state instead.
    if (anchor) {
        if (auto state = RollbackAnchor::stateOf((*restored)->m_db)) {
            anchor->remember((*restored)->m_databaseId, *state, true);
        }
    }
    return (*restored)->close();
}

namespace {
// Short, so that the waiting loop can report progress and notice a cancel; the loop as a whole waits options.wait.
constexpr int kPollBusyTimeoutMs = 250;
constexpr int kPollIntervalMs = 250;

bool isBusyError(const Error& error) {
    return error.code == ErrorCode::Busy;
}
} // namespace

Status DatabaseMaintenance::withdrawMaintenanceNotice() {
    Transaction tx(m_session.m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    if (auto st = clearMaintenanceNotice(m_session.m_db); !st) {
        return st;
    }
    return tx.commit();
}

Status DatabaseMaintenance::returnToSharedAccess() {
    // Normal locking first: in exclusive locking mode a WAL database keeps its index in private memory and could not
    // be shared again. The switch to WAL needs the file alone, which this connection still has.
    if (auto st = m_session.m_db.exec(QStringLiteral("PRAGMA locking_mode = NORMAL")); !st) {
        return st;
    }
    QElapsedTimer waited;
    waited.start();
    while (true) {
        auto mode = m_session.m_db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
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

Status DatabaseMaintenance::runExclusive(const QString& operation, const std::function<Status()>& work) {
    const ExclusiveOptions& options = m_session.m_exclusive;
    if (m_session.m_db.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    if (!m_session.isSessionThread()) {
        return fail(ErrorCode::Internal, Tr::tr("Internal error: exclusive access asked from a background thread."));
    }
    m_session.closeThreadConnections();
    // 1. Announce: other windows see the commit within a second and close their connections; a command or window
    //    that opens the database meanwhile is refused with the reason.
    {
        Transaction tx(m_session.m_db);
        if (auto st = tx.begin(); !st) {
            return st;
        }
        const MaintenanceNotice notice = MaintenanceNotice::forThisProcess(operation, m_session.m_user.username);
        if (auto st = writeMaintenanceNotice(m_session.m_db, notice); !st) {
            return st;
        }
        if (auto seq = m_session.m_audit.append(m_session.actor(), QStringLiteral("database.exclusive"),
                                                QStringLiteral("database"), m_session.m_databaseId,
                                                QJsonObject{{QLatin1String("operation"), operation}});
            !seq) {
            return std::unexpected(seq.error());
        }
        if (auto st = tx.commit(); !st) {
            return st;
        }
    }
    auto giveUp = [this](const Error& error) -> Status {
        m_session.m_db.setBusyTimeout(Database::kBusyTimeoutMs);
        (void)m_session.m_db.exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
        if (auto st = withdrawMaintenanceNotice(); !st) {
            qCWarning(lcStorage) << "the maintenance notice could not be withdrawn";
        }
        return std::unexpected(error);
    };
    // 2. Wait until this connection is the only one: leaving WAL mode needs every other connection gone, and with
    //    exclusive locking the lock taken for it is kept until normal locking returns.
    m_session.m_db.setBusyTimeout(kPollBusyTimeoutMs);
    if (auto st = m_session.m_db.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")); !st) {
        return giveUp(st.error());
    }
    QElapsedTimer waited;
    waited.start();
    while (true) {
        auto mode = m_session.m_db.scalar(QStringLiteral("PRAGMA journal_mode = DELETE"));
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
    if (auto st = m_session.m_db.exec(QStringLiteral("BEGIN EXCLUSIVE; COMMIT")); !st) {
        (void)returnToSharedAccess();
        return giveUp(st.error());
    }
    m_session.m_db.setBusyTimeout(Database::kBusyTimeoutMs);
    const Status result = work();
    const Status shared = returnToSharedAccess();
    const Status withdrawn = withdrawMaintenanceNotice();
    if (!result) {
        return result;
    }
    return shared ? withdrawn : shared;
}

} // namespace caselink
