// Verifying a signed case bundle (see bundle.h): structure first, then the signature, then every file's hash.
#include "exchange/bundleverifier.h"

#include <algorithm>
#include <functional>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include "crypto/crypto.h"
#include "exchange/bundlecipher.h"
#include "security/officekeys.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

struct Entry {
    QString name;
    qint64 size = 0;
};

Status checkPath(const QString& name) {
    const bool bad = name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':') ||
                     name.contains(QChar(0)) || name.split(u'/').contains(u".."_s) || name.split(u'/').contains(u"."_s);
    if (bad) {
        return fail(
            ErrorCode::Integrity,
            BundleVerifier::tr("The bundle contains an unsafe path \"%1\" (absolute, or leading out of the folder); "
                               "it is refused.")
                .arg(name));
    }
    return ok();
}

// Told the bytes read so far of one entry; false stops the check.
using ReadProgress = std::function<bool(qint64 read)>;

// Reads one entry of the open archive, hashing it; keeps its bytes when keep is set. Fails past limit bytes.
Status readEntry(QuaZip& zip, const QString& name, qint64 limit, QString& sha, qint64& size, QByteArray* keep,
                 const ReadProgress& progress = {}) {
    if (!zip.setCurrentFile(name)) {
        return fail(ErrorCode::Integrity, BundleVerifier::tr("The bundle entry %1 cannot be found.").arg(name));
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Integrity,
                    BundleVerifier::tr("The bundle entry %1 cannot be read (damaged).").arg(name));
    }
    crypto::Sha256Stream hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    size = 0;
    while (true) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            return fail(ErrorCode::Integrity,
                        BundleVerifier::tr("The bundle entry %1 is damaged or truncated.").arg(name));
        }
        if (n == 0) {
            break;
        }
        size += n;
        if (size > limit) {
            return fail(ErrorCode::Integrity,
                        BundleVerifier::tr("The bundle entry %1 is larger than allowed (over %2 bytes); it is refused.")
                            .arg(name)
                            .arg(limit));
        }
        hash.addData(buffer.constData(), n);
        if (keep) {
            keep->append(buffer.constData(), n);
        }
        if (progress && !progress(size)) {
            return fail(ErrorCode::Usage, BundleVerifier::tr("The check of the bundle was cancelled."));
        }
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        return fail(ErrorCode::Integrity,
                    BundleVerifier::tr("The bundle entry %1 is damaged (its checksum does not match).").arg(name));
    }
    sha = QString::fromLatin1(hash.result().toHex());
    return ok();
}

QByteArray sumsLine(const QString& sha256, const QString& path) {
    return sha256.toLatin1() + "  " + path.toUtf8() + '\n';
}

// SHA256SUMS against the signed manifest. Format 1: each listed file has its line (the list itself is not signed, so
// the manifest is what counts). Format 2: the list is signed with the manifest's key and names exactly the listed
// files, manifest.json and manifest.sig, each once, so that `sha256sum -c` after the stock signature check covers
// every byte.
Status checkSums(const QByteArray& sums, const QByteArray* sumsSignature, const VerifiedBundle& bundle,
                 const QByteArray& manifestBytes, const QByteArray& manifestSignature) {
    std::vector<QByteArray> expected;
    for (const BundleFile& f : bundle.files) {
        expected.push_back(sumsLine(f.sha256, f.path));
    }
    if (!sumsSignature) {
        for (std::size_t i = 0; i < expected.size(); ++i) {
            if (!sums.contains(expected[i])) {
                return fail(ErrorCode::Integrity, BundleVerifier::tr("SHA256SUMS does not agree with the signed "
                                                                     "manifest for %1.")
                                                      .arg(bundle.files[i].path));
            }
        }
        return ok();
    }
    if (!crypto::ed25519Verify(bundle.publicKey, sums, *sumsSignature)) {
        return fail(ErrorCode::Integrity,
                    BundleVerifier::tr("The signature in SHA256SUMS.sig does not match SHA256SUMS: the checksum list "
                                       "was changed or signed with another key."));
    }
    expected.push_back(sumsLine(QString::fromLatin1(crypto::sha256(manifestBytes).toHex()), bundlefiles::kManifest));
    expected.push_back(
        sumsLine(QString::fromLatin1(crypto::sha256(manifestSignature).toHex()), bundlefiles::kSignature));
    QByteArray sorted;
    std::sort(expected.begin(), expected.end());
    for (const QByteArray& line : expected) {
        sorted += line;
    }
    QList<QByteArray> lines = sums.split('\n');
    if (lines.isEmpty() || !lines.takeLast().isEmpty()) {
        return fail(ErrorCode::Integrity, BundleVerifier::tr("SHA256SUMS does not end with a line break."));
    }
    std::sort(lines.begin(), lines.end());
    QByteArray actual;
    for (const QByteArray& line : lines) {
        actual += line + '\n';
    }
    if (actual != sorted) {
        return fail(ErrorCode::Integrity, BundleVerifier::tr("SHA256SUMS does not name exactly the files of the "
                                                             "signed manifest with their SHA-256."));
    }
    return ok();
}

QString fileSha(const QString& path) {
    QFile f(path);
    crypto::Sha256Stream hash;
    if (f.open(QIODevice::ReadOnly)) {
        hash.addData(&f);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<VerifiedBundle> BundleVerifier::verify(const QString& path, const BundleLimits& limits,
                                              const EvidenceProgress& progress) {
    if (!QFile::exists(path)) {
        return fail(ErrorCode::NotFound, tr("The bundle %1 does not exist.").arg(path));
    }
    if (BundleCipher::looksEncrypted(path)) {
        return fail(ErrorCode::Input,
                    tr("The bundle is encrypted for transport; decrypt it first with its password (%1).")
                        .arg(BundleCipher::decryptCommand(u"<file>"_s, u"<file.zip>"_s)));
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return fail(ErrorCode::Integrity, tr("The bundle is not a readable zip archive (it is damaged or truncated)."));
    }
    // 1. The central directory: safe paths, no duplicates, sizes within the limits.
    std::vector<Entry> entries;
    QSet<QString> names;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            return fail(ErrorCode::Integrity, tr("The bundle's list of files is damaged."));
        }
        if (Status s = checkPath(info.name); !s) {
            return std::unexpected(s.error());
        }
        if (info.name.endsWith(u'/')) {
            continue; // a folder entry, as zip tools add them
        }
        if (names.contains(info.name)) {
            return fail(ErrorCode::Integrity, tr("The bundle contains %1 twice.").arg(info.name));
        }
        const bool metadata = !info.name.startsWith(u"evidence/"_s);
        const qint64 limit = metadata ? limits.maxMetadataBytes : limits.maxEntryBytes;
        if (static_cast<qint64>(info.uncompressedSize) > limit) {
            return fail(ErrorCode::Integrity,
                        tr("The bundle entry %1 is larger than allowed (%2 bytes, limit %3); it is refused.")
                            .arg(info.name)
                            .arg(info.uncompressedSize)
                            .arg(limit));
        }
        names.insert(info.name);
        entries.push_back({info.name, static_cast<qint64>(info.uncompressedSize)});
        if (static_cast<int>(entries.size()) > limits.maxEntries) {
            return fail(ErrorCode::Integrity, tr("The bundle has more than %1 files.").arg(limits.maxEntries));
        }
    }
    if (zip.getZipError() != UNZ_OK) {
        return fail(ErrorCode::Integrity, tr("The bundle's list of files is damaged or truncated."));
    }
    for (const QString& required : {bundlefiles::kManifest, bundlefiles::kSignature, bundlefiles::kPublicKey}) {
        if (!names.contains(required)) {
            return fail(ErrorCode::Integrity, tr("The bundle has no %1.").arg(required));
        }
    }

    // 2. The signature over the exact bytes of manifest.json, before anything in it is believed.
    VerifiedBundle out;
    QByteArray manifestBytes;
    QByteArray signature;
    QByteArray pem;
    QString sha;
    qint64 size = 0;
    for (auto [name, target] :
         {std::pair{bundlefiles::kManifest, &manifestBytes}, std::pair{bundlefiles::kSignature, &signature},
          std::pair{bundlefiles::kPublicKey, &pem}}) {
        if (Status s = readEntry(zip, name, limits.maxMetadataBytes, sha, size, target); !s) {
            return std::unexpected(s.error());
        }
    }
    auto publicKey = publicKeyFromPem(pem, bundlefiles::kPublicKey);
    if (!publicKey) {
        return fail(ErrorCode::Integrity, publicKey.error().message); // inside a bundle it is damage, not input
    }
    if (signature.size() != 64 || !crypto::ed25519Verify(*publicKey, manifestBytes, signature)) {
        return fail(ErrorCode::Integrity, tr("The signature in manifest.sig does not match manifest.json: the "
                                             "manifest was changed or signed with another key."));
    }
    out.publicKey = *publicKey;
    out.keyFingerprint = keyFingerprint(*publicKey);

    // 3. The manifest's own claims.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &parseError);
    const int version = doc[u"version"_s].toInt();
    if (!doc.isObject() || doc[u"format"_s].toString() != bundlefiles::kFormat ||
        (version != bundlefiles::kVersion && version != bundlefiles::kUnsignedSumsVersion)) {
        return fail(ErrorCode::Integrity, tr("manifest.json is not a CaseLink bundle manifest of version 1 or 2."));
    }
    out.manifest = doc.object();
    out.formatVersion = version;
    out.checksumsSigned = version >= bundlefiles::kVersion;
    if (out.checksumsSigned) {
        // The signed manifest says the list is signed: taking the signature away is damage, not an older bundle.
        for (const QString& required : {bundlefiles::kSums, bundlefiles::kSumsSignature}) {
            if (!names.contains(required)) {
                return fail(ErrorCode::Integrity, tr("The bundle has no %1.").arg(required));
            }
        }
    }
    out.bundleId = out.manifest.value(u"bundle_id"_s).toString();
    if (out.manifest.value(u"key_fingerprint"_s).toString() != out.keyFingerprint) {
        return fail(ErrorCode::Integrity, tr("The key fingerprint in the manifest is not that of office.pub.pem."));
    }
    QSet<QString> listed{bundlefiles::kManifest, bundlefiles::kSignature, bundlefiles::kSums};
    if (out.checksumsSigned) {
        listed.insert(bundlefiles::kSumsSignature);
    }
    for (const QJsonValue& v : out.manifest.value(u"files"_s).toArray()) {
        const QJsonObject f = v.toObject();
        BundleFile file{f.value(u"path"_s).toString(), f.value(u"sha256"_s).toString(),
                        f.value(u"size"_s).toInteger(-1)};
        if (Status s = checkPath(file.path); !s) {
            return std::unexpected(s.error());
        }
        if (listed.contains(file.path) || file.sha256.size() != 64 || file.size < 0) {
            return fail(ErrorCode::Integrity,
                        tr("manifest.json lists %1 twice or without a valid hash and size.").arg(file.path));
        }
        listed.insert(file.path);
        out.files.push_back(file);
    }
    // 4. Nothing added, nothing missing.
    for (const Entry& e : entries) {
        if (!listed.contains(e.name)) {
            return fail(
                ErrorCode::Integrity,
                tr("The bundle contains %1, which the signed manifest does not list (a file was added).").arg(e.name));
        }
    }
    for (const BundleFile& f : out.files) {
        if (!names.contains(f.path)) {
            return fail(
                ErrorCode::Integrity,
                tr("The signed manifest lists %1, which is missing from the bundle (a file was removed).").arg(f.path));
        }
    }
    // 5. Every listed file's size and hash, streamed.
    qint64 total = 0;
    for (const BundleFile& f : out.files) {
        total += f.size;
    }
    qint64 done = 0;
    const ReadProgress advance = [&](qint64 read) {
        return !progress || progress(done + read, total);
    };
    for (const BundleFile& f : out.files) {
        const bool keep = f.path == bundlefiles::kRecords;
        QByteArray bytes;
        const qint64 limit = f.path.startsWith(u"evidence/"_s) ? limits.maxEntryBytes : limits.maxMetadataBytes;
        if (Status s = readEntry(zip, f.path, std::min(limit, f.size), sha, size, keep ? &bytes : nullptr, advance);
            !s) {
            if (s.error().message.contains(u"larger than allowed"_s) && size > f.size) {
                return fail(ErrorCode::Integrity,
                            tr("%1 is longer than the signed manifest says (%2 bytes).").arg(f.path).arg(f.size));
            }
            return std::unexpected(s.error());
        }
        if (size != f.size || sha != f.sha256) {
            return fail(ErrorCode::Integrity,
                        tr("The SHA-256 of %1 does not match the signed manifest: the file was changed.").arg(f.path));
        }
        if (keep) {
            out.records = bytes;
        }
        done += size;
    }
    if (names.contains(bundlefiles::kSums)) {
        QByteArray sums;
        QByteArray sumsSignature;
        if (Status s = readEntry(zip, bundlefiles::kSums, limits.maxMetadataBytes, sha, size, &sums); !s) {
            return std::unexpected(s.error());
        }
        if (out.checksumsSigned) {
            if (Status s = readEntry(zip, bundlefiles::kSumsSignature, 64, sha, size, &sumsSignature); !s) {
                return std::unexpected(s.error());
            }
        }
        if (Status s = checkSums(sums, out.checksumsSigned ? &sumsSignature : nullptr, out, manifestBytes, signature);
            !s) {
            return std::unexpected(s.error());
        }
    }
    zip.close();
    out.bundleSha256 = fileSha(path);
    return out;
}

} // namespace caselink
