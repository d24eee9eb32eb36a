// The commands of caselink-cli, one class per group, and what they share: finding the password and unlocking the
// database named on the command line.
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

class DatabaseCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::DatabaseCommands)

public:
    static int init(const QStringList& arguments);
    static int info(const QStringList& arguments);
    static int check(const QStringList& arguments);
    static int backup(const QStringList& arguments);
    static int restore(const QStringList& arguments);
    static int recover(const QStringList& arguments);
};

class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::UserCommands)

public:
    static int add(const QStringList& arguments);
    static int passwd(const QStringList& arguments);
    static int revoke(const QStringList& arguments);
    static int list(const QStringList& arguments);
};

class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::AuditCommands)

public:
    static int verify(const QStringList& arguments);
    static int list(const QStringList& arguments);
};

class SearchCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::SearchCommand)

public:
    static int run(const QStringList& arguments);
};

class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::DemoCommand)

public:
    static int run(const QStringList& arguments);
};

// Relationship charts: caselink-cli graph (graphcommand.cpp).
class GraphCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::GraphCommand)

public:
    static int run(const QStringList& arguments);
};

// Arrest and case statistics: caselink-cli stats (statscommand.cpp).
class StatsCommand {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatsCommand)

public:
    static int run(const QStringList& arguments);
};

// Signed case bundles for prosecutors and other offices (bundlecommands.cpp).
class BundleCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleCommands)

public:
    static int exportCase(const QStringList& arguments);
    static int verify(const QStringList& arguments);
    static int importBundle(const QStringList& arguments);
};

// The registry of trusted office keys that bundle import checks signers against (keycommands.cpp).
class KeyCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::KeyCommands)

public:
    static int exportKey(const QStringList& arguments);
    static int trust(const QStringList& arguments);
    static int list(const QStringList& arguments);
    static int revoke(const QStringList& arguments);
};

// Spreadsheet import and watch-list matching (importcommands.cpp).
class ImportCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::ImportCommands)

public:
    static int import(const QStringList& arguments);
    static int match(const QStringList& arguments);
};

} // namespace caselink
