// Writing a signed case bundle (see bundle.h).
#include "exchange/bundlewriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include "crypto/crypto.h"
#include "exchange/bundle.h"
#include "exchange/bundlecipher.h"
#include "exchange/bundlerecords.h"
#include "io/anonymousfile.h"
#include "repo/repositorycontext.h"
#include "security/officekeys.h"
#include "security/session.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

QString hexSha(const QByteArray& bytes) {
    return QString::fromLatin1(crypto::sha256(bytes).toHex());
}

QString safeEntryName(const QString& name) {
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    QString out = name;
    out.replace(unsafe, u"_"_s);
    while (out.startsWith(u'.')) {
        out.remove(0, 1);
    }
    return out.isEmpty() ? u"file"_s : out.right(100);
}

class ZipOut {
public:
    explicit ZipOut(const QString& path)
        : m_zip(path) {
        m_zip.setUtf8Enabled(true);
        m_zip.setZip64Enabled(true);
    }
    bool open() { return m_zip.open(QuaZip::mdCreate); }
    Status add(const QString& name, const QDateTime& time, const std::function<Status(QIODevice&)>& write) {
        QuaZipNewInfo info(name);
        info.dateTime = time.toLocalTime();
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::WriteOnly, info)) {
            return fail(ErrorCode::Io, BundleWriter::tr("The bundle entry %1 could not be started.").arg(name));
        }
        Status s = write(file);
        file.close();
        if (s && file.getZipError() != 0) {
            return fail(ErrorCode::Io, BundleWriter::tr("The bundle entry %1 could not be written.").arg(name));
        }
        return s;
    }
    Status addBytes(const QString& name, const QDateTime& time, const QByteArray& bytes) {
        return add(name, time, [&](QIODevice& out) -> Status {
            if (out.write(bytes) != bytes.size()) {
                return fail(ErrorCode::Io, BundleWriter::tr("The bundle entry %1 could not be written.").arg(name));
            }
            return ok();
        });
    }
    Status close() {
        m_zip.close();
        if (m_zip.getZipError() != 0) {
            return fail(ErrorCode::Io, BundleWriter::tr("The bundle could not be finished."));
        }
        return ok();
    }

private:
    QuaZip m_zip;
};

// The stock-tool commands a recipient runs inside the unpacked folder. README.txt shows each on a line of its own
// after "$ ", word for word, so that a test can run exactly what a recipient is told to run.
const QString kFingerprintCommand = u"openssl pkey -pubin -in office.pub.pem -outform DER | tail -c 32 | sha256sum"_s;

QString signatureCommand() {
    return u"openssl pkeyutl -verify -pubin -inkey %1 -rawin -in %2 -sigfile %3"_s.arg(
        bundlefiles::kPublicKey, bundlefiles::kSums, bundlefiles::kSumsSignature);
}

QString sumsCommand() {
    return u"sha256sum -c %1"_s.arg(bundlefiles::kSums);
}

// summed: how many files SHA256SUMS names (every file but itself and its signature).
QByteArray readme(const CaseFileData& d, const QString& bundleId, int summed) {
    QString text =
        BundleWriter::tr("CaseLink case bundle\n"
                         "====================\n\n"
                         "Case: %1\nOffice: %2 (%3)\nRedaction profile: %4\nCreated: %5 by %6\nBundle id: %7\n\n"
                         "Signing key fingerprint (SHA-256 of the office's raw Ed25519 public key):\n  %8\n"
                         "Compare it with the fingerprint the sending office gave you through another channel.\n\n")
            .arg(d.caseFile.label(), d.officeName, d.officeCode, redactionProfileDisplayName(d.profile),
                 d.generatedAt.toUTC().toString(Qt::ISODate), d.generatedBy, bundleId, d.keyFingerprint);
    text += BundleWriter::tr("How to verify with stock tools (OpenSSL 3, GNU coreutils)\n"
                             "---------------------------------------------------------\n"
                             "The three checks below are sufficient on their own: the bundle is what the office "
                             "signed only if all three pass.\n\n"
                             "If you received an encrypted file (ending in .enc), decrypt it first; you are asked for "
                             "the transport password:\n  %1\n"
                             "Then unpack the zip into an empty folder and, inside it, run:\n\n")
                .arg(BundleCipher::decryptCommand(u"bundle.zip.enc"_s, u"bundle.zip"_s));
    text += BundleWriter::tr("1. Whose key signed it. office.pub.pem travels inside the bundle, so whoever altered "
                             "the bundle could\n"
                             "   also have replaced the key and signed again. Print the key's fingerprint:\n"
                             "     $ %1\n"
                             "   and compare its 64 hex digits with the fingerprint of the sending office's key "
                             "that you obtained\n"
                             "   through another channel: read out to you by phone or in person, or listed for "
                             "that office by\n"
                             "   `caselink-cli keys list` at your office. The fingerprint printed above and on the "
                             "PDF cover came\n"
                             "   in this same bundle and prove nothing by themselves. If the two differ, stop: the "
                             "office did not\n"
                             "   sign this bundle.\n"
                             "   (If you hold the office's public key file, from `caselink-cli keys export`, you "
                             "may give it to\n"
                             "   step 2 in place of office.pub.pem.)\n"
                             "2. The checksum list is what that key signed:\n"
                             "     $ %2\n"
                             "   must print \"Signature Verified Successfully\". SHA256SUMS names every file of the "
                             "bundle,\n"
                             "   manifest.json, manifest.sig and this README.txt included; only SHA256SUMS.sig, the "
                             "signature\n"
                             "   itself, is not in it.\n")
                .arg(kFingerprintCommand, signatureCommand());
    text += BundleWriter::tr("3. Every file is what the signed list says:\n"
                             "     $ %1\n"
                             "   must print OK for every file it names (%2 in all) and report no failure. A file in "
                             "the folder\n"
                             "   that SHA256SUMS does not name is not part of what the office signed.\n\n")
                .arg(sumsCommand())
                .arg(summed);
    text +=
        BundleWriter::tr("Or, with CaseLink: caselink-cli verify-bundle <file.zip> --trusted-key <office key.pem>\n");
    return text.toUtf8();
}

} // namespace

Result<BundleExport> BundleWriter::exportCase(RepositoryContext& context, const QString& caseId,
                                              RedactionProfile profile, const QString& outPath,
                                              const BundleExportOptions& options) {
    auto data = CaseFileLoader::load(context, caseId, profile);
    if (!data) {
        return std::unexpected(data.error());
    }
    auto key = loadOfficeKey(context.session().database());
    if (!key) {
        return std::unexpected(key.error());
    }
    const QString bundleId = newUuid();
    const QDateTime created = data->generatedAt;

    // The plain zip is written in place only when no transport encryption is asked for. Otherwise it is built in a
    // file without a name, which no interruption can leave behind, and only its encryption reaches the disk by name.
    const bool encrypt = !options.transportPassword.isEmpty();
    std::unique_ptr<AnonymousFile> plain;
    if (encrypt) {
        auto made = AnonymousFile::create();
        if (!made) {
            return std::unexpected(made.error());
        }
        plain = std::move(*made);
    }
    const QString zipPath = encrypt ? plain->path() : outPath + u".part"_s;

    // Evidence files travel in the prosecutor profile only; partner and statistics bundles list them, no contents.
    std::map<QString, QString> evidencePaths;
    if (profile == RedactionProfile::Prosecutor) {
        int n = 0;
        for (const CaseFileEvidence& e : data->evidence) {
            if (e.item.kind == EvidenceKind::File) {
                evidencePaths[e.item.id] =
                    u"evidence/%1-%2"_s.arg(++n, 3, 10, QLatin1Char('0')).arg(safeEntryName(e.item.fileName));
            }
        }
    }
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        auto info = CaseFilePdf::write(*data, buffer, options.pdf);
        if (!info) {
            return std::unexpected(info.error());
        }
    }
    const QByteArray records =
        QJsonDocument(bundlerecords::toJson(*data, evidencePaths)).toJson(QJsonDocument::Indented);
    const QByteArray pem = crypto::ed25519PublicPem(key->publicKey);
    // SHA256SUMS names the four files above, the evidence files, manifest.json and manifest.sig.
    const QByteArray readmeBytes = readme(*data, bundleId, 6 + static_cast<int>(evidencePaths.size()));

    std::vector<BundleFile> files{{bundlefiles::kPdf, hexSha(pdf), pdf.size()},
                                  {bundlefiles::kRecords, hexSha(records), records.size()},
                                  {bundlefiles::kPublicKey, hexSha(pem), pem.size()},
                                  {bundlefiles::kReadme, hexSha(readmeBytes), readmeBytes.size()}};

    ZipOut zip(zipPath);
    if (!zip.open()) {
        return fail(ErrorCode::Io, tr("The bundle %1 could not be created.").arg(outPath));
    }
    auto cleanup = qScopeGuard([&] { QFile::remove(outPath + u".part"_s); });
    using Named = std::pair<QString, const QByteArray*>;
    for (const auto& [name, bytes] :
         {Named{bundlefiles::kPdf, &pdf}, Named{bundlefiles::kRecords, &records}, Named{bundlefiles::kPublicKey, &pem},
          Named{bundlefiles::kReadme, &readmeBytes}}) {
        if (Status s = zip.addBytes(name, created, *bytes); !s) {
            return std::unexpected(s.error());
        }
    }
    EvidenceStore store(context);
    qint64 evidenceTotal = 0;
    for (const CaseFileEvidence& e : data->evidence) {
        evidenceTotal += evidencePaths.contains(e.item.id) ? e.item.sizeBytes : 0;
    }
    qint64 evidenceDone = 0;
    for (const CaseFileEvidence& e : data->evidence) {
        const auto path = evidencePaths.find(e.item.id);
        if (path == evidencePaths.end()) {
            continue;
        }
        Status s = zip.add(path->second, created, [&](QIODevice& out) {
            return store.writeTo(e.item.id, out, [&](qint64 done, qint64) {
                return !options.progress || options.progress(evidenceDone + done, evidenceTotal);
            });
        });
        if (!s) {
            return std::unexpected(s.error());
        }
        evidenceDone += e.item.sizeBytes;
        files.push_back({path->second, e.item.sha256, e.item.sizeBytes});
    }

    QJsonArray fileArray;
    QByteArray sums;
    for (const BundleFile& f : files) {
        fileArray.append(QJsonObject{{u"path"_s, f.path}, {u"sha256"_s, f.sha256}, {u"size"_s, f.size}});
        sums += f.sha256.toLatin1() + "  " + f.path.toUtf8() + '\n';
    }
    const CaseRecord& c = data->caseFile;
    const QJsonObject manifest{{u"format"_s, bundlefiles::kFormat},
                               {u"version"_s, bundlefiles::kVersion},
                               {u"bundle_id"_s, bundleId},
                               {u"created_at"_s, created.toUTC().toString(Qt::ISODateWithMs)},
                               {u"created_by"_s, context.session().user().username},
                               {u"office"_s, QJsonObject{{u"code"_s, data->officeCode}, {u"name"_s, data->officeName}}},
                               {u"database_id"_s, data->databaseId},
                               {u"key_fingerprint"_s, data->keyFingerprint},
                               {u"profile"_s, redactionProfileKey(profile)},
                               {u"case"_s, QJsonObject{{u"id"_s, c.id},
                                                       {u"label"_s, c.label()},
                                                       {u"fir_number"_s, c.firNumber},
                                                       {u"fir_station"_s, c.firStation},
                                                       {u"enquiry_number"_s, c.enquiryNumber},
                                                       {u"status"_s, caseStatusKey(c.status)}}},
                               {u"records"_s, bundlefiles::kRecords},
                               {u"files"_s, fileArray}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    auto signature = crypto::ed25519Sign(key->privateKey, manifestBytes);
    if (!signature) {
        return std::unexpected(signature.error());
    }
    sums += hexSha(manifestBytes).toLatin1() + "  " + bundlefiles::kManifest.toUtf8() + '\n';
    sums += hexSha(*signature).toLatin1() + "  " + bundlefiles::kSignature.toUtf8() + '\n';
    // Signing the checksum list itself is what makes `sha256sum -c` a check of what the office signed: with only the
    // manifest signed, a changed file and its changed SHA256SUMS line passed every stock-tool step.
    auto sumsSignature = crypto::ed25519Sign(key->privateKey, sums);
    if (!sumsSignature) {
        return std::unexpected(sumsSignature.error());
    }
    for (const auto& [name, bytes] :
         {Named{bundlefiles::kManifest, &manifestBytes}, Named{bundlefiles::kSignature, &*signature},
          Named{bundlefiles::kSums, &sums}, Named{bundlefiles::kSumsSignature, &*sumsSignature}}) {
        if (Status s = zip.addBytes(name, created, *bytes); !s) {
            return std::unexpected(s.error());
        }
    }
    if (Status s = zip.close(); !s) {
        return std::unexpected(s.error());
    }

    BundleExport result;
    result.path = outPath;
    result.bundleId = bundleId;
    result.files = static_cast<int>(files.size());
    result.encrypted = encrypt;
    if (encrypt) {
        if (Status s = BundleCipher::encryptFile(zipPath, outPath, options.transportPassword); !s) {
            return std::unexpected(s.error());
        }
        plain.reset();
    } else {
        QFile::remove(outPath);
        if (!QFile::rename(zipPath, outPath)) {
            return fail(ErrorCode::Io, tr("The bundle %1 could not be written.").arg(outPath));
        }
    }
    result.bytes = QFileInfo(outPath).size();
    Status audited = context.auditRead({u"case.export"_s, u"case"_s, caseId,
                                        QJsonObject{{u"bundle_id"_s, bundleId},
                                                    {u"profile"_s, redactionProfileKey(profile)},
                                                    {u"files"_s, result.files},
                                                    {u"evidence_files"_s, static_cast<int>(evidencePaths.size())},
                                                    {u"encrypted"_s, encrypt}}});
    if (!audited) {
        QFile::remove(outPath); // an export that cannot be audited does not leave the office
        return std::unexpected(audited.error());
    }
    return result;
}

} // namespace caselink
