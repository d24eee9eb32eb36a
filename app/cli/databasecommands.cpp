// init, info, check, backup, restore and recover: the commands that act on a case database as a whole.
#include "databasecommands.h"

#include <algorithm>

#include <QFileInfo>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "domain/localtime.h"
#include "passwordinput.h"
#include "repo/repositorycontext.h"
#include "repo/scopecounts.h"
#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "security/rollbackanchor.h"
#include "storage/database.h"

namespace caselink {
namespace {

// "label:" padded so that the values of a summary line up.
void printField(const QString& label, const QString& value) {
    Console::printLine(QString(label + QLatin1Char(':')).leftJustified(24) + value);
}

Status createDatabase(const CommandLine& commandLine) {
    CreateOptions options;
    options.path = commandLine.value(QStringLiteral("db"));
    options.adminUsername = commandLine.value(QStringLiteral("admin"));
    options.adminDisplayName = commandLine.isSet(QStringLiteral("display-name"))
                                   ? commandLine.value(QStringLiteral("display-name"))
                                   : options.adminUsername;
    if (commandLine.isSet(QStringLiteral("office"))) {
        options.officeCode = commandLine.value(QStringLiteral("office"));
    }
    const Result<crypto::Argon2Params> kdf = commandLine.kdfParams();
    if (!kdf) {
        return std::unexpected(kdf.error());
    }
    options.kdf = *kdf;
    if (QFileInfo::exists(options.path)) {
        return fail(ErrorCode::Conflict,
                    DatabaseCommands::tr("%1 already exists; choose another file name").arg(options.path));
    }
    // A new database has no current password, so the administrator's comes from the ordinary sources.
    const Result<SecureBytes> password = Commands::password(commandLine, options.adminUsername, true);
    if (!password) {
        return std::unexpected(password.error());
    }
    const Result<CreateResult> created = Session::create(options, *password);
    if (!created) {
        return std::unexpected(created.error());
    }
    Console::printLine(DatabaseCommands::tr("Created case database %1 (database id %2) with administrator %3.")
                           .arg(options.path, created->databaseId, options.adminUsername));
    Console::printLine();
    Console::printLine(DatabaseCommands::tr("RECOVERY KEY - shown only this once:"));
    Console::printLine();
    Console::printLine(DatabaseCommands::tr("Recovery key: %1").arg(created->recoveryKey));
    Console::printLine();
    Console::printLine(
        DatabaseCommands::tr("Write the recovery key down on paper now and keep it locked away from this computer.\n"
                             "It is the only way to set a new administrator password if every administrator\n"
                             "password is lost, and it is never shown again. Anyone who holds it together with\n"
                             "the database files can read every case in them."));
    return ok();
}

Status printInfo(Session& session) {
    const User& user = session.user();
    printField(DatabaseCommands::tr("Database"), session.path());
    printField(DatabaseCommands::tr("Database id"), session.databaseId());
    printField(DatabaseCommands::tr("Synthetic"), session.isSynthetic()
                                                      ? DatabaseCommands::tr("yes (demo or test data only)")
                                                      : DatabaseCommands::tr("no"));
    if (const Result<OrgUnit> office = session.office()) {
        printField(DatabaseCommands::tr("Office"), office->code + QStringLiteral(" - ") + office->nameEn);
    }
    if (const Result<std::vector<User>> users = AccountAdmin(session).users()) {
        const auto active = std::count_if(users->begin(), users->end(), [](const User& u) { return u.isActive(); });
        printField(DatabaseCommands::tr("Users"),
                   DatabaseCommands::tr("%1 (%2 active)").arg(users->size()).arg(active));
    }
    // Record counts within the account's scope, as the dashboard counts them: a summary must not reveal what the
    // account may not see.
    if (auto context = RepositoryContext::create(session)) {
        if (const Result<ScopeCounts> counts = countInScope(**context)) {
            printField(DatabaseCommands::tr("Cases"), QString::number(counts->cases));
            printField(DatabaseCommands::tr("Persons"), QString::number(counts->persons));
            printField(DatabaseCommands::tr("Arrests"), QString::number(counts->arrests));
            printField(DatabaseCommands::tr("Organisations"), QString::number(counts->organisations));
        }
    }
    if (const Result<std::int64_t> head = session.audit().headSeq()) {
        printField(DatabaseCommands::tr("Audit entries"), QString::number(*head));
    }
    if (const Result<int> version = session.database().userVersion()) {
        printField(DatabaseCommands::tr("Schema version"), QString::number(*version));
    }
    printField(DatabaseCommands::tr("Office time zone"), officeTimeZoneName());
    printField(DatabaseCommands::tr("Signed in as"),
               DatabaseCommands::tr("%1 (%2, %3)").arg(user.username, roleDisplayName(user.role), user.officeCode));
    return ok();
}

QString auditSummary(const AuditVerification& audit) {
    if (audit.intact) {
        // Labels instead of counted nouns, so that no plural form is needed for any count.
        return DatabaseCommands::tr("ok (entries: %1, signed checkpoints: %2, last signed entry: %3)")
            .arg(audit.entries)
            .arg(audit.checkpoints)
            .arg(audit.lastSignedSeq);
    }
    if (audit.firstBrokenSeq) {
        return DatabaseCommands::tr("BROKEN at entry %1: %2").arg(*audit.firstBrokenSeq).arg(audit.problem);
    }
    return DatabaseCommands::tr("BROKEN: %1").arg(audit.problem);
}

// Prints the three checks; an integrity failure is an error so that it maps to exit code 3.
Status printIntegrity(Session& session) {
    const Result<IntegrityReport> report = DatabaseMaintenance(session).checkIntegrity();
    if (!report) {
        return std::unexpected(report.error());
    }
    const auto status = [](bool good) {
        return good ? DatabaseCommands::tr("ok") : DatabaseCommands::tr("FAILED");
    };
    printField(QStringLiteral("integrity_check"), status(report->databaseOk));
    printField(QStringLiteral("cipher_integrity_check"), status(report->cipherOk));
    printField(DatabaseCommands::tr("audit chain"), auditSummary(report->audit));
    for (const QString& problem : report->problems) {
        Console::printLine(QStringLiteral("  ") + problem);
    }
    if (!report->ok()) {
        return fail(ErrorCode::Integrity, DatabaseCommands::tr("integrity check failed"));
    }
    Console::printLine(DatabaseCommands::tr("All checks passed."));
    return ok();
}

Status restoreBackup(const CommandLine& commandLine) {
    const QString backupPath = commandLine.value(QStringLiteral("backup"));
    const QString target = commandLine.value(QStringLiteral("db"));
    const QString username = commandLine.value(QStringLiteral("user"));
    if (const Status exists = Commands::requireExistingDatabase(backupPath); !exists) {
        return exists;
    }
    const bool replace = commandLine.isSet(QStringLiteral("replace"));
    if (!replace && QFileInfo::exists(target)) {
        return fail(ErrorCode::Conflict,
                    DatabaseCommands::tr("%1 already exists; add --replace to overwrite it").arg(target));
    }
    const Result<SecureBytes> password = Commands::password(commandLine, username);
    if (!password) {
        return std::unexpected(password.error());
    }
    const RollbackAnchor anchor; // the restored state is the one this computer has now
    if (const Status restored = DatabaseMaintenance::restore(backupPath, target, username, *password, replace, &anchor);
        !restored) {
        return restored;
    }
    Console::printLine(DatabaseCommands::tr("Restored %1 from %2 and verified it.").arg(target, backupPath));
    return ok();
}

Status recoverAdministrator(const CommandLine& commandLine) {
    const QString path = commandLine.value(QStringLiteral("db"));
    const QString username = commandLine.value(QStringLiteral("name"));
    if (const Status exists = Commands::requireExistingDatabase(path); !exists) {
        return exists;
    }
    const Result<crypto::Argon2Params> kdf = commandLine.kdfParams();
    if (!kdf) {
        return std::unexpected(kdf.error());
    }
    const Result<SecureBytes> keyBytes =
        PasswordInput::readFirstLine(commandLine.value(QStringLiteral("recovery-key-file")));
    if (!keyBytes) {
        return std::unexpected(keyBytes.error());
    }
    const Result<SecureBytes> password = Commands::newPassword(commandLine, username);
    if (!password) {
        return std::unexpected(password.error());
    }
    // The core API takes the recovery key as text; it is short-lived here and never printed.
    const QString recoveryKey =
        QString::fromUtf8(reinterpret_cast<const char*>(keyBytes->data()), static_cast<qsizetype>(keyBytes->size()))
            .trimmed();
    if (const Status recovered = AccountAdmin::recoverAdministrator(path, recoveryKey, username, *password, *kdf);
        !recovered) {
        return recovered;
    }
    Console::printLine(DatabaseCommands::tr("A new password is set for %1.").arg(username));
    return ok();
}

} // namespace

int DatabaseCommands::init(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("init"),
                            tr("Creates a new encrypted case database with its first administrator and prints the\n"
                               "recovery key once. The password is asked twice when it comes from the terminal."));
    commandLine.addDatabaseOption();
    commandLine.addOption(QStringLiteral("admin"), tr("User name of the first administrator."), tr("name"));
    commandLine.require({QStringLiteral("admin")});
    commandLine.addOption(QStringLiteral("display-name"), tr("The administrator's full name (default: the user name)."),
                          tr("text"));
    commandLine.addOption(QStringLiteral("office"), tr("Office code from the organisation tree (default HQ)."),
                          tr("code"));
    commandLine.addPasswordFileOption();
    commandLine.addKdfOptions();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return Commands::finish(createDatabase(commandLine));
}

int DatabaseCommands::info(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("info"),
                            tr("Prints a short summary of a case database: its id, whether it is synthetic, its\n"
                               "office, the number of accounts and audit entries. Opens the database read-only."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return Commands::withSession(commandLine, Access::ReadOnly,
                                 [&](Session& session) -> Status { return printInfo(session); });
}

int DatabaseCommands::timeZone(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("time-zone"),
                            tr("Shows the time zone in which this database's screens, reports and exports show times\n"
                               "and in which times are typed (Asia/Karachi unless set), or sets it. Setting it is for\n"
                               "administrators and is audited; instants stored before keep their meaning."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(QStringLiteral("set"), tr("The new zone, an IANA name such as Asia/Karachi."), tr("zone"));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const bool setting = commandLine.isSet(QStringLiteral("set"));
    return Commands::withSession(
        commandLine, setting ? Access::ReadWrite : Access::ReadOnly, [&](Session& session) -> Status {
            if (setting) {
                const QByteArray zone = commandLine.value(QStringLiteral("set")).toLatin1();
                if (auto st = session.setOfficeZone(zone); !st) {
                    return st;
                }
            }
            printField(tr("Office time zone"), officeTimeZoneName());
            printField(tr("Office time now"), displayDateTime(QDateTime::currentDateTimeUtc()));
            return ok();
        });
}

int DatabaseCommands::check(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("check"),
                            tr("Opens the database read-only and runs PRAGMA integrity_check, PRAGMA\n"
                               "cipher_integrity_check and the audit chain verification. Exits with 0 only when\n"
                               "all three hold, and with 3 otherwise."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return Commands::withSession(commandLine, Access::ReadOnly,
                                 [&](Session& session) -> Status { return printIntegrity(session); });
}

int DatabaseCommands::backup(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("backup"),
                            tr("Writes an encrypted copy of the database and its keyslot file (<out>-keys) and\n"
                               "verifies it. The backup opens with the same passwords as the database."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(QStringLiteral("out"), tr("The backup file to write; it must not exist."), tr("file"));
    commandLine.require({QStringLiteral("out")});
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const QString out = commandLine.value(QStringLiteral("out"));
    if (QFileInfo::exists(out)) {
        return Console::report(Error{ErrorCode::Conflict, tr("%1 already exists; choose another file name").arg(out)});
    }
    return Commands::withSession(commandLine, Access::ReadWrite, [&](Session& session) -> Status {
        Status done = DatabaseMaintenance(session).backup(out);
        if (done) {
            Console::printLine(tr("Backup written to %1 (keyslots in %1-keys) and verified.").arg(out));
        }
        return done;
    });
}

int DatabaseCommands::restore(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("restore"),
                            tr("Verifies a backup and restores it to --db. An existing database is only\n"
                               "overwritten with --replace. The password is that of --user in the backup."));
    commandLine.addOption(QStringLiteral("backup"), tr("The backup file made by 'backup'."), tr("file"));
    commandLine.require({QStringLiteral("backup")});
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("An account of the backup, to prove the backup opens."));
    commandLine.addOption(QStringLiteral("replace"), tr("Overwrite an existing database at --db."));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return Commands::finish(restoreBackup(commandLine));
}

int DatabaseCommands::recover(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("recover"),
                            tr("Uses the recovery key printed by 'init' to give an administrator a new password."));
    commandLine.addDatabaseOption();
    commandLine.addOption(QStringLiteral("recovery-key-file"), tr("A file whose first line is the recovery key."),
                          tr("file"));
    commandLine.addOption(QStringLiteral("name"), tr("The administrator who gets the new password."), tr("name"));
    commandLine.require({QStringLiteral("recovery-key-file"), QStringLiteral("name")});
    commandLine.addNewPasswordFileOption();
    commandLine.addKdfOptions();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return Commands::finish(recoverAdministrator(commandLine));
}

} // namespace caselink
