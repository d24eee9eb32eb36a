#include "bundletools.h"

#include <QDir>
#include <QProcess>

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

ProcessResult run(const QString& program, const QStringList& arguments, const QString& workingDir) {
    QProcess p;
    if (!workingDir.isEmpty()) {
        p.setWorkingDirectory(workingDir);
    }
    p.start(program, arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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
