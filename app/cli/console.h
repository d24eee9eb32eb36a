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

    // Left-aligned columns separated by two spaces.
    static void printTable(const QStringList& headers, const QList<QStringList>& rows);

    // The exit-code section every --help ends with.
    static QString exitCodeHelp();
};

} // namespace caselink
