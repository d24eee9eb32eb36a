// Helpers shared by the files that implement Session; not part of the core API.
#pragma once

#include <QString>

#include "security/audit.h"
#include "security/securebytes.h"
#include "util/result.h"

namespace caselink {
class Database;
namespace detail {

QString sessionTr(const char* text, const char* disambiguation = nullptr, int n = -1);
QString newId();
QString nowIso(Clock clock);
Status validatePassword(const SecureBytes& password);
Status validateUsername(const QString& username);
Status signAuditHead(Database& db, AuditLog& audit);

} // namespace detail
} // namespace caselink
