#include "security/auditvisibility.h"

namespace caselink {

QString auditVisibleSql(Role role, const QString& alias, const QString& officesParameter) {
    if (role == Role::Administrator) {
        return QStringLiteral("1");
    }
    return QStringLiteral("(%1.office IN (SELECT code FROM org_units WHERE id IN (SELECT value FROM json_each(%2))) "
                          "AND substr(%1.action, 1, 5) <> 'user.')")
        .arg(alias, officesParameter);
}

} // namespace caselink
