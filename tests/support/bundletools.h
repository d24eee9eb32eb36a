// Helpers for the bundle tests: unpack and repack zips (to tamper with them the way an attacker would) and run the
// stock tools (openssl, sha256sum, pdftotext) as a recipient would.
#pragma once

#include <utility>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "crypto/securebytes.h"
#include "processrun.h"

namespace caselink::test {

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;

// Every entry of a zip, in order; empty when it cannot be opened.
ZipEntries readZip(const QString& path);
bool writeZip(const QString& path, const ZipEntries& entries);

// Unpacks with the stock unzip tool, as a recipient would.
bool unzipTo(const QString& zip, const QString& dir);
QString pdfText(const QString& pdf);

// The commands README.txt tells a recipient to type inside the unpacked folder (its lines "  $ command"), in order.
QStringList readmeCommands(const QString& readme);

// The outcome of a bundle's stock-tool procedure as its README.txt gives it.
struct StockCheck {
    bool passed = false;
    QString fingerprint; // the 64 hex digits the fingerprint command printed
    QString log;         // every command, its exit code and output, for a failure message
};

// Runs commands (from readmeCommands) one after the other through /bin/sh in dir, as a recipient types them. The
// procedure passes when every command exits 0, one of them prints "Signature Verified Successfully", and the key
// fingerprint printed (a line of 64 hex digits then " -") is trustedFingerprint, as obtained out of band (spaces and
// case ignored).
StockCheck runStockProcedure(const QStringList& commands, const QString& dir, const QString& trustedFingerprint);

// A bundle as CaseLink wrote it before SHA256SUMS was signed (format 1): no SHA256SUMS.sig, version 1 in the
// manifest, which is signed again with the office's private key, and SHA256SUMS with the new manifest's lines.
ZipEntries asFormat1(ZipEntries entries, const SecureBytes& officePrivateKey);

// Rewrites the SHA256SUMS line of name in sums for new contents, as someone who edits a file and its line would.
QByteArray withSumsLine(const QByteArray& sums, const QString& name, const QByteArray& contents);

} // namespace caselink::test
