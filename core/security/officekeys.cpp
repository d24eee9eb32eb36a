#include "security/officekeys.h"

#include <QCoreApplication>

#include "crypto/crypto.h"
#include "storage/database.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::OfficeKey)
};
} // namespace

Result<OfficeKey> loadOfficeKey(Database& db) {
    // The same selection as the audit checkpoint signer (security/session.cpp).
    auto stmt = db.prepare(u"SELECT id, public_key, private_key FROM office_keys WHERE retired_at IS NULL "
                           "AND office_id = (SELECT value FROM meta WHERE key = 'office_id') "
                           "ORDER BY created_at DESC LIMIT 1"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::Integrity, Tr::tr("The database has no office signing key."));
    }
    OfficeKey key;
    key.id = stmt->columnText(0);
    key.publicKey = stmt->columnBlob(1);
    key.privateKey = stmt->columnSecret(2);
    return key;
}

} // namespace caselink
