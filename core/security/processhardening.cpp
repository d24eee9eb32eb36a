#include "security/processhardening.h"

#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

Q_LOGGING_CATEGORY(lcSecurity, "caselink.security")

namespace caselink {

void hardenProcess() {
#ifdef Q_OS_LINUX
    // Everything this process creates — databases, keyslot files, WAL and shared-memory files, backups, bundles,
    // exports, temporary files — is readable by its owner only (files 0600, folders 0700), whatever the shell's umask.
    umask(S_IRWXG | S_IRWXO);
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        qCWarning(lcSecurity) << "could not disable core dumps";
    }
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        qCWarning(lcSecurity) << "could not mark the process non-dumpable";
    }
#endif
}

} // namespace caselink
