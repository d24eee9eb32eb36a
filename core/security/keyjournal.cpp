#include "security/keyjournal.h"

#include <QFile>
#include <QLoggingCategory>

#include "security/session.h"
#include "security/sessioninternals.h"
#include "util/durablefile.h"

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace caselink::keyjournal {
namespace {

using detail::Tr;

const QString kDigestKey = QStringLiteral("keyslot_digest");
const QString kGenerationKey = QStringLiteral("keyslot_generation");

Status setMeta(Database& db, const QString& key, const QString& value) {
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

std::optional<KeyslotFile> loadPending(const DatabaseFiles& files) {
    if (!QFile::exists(files.pendingKeys)) {
        return std::nullopt;
    }
    auto pending = KeyslotFile::load(files.pendingKeys);
    // A staged file is written whole (to a temporary name, synced, renamed), so a damaged one was never committed.
    return pending ? std::optional<KeyslotFile>(std::move(*pending)) : std::nullopt;
}

std::unexpected<Error> notThisDatabasesKeys(const DatabaseFiles& files, const KeyslotFile& keys, const Commit& commit) {
    return fail(ErrorCode::Integrity,
                Tr::tr("The keyslot file %1 is not the one this database was last changed with (it is generation %2; "
                       "the database expects generation %3). It was copied back from an earlier moment — before a "
                       "password change or a revocation — or restored without its database. Use the keyslot file "
                       "that belongs to this database.")
                    .arg(files.keys)
                    .arg(keys.generation())
                    .arg(commit.generation));
}

} // namespace

Result<KeyslotFile> loadKeys(const DatabaseFiles& files) {
    if (!QFile::exists(files.keys) && QFile::exists(files.pendingKeys)) {
        return KeyslotFile::load(files.pendingKeys);
    }
    return KeyslotFile::load(files.keys);
}

Result<std::optional<Commit>> committed(Database& db) {
    auto stmt = db.prepare(QStringLiteral("SELECT (SELECT value FROM meta WHERE key = ?), "
                                          "(SELECT value FROM meta WHERE key = ?)"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, kDigestKey).bind(2, kGenerationKey);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || stmt->columnIsNull(0)) {
        return std::optional<Commit>();
    }
    Commit commit;
    commit.digest = QByteArray::fromHex(stmt->columnText(0).toLatin1());
    commit.generation = stmt->columnText(1).toLongLong();
    return std::optional<Commit>(std::move(commit));
}

Status record(Database& db, const KeyslotFile& keys) {
    if (auto st = setMeta(db, kDigestKey, QString::fromLatin1(keys.digest().toHex())); !st) {
        return st;
    }
    return setMeta(db, kGenerationKey, QString::number(keys.generation()));
}

Status stage(Database& db, const DatabaseFiles& files, const KeyslotFile& next, const SecureBytes& itsDataKey) {
    if (!db.inTransaction()) {
        return fail(ErrorCode::Internal, Tr::tr("Internal error: a keyslot change outside a transaction."));
    }
    if (auto st = next.save(files.pendingKeys, itsDataKey); !st) {
        return st;
    }
    return record(db, next);
}

Status settle(Database& db, const DatabaseFiles& files, const SecureBytes& dataKey) {
    if (!QFile::exists(files.pendingKeys)) {
        return ok();
    }
    auto commit = committed(db);
    if (!commit) {
        return std::unexpected(commit.error());
    }
    const std::optional<KeyslotFile> pending = loadPending(files);
    bool moveIntoPlace = false;
    if (pending && *commit) {
        if (pending->digest() == (*commit)->digest) {
            if (!pending->verifyMac(dataKey)) {
                return ok(); // committed with a new data key: the re-encryption is still to be finished
            }
            moveIntoPlace = true;
        }
    } else if (pending) {
        // A database from before the journal: a staged file is current only when it alone opens with the key in use.
        auto keys = KeyslotFile::load(files.keys);
        moveIntoPlace = pending->verifyMac(dataKey) && (!keys || !keys->verifyMac(dataKey));
    }
    if (moveIntoPlace) {
        return renameDurably(files.pendingKeys, files.keys);
    }
    if (!QFile::remove(files.pendingKeys)) {
        return fail(ErrorCode::Io,
                    Tr::tr("Cannot remove %1, left by a change that did not happen.").arg(files.pendingKeys));
    }
    return ok();
}

void finish(Database& db, const DatabaseFiles& files, const SecureBytes& dataKey) {
    Transaction tx(db);
    Status st = tx.begin();
    if (st) {
        st = settle(db, files, dataKey);
    }
    if (st) {
        st = tx.commit();
    }
    if (!st) {
        qCWarning(lcStorage) << "the keyslot file will be put in place at the next open";
    }
}

Result<KeyslotFile> current(Database& db, const DatabaseFiles& files, const SecureBytes& dataKey) {
    auto commit = committed(db);
    if (!commit) {
        return std::unexpected(commit.error());
    }
    auto keys = loadKeys(files);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (*commit && keys->digest() != (*commit)->digest) {
        std::optional<KeyslotFile> pending = loadPending(files);
        if (!pending || pending->digest() != (*commit)->digest) {
            return notThisDatabasesKeys(files, *keys, **commit);
        }
        if (!pending->verifyMac(dataKey)) {
            return fail(ErrorCode::Conflict, Tr::tr("An interrupted re-encryption of the database must be finished "
                                                    "first: open the database again (read-write) and retry."));
        }
        return std::move(*pending);
    }
    if (auto st = keys->verifyMac(dataKey); !st) {
        return std::unexpected(st.error());
    }
    return keys;
}

namespace {

// One attempt; *moved says that the database committed neither file that was read, which happens when another process
// moved a staged file into place between the reads (the caller reads again).
Result<Opened> openOnce(const DatabaseFiles& files, const KeyslotFile& keys, const SlotChooser& choose,
                        const SecureBytes& secret, Database::Mode mode, bool* moved) {
    const std::optional<KeyslotFile> pending = loadPending(files);
    std::vector<const KeyslotFile*> candidates{&keys};
    if (pending) {
        candidates.push_back(&*pending);
    }
    std::optional<Error> firstError;
    bool slotOpenedButNotDatabase = false;
    const auto remember = [&](const Error& e) {
        if (!firstError || (firstError->code == ErrorCode::Authentication && e.code != ErrorCode::Authentication)) {
            firstError = e;
        }
    };
    for (const KeyslotFile* file : candidates) {
        const KeySlot* slot = choose(*file);
        if (!slot) {
            continue;
        }
        auto key = file->unlock(*slot, secret);
        if (!key) {
            remember(key.error());
            continue;
        }
        if (auto st = file->verifyMac(*key); !st) {
            remember(st.error());
            continue;
        }
        auto db = Database::open(files.database, *key, mode);
        std::optional<SecureBytes> newKey;
        if (!db && db.error().code == ErrorCode::Authentication && file->hasPreviousKey()) {
            // A staged re-encryption the database does not have yet: it is still read with the previous key.
            auto previous = file->previousKey(*key);
            if (!previous) {
                return std::unexpected(previous.error());
            }
            db = Database::open(files.database, *previous, mode);
            if (db) {
                newKey = std::move(*key);
                key = std::move(*previous);
            }
        }
        if (!db) {
            if (db.error().code != ErrorCode::Authentication) {
                return std::unexpected(db.error());
            }
            slotOpenedButNotDatabase = true;
            continue;
        }
        auto commit = committed(*db);
        if (!commit) {
            return std::unexpected(commit.error());
        }
        if (!*commit && !newKey) {
            // Before the journal: the keyslot file, or a staged one that alone opens the database (an old rekey).
            return Opened{std::move(*db), std::move(*key), std::nullopt, slot->id, slot->userTag};
        }
        if (*commit && (*commit)->digest == file->digest()) {
            return Opened{std::move(*db), std::move(*key), std::move(newKey), slot->id, slot->userTag};
        }
        if (newKey) {
            continue; // staged, not committed: this account's slot in the file the database has decides
        }
        // The database committed the other file: a change after this one. The secret must open its slot there.
        const KeyslotFile* other = file == &keys ? (pending ? &*pending : nullptr) : &keys;
        if (!other || other->digest() != (*commit)->digest) {
            *moved = true;
            return notThisDatabasesKeys(files, keys, **commit);
        }
        const KeySlot* otherSlot = choose(*other);
        if (!otherSlot) {
            return fail(ErrorCode::Authentication, Tr::tr("This account has been revoked or does not exist."));
        }
        auto otherKey = other->unlock(*otherSlot, secret);
        if (!otherKey) {
            return std::unexpected(otherKey.error().code == ErrorCode::Authentication
                                       ? Error{ErrorCode::Authentication, Tr::tr("Wrong user name or password.")}
                                       : otherKey.error());
        }
        if (auto st = other->verifyMac(*otherKey); !st) {
            return std::unexpected(st.error());
        }
        if (!(*otherKey == *key)) {
            newKey = std::move(*otherKey);
        }
        return Opened{std::move(*db), std::move(*key), std::move(newKey), otherSlot->id, otherSlot->userTag};
    }
    if (slotOpenedButNotDatabase) {
        if (pending) {
            return fail(ErrorCode::Authentication, Tr::tr("This account has been revoked or does not exist."));
        }
        return fail(ErrorCode::Integrity,
                    Tr::tr("The password is right, but %1 cannot be read with the key it unlocks. The database file is "
                           "damaged, or the keyslot file belongs to another database (%2).")
                        .arg(files.database, keys.databaseId()));
    }
    if (firstError) {
        return std::unexpected(*firstError);
    }
    return fail(ErrorCode::Authentication, Tr::tr("Wrong user name or password."));
}

} // namespace

Result<Opened> open(const DatabaseFiles& files, const KeyslotFile& keys, const SlotChooser& choose,
                    const SecureBytes& secret, Database::Mode mode) {
    bool moved = false;
    auto opened = openOnce(files, keys, choose, secret, mode, &moved);
    for (int attempt = 0; !opened && moved && attempt < 3; ++attempt) {
        auto fresh = loadKeys(files);
        if (!fresh) {
            return std::unexpected(fresh.error());
        }
        moved = false;
        opened = openOnce(files, *fresh, choose, secret, mode, &moved);
    }
    return opened;
}

} // namespace caselink::keyjournal
