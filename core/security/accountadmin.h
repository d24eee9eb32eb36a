// The accounts of a case database: listing, adding, password changes, revocation (which re-encrypts the database
// under a new key, with the file to itself) and recovery of an administrator with the recovery key. Administrators
// only, except users changing their own password.
#pragma once

#include <vector>

#include "crypto/securebytes.h"
#include "security/session.h"
#include "security/users.h"
#include "util/result.h"

namespace caselink {

class AccountAdmin {
public:
    explicit AccountAdmin(Session& session)
        : m_session(session) {}

    Result<std::vector<User>> users();
    Status addUser(const NewUser& user, const SecureBytes& password);
    // Rewrites one slot. Users change their own password; administrators may reset anyone's.
    Status changePassword(const QString& username, const SecureBytes& newPassword,
                          const crypto::Argon2Params& kdf = defaultKdfParams());
    // Removes the user's slot, re-encrypts the database under a new key and rewraps every remaining slot.
    Status revokeUser(const QString& username);

    // Uses the recovery key to give an administrator a new password (a new slot). Audited.
    static Status recoverAdministrator(const QString& path, const QString& recoveryKey, const QString& username,
                                       const SecureBytes& newPassword,
                                       const crypto::Argon2Params& kdf = defaultKdfParams());

private:
    Session& m_session;
};

} // namespace caselink
