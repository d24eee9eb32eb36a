#include "storage/backup.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>

#include "storage/database.h"

namespace caselink {
namespace {
// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::backup)
};
} // namespace

Status copyDatabase(Database& src, const QString& outPath, const SecureBytes& key) {
    auto dest = Database::open(outPath, key, Database::Mode::Create);
    if (!dest) {
        return std::unexpected(dest.error());
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest->handle(), "main", src.handle(), "main");
    if (!backup) {
        const Error error = dest->lastError(ErrorCode::Io, Tr::tr("Cannot start the backup"));
        dest->close();
        removeDatabaseFiles(outPath);
        return std::unexpected(error);
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const Error error = dest->lastError(ErrorCode::Io, Tr::tr("The backup could not be written"));
        dest->close();
        removeDatabaseFiles(outPath);
        return std::unexpected(error);
    }
    // Fold the WAL into the file so the copy is one self-contained file.
    if (auto st = dest->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !st) {
        return st;
    }
    dest->close();
    return ok();
}

void removeDatabaseFiles(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace caselink
