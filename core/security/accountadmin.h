// The accounts of a case database: listing, adding, password changes, revocation (which re-encrypts the database
// under a new key, with the file to itself) and recovery of an administrator with the recovery key. Administrators
// only, except users changing their own password.
#pragma once

#include <functional>
#include <vector>

#include "crypto/securebytes.h"
#include "security/session.h"
#include "security/users.h"
#include "storage/keyslots.h"
#include "util/result.h"

namespace caselink {

class AccountAdmin {
public:
    explicit AccountAdmin(Session& session)
        : m_session(session) {}

    Result<std::vector<User>> users();
    Status addUser(const NewUser& user, const SecureBytes& password);
    enum class KeyRotation {
        SameDataKey, // the slot changes; a copy of the old keyslot file still holds the data key
        NewDataKey,  // the database is re-encrypted too: no copy of an old keyslot file opens it any more
    };
    // Rewrites one slot. Users change their own password; administrators may reset anyone's, and only they may ask
    // for a new data key.
    Status changePassword(const QString& username, const SecureBytes& newPassword,
                          const crypto::Argon2Params& kdf = defaultKdfParams(),
                          KeyRotation rotation = KeyRotation::SameDataKey);
    // Removes the user's slot, re-encrypts the database under a new key and rewraps every remaining slot.
    Status revokeUser(const QString& username);

    // Uses the recovery key to give an administrator a new password (a new slot) and the database a new data key.
    // Audited.
    static Status recoverAdministrator(const QString& path, const QString& recoveryKey, const QString& username,
                                       const SecureBytes& newPassword,
                                       const crypto::Argon2Params& kdf = defaultKdfParams());

private:
    // Every change of accounts is journalled (keyjournal.h): under the write lock, recordChange writes the rows and
    // the audit entry, changeSlots the slots (given the data key they wrap), and one commit makes both real.
    using SlotChange = std::function<Status(KeyslotFile&, const SecureBytes& dataKey)>;
    Status changeKeys(const SlotChange& changeSlots, const std::function<Status()>& recordChange);
    // The same with the database re-encrypted under a new data key, with the file to this session alone.
    Status changeKeysWithNewDataKey(const QString& operation, const SlotChange& changeSlots,
                                    const std::function<Status()>& recordChange);
    // Inside the caller's write transaction: settles, records the change, changes and stages the keyslot file whose
    // slots wrap dataKey (a new one when newDataKey).
    Status stageChange(const SlotChange& changeSlots, const std::function<Status()>& recordChange,
                       const SecureBytes& dataKey, bool newDataKey);
    Result<User> activeUser(const QString& username);

    Session& m_session;
};

} // namespace caselink
