#include "storage/processlocks.h"

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <compare>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <mutex>
#include <string>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace caselink {

#if defined(__linux__) && defined(F_OFD_SETLK)
namespace {

// The file a lock is about, as the kernel identifies it (a path can be renamed or unlinked under us).
struct FileKey {
    dev_t device = 0;
    ino_t inode = 0;
    auto operator<=>(const FileKey&) const = default;
};

// One open file description per file that carries every lock this process's SQLite holds on it, exactly as a
// POSIX process-wide lock would, but released only when SQLite closes its last descriptor of the file.
struct LockHome {
    int fd = -1; // ours, never handed to SQLite
    int users = 0;
};

using OpenFn = int (*)(const char*, int, int);
using CloseFn = int (*)(int);
using FcntlFn = int (*)(int, int, ...);

std::mutex g_mutex;
std::map<FileKey, LockHome> g_homes;
std::map<int, FileKey> g_sqliteFds;          // descriptors SQLite opened, with the file they refer to
std::map<std::string, FileKey> g_lastOpened; // the file SQLite's latest open of each path got
OpenFn g_open = nullptr;
CloseFn g_close = nullptr;
FcntlFn g_fcntl = nullptr;
std::atomic<ProcessLockMode> g_mode{ProcessLockMode::Posix};

void registerDescriptor(int fd, const char* path) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        return;
    }
    const FileKey key{st.st_dev, st.st_ino};
    const std::lock_guard lock(g_mutex);
    g_sqliteFds[fd] = key;
    ++g_homes[key].users;
    if (S_ISREG(st.st_mode)) {
        g_lastOpened[path] = key;
    }
}

void unregisterDescriptor(int fd) {
    const std::lock_guard lock(g_mutex);
    const auto known = g_sqliteFds.find(fd);
    if (known == g_sqliteFds.end()) {
        return;
    }
    const auto home = g_homes.find(known->second);
    g_sqliteFds.erase(known);
    if (home == g_homes.end() || --home->second.users > 0) {
        return;
    }
    // SQLite closes the last descriptor of a file only once it holds no lock on it, so nothing is released here
    // that SQLite still counts on.
    if (home->second.fd >= 0) {
        ::close(home->second.fd);
    }
    g_homes.erase(home);
}

// The description that holds the locks for SQLite's descriptor fd, created on the first lock request: a second open of
// the same file (through /proc, which works for unlinked files too), read-write where the file permits it so that
// every connection of the process can take write locks on it; -1 for a descriptor SQLite did not open through us.
int lockHomeFor(int fd) {
    const std::lock_guard lock(g_mutex);
    const auto known = g_sqliteFds.find(fd);
    if (known == g_sqliteFds.end()) {
        return -1;
    }
    LockHome& home = g_homes[known->second];
    if (home.fd < 0) {
        char path[64];
        std::snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
        home.fd = ::open(path, O_RDWR | O_CLOEXEC);
        if (home.fd < 0) {
            home.fd = ::open(path, O_RDONLY | O_CLOEXEC);
        }
        if (home.fd < 0) {
            home.fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
        }
    }
    return home.fd;
}

int caselinkOpen(const char* path, int flags, int mode) {
    const int fd = g_open(path, flags, mode);
    if (fd >= 0) {
        registerDescriptor(fd, path);
    }
    return fd;
}

int caselinkClose(int fd) {
    unregisterDescriptor(fd);
    return g_close(fd);
}

int caselinkFcntl(int fd, int command, ...) {
    va_list args;
    va_start(args, command);
    if (command != F_SETLK && command != F_SETLKW && command != F_GETLK) {
        // SQLite passes an int to every other command it uses (F_GETFD, F_SETFD, F_GETFL).
        const int value = va_arg(args, int);
        va_end(args);
        return g_fcntl(fd, command, value);
    }
    auto* request = va_arg(args, struct flock*);
    va_end(args);
    const int home = lockHomeFor(fd);
    if (home < 0) {
        return g_fcntl(fd, command, request);
    }
    const int ofdCommand = command == F_SETLK ? F_OFD_SETLK : command == F_SETLKW ? F_OFD_SETLKW : F_OFD_GETLK;
    request->l_pid = 0; // required by OFD locks
    return ::fcntl(home, ofdCommand, request);
}

// Kernels before 3.15 answer EINVAL to OFD commands; then SQLite keeps its own POSIX locks.
bool kernelHasOfdLocks() {
    FILE* probe = std::tmpfile();
    if (!probe) {
        return false;
    }
    struct flock request {};
    request.l_type = F_RDLCK;
    request.l_whence = SEEK_SET;
    request.l_len = 1;
    const bool supported = ::fcntl(fileno(probe), F_OFD_GETLK, &request) == 0;
    std::fclose(probe);
    return supported;
}

void install() {
    sqlite3_initialize();
    sqlite3_vfs* vfs = sqlite3_vfs_find("unix");
    if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !kernelHasOfdLocks()) {
        qCWarning(lcStorage) << "open-file-description locks are not available; SQLite keeps POSIX locks";
        return;
    }
    g_open = reinterpret_cast<OpenFn>(vfs->xGetSystemCall(vfs, "open"));
    g_close = reinterpret_cast<CloseFn>(vfs->xGetSystemCall(vfs, "close"));
    g_fcntl = reinterpret_cast<FcntlFn>(vfs->xGetSystemCall(vfs, "fcntl"));
    if (!g_open || !g_close || !g_fcntl) {
        return;
    }
    // The system-call table is shared by every unix VFS of this SQLite, so the variants ("unix-excl", ...) follow.
    const bool installed =
        vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&caselinkOpen)) == SQLITE_OK &&
        vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&caselinkClose)) == SQLITE_OK &&
        vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&caselinkFcntl)) == SQLITE_OK;
    if (!installed) {
        vfs->xSetSystemCall(vfs, nullptr, nullptr); // back to the defaults
        qCWarning(lcStorage) << "could not install open-file-description locks";
        return;
    }
    g_mode = ProcessLockMode::OpenFileDescription;
}

// SQLite's byte-range locks on a database file (os_unix.c): PENDING, RESERVED, then the SHARED range.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kLockRangeLength = 2 + 510;

} // namespace

void installProcessLocks() {
    static std::once_flag once;
    std::call_once(once, install);
}

ProcessLockMode processLockMode() {
    return g_mode.load();
}

bool sqliteOpenStillCurrent(const QString& path) {
    const QByteArray native = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    FileKey opened;
    {
        const std::lock_guard lock(g_mutex);
        const auto it = g_lastOpened.find(native.toStdString());
        if (it == g_lastOpened.end()) {
            return true;
        }
        opened = it->second;
    }
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        return false;
    }
    return FileKey{st.st_dev, st.st_ino} == opened;
}

bool databaseFileInUse(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    struct flock request {};
    request.l_type = F_WRLCK;
    request.l_whence = SEEK_SET;
    request.l_start = kPendingByte;
    request.l_len = kLockRangeLength;
    const bool inUse = ::fcntl(fd, F_OFD_GETLK, &request) == 0 && request.l_type != F_UNLCK;
    ::close(fd); // an OFD lock query; closing this descriptor releases nothing of SQLite's (its locks are OFD too)
    return inUse;
}

DatabaseFileFence::DatabaseFileFence(const QString& path) {
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0) {
        return;
    }
    struct flock request {};
    request.l_type = F_WRLCK;
    request.l_whence = SEEK_SET;
    request.l_start = kPendingByte;
    request.l_len = kLockRangeLength;
    if (::fcntl(m_fd, F_OFD_SETLK, &request) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

DatabaseFileFence::~DatabaseFileFence() {
    if (m_fd >= 0) {
        ::close(m_fd); // releases the fence
    }
}

#else

void installProcessLocks() {
}

ProcessLockMode processLockMode() {
    return ProcessLockMode::Posix;
}

bool sqliteOpenStillCurrent(const QString&) {
    return true;
}

bool databaseFileInUse(const QString&) {
    return false;
}

DatabaseFileFence::DatabaseFileFence(const QString&) {
}

DatabaseFileFence::~DatabaseFileFence() = default;

#endif

} // namespace caselink
