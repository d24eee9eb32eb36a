// Helpers for the bundle tests: unpack and repack zips (to tamper with them the way an attacker would) and run the
// stock tools (openssl, sha256sum, pdftotext) as a recipient would.
#pragma once

#include <map>

#include <QDir>
#include <QProcess>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace caselink::test {

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;

inline ZipEntries readZip(const QString& path) {
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

inline bool writeZip(const QString& path, const ZipEntries& entries) {
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

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProcessResult run(const QString& program, const QStringList& arguments, const QString& workingDir = {}) {
    QProcess p;
    if (!workingDir.isEmpty()) {
        p.setWorkingDirectory(workingDir);
    }
    p.start(program, arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Unpacks with the stock unzip tool, as a recipient would.
inline bool unzipTo(const QString& zip, const QString& dir) {
    QDir().mkpath(dir);
    return run(QStringLiteral("/usr/bin/unzip"),
               {QStringLiteral("-q"), QStringLiteral("-o"), zip, QStringLiteral("-d"), dir})
               .exitCode == 0;
}

inline QString pdfText(const QString& pdf) {
    return run(QStringLiteral("/usr/bin/pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out;
}

} // namespace caselink::test
