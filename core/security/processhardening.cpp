#include "security/processhardening.h"

#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

Q_LOGGING_CATEGORY(lcSecurity, "caselink.security")

namespace caselink {

void hardenProcess() {
#ifdef Q_OS_LINUX
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
