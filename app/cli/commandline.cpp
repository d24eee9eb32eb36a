#include "commandline.h"

#include <algorithm>

#include <utility>

#include "console.h"
#include "security/session.h"

namespace caselink {

CommandLine::CommandLine(QString command, QString description)
    : m_command(std::move(command))
    , m_description(std::move(description)) {
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setApplicationDescription(m_description);
    // Our own help option: QCommandLineParser's would exit() from inside parse and omit the exit codes.
    addOption(QStringLiteral("help"), tr("Show this help and exit."));
}

void CommandLine::addOption(const QString& name, const QString& description, const QString& valueName) {
    QCommandLineOption option(name, description);
    if (!valueName.isEmpty()) {
        option.setValueName(valueName);
    }
    m_parser.addOption(option);
    m_options << option;
}

bool CommandLine::hasOption(const QString& name) const {
    return std::any_of(m_options.cbegin(), m_options.cend(),
                       [&](const QCommandLineOption& option) { return option.names().contains(name); });
}

void CommandLine::require(const QStringList& names) {
    m_required << names;
}

void CommandLine::addDatabaseOption() {
    addOption(QStringLiteral("db"), tr("The case database file (its keyslot file is <file>-keys)."), tr("file"));
    require({QStringLiteral("db")});
}

void CommandLine::addUserOption(const QString& description, const QString& valueName) {
    addOption(QStringLiteral("user"), description, valueName.isEmpty() ? tr("name") : valueName);
    require({QStringLiteral("user")});
}

void CommandLine::addPasswordFileOption() {
    addOption(QStringLiteral("password-file"),
              tr("Read the password from the first line of this file. Otherwise CASELINK_PASSWORD is used, or "
                 "the password is asked for on the terminal without echo."),
              tr("file"));
}

void CommandLine::addNewPasswordFileOption() {
    addOption(QStringLiteral("new-password-file"),
              tr("Read the new password from the first line of this file. Otherwise CASELINK_NEW_PASSWORD is "
                 "used, or the new password is asked for twice on the terminal."),
              tr("file"));
}

void CommandLine::addKdfOptions() {
    const crypto::Argon2Params defaults = defaultKdfParams();
    addOption(QStringLiteral("kdf-memory"),
              tr("Argon2id memory for new keyslots in KiB (default %1).").arg(defaults.memoryKiB), tr("KiB"));
    addOption(QStringLiteral("kdf-time"), tr("Argon2id passes for new keyslots (default %1).").arg(defaults.timeCost),
              tr("n"));
    addOption(QStringLiteral("kdf-parallelism"),
              tr("Argon2id lanes for new keyslots (default %1).").arg(defaults.parallelism), tr("n"));
}

void CommandLine::acceptPositional(const QString& name, const QString& description) {
    m_positionalName = name;
    m_parser.addPositionalArgument(name, description);
}

void CommandLine::addFormatOption() {
    addOption(QStringLiteral("format"), tr("Output format: table (default) or json."), tr("format"));
}

std::optional<int> CommandLine::parse(const QStringList& arguments) {
    // Help wins over every other problem, so "user add --help" works without the required options.
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-help")) ||
        arguments.contains(QStringLiteral("-h"))) {
        Console::print(helpText());
        return toInt(ExitCode::Ok);
    }
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{Console::programName()} + arguments)) {
        return Console::report(usageError(m_parser.errorText()));
    }
    const QStringList positional = m_parser.positionalArguments();
    if (m_positionalName.isEmpty() && !positional.isEmpty()) {
        return Console::report(usageError(tr("unexpected argument '%1'").arg(positional.first())));
    }
    if (!m_positionalName.isEmpty() && positional.join(QString()).trimmed().isEmpty()) {
        return Console::report(usageError(tr("missing %1").arg(m_positionalName)));
    }
    QStringList missing;
    for (const QString& name : std::as_const(m_required)) {
        if (!m_parser.isSet(name) || m_parser.value(name).isEmpty()) {
            missing << QStringLiteral("--") + name;
        }
    }
    if (!missing.isEmpty()) {
        return Console::report(
            usageError(tr("missing required option(s): %1").arg(missing.join(QStringLiteral(", ")))));
    }
    return std::nullopt;
}

Result<std::int64_t> CommandLine::integer(const QString& name, std::int64_t minimum, std::int64_t maximum,
                                          std::int64_t fallback) const {
    if (!m_parser.isSet(name)) {
        return fallback;
    }
    bool ok = false;
    const std::int64_t number = m_parser.value(name).toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        return std::unexpected(
            usageError(tr("--%1 needs a whole number from %2 to %3").arg(name).arg(minimum).arg(maximum)));
    }
    return number;
}

Result<crypto::Argon2Params> CommandLine::kdfParams() const {
    crypto::Argon2Params params = defaultKdfParams();
    // Argon2 itself needs at least 8 KiB per lane; the upper bounds keep a typo from exhausting the machine.
    const auto memory = integer(QStringLiteral("kdf-memory"), 8, 4 * 1024 * 1024, params.memoryKiB);
    const auto time = integer(QStringLiteral("kdf-time"), 1, 100, params.timeCost);
    const auto lanes = integer(QStringLiteral("kdf-parallelism"), 1, 64, params.parallelism);
    for (const auto* value : {&memory, &time, &lanes}) {
        if (!value->has_value()) {
            return std::unexpected(value->error());
        }
    }
    params.memoryKiB = static_cast<std::uint32_t>(*memory);
    params.timeCost = static_cast<std::uint32_t>(*time);
    params.parallelism = static_cast<std::uint32_t>(*lanes);
    if (params.memoryKiB < 8 * params.parallelism) {
        return std::unexpected(usageError(tr("--kdf-memory must be at least 8 KiB per lane")));
    }
    // A password guarded by a cheap derivation falls to a guessing attack on a copied keys file. Real accounts get at
    // least OWASP's Argon2id floor; only the test suite, which creates hundreds of databases, may go below it, and it
    // has to say so.
    constexpr std::uint32_t kFloorMemoryKiB = 19456;
    constexpr std::uint32_t kFloorPasses = 2;
    if ((params.memoryKiB < kFloorMemoryKiB || params.timeCost < kFloorPasses) &&
        qEnvironmentVariable("CASELINK_INSECURE_TEST_KDF") != QLatin1String("1")) {
        return std::unexpected(usageError(tr("Argon2id below %1 KiB of memory or %2 passes is too weak to guard a "
                                             "password; give --kdf-memory %1 --kdf-time %2 or more")
                                              .arg(kFloorMemoryKiB)
                                              .arg(kFloorPasses)));
    }
    return params;
}

Result<OutputFormat> CommandLine::format() const {
    const QString name = m_parser.value(QStringLiteral("format"));
    if (name.isEmpty() || name == QLatin1String("table")) {
        return OutputFormat::Table;
    }
    if (name == QLatin1String("json")) {
        return OutputFormat::Json;
    }
    return std::unexpected(usageError(tr("unknown format '%1' (use table or json)").arg(name)));
}

Error CommandLine::usageError(const QString& problem) const {
    return Error{ErrorCode::Usage,
                 tr("%1\nRun '%2 %3 --help' for usage.").arg(problem, Console::programName(), m_command)};
}

QString CommandLine::helpText() const {
    QString usage = Console::programName() + QLatin1Char(' ') + m_command;
    for (const QString& name : m_required) {
        for (const QCommandLineOption& option : m_options) {
            if (option.names().contains(name)) {
                usage += QStringLiteral(" --") + name;
                if (!option.valueName().isEmpty()) {
                    usage += QLatin1Char(' ') + option.valueName().toUpper();
                }
            }
        }
    }
    usage += tr(" [options]");
    if (!m_positionalName.isEmpty()) {
        usage += QLatin1Char(' ') + m_positionalName;
    }
    // Qt's text starts with a usage line naming the program path; ours names the command instead.
    QString body = m_parser.helpText();
    const qsizetype firstLineEnd = body.indexOf(QLatin1Char('\n'));
    body = firstLineEnd < 0 ? QString() : body.mid(firstLineEnd + 1);
    return tr("Usage: %1\n\n").arg(usage) + body + QLatin1Char('\n') + Console::exitCodeHelp();
}

} // namespace caselink
