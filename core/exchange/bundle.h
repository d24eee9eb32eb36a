// Signed case bundles: a zip with the case file PDF, records.json, the evidence files (prosecutor profile),
// manifest.json (case metadata, profile, SHA-256 and size of every file), manifest.sig (Ed25519 over the exact bytes
// of manifest.json with the office key), office.pub.pem, README.txt, SHA256SUMS (sha256sum format, naming every file
// but itself and its signature) and SHA256SUMS.sig (Ed25519 over SHA256SUMS). Since version 2 the checksum list is
// signed, so stock `openssl pkeyutl -verify` over SHA256SUMS plus `sha256sum -c` cover every byte; version 1 bundles
// (unsigned SHA256SUMS) are still verified by BundleVerifier against their signed manifest. Optionally encrypted for
// transport in the format of `openssl enc -aes-256-cbc -pbkdf2`.
// This header holds what every part of the format shares: the entry names and a listed file. BundleWriter writes a
// bundle, BundleVerifier checks one, BundleCipher encrypts and decrypts it for transport, BundleImporter imports it.
#pragma once

#include <QString>

namespace caselink {

namespace bundlefiles {
inline const QString kManifest = QStringLiteral("manifest.json");
inline const QString kSignature = QStringLiteral("manifest.sig");
inline const QString kPublicKey = QStringLiteral("office.pub.pem");
inline const QString kSums = QStringLiteral("SHA256SUMS");
inline const QString kSumsSignature = QStringLiteral("SHA256SUMS.sig");
inline const QString kReadme = QStringLiteral("README.txt");
inline const QString kRecords = QStringLiteral("records.json");
inline const QString kPdf = QStringLiteral("casefile.pdf");
inline const QString kFormat = QStringLiteral("caselink-bundle");
inline constexpr int kVersion = 2;             // written: SHA256SUMS signed as SHA256SUMS.sig
inline constexpr int kUnsignedSumsVersion = 1; // still verified: SHA256SUMS not signed
} // namespace bundlefiles

// One file as manifest.json lists it.
struct BundleFile {
    QString path;
    QString sha256;
    qint64 size = 0;
};

} // namespace caselink
