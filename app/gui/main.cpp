// caselink: the desktop application. Parses the command line, applies the language, shows the main window; an
// optional scripted unlock and --screenshot let scripts/demo render the window without a display.
#include <cstdio>
#include <optional>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include "crypto/securebytes.h"
#include "security/processhardening.h"
#include "ui/integration/applicationwiring.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/settings.h"
#include "ui/terminationsignals.h"
#include "ui/unlockwidget.h"
#include "util/appidentity.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

// Same meanings as caselink-cli's exit codes.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitAuthentication = 2, ExitInput = 4 };

void printLine(const QString& text, FILE* stream) {
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
}

// The password for a scripted unlock: from a file (first line) or CASELINK_PASSWORD, never from the command line.
std::optional<SecureBytes> scriptedPassword(const QString& passwordFile) {
    QByteArray bytes;
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        bytes = file.readAll();
    } else if (qEnvironmentVariableIsSet("CASELINK_PASSWORD")) {
        bytes = qgetenv("CASELINK_PASSWORD");
        // Children started later (printing, file dialogs' helpers) should not inherit it.
        qunsetenv("CASELINK_PASSWORD");
    } else {
        return std::nullopt;
    }
    qsizetype length = bytes.indexOf('\n');
    if (length < 0) {
        length = bytes.size();
    }
    if (length > 0 && bytes.at(length - 1) == '\r') {
        --length;
    }
    SecureBytes password(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(length));
    // bytes is not shared, so this overwrites the only copy.
    bytes.fill('\0');
    return password;
}

} // namespace

int main(int argc, char* argv[]) {
    // Before any key exists: no core dumps, no ptrace.
    hardenProcess();
    QApplication app(argc, argv);
    // The same identity as caselink-cli, so both share the unlock throttle state.
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/caselink.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"CaseLink case management"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"Case database to open."_s, u"path"_s);
    const QCommandLineOption userOption(u"user"_s, u"User name for the unlock screen."_s, u"name"_s);
    const QCommandLineOption passwordFileOption(
        u"password-file"_s, u"Unlock at once with the password in this file (or in CASELINK_PASSWORD)."_s, u"file"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language for this run: en or ur."_s, u"code"_s);
    const QCommandLineOption demoOption(u"demo-db"_s, u"Database that \"Open demo\" opens."_s, u"path"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, u"Render the window to this PNG file, print its path and exit."_s, u"png"_s);
    parser.addOptions({dbOption, userOption, passwordFileOption, langOption, demoOption, screenshotOption});
    parser.process(app);

    const QString language = parser.isSet(langOption) ? parser.value(langOption) : Settings::instance().language();
    if (!availableLanguages().contains(language)) {
        printLine(u"caselink: unknown language '%1' (use en or ur)"_s.arg(language), stderr);
        return ExitUsage;
    }
    applyLanguage(language);

    MainWindow window;
    wireApplication(window);
    // Logout, shutdown or kill: close the window as the user would, so the session locks and signs its audit head.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &window, [&window] {
        window.close();
        QCoreApplication::quit();
    });
    UnlockWidget* unlock = window.unlockWidget();
    if (parser.isSet(demoOption)) {
        unlock->setDemoDatabasePath(parser.value(demoOption));
    }
    if (parser.isSet(dbOption)) {
        unlock->setDatabasePath(parser.value(dbOption));
    }
    unlock->setUsername(parser.value(userOption));

    const bool scripted = parser.isSet(passwordFileOption) || qEnvironmentVariableIsSet("CASELINK_PASSWORD");
    if (scripted) {
        if (!parser.isSet(dbOption) || !parser.isSet(userOption)) {
            printLine(u"caselink: a scripted unlock needs --db and --user"_s, stderr);
            return ExitUsage;
        }
        const std::optional<SecureBytes> password = scriptedPassword(parser.value(passwordFileOption));
        if (!password) {
            printLine(u"caselink: cannot read the password file"_s, stderr);
            return ExitInput;
        }
        const Status unlocked = unlock->unlock(parser.value(dbOption), parser.value(userOption), *password);
        if (!unlocked && parser.isSet(screenshotOption)) {
            printLine(u"caselink: %1"_s.arg(unlocked.error().message), stderr);
            return ExitAuthentication;
        }
    }

    window.show();
    if (parser.isSet(screenshotOption)) {
        // Let layouts and fonts settle before grabbing, as a real first paint would; that first paint queues the
        // Dashboard's figures, which the second round of events computes.
        QCoreApplication::processEvents();
        (void)window.grab();
        QCoreApplication::processEvents();
        const QString out = QFileInfo(parser.value(screenshotOption)).absoluteFilePath();
        if (!window.grab().save(out, "PNG")) {
            printLine(u"caselink: cannot write %1"_s.arg(out), stderr);
            return ExitInput;
        }
        printLine(out, stdout);
        window.lock();
        return ExitOk;
    }
    return QApplication::exec();
}
