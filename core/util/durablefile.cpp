#include "util/durablefile.h"

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace caselink {
namespace {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::DurableFile)
};

} // namespace

Status syncFolderOf(const QString& path) {
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) {
        ::close(fd);
    }
    if (!synced) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write the folder of %1 to disk.").arg(path));
    }
    return ok();
}

Status renameDurably(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return fail(ErrorCode::Io, Tr::tr("Cannot move %1 into place.").arg(to));
    }
    return syncFolderOf(to);
}

} // namespace caselink
