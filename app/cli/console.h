// Where caselink-cli writes: results to stdout, messages to stderr, and the one mapping from core error codes to the
// documented exit codes.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace caselink {

// Scripts depend on these values; they never change meaning.
enum class ExitCode : int {
    Ok = 0,
    Usage = 1,
    Authentication = 2,
    Integrity = 3,
    Input = 4,
    Busy = 5,
};

ExitCode exitCodeFor(ErrorCode code);
inline int toInt(ExitCode code) {
    return static_cast<int>(code);
}

class Console {
    Q_DECLARE_TR_FUNCTIONS(caselink::Console)

public:
    static QString programName() { return QStringLiteral("caselink-cli"); }

    // Results (stdout). Flushed at once so that output and prompts interleave correctly.
    static void print(const QString& text);
    static void printLine(const QString& line = QString());
    // Messages (stderr), prefixed with the program name.
    static void message(const QString& text);
    // Text to stderr as is: prompts (no newline) and help shown after a usage error. Redirecting stdout keeps only
    // results.
    static void prompt(const QString& text);

    // Prints the error and returns the exit code it maps to.
    static int report(const Error& error);

    // How a column's cells, and its header, line up: on their left edge (text) or their right edge (numbers).
    enum class Align { Left, Right };

    // The one table layout of the command line: columns separated by two spaces, each as wide as its widest cell in
    // terminal columns (displayWidth), every line without trailing spaces. Columns without an entry in align are
    // left-aligned. Cells are made terminal-safe before they are measured, so what is printed is what was measured.
    static QString formatTable(const QStringList& headers, const QList<QStringList>& rows,
                               const QList<Align>& align = {});
    static void printTable(const QStringList& headers, const QList<QStringList>& rows, const QList<Align>& align = {});

    // The columns text takes on a terminal: combining marks (Urdu diacritics) and format characters (the zero-width
    // non-joiner of Urdu spelling, direction marks) take none, East Asian wide characters and emoji two, others one.
    static int displayWidth(const QString& text);

    // The exit-code section every --help ends with.
    static QString exitCodeHelp();
};

} // namespace caselink
