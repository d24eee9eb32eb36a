// The audit log: caselink-cli audit verify, audit list (auditcommands.cpp).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace caselink {

class AuditCommands {
    Q_DECLARE_TR_FUNCTIONS(caselink::AuditCommands)

public:
    static int verify(const QStringList& arguments);
    static int list(const QStringList& arguments);
};

} // namespace caselink
