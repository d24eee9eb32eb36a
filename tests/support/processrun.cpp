#include "processrun.h"

#include <QFileInfo>
#include <QProcess>

namespace caselink::test {

namespace {

ProcessResult finish(QProcess& process, const QString& program, int timeoutMs) {
    process.closeWriteChannel();
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish normally").arg(QFileInfo(program).fileName());
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

ProcessResult run(const QString& program, const QStringList& arguments, const QString& workingDir, int timeoutMs) {
    QProcess process;
    if (!workingDir.isEmpty()) {
        process.setWorkingDirectory(workingDir);
    }
    process.start(program, arguments);
    return finish(process, program, timeoutMs);
}

ProcessResult runCli(const QString& cliPath, const QStringList& arguments, const QString& password,
                     const QString& newPassword, int timeoutMs) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CASELINK_PASSWORD"));
    environment.remove(QStringLiteral("CASELINK_NEW_PASSWORD"));
    if (!password.isEmpty()) {
        environment.insert(QStringLiteral("CASELINK_PASSWORD"), password);
    }
    if (!newPassword.isEmpty()) {
        environment.insert(QStringLiteral("CASELINK_NEW_PASSWORD"), newPassword);
    }
    // Test databases are created with a fast key derivation that real accounts are refused.
    environment.insert(QStringLiteral("CASELINK_INSECURE_TEST_KDF"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath, arguments);
    return finish(process, cliPath, timeoutMs);
}

} // namespace caselink::test
