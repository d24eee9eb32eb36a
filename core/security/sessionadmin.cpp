// Session: accounts, re-encryption, integrity, backup and recovery. The unlock path lives in session.cpp.
#include "security/session.h"

#include <cstdio>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include "security/recoverykey.h"
#include "security/session_p.h"
#include "storage/backup.h"
#include "storage/keyslots.h"
#include "storage/processlocks.h"

namespace caselink {
namespace {

using detail::newId;
using detail::nowIso;

using detail::Tr;

std::optional<QDateTime> parseTime(const Statement& s, int column) {
    if (s.columnIsNull(column)) {
        return std::nullopt;
    }
    return QDateTime::fromString(s.columnText(column), Qt::ISODateWithMs);
}

Status replaceFile(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return fail(ErrorCode::Io, Tr::tr("Cannot move %1 into place.").arg(to));
    }
    return ok();
}

// Reads the keyslot file afresh and proves it is the one this session's key authenticates.
Result<KeyslotFile> currentKeys(const DatabaseFiles& files, const SecureBytes& dataKey) {
    auto keys = KeyslotFile::load(files.keys);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (auto st = keys->verifyMac(dataKey); !st) {
        return std::unexpected(st.error());
    }
    return keys;
}

Result<IntegrityReport> integrityOf(Database& db, AuditLog& audit) {
    IntegrityReport report;
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (check) {
        report.databaseOk = true;
        while (true) {
            auto row = check->step();
            if (!row) {
                report.databaseOk = false;
                report.problems << row.error().message;
                break;
            }
            if (!*row) {
                break;
            }
            if (check->columnText(0) != QLatin1String("ok")) {
                report.databaseOk = false;
                report.problems << check->columnText(0);
            }
        }
    } else {
        report.problems << check.error().message;
    }
    // cipher_integrity_check returns one row per page whose HMAC fails, and no row when all pages are intact.
    auto cipher = db.prepare(QStringLiteral("PRAGMA cipher_integrity_check"));
    if (cipher) {
        report.cipherOk = true;
        while (true) {
            auto row = cipher->step();
            if (!row) {
                report.cipherOk = false;
                report.problems << row.error().message;
                break;
            }
            if (!*row) {
                break;
            }
            report.cipherOk = false;
            report.problems << cipher->columnText(0);
        }
    } else {
        report.problems << cipher.error().message;
    }
    auto chain = audit.verify();
    if (chain) {
        report.audit = *chain;
        if (!chain->intact) {
            report.problems << chain->problem;
        }
    } else {
        report.audit.intact = false;
        report.audit.problem = chain.error().message;
        report.problems << chain.error().message;
    }
    return report;
}

} // namespace

Status Session::requireRole(Role role) const {
    if (m_user.role != role) {
        return fail(ErrorCode::Permission, Tr::tr("Only an administrator can do this."));
    }
    if (m_db.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    return ok();
}

Result<std::vector<User>> Session::users() {
    auto stmt = m_db.prepare(QStringLiteral(
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

Result<std::vector<OrgUnit>> Session::orgUnits() {
    auto stmt = m_db.prepare(QStringLiteral("SELECT u.id, u.code, coalesce(u.parent_id, ''), u.unit_type, u.name_en, "
                                            "u.name_ur FROM org_units u WHERE u.active = 1 ORDER BY u.rowid"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<OrgUnit> out;
    const Status read = stmt->forEachRow([&](Statement& row) {
        out.push_back(OrgUnit{row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                              row.columnText(4), row.columnText(5)});
    });
    if (!read) {
        return std::unexpected(read.error());
    }
    return out;
}

Result<OrgUnit> Session::office() {
    auto units = orgUnits();
    if (!units) {
        return std::unexpected(units.error());
    }
    for (const OrgUnit& unit : *units) {
        if (unit.id == m_user.officeId) {
            return unit;
        }
    }
    return fail(ErrorCode::NotFound, Tr::tr("The user's office is not in the organisation tree."));
}

Status Session::addUser(const NewUser& user, const SecureBytes& password) {
    if (auto st = requireRole(Role::Administrator); !st) {
        return st;
    }
    if (auto st = detail::validateUsername(user.username); !st) {
        return st;
    }
    if (auto st = detail::validatePassword(password); !st) {
        return st;
    }
    auto keys = currentKeys(m_files, m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ? COLLATE NOCASE"));
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
    auto insert = m_db.prepare(
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
        .bind(6, nowIso(m_clock))
        .bind(7, user.officeCode);
    if (auto st = insert->run(); !st) {
        return st;
    }
    if (m_db.changes() != 1) {
        return fail(ErrorCode::Input, Tr::tr("There is no office with the code \"%1\".").arg(user.officeCode));
    }
    const QJsonObject fields{{QLatin1String("username"), user.username},
                             {QLatin1String("role"), roleKey(user.role)},
                             {QLatin1String("office"), user.officeCode.toUpper()},
                             {QLatin1String("victim_grant"), user.victimGrant}};
    if (auto seq = m_audit.append(actor(), QStringLiteral("user.add"), QStringLiteral("user"), id, fields); !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = keys->putSlot(id, KeySlot::Kind::User, user.username, password, user.kdf, m_dataKey); !st) {
        return st;
    }
    if (auto st = keys->save(m_files.keys, m_dataKey); !st) {
        return st;
    }
    if (auto st = tx.commit(); !st) {
        // The slot is useless without the account row (unlock refuses it), but do not leave it behind.
        keys->removeSlot(id);
        (void)keys->save(m_files.keys, m_dataKey);
        return st;
    }
    return ok();
}

Status Session::changePassword(const QString& username, const SecureBytes& newPassword,
                               const crypto::Argon2Params& kdf) {
    const bool self = username.compare(m_user.username, Qt::CaseInsensitive) == 0;
    if (!self) {
        if (auto st = requireRole(Role::Administrator); !st) {
            return st;
        }
    } else if (m_db.isReadOnly()) {
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
    auto keys = currentKeys(m_files, m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("username"), target->username}, {QLatin1String("by_administrator"), !self}};
    if (auto seq = m_audit.append(actor(), QStringLiteral("user.password"), QStringLiteral("user"), target->id, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = keys->putSlot(target->id, KeySlot::Kind::User, target->username, newPassword, kdf, m_dataKey); !st) {
        return st;
    }
    if (auto st = keys->save(m_files.keys, m_dataKey); !st) {
        return st;
    }
    return tx.commit();
}

Status Session::revokeUser(const QString& username) {
    if (auto st = requireRole(Role::Administrator); !st) {
        return st;
    }
    if (username.compare(m_user.username, Qt::CaseInsensitive) == 0) {
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
    auto keys = currentKeys(m_files, m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    // Re-encryption needs the file alone: other windows are told why and step aside, commands wait or are refused.
    SecureBytes newKey = crypto::randomSecret(crypto::kKeySize);
    const Status done = runExclusive(Tr::tr("re-encrypting the database after revoking an account"), [&]() -> Status {
        // 1. The new slots go to a side file first: if we stop before the database is rekeyed, it is discarded at
        //    the next unlock; if we stop after, unlock finds the new key there and completes the swap.
        keys->removeSlot(target->id);
        if (auto st = keys->rewrapAll(newKey); !st) {
            return st;
        }
        if (auto st = keys->save(m_files.pendingKeys, newKey); !st) {
            return st;
        }
        // 2. Record the revocation under the old key.
        {
            Transaction tx(m_db);
            if (auto st = tx.begin(); !st) {
                return st;
            }
            auto update = m_db.prepare(QStringLiteral("UPDATE users SET revoked_at = ? WHERE id = ?"));
            if (!update) {
                return std::unexpected(update.error());
            }
            update->bind(1, nowIso(m_clock)).bind(2, target->id);
            if (auto st = update->run(); !st) {
                return st;
            }
            const QJsonObject fields{{QLatin1String("username"), target->username}};
            if (auto seq =
                    m_audit.append(actor(), QStringLiteral("user.revoke"), QStringLiteral("user"), target->id, fields);
                !seq) {
                return std::unexpected(seq.error());
            }
            if (auto st = tx.commit(); !st) {
                QFile::remove(m_files.pendingKeys);
                return st;
            }
        }
        // 3. Re-encrypt every page (runExclusive holds the file in rollback-journal mode, which SQLCipher needs).
        if (auto st = m_db.rekey(newKey); !st) {
            QFile::remove(m_files.pendingKeys);
            return st;
        }
        // 4. Swap the keyslot files.
        return replaceFile(m_files.pendingKeys, m_files.keys);
    });
    if (!done) {
        return done;
    }
    m_dataKey = std::move(newKey);
    return ok();
}

Result<IntegrityReport> Session::checkIntegrity() {
    return integrityOf(m_db, m_audit);
}

Status Session::backup(const QString& outPath) {
    const DatabaseFiles out(outPath);
    if (QFile::exists(out.database) || QFile::exists(out.keys)) {
        return fail(ErrorCode::Conflict, Tr::tr("%1 already exists; choose a new name for the backup.").arg(outPath));
    }
    auto keys = currentKeys(m_files, m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (auto st = copyDatabase(m_db, out.database, m_dataKey); !st) {
        return st;
    }
    if (auto st = keys->save(out.keys, m_dataKey); !st) {
        removeDatabaseFiles(out.database);
        return st;
    }
    // Verify the copy as a restore would see it.
    auto copy = Database::open(out.database, m_dataKey, Database::Mode::ReadOnly);
    Result<IntegrityReport> report = copy ? [&] {
        AuditLog audit(*copy);
        return integrityOf(*copy, audit);
    }()
                                          : Result<IntegrityReport>(std::unexpected(copy.error()));
    if (!report || !report->ok()) {
        if (copy) {
            copy->close();
        }
        removeDatabaseFiles(out.database);
        QFile::remove(out.keys);
        return fail(ErrorCode::Integrity,
                    Tr::tr("The backup failed verification and was removed: %1")
                        .arg(report ? report->problems.join(QLatin1String("; ")) : report.error().message));
    }
    copy->close();
    if (m_db.isReadOnly()) {
        return ok();
    }
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("file"), QFileInfo(outPath).fileName()}};
    if (auto seq = m_audit.append(actor(), QStringLiteral("database.backup"), QStringLiteral("database"), m_databaseId,
                                  fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    return tx.commit();
}

Status Session::recoverAdministrator(const QString& path, const QString& recoveryKey, const QString& username,
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
    auto all = session->users();
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

Status Session::restore(const QString& backupPath, const QString& targetPath, const QString& username,
                        const SecureBytes& password, bool replace) {
    const DatabaseFiles target(targetPath);
    if (!replace && (QFile::exists(target.database) || QFile::exists(target.keys))) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("%1 already exists; restore to a new name or confirm the replacement.").arg(targetPath));
    }
    // Replacing a database another window or command has open would pull the file from under it.
    const auto inUse = [&] {
        return fail(ErrorCode::Busy, Tr::tr("%1 is open in another CaseLink window or command; close it there (or let "
                                            "the command finish) and restore again.")
                                         .arg(targetPath));
    };
    if (QFile::exists(target.database) && databaseFileInUse(target.database)) {
        return inUse();
    }
    UnlockOptions readOnly;
    readOnly.readOnly = true;
    auto backup = unlock(backupPath, username, password, readOnly);
    if (!backup) {
        return std::unexpected(backup.error());
    }
    auto report = (*backup)->checkIntegrity();
    if (!report || !report->ok()) {
        return fail(ErrorCode::Integrity,
                    Tr::tr("The backup is damaged and was not restored: %1")
                        .arg(report ? report->problems.join(QLatin1String("; ")) : report.error().message));
    }
    // Build the restored copy beside the target, then move it into place, so a failure leaves the target as it was.
    const DatabaseFiles staging(targetPath + QStringLiteral(".restoring"));
    removeDatabaseFiles(staging.database);
    QFile::remove(staging.keys);
    auto keys = currentKeys((*backup)->m_files, (*backup)->m_dataKey);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (auto st = copyDatabase((*backup)->m_db, staging.database, (*backup)->m_dataKey); !st) {
        return st;
    }
    if (auto st = keys->save(staging.keys, (*backup)->m_dataKey); !st) {
        removeDatabaseFiles(staging.database);
        return st;
    }
    (*backup)->close();
    {
        // Nobody may open the old file while it is swapped out: the fence holds SQLite's exclusive lock on it, and an
        // open that waited for it notices afterwards that the file at the path is another one (Database::open).
        std::optional<DatabaseFileFence> fence;
        if (QFile::exists(target.database)) {
            fence.emplace(target.database);
            if (!fence->isHeld()) {
                removeDatabaseFiles(staging.database);
                QFile::remove(staging.keys);
                return inUse();
            }
        }
        // A WAL left by the old file must never be replayed into the restored one.
        QFile::remove(target.wal);
        QFile::remove(target.shm);
        if (auto st = replaceFile(staging.keys, target.keys); !st) {
            return st;
        }
        if (auto st = replaceFile(staging.database, target.database); !st) {
            return st;
        }
    }
    auto restored = unlock(targetPath, username, password);
    if (!restored) {
        return std::unexpected(restored.error());
    }
    Transaction tx((*restored)->m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("from"), QFileInfo(backupPath).fileName()}};
    if (auto seq = (*restored)->m_audit.append((*restored)->actor(), QStringLiteral("database.restore"),
                                               QStringLiteral("database"), (*restored)->m_databaseId, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    return (*restored)->close();
}

} // namespace caselink
