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

int Console::displayWidth(const QString& text) {
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            continue;
        default:
            break;
        }
        // East Asian Wide and Fullwidth blocks, and the emoji planes, as terminals draw them (after wcwidth).
        const bool wide =
            c >= 0x1100 &&
            (c <= 0x115f || c == 0x2329 || c == 0x232a || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f) ||
             (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) ||
             (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
             (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x2fffd) ||
             (c >= 0x30000 && c <= 0x3fffd));
        width += wide ? 2 : 1;
    }
    return width;
}

QString Console::formatTable(const QStringList& headers, const QList<QStringList>& rows, const QList<Align>& align) {
    QList<QStringList> lines{headers};
    lines += rows;
    QList<int> widths;
    for (QStringList& line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            line[i] = terminalSafe(line[i]);
            if (widths.size() <= i) {
                widths << 0;
            }
            widths[i] = std::max(widths[i], displayWidth(line[i]));
        }
    }
    QString out;
    for (const QStringList& line : lines) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QString padding(widths[i] - displayWidth(line[i]), u' ');
            const bool right = align.value(i, Align::Left) == Align::Right;
            text += (i == 0 ? QString() : QStringLiteral("  ")) + (right ? padding + line[i] : line[i] + padding);
        }
        while (text.endsWith(u' ')) {
            text.chop(1);
        }
        out += text + u'\n';
    }
    return out;
}

void Console::printTable(const QStringList& headers, const QList<QStringList>& rows, const QList<Align>& align) {
    print(formatTable(headers, rows, align));
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
