// Option parsing for one caselink-cli command: declares its options, prints its --help (with the exit codes), and
// turns missing or malformed options into usage errors instead of exiting from inside the parser.
#pragma once

#include <cstdint>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "crypto/crypto.h"
#include "util/result.h"

namespace caselink {

enum class OutputFormat { Table, Json };

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(caselink::CommandLine)

public:
    // command is the full command as typed, e.g. "user add".
    CommandLine(QString command, QString description);

    // A flag when valueName is empty, otherwise an option taking a value.
    void addOption(const QString& name, const QString& description, const QString& valueName = QString());
    // Marks options the command cannot run without; they appear in the usage line.
    void require(const QStringList& names);
    // Accepts free arguments (joined with spaces into one value, e.g. a search query) and requires at least one.
    void acceptPositional(const QString& name, const QString& description);
    QString positional() const { return m_parser.positionalArguments().join(QLatin1Char(' ')); }

    // The options several commands share.
    void addDatabaseOption();
    void addUserOption(const QString& description, const QString& valueName = QString());
    void addPasswordFileOption();
    void addNewPasswordFileOption();
    void addKdfOptions();
    void addFormatOption();

    // Returns an exit code when the command must stop here: 0 after printing --help, 1 after a usage error.
    std::optional<int> parse(const QStringList& arguments);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    // Whether this command declares the option at all (shared code asks before isSet, which warns otherwise).
    bool hasOption(const QString& name) const;
    QString value(const QString& name) const { return m_parser.value(name); }
    Result<std::int64_t> integer(const QString& name, std::int64_t minimum, std::int64_t maximum,
                                 std::int64_t fallback) const;
    // Defaults of caselink_core, overridden by --kdf-memory, --kdf-time and --kdf-parallelism.
    Result<crypto::Argon2Params> kdfParams() const;
    Result<OutputFormat> format() const;

    // A usage error that tells the user where the help is.
    Error usageError(const QString& problem) const;
    QString helpText() const;

private:
    QString m_command;
    QString m_description;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QStringList m_required;
    QString m_positionalName;
};

} // namespace caselink
