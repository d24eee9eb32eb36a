// caselink-cli: finds the command named on the command line and runs it. Each command parses its own options.
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include "commands.h"
#include "console.h"
#include "security/processhardening.h"
#include "util/appidentity.h"

namespace caselink {
namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(caselink::Cli)

public:
    static QString helpText(const QString& group = QString()) {
        QString text = group.isEmpty() ? tr("Usage: %1 <command> [options]\n\n").arg(Console::programName())
                                       : tr("Usage: %1 %2 <command> [options]\n\n").arg(Console::programName(), group);
        text += tr("CaseLink command-line tool: creates and checks encrypted case databases, manages accounts,\n"
                   "backups and the audit log, signed case bundles and the trusted office keys.\n\nCommands:\n");
        for (const CommandInfo& command : Commands::all()) {
            const QString name = QString::fromLatin1(command.name);
            if (group.isEmpty() || name.startsWith(group + QLatin1Char(' '))) {
                text += QStringLiteral("  ") + name.leftJustified(14) + Commands::summary(command) + QLatin1Char('\n');
            }
        }
        text += tr("\nRun '%1 <command> --help' for a command's options.\n\n"
                   "Passwords come from --password-file (first line), the CASELINK_PASSWORD variable, or a prompt\n"
                   "without echo on the terminal, in that order; new passwords likewise from --new-password-file,\n"
                   "CASELINK_NEW_PASSWORD or a prompt asked twice. Results go to standard output, messages to\n"
                   "standard error.\n\n")
                    .arg(Console::programName());
        return text + Console::exitCodeHelp();
    }

    static bool isHelp(const QString& argument) {
        return argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
               argument == QLatin1String("help");
    }

    static int run(QStringList arguments) {
        arguments.removeFirst(); // the program
        if (arguments.isEmpty()) {
            Console::message(tr("no command given"));
            Console::prompt(helpText());
            return toInt(ExitCode::Usage);
        }
        if (isHelp(arguments.first())) {
            Console::print(helpText());
            return toInt(ExitCode::Ok);
        }
        if (arguments.first() == QLatin1String("--version")) {
            Console::printLine(Console::programName() + QLatin1Char(' ') + QStringLiteral(CASELINK_VERSION));
            return toInt(ExitCode::Ok);
        }
        // Two-word commands ("user add") first, so that a group name alone is never taken for a command.
        for (const qsizetype words : {2, 1}) {
            if (arguments.size() < words) {
                continue;
            }
            const QString name = arguments.mid(0, words).join(QLatin1Char(' '));
            for (const CommandInfo& command : Commands::all()) {
                if (name == QLatin1String(command.name)) {
                    return command.run(arguments.mid(words));
                }
            }
        }
        return groupOrUnknown(arguments);
    }

private:
    static int groupOrUnknown(const QStringList& arguments) {
        const QString group = arguments.first();
        const bool isGroup =
            group == QLatin1String("user") || group == QLatin1String("audit") || group == QLatin1String("keys");
        if (isGroup && arguments.size() > 1 && isHelp(arguments.at(1))) {
            Console::print(helpText(group));
            return toInt(ExitCode::Ok);
        }
        if (isGroup) {
            Console::message(arguments.size() > 1 ? tr("unknown command '%1 %2'").arg(group, arguments.at(1))
                                                  : tr("'%1' needs a command").arg(group));
            Console::prompt(helpText(group));
            return toInt(ExitCode::Usage);
        }
        Console::message(
            tr("unknown command '%1'; run '%2 --help' for the list of commands").arg(group, Console::programName()));
        return toInt(ExitCode::Usage);
    }
};

} // namespace
} // namespace caselink

int main(int argc, char** argv) {
    caselink::hardenProcess();
    // Case files are painted (QPdfWriter and its fonts need a GUI application): the offscreen platform, no window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    caselink::setApplicationIdentity();
    return caselink::Cli::run(QCoreApplication::arguments());
}
