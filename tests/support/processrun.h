// Runs the programs tests check from the outside, as scripts, administrators and recipients do: caselink-cli with its
// passwords in the environment, and stock tools (unzip, openssl, pdftotext). Standard input is closed, never a
// terminal, so a program that would ask for a password fails instead of hanging the test.
#pragma once

#include <QString>
#include <QStringList>

namespace caselink::test {

// exitCode is -1 when the program could not start, crashed or did not finish in time; err then says so.
struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult run(const QString& program, const QStringList& arguments, const QString& workingDir = {},
                  int timeoutMs = 120000);

// caselink-cli at cliPath (tests get it as CASELINK_CLI_PATH) with CASELINK_PASSWORD and CASELINK_NEW_PASSWORD set to
// password and newPassword, or unset when empty: what the test runs under never decides for it.
ProcessResult runCli(const QString& cliPath, const QStringList& arguments, const QString& password = {},
                     const QString& newPassword = {}, int timeoutMs = 120000);

} // namespace caselink::test
