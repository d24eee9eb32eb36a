// Keeping a case database sound: integrity checks (pages, page authentication, audit chain), verified backups and
// restores, and the exclusive access that re-encryption and upgrades need: announced so that other windows step
// aside and new openers are told why, taken once every other connection has closed, released back to shared (WAL)
// access afterwards.
#pragma once

#include <functional>

#include "security/session.h"
#include "util/result.h"

namespace caselink {

class RollbackAnchor;

class DatabaseMaintenance {
public:
    explicit DatabaseMaintenance(Session& session)
        : m_session(session) {}

    Result<IntegrityReport> checkIntegrity();
    // Encrypted copy through SQLite's backup API, with its keyslot file, verified before returning.
    Status backup(const QString& outPath);
    // Restores a verified backup to target (refuses to overwrite unless replace is true, or a database in use).
    // anchor, when given, is told that this computer now has the restored state (rollbackanchor.h).
    static Status restore(const QString& backupPath, const QString& targetPath, const QString& username,
                          const SecureBytes& password, bool replace, const RollbackAnchor* anchor = nullptr);

    // Runs work with the database file to this session alone (see the header comment); the session's
    // ExclusiveOptions say how long it waits. Busy when the others did not leave in time, and then nothing changed.
    Status runExclusive(const QString& operation, const std::function<Status()>& work);

private:
    friend class Session;
    Status withdrawMaintenanceNotice();
    Status returnToSharedAccess();

    Session& m_session;
};

} // namespace caselink
