// A temporary file with no name in any folder (O_TMPFILE, or a file unlinked as soon as it is made): the kernel frees
// it when the last descriptor closes, so an interrupted export or bundle check — Ctrl+C, a kill, a crash, a power cut
// — leaves no plaintext (victims' names, CNICs) behind in the temporary folder.
#pragma once

#include <memory>

#include <QString>

#include "util/result.h"

namespace caselink {

class AnonymousFile {
public:
    // Created in folder (the temporary folder by default), readable and writable by this user only.
    static Result<std::unique_ptr<AnonymousFile>> create(const QString& folder = QString());
    ~AnonymousFile();
    AnonymousFile(const AnonymousFile&) = delete;
    AnonymousFile& operator=(const AnonymousFile&) = delete;

    // "/proc/self/fd/N": a path by which code that opens files by name reaches this file while the object lives.
    QString path() const;

private:
    explicit AnonymousFile(int fd)
        : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace caselink
