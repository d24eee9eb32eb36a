#include "console.h"

#include <algorithm>
#include <cstdio>

#include <QTextStream>

namespace caselink {
namespace {

QTextStream& stdoutStream() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& stderrStream() {
    static QTextStream stream(stderr);
    return stream;
}

// Text bound for a terminal with its control characters shown by name: an ESC or a C1 code coming from a file or a
// record (a name someone imported) must not move the cursor, recolour the screen or set the window title.
QString terminalSafe(const QString& text) {
    const auto isControl = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(), [&](QChar c) { return isControl(c.unicode()); })) {
        return text;
    }
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c.unicode())) {
            out += QStringLiteral("<U+%1>").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

ExitCode exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::Usage:
        return ExitCode::Usage;
    case ErrorCode::Authentication:
    case ErrorCode::Permission:
        return ExitCode::Authentication;
    case ErrorCode::Integrity:
        return ExitCode::Integrity;
    case ErrorCode::Input:
    case ErrorCode::Io:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::Internal:
        return ExitCode::Input;
    case ErrorCode::Busy:
        return ExitCode::Busy;
    }
    return ExitCode::Input;
}

void Console::print(const QString& text) {
    stdoutStream() << terminalSafe(text) << Qt::flush;
}

void Console::printLine(const QString& line) {
    stdoutStream() << terminalSafe(line) << '\n' << Qt::flush;
}

void Console::message(const QString& text) {
    // Flush stdout first so that a message never overtakes the results it follows.
    stdoutStream() << Qt::flush;
    stderrStream() << programName() << ": " << terminalSafe(text) << '\n' << Qt::flush;
}

void Console::prompt(const QString& text) {
    stderrStream() << text << Qt::flush;
}

int Console::report(const Error& error) {
    message(error.message.isEmpty() ? tr("the operation failed for an unknown reason") : error.message);
    return toInt(exitCodeFor(error.code));
}

void Console::printTable(const QStringList& headers, const QList<QStringList>& rows) {
    QList<qsizetype> widths;
    for (const QString& header : headers) {
        widths << header.size();
    }
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    const auto printRow = [&widths](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            line += last ? cells[i] : cells[i].leftJustified(widths.value(i) + 2);
        }
        printLine(line);
    };
    printRow(headers);
    for (const QStringList& row : rows) {
        printRow(row);
    }
}

QString Console::exitCodeHelp() {
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  usage error (unknown command or option, missing value, no password source)\n"
              "  2  authentication failed: wrong password, unknown or revoked account, too many attempts\n"
              "     (throttled), or the account's role does not allow the command\n"
              "  3  integrity failure: damaged or tampered database, keyslot file, audit chain or bundle, or a\n"
              "     bundle whose signing key is not trusted\n"
              "  4  input or file error: unreadable or missing file, invalid value, name already taken\n"
              "  5  busy: another CaseLink window or command held the database longer than the wait, or it is\n"
              "     being maintained (re-encrypted, restored, upgraded); try again when it has finished\n");
}

} // namespace caselink
