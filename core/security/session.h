// An unlocked case database: its connections (one per thread), the signed-in user and the audit log. Creating and
// unlocking start here; accounts are AccountAdmin's and checks, backups and exclusive access DatabaseMaintenance's.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <QString>

#include "crypto/crypto.h"
#include "crypto/securebytes.h"
#include "security/audit.h"
#include "security/users.h"
#include "storage/database.h"
#include "util/result.h"

namespace caselink {

class RollbackAnchor;
class UnlockThrottle;
struct MaintenanceNotice;

// Argon2id defaults, tuned so that one unlock costs about half a second on a 2-core office laptop.
crypto::Argon2Params defaultKdfParams();

struct CreateOptions {
    QString path;
    QString adminUsername;
    QString adminDisplayName;
    QString officeCode = QStringLiteral("HQ");
    crypto::Argon2Params kdf = defaultKdfParams();
    bool synthetic = false; // demo and test databases say so in their metadata
};

struct CreateResult {
    QString databaseId;
    QString recoveryKey; // shown once; never stored in clear
};

struct UnlockOptions {
    bool readOnly = false;
    UnlockThrottle* throttle = nullptr; // optional; the GUI and CLI pass the per-machine throttle
    // optional; the GUI and CLI pass the per-machine record of what they saw (rollbackanchor.h)
    const RollbackAnchor* anchor = nullptr;
    Clock clock = &systemClockUtc;
};

struct NewUser {
    QString username;
    QString displayName;
    Role role = Role::Investigator;
    QString officeCode;
    bool victimGrant = false;
    crypto::Argon2Params kdf = defaultKdfParams();
};

// How an operation that needs the database file to itself waits for the other CaseLink processes to step aside.
struct ExclusiveOptions {
    std::chrono::milliseconds wait{30000};
    // Called about every half second while other connections still hold the file; answering false gives up.
    std::function<bool(std::chrono::milliseconds waited)> waiting;
};

struct IntegrityReport {
    bool databaseOk = false; // PRAGMA integrity_check
    bool cipherOk = false;   // PRAGMA cipher_integrity_check (page HMACs)
    AuditVerification audit;
    bool notRolledBack = true; // against what this computer saw before (rollbackanchor.h)
    QStringList problems;      // translated, first problems found

    bool ok() const { return databaseOk && cipherOk && audit.intact && notRolledBack; }
};

// File names that belong to one case database.
struct DatabaseFiles {
    explicit DatabaseFiles(const QString& databasePath);
    QString database;
    QString keys;        // <db>-keys
    QString pendingKeys; // <db>-keys.new, present only while a change of accounts is in flight (keyjournal.h)
    QString wal;
    QString shm;
};

class Session {
public:
    static Result<CreateResult> create(const CreateOptions& options, const SecureBytes& adminPassword);
    static Result<std::unique_ptr<Session>> unlock(const QString& path, const QString& username,
                                                   const SecureBytes& password, const UnlockOptions& options = {});

    // The id of the database at path, read from its keyslot file without unlocking (for per-database state such as
    // the unlock throttle).
    static Result<QString> databaseIdOf(const QString& path);

    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const User& user() const { return m_user; }
    const QString& databaseId() const { return m_databaseId; }
    // Set when the database is older than what this computer saw of it before (rollbackanchor.h); check reports it.
    const QString& rollbackProblem() const { return m_rollbackProblem; }
    const QString& path() const { return m_files.database; }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    bool isSynthetic() const { return m_synthetic; }
    // The calling thread's connection: the session's own on the thread that unlocked it, and on any other thread a
    // connection of its own, opened from the session's key on first use (one connection per thread, so transactions
    // of different threads never nest into each other). A connection that cannot be opened is returned closed, and
    // every statement on it fails with the reason.
    Database& database();
    // The audit log through the calling thread's connection.
    AuditLog audit() { return AuditLog(database(), m_clock); }
    // Opens the calling thread's connection now, so that a background job can report a failure before it starts.
    Status attachCurrentThread();
    // Closes the calling thread's connection (background jobs call it when they end). No-op on the session's thread.
    void detachCurrentThread();
    // True on the thread that unlocked the session (the window's thread in the application).
    bool isSessionThread() const { return m_db.ownedByCurrentThread(); }
    // Connections open for threads other than the session's own.
    int threadConnectionCount() const;
    AuditActor actor() const;

    Result<std::vector<OrgUnit>> orgUnits();
    Result<OrgUnit> office();
    // Sets the office's time zone for this database (an IANA id such as Asia/Karachi; meta office_time_zone), which
    // every window and command then shows times in. Administrators only; audited.
    Status setOfficeZone(const QByteArray& ianaId);

    // How DatabaseMaintenance::runExclusive waits for other windows and commands to leave the file (the CLI prints a
    // line while it waits; the default waits 30 s silently).
    void setExclusiveOptions(ExclusiveOptions options) { m_exclusive = std::move(options); }

    // Signs the audit head and closes. Called by the destructor when not called before.
    Status close();

private:
    Session(DatabaseFiles files, Database db, SecureBytes dataKey, Clock clock);
    Status loadContext(const QString& username);
    // Re-encrypts the database under the key its committed keyslot file holds (an interrupted revocation).
    Status finishReencryption(SecureBytes newKey);
    // Every account's keyslot tag with its user name, to name the accounts of failed unlocks in the audit log.
    Result<std::map<QByteArray, QString>> accountTags();
    Status requireRole(Role role) const;
    Status signCheckpoint();
    // Compares with what this computer saw (options.anchor) and, read-write, records a rollback in the audit log.
    Status checkAgainstAnchor(const RollbackAnchor& anchor);
    void rememberState();

    friend class AccountAdmin;        // accounts (accountadmin.h)
    friend class DatabaseMaintenance; // checks, backups, exclusive access (databasemaintenance.h)
    void closeThreadConnections();
    Status finishMaintenance(const std::optional<MaintenanceNotice>& stale);

    DatabaseFiles m_files;
    Database m_db;
    SecureBytes m_dataKey;
    AuditLog m_audit; // through m_db, for the session's own bookkeeping on its thread
    ExclusiveOptions m_exclusive;
    mutable std::mutex m_threadsMutex;
    std::map<std::thread::id, std::unique_ptr<Database>> m_threadConnections;
    User m_user;
    QString m_databaseId;
    bool m_synthetic = false;
    Clock m_clock;
    const RollbackAnchor* m_anchor = nullptr;
    QString m_rollbackProblem;
};

} // namespace caselink
