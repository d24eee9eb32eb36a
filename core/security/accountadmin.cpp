// Accounts of a case database: listing, adding, password changes, revocation (which re-encrypts the database) and
// recovery with the recovery key.
#include "security/accountadmin.h"

#include <cstdio>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include "security/databasemaintenance.h"
#include "security/recoverykey.h"
#include "security/sessioninternals.h"
#include "storage/backup.h"
#include "storage/keyslots.h"
#include "storage/processlocks.h"

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
    auto keys = currentKeys(m_session.m_files, m_session.m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    Transaction tx(m_session.m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    auto exists = m_session.m_db.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ? COLLATE NOCASE"));
    if (!exists) {
        return std::unexpected(exists.error());
    }
    exists->bind(1, user.username);
    if (auto row = exists->step(); !row || *row) {
        return row ? fail(ErrorCode::Conflict, Tr::tr("The user name \"%1\" is already taken (user names of revoked "
                                                      "accounts are not reused).")
                                                   .arg(user.username))
                   : Status(std::unexpected(row.error()));
    }
    const QString id = newId();
    auto insert = m_session.m_db.prepare(
        QStringLiteral("INSERT INTO users (id, username, display_name, role, office_id, victim_grant, created_at) "
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
    if (auto seq =
            m_session.m_audit.append(m_session.actor(), QStringLiteral("user.add"), QStringLiteral("user"), id, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = keys->putSlot(id, KeySlot::Kind::User, user.username, password, user.kdf, m_session.m_dataKey); !st) {
        return st;
    }
    if (auto st = keys->save(m_session.m_files.keys, m_session.m_dataKey); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        // The slot is useless without the account row (unlock refuses it), but do not leave it behind.
        keys->removeSlot(id);
        (void)keys->save(m_session.m_files.keys, m_session.m_dataKey);
        return st;
    }
    return ok();
}

Status AccountAdmin::changePassword(const QString& username, const SecureBytes& newPassword,
                                    const crypto::Argon2Params& kdf) {
    const bool self = username.compare(m_session.m_user.username, Qt::CaseInsensitive) == 0;
    if (!self) {
        if (auto st = m_session.requireRole(Role::Administrator); !st) {
            return st;
        }
    } else if (m_session.m_db.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    if (auto st = detail::validatePassword(newPassword); !st) {
        return st;
    }
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
    auto keys = currentKeys(m_session.m_files, m_session.m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    Transaction tx(m_session.m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("username"), target->username}, {QLatin1String("by_administrator"), !self}};
    if (auto seq = m_session.m_audit.append(m_session.actor(), QStringLiteral("user.password"), QStringLiteral("user"),
                                            target->id, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st =
            keys->putSlot(target->id, KeySlot::Kind::User, target->username, newPassword, kdf, m_session.m_dataKey);
        !st) {
        return st;
    }
    if (auto st = keys->save(m_session.m_files.keys, m_session.m_dataKey); !st) {
        return st;
    }
    return tx.commit();
}

Status AccountAdmin::revokeUser(const QString& username) {
    if (auto st = m_session.requireRole(Role::Administrator); !st) {
        return st;
    }
    if (username.compare(m_session.m_user.username, Qt::CaseInsensitive) == 0) {
        return fail(ErrorCode::Usage, Tr::tr("You cannot revoke your own account."));
    }
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
    auto keys = currentKeys(m_session.m_files, m_session.m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    // Re-encryption needs the file alone: other windows are told why and step aside, commands wait or are refused.
    SecureBytes newKey = crypto::randomSecret(crypto::kKeySize);
    const Status done = DatabaseMaintenance(m_session).runExclusive(
        Tr::tr("re-encrypting the database after revoking an account"), [&]() -> Status {
            // 1. The new slots go to a side file first: if we stop before the database is rekeyed, it is discarded at
            //    the next unlock; if we stop after, unlock finds the new key there and completes the swap.
            keys->removeSlot(target->id);
            if (auto st = keys->rewrapAll(newKey); !st) {
                return st;
            }
            if (auto st = keys->save(m_session.m_files.pendingKeys, newKey); !st) {
                return st;
            }
            // 2. Record the revocation under the old key.
            {
                Transaction tx(m_session.m_db);
                if (auto st = tx.begin(); !st) {
                    return st;
                }
                auto update = m_session.m_db.prepare(QStringLiteral("UPDATE users SET revoked_at = ? WHERE id = ?"));
                if (!update) {
                    return std::unexpected(update.error());
                }
                update->bind(1, nowIso(m_session.m_clock)).bind(2, target->id);
                if (auto st = update->run(); !st) {
                    return st;
                }
                const QJsonObject fields{{QLatin1String("username"), target->username}};
                if (auto seq = m_session.m_audit.append(m_session.actor(), QStringLiteral("user.revoke"),
                                                        QStringLiteral("user"), target->id, fields);
                    !seq) {
                    return std::unexpected(seq.error());
                }
                if (auto st = tx.commit(); !st) {
                    QFile::remove(m_session.m_files.pendingKeys);
                    return st;
                }
            }
            // 3. Re-encrypt every page (runExclusive holds the file in rollback-journal mode, which SQLCipher needs).
            if (auto st = m_session.m_db.rekey(newKey); !st) {
                QFile::remove(m_session.m_files.pendingKeys);
                return st;
            }
            // 4. Swap the keyslot files.
            return replaceFile(m_session.m_files.pendingKeys, m_session.m_files.keys);
        });
    if (!done) {
        return done;
    }
    m_session.m_dataKey = std::move(newKey);
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
    auto keys = KeyslotFile::load(files.keys);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    const KeySlot* slot = keys->recoverySlot();
    if (!slot) {
        return fail(ErrorCode::Integrity, Tr::tr("The keyslot file has no recovery slot."));
    }
    auto dataKey = keys->unlock(*slot, recoveryKeySecret(*canonical));
    if (!dataKey) {
        return dataKey.error().code == ErrorCode::Authentication
                   ? fail(ErrorCode::Authentication, Tr::tr("The recovery key is wrong."))
                   : Status(std::unexpected(dataKey.error()));
    }
    if (auto st = keys->verifyMac(*dataKey); !st) {
        return st;
    }
    auto db = Database::open(files.database, *dataKey, Database::Mode::ReadWrite);
    if (!db) {
        return std::unexpected(db.error());
    }
    std::unique_ptr<Session> session(new Session(files, std::move(*db), std::move(*dataKey), &systemClockUtc));
    auto all = AccountAdmin(*session).users();
    if (!all) {
        return std::unexpected(all.error());
    }
    const auto admin = std::find_if(all->begin(), all->end(), [&](const User& u) {
        return u.username.compare(username, Qt::CaseInsensitive) == 0 && u.isActive() && u.role == Role::Administrator;
    });
    if (admin == all->end()) {
        return fail(ErrorCode::NotFound, Tr::tr("There is no active administrator \"%1\".").arg(username));
    }
    if (auto st = session->loadContext(admin->id); !st) {
        return st;
    }
    Transaction tx(session->m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("username"), admin->username}};
    if (auto seq = session->m_audit.append(session->actor(), QStringLiteral("user.recover"), QStringLiteral("user"),
                                           admin->id, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = keys->putSlot(admin->id, KeySlot::Kind::User, admin->username, newPassword, kdf, session->m_dataKey);
        !st) {
        return st;
    }
    if (auto st = keys->save(files.keys, session->m_dataKey); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    return session->close();
}

} // namespace caselink
