// user add, passwd, revoke and list: account management through Session, which enforces who may do what.
#include "usercommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "domain/localtime.h"
#include "security/accountadmin.h"

namespace caselink {
namespace {

Result<NewUser> newUserFrom(const CommandLine& commandLine) {
    NewUser user;
    user.username = commandLine.value(QStringLiteral("name"));
    user.displayName = commandLine.isSet(QStringLiteral("display-name"))
                           ? commandLine.value(QStringLiteral("display-name"))
                           : user.username;
    const std::optional<Role> role = roleFromKey(commandLine.value(QStringLiteral("role")));
    if (!role) {
        return std::unexpected(commandLine.usageError(
            UserCommands::tr("unknown role '%1' (use one of %2)")
                .arg(commandLine.value(QStringLiteral("role")), roleKeys().join(QStringLiteral(", ")))));
    }
    user.role = *role;
    user.officeCode = commandLine.value(QStringLiteral("office"));
    user.victimGrant = commandLine.isSet(QStringLiteral("victim-grant"));
    const Result<crypto::Argon2Params> kdf = commandLine.kdfParams();
    if (!kdf) {
        return std::unexpected(kdf.error());
    }
    user.kdf = *kdf;
    return user;
}

Status addUser(Session& session, const CommandLine& commandLine, const NewUser& user) {
    const Result<SecureBytes> password = Commands::newPassword(commandLine, user.username);
    if (!password) {
        return std::unexpected(password.error());
    }
    if (const Status added = AccountAdmin(session).addUser(user, *password); !added) {
        return added;
    }
    Console::printLine(
        UserCommands::tr("Added %1 (%2, office %3).").arg(user.username, roleDisplayName(user.role), user.officeCode));
    return ok();
}

Status changePassword(Session& session, const CommandLine& commandLine) {
    const QString target = commandLine.isSet(QStringLiteral("target")) ? commandLine.value(QStringLiteral("target"))
                                                                       : session.user().username;
    const Result<crypto::Argon2Params> kdf = commandLine.kdfParams();
    if (!kdf) {
        return std::unexpected(kdf.error());
    }
    const Result<SecureBytes> password = Commands::newPassword(commandLine, target);
    if (!password) {
        return std::unexpected(password.error());
    }
    const bool rotate = commandLine.isSet(QStringLiteral("rotate"));
    if (const Status changed = AccountAdmin(session).changePassword(target, *password, *kdf,
                                                                    rotate ? AccountAdmin::KeyRotation::NewDataKey
                                                                           : AccountAdmin::KeyRotation::SameDataKey);
        !changed) {
        return changed;
    }
    Console::printLine(rotate ? UserCommands::tr("The password of %1 is changed and the database is re-encrypted under "
                                                 "a new key.")
                                    .arg(target)
                              : UserCommands::tr("The password of %1 is changed.").arg(target));
    return ok();
}

QJsonObject userJson(const User& user) {
    QJsonObject object;
    object.insert(QStringLiteral("id"), user.id);
    object.insert(QStringLiteral("username"), user.username);
    object.insert(QStringLiteral("display_name"), user.displayName);
    object.insert(QStringLiteral("role"), roleKey(user.role));
    object.insert(QStringLiteral("office"), user.officeCode);
    object.insert(QStringLiteral("victim_grant"), user.victimGrant);
    object.insert(QStringLiteral("created_at"), user.createdAt.toString(Qt::ISODate));
    object.insert(QStringLiteral("revoked_at"),
                  user.revokedAt ? QJsonValue(user.revokedAt->toString(Qt::ISODate)) : QJsonValue());
    return object;
}

Status listUsers(Session& session, OutputFormat format) {
    const Result<std::vector<User>> users = AccountAdmin(session).users();
    if (!users) {
        return std::unexpected(users.error());
    }
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const User& user : *users) {
            array.append(userJson(user));
        }
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ok();
    }
    QList<QStringList> rows;
    for (const User& user : *users) {
        rows << QStringList{user.username,
                            user.displayName,
                            roleKey(user.role),
                            user.officeCode,
                            user.victimGrant ? UserCommands::tr("yes") : UserCommands::tr("no"),
                            displayDateTime(user.createdAt),
                            user.revokedAt ? UserCommands::tr("revoked %1").arg(displayDateTime(*user.revokedAt))
                                           : UserCommands::tr("active")};
    }
    Console::printTable({UserCommands::tr("USER"), UserCommands::tr("NAME"), UserCommands::tr("ROLE"),
                         UserCommands::tr("OFFICE"), UserCommands::tr("VICTIM DATA"), UserCommands::tr("CREATED"),
                         UserCommands::tr("STATUS")},
                        rows);
    return ok();
}

} // namespace

int UserCommands::add(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("user add"),
                            tr("Adds an account. Only administrators may add accounts. The new account's password\n"
                               "comes from --new-password-file, CASELINK_NEW_PASSWORD or a prompt asked twice."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The administrator who adds the account."), tr("admin"));
    commandLine.addOption(QStringLiteral("name"), tr("User name of the new account."), tr("new-name"));
    commandLine.addOption(QStringLiteral("role"), tr("administrator, investigator, supervisor or prosecutor_reader."),
                          tr("role"));
    commandLine.addOption(QStringLiteral("office"), tr("Office code from the organisation tree, e.g. GRW-AHTC."),
                          tr("code"));
    commandLine.require({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("office")});
    commandLine.addOption(QStringLiteral("display-name"), tr("The person's full name (default: the user name)."),
                          tr("text"));
    commandLine.addOption(QStringLiteral("victim-grant"), tr("Allow the account to see victim details."));
    commandLine.addPasswordFileOption();
    commandLine.addNewPasswordFileOption();
    commandLine.addKdfOptions();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    // Validate everything that needs no password before asking for one.
    const Result<NewUser> user = newUserFrom(commandLine);
    if (!user) {
        return Console::report(user.error());
    }
    return Commands::withSession(commandLine, Access::ReadWrite,
                                 [&](Session& session) -> Status { return addUser(session, commandLine, *user); });
}

int UserCommands::passwd(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("user passwd"),
                            tr("Changes the password of --user, or with --target (administrators only) resets\n"
                               "another account's password. Rewrites only that account's keyslot, unless\n"
                               "--rotate (administrators only) also re-encrypts the database under a new key,\n"
                               "so that no copy of the old keyslot file opens it: use it when the old password\n"
                               "or a copy of the keyslot file may be in someone else's hands."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account that signs in (with its current password)."));
    commandLine.addOption(QStringLiteral("target"), tr("The account whose password is reset."), tr("name"));
    commandLine.addPasswordFileOption();
    commandLine.addNewPasswordFileOption();
    commandLine.addKdfOptions();
    commandLine.addOption(QStringLiteral("rotate"), tr("Also re-encrypt the database under a new data key."));
    commandLine.addOption(QStringLiteral("wait"),
                          tr("With --rotate: seconds to wait for other CaseLink windows and commands to close the "
                             "database (default 30); they are told why."),
                          tr("seconds"));
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    if (const Result<crypto::Argon2Params> kdf = commandLine.kdfParams(); !kdf) {
        return Console::report(kdf.error());
    }
    return Commands::withSession(commandLine, Access::ReadWrite,
                                 [&](Session& session) -> Status { return changePassword(session, commandLine); });
}

int UserCommands::revoke(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("user revoke"),
                            tr("Revokes an account: removes its keyslot, re-encrypts the database under a new\n"
                               "key and rewraps the remaining keyslots. Administrators only."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The administrator who revokes the account."), tr("admin"));
    commandLine.addOption(QStringLiteral("name"), tr("The account to revoke."), tr("name"));
    commandLine.addOption(QStringLiteral("wait"),
                          tr("Seconds to wait for other CaseLink windows and commands to close the database "
                             "(default 30); they are told why."),
                          tr("seconds"));
    commandLine.require({QStringLiteral("name")});
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return Commands::withSession(commandLine, Access::ReadWrite, [&](Session& session) -> Status {
        const QString name = commandLine.value(QStringLiteral("name"));
        const Status revoked = AccountAdmin(session).revokeUser(name);
        if (revoked) {
            Console::printLine(tr("Revoked %1; the database is re-encrypted without its keyslot.").arg(name));
        }
        return revoked;
    });
}

int UserCommands::list(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("user list"), tr("Lists the accounts of a case database."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addFormatOption();
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<OutputFormat> format = commandLine.format();
    if (!format) {
        return Console::report(format.error());
    }
    return Commands::withSession(commandLine, Access::ReadOnly,
                                 [&](Session& session) -> Status { return listUsers(session, *format); });
}

} // namespace caselink
