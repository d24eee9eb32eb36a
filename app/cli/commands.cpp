#include "commands.h"

#include "auditcommands.h"
#include "bundlecommands.h"
#include "casecommands.h"
#include "databasecommands.h"
#include "democommand.h"
#include "graphcommand.h"
#include "importcommands.h"
#include "keycommands.h"
#include "searchcommand.h"
#include "statscommand.h"
#include "usercommands.h"

#include <QFileInfo>

#include "commandline.h"
#include "console.h"
#include "passwordinput.h"
#include "repo/repositorycontext.h"
#include "security/rollbackanchor.h"
#include "security/unlockthrottle.h"

namespace caselink {

const std::vector<CommandInfo>& Commands::all() {
    static const std::vector<CommandInfo> commands{
        {"init", QT_TRANSLATE_NOOP("caselink::Commands", "Create a new case database and show its recovery key."),
         &DatabaseCommands::init},
        {"info", QT_TRANSLATE_NOOP("caselink::Commands", "Show a short summary of a case database."),
         &DatabaseCommands::info},
        {"time-zone", QT_TRANSLATE_NOOP("caselink::Commands", "Show or set (administrators) the office's time zone."),
         &DatabaseCommands::timeZone},
        {"check", QT_TRANSLATE_NOOP("caselink::Commands", "Check database, encryption and audit chain integrity."),
         &DatabaseCommands::check},
        {"backup", QT_TRANSLATE_NOOP("caselink::Commands", "Write a verified encrypted backup."),
         &DatabaseCommands::backup},
        {"restore", QT_TRANSLATE_NOOP("caselink::Commands", "Restore a database from a backup."),
         &DatabaseCommands::restore},
        {"recover", QT_TRANSLATE_NOOP("caselink::Commands", "Set a new administrator password with the recovery key."),
         &DatabaseCommands::recover},
        {"user add", QT_TRANSLATE_NOOP("caselink::Commands", "Add an account (administrators only)."),
         &UserCommands::add},
        {"user passwd", QT_TRANSLATE_NOOP("caselink::Commands", "Change your password or reset another account's."),
         &UserCommands::passwd},
        {"user revoke",
         QT_TRANSLATE_NOOP("caselink::Commands", "Revoke an account and re-encrypt the database without it."),
         &UserCommands::revoke},
        {"user list", QT_TRANSLATE_NOOP("caselink::Commands", "List the accounts."), &UserCommands::list},
        {"case add",
         QT_TRANSLATE_NOOP("caselink::Commands", "Register a case (enquiry and/or FIR) with its complainant."),
         &CaseCommands::add},
        {"case show", QT_TRANSLATE_NOOP("caselink::Commands", "Show a case by id, FIR or enquiry number."),
         &CaseCommands::show},
        {"case list", QT_TRANSLATE_NOOP("caselink::Commands", "List the cases in your scope."), &CaseCommands::list},
        {"case update",
         QT_TRANSLATE_NOOP("caselink::Commands", "Change a case; an FIR for an enquiry registers it (s.154)."),
         &CaseCommands::update},
        {"case close", QT_TRANSLATE_NOOP("caselink::Commands", "Close an enquiry or dispose of a case."),
         &CaseCommands::close},
        {"audit verify", QT_TRANSLATE_NOOP("caselink::Commands", "Verify the audit hash chain and its signatures."),
         &AuditCommands::verify},
        {"audit list", QT_TRANSLATE_NOOP("caselink::Commands", "List audit entries."), &AuditCommands::list},
        {"search",
         QT_TRANSLATE_NOOP("caselink::Commands", "Find persons by name in either script, CNIC, passport or phone."),
         &SearchCommand::run},
        {"demo", QT_TRANSLATE_NOOP("caselink::Commands", "Create the synthetic demo database if it is missing."),
         &DemoCommand::run},
        {"graph",
         QT_TRANSLATE_NOOP("caselink::Commands", "Export a relationship chart or print its most central persons."),
         &GraphCommand::run},
        {"stats", QT_TRANSLATE_NOOP("caselink::Commands", "Arrest and case statistics within your scope."),
         &StatsCommand::run},
        {"export-case",
         QT_TRANSLATE_NOOP("caselink::Commands", "Write a signed case bundle for a prosecutor or partner."),
         &BundleCommands::exportCase},
        {"verify-bundle", QT_TRANSLATE_NOOP("caselink::Commands", "Check a case bundle's signature and file hashes."),
         &BundleCommands::verify},
        {"import-bundle", QT_TRANSLATE_NOOP("caselink::Commands", "Import a verified case bundle from another office."),
         &BundleCommands::importBundle},
        {"keys export",
         QT_TRANSLATE_NOOP("caselink::Commands", "Print this office's public key and fingerprint for other offices."),
         &KeyCommands::exportKey},
        {"keys trust",
         QT_TRANSLATE_NOOP("caselink::Commands", "Trust another office's key for bundle import (administrators)."),
         &KeyCommands::trust},
        {"keys list", QT_TRANSLATE_NOOP("caselink::Commands", "List the trusted office keys."), &KeyCommands::list},
        {"keys revoke", QT_TRANSLATE_NOOP("caselink::Commands", "Revoke a trusted office key (administrators)."),
         &KeyCommands::revoke},
        {"import",
         QT_TRANSLATE_NOOP("caselink::Commands",
                           "Import persons, arrests, victims, payments, routes or lists from CSV or XLSX."),
         &ImportCommands::import},
        {"match", QT_TRANSLATE_NOOP("caselink::Commands", "Run a watch list or the Red Book against all persons."),
         &ImportCommands::match},
    };
    return commands;
}

QString Commands::summary(const CommandInfo& command) {
    return tr(command.summary);
}

Result<SecureBytes> Commands::password(const CommandLine& commandLine, const QString& username, bool confirm) {
    PasswordSource source;
    source.confirm = confirm;
    source.file = commandLine.value(QStringLiteral("password-file"));
    source.fileOption = QStringLiteral("--password-file");
    source.environment = "CASELINK_PASSWORD";
    source.prompt = tr("Password for %1: ").arg(username);
    return PasswordInput::read(source);
}

Result<SecureBytes> Commands::newPassword(const CommandLine& commandLine, const QString& username) {
    PasswordSource source;
    source.file = commandLine.value(QStringLiteral("new-password-file"));
    source.fileOption = QStringLiteral("--new-password-file");
    source.environment = "CASELINK_NEW_PASSWORD";
    source.prompt = tr("New password for %1: ").arg(username);
    source.confirm = true;
    return PasswordInput::read(source);
}

Status Commands::requireExistingDatabase(const QString& path) {
    if (!QFileInfo(path).isFile()) {
        return fail(ErrorCode::Io, tr("no case database at %1").arg(path));
    }
    return ok();
}

Result<std::unique_ptr<Session>> Commands::unlock(const CommandLine& commandLine, bool readOnly) {
    const QString path = commandLine.value(QStringLiteral("db"));
    if (const Status exists = requireExistingDatabase(path); !exists) {
        return std::unexpected(exists.error());
    }
    const QString username = commandLine.value(QStringLiteral("user"));
    const Result<SecureBytes> secret = password(commandLine, username);
    if (!secret) {
        return std::unexpected(secret.error());
    }
    // One throttle per process, in the per-machine state folder the GUI uses as well, so that scripting the CLI
    // cannot get round the delay.
    static UnlockThrottle throttle;
    static const RollbackAnchor anchor; // what this computer saw of each database, shared with the window
    UnlockOptions options;
    options.readOnly = readOnly;
    options.throttle = &throttle;
    options.anchor = &anchor;
    auto session = Session::unlock(path, username, *secret, options);
    if (session) {
        // Re-encryption and upgrades wait for other windows and commands to leave the file; say so once.
        ExclusiveOptions exclusive;
        if (commandLine.hasOption(QStringLiteral("wait")) && commandLine.isSet(QStringLiteral("wait"))) {
            exclusive.wait = std::chrono::seconds(std::max(0, commandLine.value(QStringLiteral("wait")).toInt()));
        }
        exclusive.waiting = [announced = false](std::chrono::milliseconds) mutable {
            if (!announced) {
                Console::message(tr("waiting for other CaseLink windows and commands to close the database…"));
                announced = true;
            }
            return true;
        };
        (*session)->setExclusiveOptions(std::move(exclusive));
    }
    return session;
}

int Commands::withSession(const CommandLine& commandLine, Access access, const std::function<Status(Session&)>& work) {
    const Result<std::unique_ptr<Session>> session = unlock(commandLine, access == Access::ReadOnly);
    if (!session) {
        return Console::report(session.error());
    }
    return finish(**session, work(**session));
}

int Commands::withDatabase(const CommandLine& commandLine, Access access,
                           const std::function<Status(RepositoryContext&)>& work) {
    return withSession(commandLine, access, [&](Session& session) -> Status {
        auto context = RepositoryContext::create(session);
        if (!context) {
            return std::unexpected(context.error());
        }
        return work(**context);
    });
}

int Commands::finish(const Status& status) {
    return status ? toInt(ExitCode::Ok) : Console::report(status.error());
}

int Commands::finish(Session& session, const Status& status) {
    const Status closed = session.close();
    if (!status) {
        return Console::report(status.error());
    }
    return finish(closed);
}

} // namespace caselink
