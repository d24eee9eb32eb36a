#include "io/inputfile.h"
#include "domain/textinput.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace caselink::inputfile {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::InputFile)
};

// The path as the user gave it, with any control characters shown by name.
QString shown(const QString& path) {
    return visibleInput(path, 200);
}

Status kindError(const QString& path, mode_t mode) {
    QString kind;
    if (S_ISDIR(mode)) {
        kind = Tr::tr("a folder");
    } else if (S_ISFIFO(mode)) {
        kind = Tr::tr("a named pipe");
    } else if (S_ISCHR(mode) || S_ISBLK(mode)) {
        kind = Tr::tr("a device");
    } else if (S_ISSOCK(mode)) {
        kind = Tr::tr("a socket");
    } else {
        kind = Tr::tr("not a regular file");
    }
    return fail(ErrorCode::Input, Tr::tr("%1 is %2; give a regular file.").arg(shown(path), kind));
}

Status openError(const QString& path, int error) {
    if (error == ENOENT) {
        return fail(ErrorCode::NotFound, Tr::tr("%1 does not exist.").arg(shown(path)));
    }
    if (error == EACCES || error == EPERM) {
        return fail(ErrorCode::Io, Tr::tr("%1 cannot be read: permission denied.").arg(shown(path)));
    }
    return fail(ErrorCode::Io,
                Tr::tr("%1 cannot be opened: %2").arg(shown(path), QString::fromLocal8Bit(strerror(error))));
}

} // namespace

Status open(QFile& file, const QString& path, QIODevice::OpenMode extra) {
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever before fstat could refuse it.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        return openError(path, errno);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return openError(path, error);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return kindError(path, st.st_mode);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) {
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    file.setFileName(path);
    if (!file.open(fd, QIODevice::ReadOnly | extra, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(ErrorCode::Io, Tr::tr("%1 cannot be opened.").arg(shown(path)));
    }
    return ok();
}

Status checkRegular(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return openError(path, errno);
    }
    if (!S_ISREG(st.st_mode)) {
        return kindError(path, st.st_mode);
    }
    return ok();
}

} // namespace caselink::inputfile
