#include "io/anonymousfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::AnonymousFile)
};

} // namespace

Result<std::unique_ptr<AnonymousFile>> AnonymousFile::create(const QString& folder) {
    const QByteArray dir = QFile::encodeName(folder.isEmpty() ? QDir::tempPath() : folder);
    int fd = -1;
#ifdef O_TMPFILE
    fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
#endif
    if (fd < 0) {
        // File systems without O_TMPFILE: a private name, removed before anything is written to it.
        QByteArray name = dir + "/caselink-XXXXXX";
        fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd >= 0) {
            ::unlink(name.constData());
        }
    }
    if (fd < 0) {
        return fail(ErrorCode::Io, Tr::tr("A private temporary file could not be created in %1.")
                                       .arg(QDir::toNativeSeparators(QFile::decodeName(dir))));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    return std::unique_ptr<AnonymousFile>(new AnonymousFile(fd));
}

AnonymousFile::~AnonymousFile() {
    if (m_fd >= 0) {
        // Overwrite what the page cache holds of it only costs time; the blocks are freed and never had a name.
        ::close(m_fd);
    }
}

QString AnonymousFile::path() const {
    return QStringLiteral("/proc/self/fd/%1").arg(m_fd);
}

} // namespace caselink
