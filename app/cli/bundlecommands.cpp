// export-case, verify-bundle, import-bundle: signed case bundles for prosecutors, partner agencies and other offices.
// verify-bundle needs no database: anyone holding the bundle can check it (and README.txt shows the same checks with
// stock openssl and sha256sum).
#include "bundlecommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "exchange/bundlecipher.h"
#include "exchange/bundleimport.h"
#include "exchange/bundleverifier.h"
#include "exchange/bundlewriter.h"
#include "io/anonymousfile.h"
#include "passwordinput.h"
#include "repo/repositorycontext.h"
#include "security/officekeys.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

void addTransportOption(CommandLine& commandLine, const QString& description) {
    commandLine.addOption(u"transport-password-file"_s, description, BundleCommands::tr("file"));
}

Result<SecureBytes> transportPassword(const CommandLine& commandLine) {
    return PasswordInput::readFirstLine(commandLine.value(u"transport-password-file"_s));
}

// An encrypted bundle is decrypted into a file without a name that lives as long as plain: nothing readable is left
// in the temporary folder if the command is interrupted.
Result<QString> openedBundle(const CommandLine& commandLine, const QString& path,
                             std::unique_ptr<AnonymousFile>& plain) {
    if (!BundleCipher::looksEncrypted(path)) {
        return path;
    }
    if (!commandLine.isSet(u"transport-password-file"_s)) {
        return fail(ErrorCode::Input, BundleCommands::tr("%1 is encrypted for transport; give its password with "
                                                         "--transport-password-file FILE")
                                          .arg(path));
    }
    auto password = transportPassword(commandLine);
    if (!password) {
        return std::unexpected(password.error());
    }
    auto made = AnonymousFile::create();
    if (!made) {
        return std::unexpected(made.error());
    }
    plain = std::move(*made);
    const QString zip = plain->path();
    if (Status s = BundleCipher::decryptFile(path, zip, *password); !s) {
        return std::unexpected(s.error());
    }
    return zip;
}

void printVerified(const VerifiedBundle& b) {
    const QJsonObject c = b.manifest.value(u"case"_s).toObject();
    const QJsonObject office = b.manifest.value(u"office"_s).toObject();
    Console::printTable(
        {BundleCommands::tr("ITEM"), BundleCommands::tr("VALUE")},
        {{BundleCommands::tr("bundle"), b.bundleId},
         {BundleCommands::tr("case"), c.value(u"label"_s).toString()},
         {BundleCommands::tr("office"), office.value(u"code"_s).toString() + u" " + office.value(u"name"_s).toString()},
         {BundleCommands::tr("profile"), b.manifest.value(u"profile"_s).toString()},
         {BundleCommands::tr("created"), b.manifest.value(u"created_at"_s).toString()},
         {BundleCommands::tr("key fingerprint"), b.keyFingerprint},
         {BundleCommands::tr("files verified"), QString::number(b.files.size())},
         {BundleCommands::tr("SHA256SUMS signed"),
          b.checksumsSigned ? BundleCommands::tr("yes") : BundleCommands::tr("no (format %1)").arg(b.formatVersion)}});
    if (!b.checksumsSigned) {
        Console::printLine(
            BundleCommands::tr("This bundle was written before SHA256SUMS was signed (format %1). Every file was "
                               "checked here\nagainst its signed manifest, but the stock-tool check in its README.txt "
                               "is not sufficient on its\nown: rely on verify-bundle, or ask the sending office for a "
                               "new export.")
                .arg(b.formatVersion));
    }
}

} // namespace

int BundleCommands::exportCase(const QStringList& arguments) {
    CommandLine commandLine(u"export-case"_s,
                            tr("Writes a signed case bundle: the case file PDF, records.json, the evidence files\n"
                               "(prosecutor profile), manifest.json with the SHA-256 of every file, its Ed25519\n"
                               "signature by the office key, office.pub.pem, README.txt, SHA256SUMS and its Ed25519\n"
                               "signature SHA256SUMS.sig (the stock openssl and sha256sum check). Audited."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(u"case"_s, tr("The case: its id, FIR number (e.g. C-188/2023) or enquiry number."),
                          tr("case"));
    commandLine.addOption(u"profile"_s,
                          tr("prosecutor (complete), partner (victims' and witnesses' identities withheld) or "
                             "statistics (counts only)."),
                          tr("profile"));
    commandLine.addOption(u"out"_s, tr("The bundle file to write (.zip, or .zip.enc when encrypted)."), tr("file"));
    commandLine.addOption(u"force"_s, tr("Replace the --out file if it exists (otherwise an existing file is kept "
                                         "and nothing is written)."));
    commandLine.addOption(u"classification"_s, tr("The marking on every page (default CONFIDENTIAL)."), tr("text"));
    commandLine.addOption(u"rtl"_s, tr("Lay the case file out right to left (Urdu)."));
    addTransportOption(commandLine, tr("Encrypt the bundle for transport with the password on the first line of "
                                       "this file (openssl enc -aes-256-cbc -pbkdf2 compatible)."));
    commandLine.addPasswordFileOption();
    commandLine.require({u"case"_s, u"profile"_s, u"out"_s});
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const auto profile = redactionProfileFromKey(commandLine.value(u"profile"_s));
    if (!profile) {
        return Console::report(commandLine.usageError(
            tr("unknown profile '%1' (use prosecutor, partner or statistics)").arg(commandLine.value(u"profile"_s))));
    }
    if (const QFileInfo existing(commandLine.value(u"out"_s)); existing.exists() && !commandLine.isSet(u"force"_s)) {
        // A bundle already handed over (or any other file) is not replaced by accident.
        return Console::report(Error{ErrorCode::Conflict, tr("%1 already exists; choose another --out file or give "
                                                             "--force to replace it.")
                                                              .arg(commandLine.value(u"out"_s))});
    }
    BundleExportOptions options;
    options.pdf.classification = commandLine.value(u"classification"_s);
    options.pdf.direction = commandLine.isSet(u"rtl"_s) ? Qt::RightToLeft : Qt::LeftToRight;
    if (commandLine.isSet(u"transport-password-file"_s)) {
        auto password = transportPassword(commandLine);
        if (!password) {
            return Console::report(password.error());
        }
        options.transportPassword = std::move(*password);
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        auto caseId = CaseFileLoader::resolveCase(context, commandLine.value(u"case"_s));
        if (!caseId) {
            return std::unexpected(caseId.error());
        }
        const QString out = QFileInfo(commandLine.value(u"out"_s)).absoluteFilePath();
        auto exported = BundleWriter::exportCase(context, *caseId, *profile, out, options);
        if (!exported) {
            return std::unexpected(exported.error());
        }
        Console::printLine(tr("Wrote %1 (%2 files, %3 bytes), bundle %4.")
                               .arg(exported->path)
                               .arg(exported->files)
                               .arg(exported->bytes)
                               .arg(exported->bundleId));
        if (exported->encrypted) {
            Console::printLine(tr("Encrypted for transport; the recipient opens it with:\n  %1")
                                   .arg(BundleCipher::decryptCommand(QFileInfo(out).fileName(), u"bundle.zip"_s)));
        }
        return ok();
    });
}

namespace {

// Whether the verified bundle was signed by the key in the PEM file the user trusts (--trusted-key).
Status checkTrustedKey(const VerifiedBundle& bundle, const QString& pemPath) {
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, BundleCommands::tr("%1 cannot be read: %2").arg(pemPath, file.errorString()));
    }
    auto trusted = publicKeyFromPem(file.read(64 * 1024), pemPath);
    if (!trusted) {
        return std::unexpected(trusted.error());
    }
    if (*trusted != bundle.publicKey) {
        return fail(ErrorCode::Integrity,
                    BundleCommands::tr("The bundle is intact but signed by another key (%1) than the one in %2 "
                                       "(%3): it does not come from the holder of that key.")
                        .arg(bundle.keyFingerprint, pemPath, keyFingerprint(*trusted)));
    }
    return ok();
}

} // namespace

int BundleCommands::verify(const QStringList& arguments) {
    CommandLine commandLine(u"verify-bundle"_s,
                            tr("Checks a case bundle without any database: safe paths, the Ed25519 signatures over\n"
                               "manifest.json and SHA256SUMS, and the size and SHA-256 of every file; nothing added\n"
                               "or missing. Bundles of format 1 (SHA256SUMS not yet signed) are checked against\n"
                               "their signed manifest and reported as such.\n"
                               "The signature proves integrity, not origin: give --trusted-key with the sending\n"
                               "office's public key, or compare the printed fingerprint with the one it gave you."));
    commandLine.acceptPositional(u"bundle"_s, tr("The bundle file."));
    addTransportOption(commandLine, tr("The transport password of an encrypted bundle (first line of this file)."));
    commandLine.addOption(u"trusted-key"_s,
                          tr("The sending office's public key (PEM, from `keys export`), obtained separately; the\n"
                             "bundle must be signed by it (exit 3 otherwise)."),
                          tr("file"));
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    std::unique_ptr<AnonymousFile> plain;
    auto path = openedBundle(commandLine, commandLine.positional(), plain);
    if (!path) {
        return Console::report(path.error());
    }
    auto verified = BundleVerifier::verify(*path);
    if (!verified) {
        return Console::report(verified.error());
    }
    printVerified(*verified);
    if (commandLine.isSet(u"trusted-key"_s)) {
        if (Status s = checkTrustedKey(*verified, commandLine.value(u"trusted-key"_s)); !s) {
            return Console::report(s.error());
        }
        Console::printLine(tr("The bundle is intact and signed by the trusted key in %1 (%2).")
                               .arg(commandLine.value(u"trusted-key"_s), verified->keyFingerprint));
        return toInt(ExitCode::Ok);
    }
    Console::printLine(tr("The bundle is intact and signed by the key above. Whose key that is was not checked:\n"
                          "compare its fingerprint with the sending office's, or give --trusted-key."));
    return toInt(ExitCode::Ok);
}

int BundleCommands::importBundle(const QStringList& arguments) {
    CommandLine commandLine(u"import-bundle"_s,
                            tr("Imports a case bundle from another office after verifying it. Records keep their\n"
                               "ids; persons already recorded here (same CNIC or passport, or a strong name match)\n"
                               "are held for duplicate review; nothing local is overwritten. All or nothing. Audited.\n"
                               "The bundle must be signed by this database's own office key or a trusted office key\n"
                               "(see `keys trust`); any other signer is refused (exit 3) and nothing is imported."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.acceptPositional(u"bundle"_s, tr("The bundle file."));
    addTransportOption(commandLine, tr("The transport password of an encrypted bundle (first line of this file)."));
    commandLine.addOption(u"accept-untrusted-key"_s,
                          tr("Import even though the signing key is unknown or revoked here (administrators only;\n"
                             "audited, and the import is marked as of unverified origin)."));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    std::unique_ptr<AnonymousFile> plain;
    auto path = openedBundle(commandLine, commandLine.positional(), plain);
    if (!path) {
        return Console::report(path.error());
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        BundleImportOptions options;
        options.acceptUntrustedKey = commandLine.isSet(u"accept-untrusted-key"_s);
        auto report = BundleImporter::importBundle(context, *path, options);
        if (!report) {
            return std::unexpected(report.error());
        }
        Console::printLine(tr("Imported case %1 from %2 (key %3).")
                               .arg(report->caseLabel, report->sourceOffice, report->keyFingerprint));
        Console::printLine(report->origin.summary());
        if (!report->origin.originVerified()) {
            Console::printLine(tr("ORIGIN NOT VERIFIED: imported on %1's decision; the audit log records it.")
                                   .arg(context.session().user().username));
        }
        const auto section = [](const QString& title, const QStringList& lines) {
            Console::printLine(title + u" (" + QString::number(lines.size()) + u")");
            for (const QString& line : lines) {
                Console::printLine(u"  " + line);
            }
        };
        section(tr("Added"), report->added);
        section(tr("Matched"), report->matched);
        section(tr("Skipped"), report->skipped);
        return ok();
    });
}

} // namespace caselink
