// SQLite's locks that no other descriptor in this process can drop.
//
// SQLite's unix VFS locks a database and its -shm file with POSIX advisory locks, which belong to the process, not to
// the descriptor: when any code in the process opens and closes the same file through a second descriptor (a file
// dialog sniffing the type of the files in a folder, a hash, a copy, a size check), the kernel silently releases every
// lock SQLite holds on it. Another process then believes it is alone: it checkpoints and deletes the WAL this process
// is still writing to, or re-initialises the shared-memory index under it, and committed work is lost or the file is
// corrupted. installProcessLocks() makes SQLite take the same locks as open-file-description locks (Linux
// F_OFD_SETLK) on one description per file that only SQLite's own descriptors keep alive, so closing other
// descriptors releases nothing, while other processes (and tools using classic POSIX locks) still see them.
#pragma once

#include <QString>

namespace caselink {

enum class ProcessLockMode {
    OpenFileDescription, // Linux: locks survive other descriptors being closed
    Posix,               // other systems, or a kernel without OFD locks: SQLite's default behaviour
};

// Installs the lock shim in SQLite's unix VFS; idempotent and thread-safe. Must run before the first connection is
// opened (Database::open calls it), because locks already taken the POSIX way cannot be moved.
void installProcessLocks();

// What this process uses; OpenFileDescription once installed on a kernel that supports it.
ProcessLockMode processLockMode();

// False when SQLite's most recent open of path in this process refers to a file that is no longer the one at path
// (it was replaced - a restore - while the open waited for its lock). True when unknown (POSIX mode).
bool sqliteOpenStillCurrent(const QString& path);

// Whether any connection (of another process, or another connection of this one) holds a SQLite lock on the database
// file at path, without opening it through SQLite and without a key. For operations that replace the file.
bool databaseFileInUse(const QString& path);

// Holds SQLite's exclusive lock on the database file at path for as long as it lives, so that no connection can read
// or write it (openers wait, then fail with "busy"); acquired only when nobody holds any lock on it.
class DatabaseFileFence {
public:
    explicit DatabaseFileFence(const QString& path);
    ~DatabaseFileFence();
    DatabaseFileFence(const DatabaseFileFence&) = delete;
    DatabaseFileFence& operator=(const DatabaseFileFence&) = delete;
    bool isHeld() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

} // namespace caselink
