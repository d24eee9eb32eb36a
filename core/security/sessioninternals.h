// Helpers shared by Session, AccountAdmin and DatabaseMaintenance; not part of the core API.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "crypto/securebytes.h"
#include "security/audit.h"
#include "security/session.h"
#include "storage/keyslots.h"
#include "util/result.h"

namespace caselink {
class Database;
namespace detail {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Session)
};
QString newId();
QString nowIso(Clock clock);
Status validatePassword(const SecureBytes& password);
Status validateUsername(const QString& username);
Status signAuditHead(Database& db, AuditLog& audit);
std::optional<QDateTime> parseTime(const Statement& s, int column);
Result<IntegrityReport> integrityOf(Database& db, AuditLog& audit);

} // namespace detail
} // namespace caselink
