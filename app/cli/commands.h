// What the commands of caselink-cli share: the registry of commands, finding the password and unlocking the
// database named on the command line. Each group of commands has a header of its own (databasecommands.h, …).
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "crypto/securebytes.h"
#include "security/session.h"
#include "util/result.h"

namespace caselink {

class CommandLine;
class RepositoryContext;

enum class Access { ReadOnly, ReadWrite };

using CommandFunction = int (*)(const QStringList& arguments);

struct CommandInfo {
    const char* name;    // as typed: "user add"
    const char* summary; // marked with QT_TRANSLATE_NOOP in the "caselink::Commands" context
    CommandFunction run;
};

class Commands {
    Q_DECLARE_TR_FUNCTIONS(caselink::Commands)

public:
    // Every command, in the order the top-level help lists them.
    static const std::vector<CommandInfo>& all();
    static QString summary(const CommandInfo& command);

    // --password-file, then CASELINK_PASSWORD, then a prompt naming the account (asked twice when confirm is set).
    static Result<SecureBytes> password(const CommandLine& commandLine, const QString& username, bool confirm = false);
    // --new-password-file, then CASELINK_NEW_PASSWORD, then a prompt asked twice.
    static Result<SecureBytes> newPassword(const CommandLine& commandLine, const QString& username);
    // Unlocks --db as --user through this machine's unlock throttle.
    static Result<std::unique_ptr<Session>> unlock(const CommandLine& commandLine, bool readOnly);
    static Status requireExistingDatabase(const QString& path);

    // What every command that works on a database does: unlocks --db as --user, runs work, closes the session and
    // returns the exit code of the outcome (a failed close is reported too). withDatabase also makes the session's
    // repositories (scope, audit and change notification).
    static int withSession(const CommandLine& commandLine, Access access, const std::function<Status(Session&)>& work);
    static int withDatabase(const CommandLine& commandLine, Access access,
                            const std::function<Status(RepositoryContext&)>& work);

    // The exit code for a command's outcome; closes the session first so that a failed close is reported too.
    static int finish(const Status& status);
    static int finish(Session& session, const Status& status);
};

} // namespace caselink
