// Helpers for the bundle tests: unpack and repack zips (to tamper with them the way an attacker would) and run the
// stock tools (openssl, sha256sum, pdftotext) as a recipient would.
#pragma once

#include <utility>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "processrun.h"

namespace caselink::test {

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;

// Every entry of a zip, in order; empty when it cannot be opened.
ZipEntries readZip(const QString& path);
bool writeZip(const QString& path, const ZipEntries& entries);

// Unpacks with the stock unzip tool, as a recipient would.
bool unzipTo(const QString& zip, const QString& dir);
QString pdfText(const QString& pdf);

} // namespace caselink::test
