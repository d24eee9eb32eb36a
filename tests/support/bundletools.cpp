#include "bundletools.h"

#include <QDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace caselink::test {

ZipEntries readZip(const QString& path) {
    ZipEntries out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return out;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        out.emplace_back(zip.getCurrentFileName(), file.readAll());
        file.close();
    }
    return out;
}

bool writeZip(const QString& path, const ZipEntries& entries) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const auto& [name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            return false;
        }
        file.write(bytes);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool unzipTo(const QString& zip, const QString& dir) {
    QDir().mkpath(dir);
    return run(QStringLiteral("/usr/bin/unzip"),
               {QStringLiteral("-q"), QStringLiteral("-o"), zip, QStringLiteral("-d"), dir})
               .exitCode == 0;
}

QString pdfText(const QString& pdf) {
    return run(QStringLiteral("/usr/bin/pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
}

} // namespace caselink::test
