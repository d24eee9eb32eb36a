// Placeholder until the command group lands; replaced by its implementation.
#include "commands.h"

#include "console.h"

namespace caselink {

int GraphCommand::run(const QStringList&) {
    Console::message(tr("this command is not available yet"));
    return 1;
}

} // namespace caselink
