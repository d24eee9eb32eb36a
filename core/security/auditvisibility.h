// The one reading of who may read which audit entries (least privilege), as SQL over audit_log: an administrator
// reads everything (no condition); anyone else only the entries written from the offices of their scope and never
// account administration (accounts added or revoked, passwords reset, the victim grant given). Used by
// AuditLog::list (caselink-cli audit list) and the Audit log section's list model.
#pragma once

#include <QString>

#include "security/users.h"

namespace caselink {

// The condition on audit_log aliased as alias, for a reader of role; officesParameter names the bound JSON array
// of the reader's office ids (":scope_offices", "?5"). "1" for an administrator.
QString auditVisibleSql(Role role, const QString& alias, const QString& officesParameter);

} // namespace caselink
