// The application's identity for QSettings and QStandardPaths, shared by the desktop application and the CLI so both
// use the same per-machine state (unlock throttling, recent databases).
#pragma once

#include <QCoreApplication>

namespace caselink {

inline void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("FIA"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fia.gov.pk"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELINK_VERSION));
}

} // namespace caselink
