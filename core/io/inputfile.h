// Opening a file the user named as input (an import, a bundle, evidence, a password file). Only regular files are
// read: a named pipe would block forever, a device such as /dev/urandom never ends and a directory cannot be read,
// so they are refused before the first byte with a message that says what the path is.
#pragma once

#include <QIODevice>
#include <QString>

#include "util/result.h"

class QFile;

namespace caselink::inputfile {

// Opens path read-only into file (which must be closed) if it is a regular file; never blocks on a FIFO.
// extra adds open flags (QIODevice::Unbuffered for secrets).
Status open(QFile& file, const QString& path, QIODevice::OpenMode extra = {});
// The same check for code that opens the file itself later.
Status checkRegular(const QString& path);

} // namespace caselink::inputfile
