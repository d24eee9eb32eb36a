// Reads passwords for caselink-cli from a file, an environment variable or a no-echo terminal prompt, straight into
// SecureBytes, so that no copy of a secret outlives the call.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "crypto/securebytes.h"
#include "util/result.h"

namespace caselink {

struct PasswordSource {
    QString file;                                  // first line of this file, when set
    QString fileOption;                            // the option that names such a file, for messages
    const char* environment = "CASELINK_PASSWORD"; // used when no file is given
    QString prompt;                                // asked on the terminal when neither is available
    bool confirm = false;                          // ask twice at the prompt (new passwords)
};

class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(caselink::PasswordInput)

public:
    static Result<SecureBytes> read(const PasswordSource& source);
    // The first line of a small secret file (passwords, the recovery key), without its line ending.
    static Result<SecureBytes> readFirstLine(const QString& path);

private:
    static Result<SecureBytes> readFromTerminal(const QString& prompt);
};

} // namespace caselink
