// Telling other CaseLink processes that one of them needs the database file to itself for a while (re-encryption
// after a revocation, a schema upgrade, a restore over it). The notice is a row of the database's own meta table,
// committed before the operation waits for exclusive access: open windows notice the commit (PRAGMA data_version)
// and step aside with the reason shown, and a command or window that opens the database meanwhile is refused with
// it. A notice whose process has died (same machine) is stale and ignored.
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "util/result.h"

namespace caselink {

class Database;

struct MaintenanceNotice {
    QString operation; // translated: "re-encrypting the database after a revocation", ...
    QString username;
    QString host;
    qint64 pid = 0;
    QDateTime since; // UTC

    // For this process: a notice of its own is not a reason to wait.
    static MaintenanceNotice forThisProcess(const QString& operation, const QString& username);
    bool isThisProcess() const;
    // Its process is known to be gone (same machine, no such process), or it is older than a day.
    bool isStale() const;
    // "admin.x is re-encrypting the database after a revocation (since 14:02, process 4411 on this computer)."
    QString describe() const;
};

// The notice in force, if any (stale notices included; callers decide).
Result<std::optional<MaintenanceNotice>> readMaintenanceNotice(Database& db);
// Written inside the caller's transaction.
Status writeMaintenanceNotice(Database& db, const MaintenanceNotice& notice);
Status clearMaintenanceNotice(Database& db);

} // namespace caselink
