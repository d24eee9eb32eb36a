// How the keyslot file changes without ever being half-changed.
//
// The database and its keyslot file are two files; a change of accounts (a user added, a password changed, an account
// revoked with a new data key, a recovery, a restore) must change both or neither, whatever moment the process is
// killed at. So the database records which keyslot file belongs to it: the digest and generation of that file, in
// meta, committed in the same transaction as the change and its audit entry. A change happens in three steps, all
// under the database's write lock (a BEGIN IMMEDIATE transaction, or the exclusive access of a re-encryption), so two
// processes never change keys at once:
//   1. stage: the next keyslot file is written beside the current one (<db>-keys.new, synced), and its digest is
//      recorded in the database in the caller's transaction;
//   2. the caller commits: this is the moment the change happens (and, with a new data key, the database is then
//      re-encrypted under it);
//   3. settle: <db>-keys.new replaces the keyslot file.
// Whoever opens the database next finds the files in agreement with what it committed: a staged file it did not
// commit is removed (the change never happened), one it did commit is moved into place and an unfinished
// re-encryption is finished (the change happened). A keyslot file that is neither (copied back from before a
// password change or a revocation) is refused.
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>

#include "crypto/securebytes.h"
#include "storage/database.h"
#include "storage/keyslots.h"
#include "util/result.h"

namespace caselink {

struct DatabaseFiles;

namespace keyjournal {

// What the database committed about its keyslot file. Absent in databases made before CaseLink recorded it: the
// keyslot file beside them is then taken as it is, until their first change of accounts records it.
struct Commit {
    QByteArray digest;
    qint64 generation = 0;
};
Result<std::optional<Commit>> committed(Database& db);

// Records keys as the keyslot file of db (in the caller's transaction), without staging a file: for a new database.
Status record(Database& db, const KeyslotFile& keys);

// Step 1 (see above), inside the caller's write transaction: next goes to <db>-keys.new, authenticated with
// itsDataKey (the data key the database will have once the change is complete), and is recorded as committed.
Status stage(Database& db, const DatabaseFiles& files, const KeyslotFile& next, const SecureBytes& itsDataKey);

// Step 3, and the repair of an interruption, under the write lock (inside a write transaction): brings the files in
// agreement with what the database committed. A committed <db>-keys.new that dataKey (the key the database is read
// with) authenticates is moved into place; one the database did not commit is removed; one committed with another
// key is left for the re-encryption to be finished (Session::unlock does it).
Status settle(Database& db, const DatabaseFiles& files, const SecureBytes& dataKey);

// Settles in a write transaction of its own, after the caller's commit: the change is real already, so a failure
// here (another process holding the write lock for long) is only logged; the next change or open settles.
void finish(Database& db, const DatabaseFiles& files, const SecureBytes& dataKey);

// The keyslot file the database committed, authenticated with dataKey. Changes call it after settle().
Result<KeyslotFile> current(Database& db, const DatabaseFiles& files, const SecureBytes& dataKey);

// The keyslot file beside the database, or the staged one when a restore to a new name stopped before moving it into
// place (settle() then does).
Result<KeyslotFile> loadKeys(const DatabaseFiles& files);

// Opening a database with one slot's secret, in whichever of the two keyslot files the database committed.
struct Opened {
    Database db;
    SecureBytes key;                   // the key db is read with
    std::optional<SecureBytes> newKey; // committed re-encryption not yet done: the key the database must get
    QString slotId;
    QByteArray accountTag; // the slot's user tag (for the unlock throttle)
};
// Which slot of a keyslot file the secret is for (a user's, or the recovery slot).
using SlotChooser = std::function<const KeySlot*(const KeyslotFile&)>;
Result<Opened> open(const DatabaseFiles& files, const KeyslotFile& keys, const SlotChooser& choose,
                    const SecureBytes& secret, Database::Mode mode);

} // namespace keyjournal
} // namespace caselink
