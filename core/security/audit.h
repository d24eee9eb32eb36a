// The append-only audit log: every mutation and sensitive read appends an entry, in the caller's transaction, to a
// SHA-256 hash chain. Checkpoints of the chain head are signed with the office's Ed25519 key.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "security/users.h"
#include "util/result.h"

namespace caselink {

class Database;
class SecureBytes;

struct AuditActor {
    QString userId; // empty for system entries (creation, failed unlocks of unknown users)
    QString username;
    QString officeCode;
};

struct AuditEntry {
    std::int64_t seq = 0;
    QDateTime at; // UTC, millisecond precision
    QString userId;
    QString username;
    QString officeCode;
    QString action;     // e.g. "user.add", "session.open", "case.update"
    QString entityType; // e.g. "user", "case", "database"
    QString entityId;
    QJsonObject fields; // changed fields or details; never secrets
    QByteArray prevHash;
    QByteArray hash;

    QByteArray canonical() const; // the bytes the hash covers (besides the previous hash)
};

struct AuditVerification {
    bool intact = true;
    std::int64_t entries = 0;
    std::int64_t checkpoints = 0;
    std::int64_t lastSignedSeq = 0;
    std::optional<std::int64_t> firstBrokenSeq;
    QString problem; // translated; empty when intact
};

struct AuditFilter {
    std::int64_t afterSeq = 0;
    int limit = 100;
    QString action;   // prefix match when not empty
    QString username; // exact when not empty
};

// Who reads (least privilege): an administrator reads every entry; anyone else only the entries written from the
// offices of their scope (the unit and every unit below it), and never account administration (accounts added,
// revoked, passwords reset, the victim grant given). The default reads everything, for the application's own checks.
struct AuditReader {
    std::optional<QStringList> officeIds;
    static AuditReader of(Role role, const QStringList& scopeOfficeIds);
};

// A clock that tests can replace.
using Clock = QDateTime (*)();
QDateTime systemClockUtc();

class AuditLog {
public:
    explicit AuditLog(Database& db, Clock clock = &systemClockUtc);

    // Appends inside the caller's open transaction. Returns the new entry's sequence number.
    Result<std::int64_t> append(const AuditActor& actor, const QString& action, const QString& entityType,
                                const QString& entityId, const QJsonObject& fields = {});
    // Signs the current head with the office key if it has moved since the last checkpoint.
    Status checkpoint(const QString& keyId, const SecureBytes& privateKey);
    Result<AuditVerification> verify();
    Result<std::vector<AuditEntry>> list(const AuditFilter& filter, const AuditReader& reader = {});
    Result<std::int64_t> headSeq();

private:
    Database& m_db;
    Clock m_clock;
};

} // namespace caselink
