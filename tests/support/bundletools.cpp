#include "bundletools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include "crypto/crypto.h"

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

QStringList readmeCommands(const QString& readme) {
    QStringList out;
    static const QRegularExpression command(QStringLiteral("^\\s+\\$ (.+)$"), QRegularExpression::MultilineOption);
    for (auto it = command.globalMatch(readme); it.hasNext();) {
        out << it.next().captured(1).trimmed();
    }
    return out;
}

StockCheck runStockProcedure(const QStringList& commands, const QString& dir, const QString& trustedFingerprint) {
    StockCheck check;
    static const QRegularExpression printedFingerprint(QStringLiteral("^([0-9a-f]{64})  -$"),
                                                       QRegularExpression::MultilineOption);
    bool allExitZero = !commands.isEmpty();
    bool signatureVerified = false;
    for (const QString& command : commands) {
        const ProcessResult r = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command}, dir);
        check.log += QStringLiteral("$ %1\n[exit %2]\n%3%4\n").arg(command).arg(r.exitCode).arg(r.out, r.err);
        allExitZero = allExitZero && r.exitCode == 0;
        signatureVerified = signatureVerified || r.out.contains(QStringLiteral("Signature Verified Successfully"));
        if (const auto m = printedFingerprint.match(r.out); m.hasMatch()) {
            check.fingerprint = m.captured(1);
        }
    }
    QString trusted = trustedFingerprint.toLower();
    trusted.remove(QLatin1Char(' '));
    check.passed = allExitZero && signatureVerified && !check.fingerprint.isEmpty() && check.fingerprint == trusted;
    return check;
}

ZipEntries asFormat1(ZipEntries entries, const SecureBytes& officePrivateKey) {
    std::erase_if(entries, [](const auto& e) { return e.first == QStringLiteral("SHA256SUMS.sig"); });
    QByteArray manifest;
    for (auto& [name, bytes] : entries) {
        if (name == QStringLiteral("manifest.json")) {
            QJsonObject m = QJsonDocument::fromJson(bytes).object();
            m.insert(QStringLiteral("version"), 1);
            bytes = QJsonDocument(m).toJson(QJsonDocument::Indented);
            manifest = bytes;
        }
    }
    const QByteArray signature = crypto::ed25519Sign(officePrivateKey, manifest).value_or(QByteArray());
    for (auto& [name, bytes] : entries) {
        if (name == QStringLiteral("manifest.sig")) {
            bytes = signature;
        }
    }
    for (auto& [name, bytes] : entries) {
        if (name == QStringLiteral("SHA256SUMS")) {
            bytes = withSumsLine(withSumsLine(bytes, QStringLiteral("manifest.json"), manifest),
                                 QStringLiteral("manifest.sig"), signature);
        }
    }
    return entries;
}

QByteArray withSumsLine(const QByteArray& sums, const QString& name, const QByteArray& contents) {
    QByteArray out;
    const QByteArray suffix = "  " + name.toUtf8();
    for (const QByteArray& line : sums.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        if (line.endsWith(suffix)) {
            out += QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex() + suffix + '\n';
        } else {
            out += line + '\n';
        }
    }
    return out;
}

} // namespace caselink::test
