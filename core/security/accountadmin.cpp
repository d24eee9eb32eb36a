// Accounts of a case database: listing, adding, password changes, revocation (which re-encrypts the database) and
// recovery with the recovery key.
#include "security/accountadmin.h"

#include <cstdio>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include "security/databasemaintenance.h"
#include "security/keyjournal.h"
#include "security/recoverykey.h"
#include "security/sessioninternals.h"
#include "storage/backup.h"
#include "storage/keyslots.h"
#include "storage/processlocks.h"
#include "util/durablefile.h"

namespace caselink {
namespace {

using detail::newId;
using detail::nowIso;
using detail::Tr;
using namespace detail;

} // namespace

Result<std::vector<User>> AccountAdmin::users() {
    auto stmt = m_session.m_db.prepare(QStringLiteral(
        "SELECT u.id, u.username, u.display_name, u.role, u.office_id, o.code, u.victim_grant, u.created_at, "
        "u.revoked_at FROM users u JOIN org_units o ON o.id = u.office_id ORDER BY u.username COLLATE NOCASE"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<User> out;
    const Status read = stmt->forEachRow([&](Statement& row) {
        User u;
        u.id = row.columnText(0);
        u.username = row.columnText(1);
        u.displayName = row.columnText(2);
        u.role = roleFromKey(row.columnText(3)).value_or(Role::ProsecutorReader);
        u.officeId = row.columnText(4);
        u.officeCode = row.columnText(5);
        u.victimGrant = row.columnInt(6) != 0;
        u.createdAt = QDateTime::fromString(row.columnText(7), Qt::ISODateWithMs);
        u.revokedAt = parseTime(row, 8);
        out.push_back(std::move(u));
    });
    if (!read) {
        return std::unexpected(read.error());
    }
    return out;
}

Status AccountAdmin::addUser(const NewUser& user, const SecureBytes& password) {
    if (auto st = m_session.requireRole(Role::Administrator); !st) {
        return st;
    }
    if (auto st = detail::validateUsername(user.username); !st) {
        return st;
    }
    if (auto st = detail::validatePassword(password); !st) {
        return st;
    }
    const QString id = newId();
    return changeKeys(
        [&](KeyslotFile& keys, const SecureBytes& dataKey) {
            return keys.putSlot(id, KeySlot::Kind::User, user.username, password, user.kdf, dataKey);
        },
        [&]() -> Status {
            auto exists =
                m_session.m_db.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ? COLLATE NOCASE"));
            if (!exists) {
                return std::unexpected(exists.error());
            }
            exists->bind(1, user.username);
            if (auto row = exists->step(); !row || *row) {
                return row ? fail(ErrorCode::Conflict, Tr::tr("The user name \"%1\" is already taken (user names of "
                                                              "revoked accounts are not reused).")
                                                           .arg(user.username))
                           : Status(std::unexpected(row.error()));
            }
            auto insert = m_session.m_db.prepare(QStringLiteral(
                "INSERT INTO users (id, username, display_name, role, office_id, victim_grant, created_at) "
                "SELECT ?, ?, ?, ?, id, ?, ? FROM org_units WHERE code = ? COLLATE NOCASE"));
            if (!insert) {
                return std::unexpected(insert.error());
            }
            insert->bind(1, id)
                .bind(2, user.username)
                .bind(3, user.displayName.isEmpty() ? user.username : user.displayName)
                .bind(4, roleKey(user.role))
                .bind(5, user.victimGrant ? 1 : 0)
                .bind(6, nowIso(m_session.m_clock))
                .bind(7, user.officeCode);
            if (auto st = insert->run(); !st) {
                return st;
            }
            if (m_session.m_db.changes() != 1) {
                return fail(ErrorCode::Input, Tr::tr("There is no office with the code \"%1\".").arg(user.officeCode));
            }
            const QJsonObject fields{{QLatin1String("username"), user.username},
                                     {QLatin1String("role"), roleKey(user.role)},
                                     {QLatin1String("office"), user.officeCode.toUpper()},
                                     {QLatin1String("victim_grant"), user.victimGrant}};
            auto seq = m_session.m_audit.append(m_session.actor(), QStringLiteral("user.add"), QStringLiteral("user"),
                                                id, fields);
            return seq ? ok() : Status(std::unexpected(seq.error()));
        });
}

Result<User> AccountAdmin::activeUser(const QString& username) {
    auto all = users();
    if (!all) {
        return std::unexpected(all.error());
    }
    const auto target = std::find_if(all->begin(), all->end(), [&](const User& u) {
        return u.username.compare(username, Qt::CaseInsensitive) == 0 && u.isActive();
    });
    if (target == all->end()) {
        return fail(ErrorCode::NotFound, Tr::tr("There is no active user \"%1\".").arg(username));
    }
    return *target;
}

Status AccountAdmin::changePassword(const QString& username, const SecureBytes& newPassword,
                                    const crypto::Argon2Params& kdf, KeyRotation rotation) {
    const bool self = username.compare(m_session.m_user.username, Qt::CaseInsensitive) == 0;
    if (!self || rotation == KeyRotation::NewDataKey) {
        // A new data key re-encrypts the whole database: an administrator's decision.
        if (auto st = m_session.requireRole(Role::Administrator); !st) {
            return st;
        }
    } else if (m_session.m_db.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    if (auto st = detail::validatePassword(newPassword); !st) {
        return st;
    }
    auto target = activeUser(username);
    if (!target) {
        return std::unexpected(target.error());
    }
    const auto slot = [&](KeyslotFile& keys, const SecureBytes& dataKey) {
        return keys.putSlot(target->id, KeySlot::Kind::User, target->username, newPassword, kdf, dataKey);
    };
    const auto record = [&]() -> Status {
        const QJsonObject fields{{QLatin1String("username"), target->username},
                                 {QLatin1String("by_administrator"), !self},
                                 {QLatin1String("new_data_key"), rotation == KeyRotation::NewDataKey}};
        auto seq = m_session.m_audit.append(m_session.actor(), QStringLiteral("user.password"), QStringLiteral("user"),
                                            target->id, fields);
        return seq ? ok() : Status(std::unexpected(seq.error()));
    };
    if (rotation == KeyRotation::NewDataKey) {
        return changeKeysWithNewDataKey(Tr::tr("re-encrypting the database under a new key"), slot, record);
    }
    return changeKeys(slot, record);
}

Status AccountAdmin::revokeUser(const QString& username) {
    if (auto st = m_session.requireRole(Role::Administrator); !st) {
        return st;
    }
    if (username.compare(m_session.m_user.username, Qt::CaseInsensitive) == 0) {
        return fail(ErrorCode::Usage, Tr::tr("You cannot revoke your own account."));
    }
    auto target = activeUser(username);
    if (!target) {
        return std::unexpected(target.error());
    }
    // The revoked account's password still opens any copy of the old keyslot file, so the data key changes too.
    return changeKeysWithNewDataKey(
        Tr::tr("re-encrypting the database after revoking an account"),
        [&](KeyslotFile& keys, const SecureBytes&) -> Status {
            keys.removeSlot(target->id);
            return ok();
        },
        [&]() -> Status {
            auto update = m_session.m_db.prepare(
                QStringLiteral("UPDATE users SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
            if (!update) {
                return std::unexpected(update.error());
            }
            update->bind(1, nowIso(m_session.m_clock)).bind(2, target->id);
            if (auto st = update->run(); !st) {
                return st;
            }
            if (m_session.m_db.changes() != 1) {
                return fail(ErrorCode::NotFound, Tr::tr("There is no active user \"%1\".").arg(target->username));
            }
            const QJsonObject fields{{QLatin1String("username"), target->username}};
            auto seq = m_session.m_audit.append(m_session.actor(), QStringLiteral("user.revoke"),
                                                QStringLiteral("user"), target->id, fields);
            return seq ? ok() : Status(std::unexpected(seq.error()));
        });
}

Status AccountAdmin::stageChange(const SlotChange& changeSlots, const std::function<Status()>& recordChange,
                                 const SecureBytes& dataKey, bool newDataKey) {
    Session& s = m_session;
    if (auto st = keyjournal::settle(s.m_db, s.m_files, s.m_dataKey); !st) {
        return st;
    }
    auto keys = keyjournal::current(s.m_db, s.m_files, s.m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (auto st = recordChange(); !st) {
        return st;
    }
    if (auto st = changeSlots(*keys, dataKey); !st) {
        return st;
    }
    if (auto st = keys->rewrapAll(dataKey); !st) {
        return st;
    }
    // A new data key: the staged file also keeps the one the database still has, so that any account of it can finish
    // the re-encryption after a crash (keyjournal.h). Otherwise a key kept by an earlier re-encryption goes.
    if (auto st = newDataKey ? keys->keepPreviousKey(s.m_dataKey, dataKey) : (keys->dropPreviousKey(), ok()); !st) {
        return st;
    }
    return keyjournal::stage(s.m_db, s.m_files, *keys, dataKey);
}

Status AccountAdmin::changeKeys(const SlotChange& changeSlots, const std::function<Status()>& recordChange) {
    Session& s = m_session;
    if (s.m_db.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    // The write lock, held from reading the keyslot file to the commit: two processes never change it at once.
    Transaction tx(s.m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    if (auto st = stageChange(changeSlots, recordChange, s.m_dataKey, false); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st; // not committed: the staged file is removed by the next change or open
    }
    keyjournal::finish(s.m_db, s.m_files, s.m_dataKey);
    return ok();
}

Status AccountAdmin::changeKeysWithNewDataKey(const QString& operation, const SlotChange& changeSlots,
                                              const std::function<Status()>& recordChange) {
    Session& s = m_session;
    // Re-encryption needs the file alone: other windows are told why and step aside, commands wait or are refused.
    SecureBytes newKey = crypto::randomSecret(crypto::kKeySize);
    bool committed = false;
    const Status done = DatabaseMaintenance(s).runExclusive(operation, [&]() -> Status {
        {
            Transaction tx(s.m_db);
            if (auto st = tx.begin(); !st) {
                return st;
            }
            if (auto st = stageChange(changeSlots, recordChange, newKey, true); !st) {
                return st;
            }
            // The change happens here: from this commit on, the next open finishes it if this process does not.
            if (auto st = tx.commit(); !st) {
                return st;
            }
            committed = true;
        }
        // Every page under the new key, in one SQLite transaction (runExclusive holds the file in rollback mode).
        if (auto st = s.m_db.rekey(newKey); !st) {
            return st;
        }
        s.m_dataKey = std::move(newKey);
        return ok();
    });
    if (!done) {
        if (committed) {
            return fail(done.error().code,
                        Tr::tr("The change is recorded, but re-encrypting the database did not finish (%1). It is "
                               "finished the next time the database is opened for writing.")
                            .arg(done.error().message));
        }
        return done;
    }
    keyjournal::finish(s.m_db, s.m_files, s.m_dataKey);
    return ok();
}

Status AccountAdmin::recoverAdministrator(const QString& path, const QString& recoveryKey, const QString& username,
                                          const SecureBytes& newPassword, const crypto::Argon2Params& kdf) {
    const auto canonical = normaliseRecoveryKey(recoveryKey);
    if (!canonical) {
        return fail(ErrorCode::Input, Tr::tr("That is not a recovery key: it has 32 characters in groups of four."));
    }
    if (auto st = detail::validatePassword(newPassword); !st) {
        return st;
    }
    const DatabaseFiles files(path);
    auto keys = keyjournal::loadKeys(files);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (!keys->recoverySlot()) {
        return fail(ErrorCode::Integrity, Tr::tr("The keyslot file has no recovery slot."));
    }
    auto opened = keyjournal::open(
        files, *keys, [](const KeyslotFile& file) { return file.recoverySlot(); }, recoveryKeySecret(*canonical),
        Database::Mode::ReadWrite);
    if (!opened) {
        return opened.error().code == ErrorCode::Authentication
                   ? fail(ErrorCode::Authentication, Tr::tr("The recovery key is wrong."))
                   : Status(std::unexpected(opened.error()));
    }
    std::optional<SecureBytes> newKey = std::move(opened->newKey);
    std::unique_ptr<Session> session(
        new Session(files, std::move(opened->db), std::move(opened->key), &systemClockUtc));
    auto admin = AccountAdmin(*session).activeUser(username);
    if (!admin || admin->role != Role::Administrator) {
        return fail(ErrorCode::NotFound, Tr::tr("There is no active administrator \"%1\".").arg(username));
    }
    if (auto st = session->loadContext(admin->id); !st) {
        return st;
    }
    if (newKey) {
        if (auto st = session->finishReencryption(std::move(*newKey)); !st) {
            return st;
        }
    }
    // Whoever knew the lost password may also hold a copy of the keyslot file: the data key changes with recovery.
    const Status done = AccountAdmin(*session).changeKeysWithNewDataKey(
        Tr::tr("re-encrypting the database after a recovery"),
        [&](KeyslotFile& file, const SecureBytes& dataKey) {
            return file.putSlot(admin->id, KeySlot::Kind::User, admin->username, newPassword, kdf, dataKey);
        },
        [&]() -> Status {
            const QJsonObject fields{{QLatin1String("username"), admin->username}};
            auto seq = session->m_audit.append(session->actor(), QStringLiteral("user.recover"), QStringLiteral("user"),
                                               admin->id, fields);
            return seq ? ok() : Status(std::unexpected(seq.error()));
        });
    if (!done) {
        return done;
    }
    return session->close();
}

} // namespace caselink
