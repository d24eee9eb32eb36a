#include "security/audit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include "crypto/crypto.h"
#include "security/auditvisibility.h"
#include "storage/database.h"

Q_LOGGING_CATEGORY(lcAudit, "caselink.audit")

namespace caselink {
namespace {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::AuditLog)
};

const QByteArray kGenesis(32, '\0');

// The columns are NOT NULL; an unset QString is stored as empty text, as the canonical form hashes it.
QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray checkpointMessage(std::int64_t seq, const QByteArray& head, const QString& signedAt) {
    return QByteArrayLiteral("caselink audit checkpoint v1\n") + QByteArray::number(seq) + '\n' + head.toHex() + '\n' +
           signedAt.toUtf8();
}

const QString kSelectEntries =
    QStringLiteral("SELECT seq, at, user_id, username, office, action, entity_type, entity_id, fields, prev_hash, hash "
                   "FROM audit_log");

AuditEntry readEntry(const Statement& s) {
    AuditEntry e;
    e.seq = s.columnInt(0);
    e.at = QDateTime::fromString(s.columnText(1), Qt::ISODateWithMs);
    e.userId = s.columnText(2);
    e.username = s.columnText(3);
    e.officeCode = s.columnText(4);
    e.action = s.columnText(5);
    e.entityType = s.columnText(6);
    e.entityId = s.columnText(7);
    e.fields = QJsonDocument::fromJson(s.columnText(8).toUtf8()).object();
    e.prevHash = s.columnBlob(9);
    e.hash = s.columnBlob(10);
    return e;
}

} // namespace

QDateTime systemClockUtc() {
    return QDateTime::currentDateTimeUtc();
}

QByteArray AuditEntry::canonical() const {
    // QJsonObject keeps keys sorted, so the compact form is canonical for the same values.
    const QJsonObject o{{QLatin1String("seq"), static_cast<qint64>(seq)},
                        {QLatin1String("at"), isoUtc(at)},
                        {QLatin1String("user_id"), userId},
                        {QLatin1String("username"), username},
                        {QLatin1String("office"), officeCode},
                        {QLatin1String("action"), action},
                        {QLatin1String("entity_type"), entityType},
                        {QLatin1String("entity_id"), entityId},
                        {QLatin1String("fields"), fields}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

AuditLog::AuditLog(Database& db, Clock clock)
    : m_db(db)
    , m_clock(clock) {
}

Result<std::int64_t> AuditLog::append(const AuditActor& actor, const QString& action, const QString& entityType,
                                      const QString& entityId, const QJsonObject& fields) {
    auto head = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head) {
        return std::unexpected(head.error());
    }
    auto row = head->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    AuditEntry e;
    e.seq = *row ? head->columnInt(0) + 1 : 1;
    e.prevHash = *row ? head->columnBlob(1) : kGenesis;
    // Millisecond precision is what the canonical form stores; truncate now so the hash re-computes exactly.
    const QDateTime now = m_clock().toUTC();
    e.at = QDateTime::fromString(isoUtc(now), Qt::ISODateWithMs);
    e.userId = actor.userId;
    e.username = actor.username;
    e.officeCode = actor.officeCode;
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.fields = fields;
    e.hash = crypto::sha256(e.prevHash + e.canonical());

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, user_id, username, office, action, entity_type, entity_id, fields, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bind(1, e.seq)
        .bind(2, isoUtc(e.at))
        .bind(3, e.userId.isEmpty() ? QString() : e.userId)
        .bind(4, nn(e.username))
        .bind(5, nn(e.officeCode))
        .bind(6, nn(e.action))
        .bind(7, nn(e.entityType))
        .bind(8, nn(e.entityId))
        .bind(9, QString::fromUtf8(QJsonDocument(e.fields).toJson(QJsonDocument::Compact)))
        .bindBlob(10, e.prevHash)
        .bindBlob(11, e.hash);
    if (auto st = insert->run(); !st) {
        return std::unexpected(st.error());
    }
    return e.seq;
}

Result<std::int64_t> AuditLog::headSeq() {
    auto v = m_db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    if (!v) {
        return std::unexpected(v.error());
    }
    return v->toLongLong();
}

Status AuditLog::checkpoint(const QString& keyId, const SecureBytes& privateKey) {
    auto head = m_db.prepare(QStringLiteral(
        "SELECT seq, hash FROM audit_log WHERE seq > coalesce((SELECT max(seq) FROM audit_checkpoints), 0) "
        "ORDER BY seq DESC LIMIT 1"));
    if (!head) {
        return std::unexpected(head.error());
    }
    auto row = head->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return ok(); // nothing new since the last checkpoint
    }
    const std::int64_t seq = head->columnInt(0);
    const QByteArray hash = head->columnBlob(1);
    const QString signedAt = isoUtc(m_clock());
    auto signature = crypto::ed25519Sign(privateKey, checkpointMessage(seq, hash, signedAt));
    if (!signature) {
        return std::unexpected(signature.error());
    }
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_checkpoints (seq, head_hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?)"));
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bind(1, seq).bindBlob(2, hash).bind(3, signedAt).bind(4, keyId).bindBlob(5, *signature);
    return insert->run();
}

Result<AuditVerification> AuditLog::verify() {
    AuditVerification v;
    auto brokenAt = [&v](std::int64_t seq, const QString& problem) {
        if (v.intact) {
            v.intact = false;
            v.firstBrokenSeq = seq;
            v.problem = problem;
        }
    };
    std::vector<QByteArray> hashes; // index seq-1: recomputed hash, for checkpoint checks
    {
        auto stmt = m_db.prepare(kSelectEntries + QStringLiteral(" ORDER BY seq"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        QByteArray previous = kGenesis;
        std::int64_t expected = 1;
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            const AuditEntry e = readEntry(*stmt);
            ++v.entries;
            if (e.seq != expected) {
                brokenAt(expected, Tr::tr("Entry %1 is missing or out of order (found %2).").arg(expected).arg(e.seq));
            } else if (e.prevHash != previous) {
                brokenAt(e.seq, Tr::tr("Entry %1 does not follow the entry before it.").arg(e.seq));
            } else if (crypto::sha256(previous + e.canonical()) != e.hash) {
                brokenAt(e.seq, Tr::tr("Entry %1 has been altered.").arg(e.seq));
            }
            hashes.push_back(crypto::sha256(previous + e.canonical()));
            previous = e.hash;
            expected = e.seq + 1;
        }
    }
    auto stmt = m_db.prepare(QStringLiteral("SELECT c.seq, c.head_hash, c.signed_at, c.signature, k.public_key "
                                            "FROM audit_checkpoints c LEFT JOIN office_keys k ON k.id = c.key_id "
                                            "ORDER BY c.seq"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        ++v.checkpoints;
        const std::int64_t seq = stmt->columnInt(0);
        const QByteArray head = stmt->columnBlob(1);
        if (!crypto::ed25519Verify(stmt->columnBlob(4), checkpointMessage(seq, head, stmt->columnText(2)),
                                   stmt->columnBlob(3))) {
            brokenAt(seq, Tr::tr("The signed checkpoint at entry %1 has an invalid signature.").arg(seq));
        } else if (seq < 1 || seq > static_cast<std::int64_t>(hashes.size())) {
            brokenAt(
                static_cast<std::int64_t>(hashes.size()) + 1,
                Tr::tr("Entries up to %1 were signed but are no longer in the log: the log was truncated.").arg(seq));
        } else if (hashes[static_cast<std::size_t>(seq - 1)] != head) {
            brokenAt(seq, Tr::tr("Entry %1 no longer matches the signed checkpoint.").arg(seq));
        } else {
            v.lastSignedSeq = seq;
        }
    }
    if (!v.intact) {
        qCWarning(lcAudit) << "audit chain broken at entry" << v.firstBrokenSeq.value_or(0);
    }
    return v;
}

AuditReader AuditReader::of(Role role, const QStringList& scopeOfficeIds) {
    if (role == Role::Administrator) {
        return {};
    }
    return AuditReader{scopeOfficeIds};
}

Result<std::vector<AuditEntry>> AuditLog::list(const AuditFilter& filter, const AuditReader& reader) {
    QString sql = kSelectEntries + QStringLiteral(" WHERE seq > ?1");
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND substr(action, 1, length(?2)) = ?2");
    }
    if (!filter.username.isEmpty()) {
        sql += QStringLiteral(" AND username = ?3 COLLATE NOCASE");
    }
    if (reader.officeIds) {
        sql += QStringLiteral(" AND ") +
               auditVisibleSql(Role::Investigator, QStringLiteral("audit_log"), QStringLiteral("?5"));
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?4");
    auto stmt = m_db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, filter.afterSeq).bind(4, static_cast<std::int64_t>(filter.limit));
    if (!filter.action.isEmpty()) {
        stmt->bind(2, filter.action);
    }
    if (!filter.username.isEmpty()) {
        stmt->bind(3, filter.username);
    }
    if (reader.officeIds) {
        stmt->bind(5, QString::fromUtf8(
                          QJsonDocument(QJsonArray::fromStringList(*reader.officeIds)).toJson(QJsonDocument::Compact)));
    }
    std::vector<AuditEntry> out;
    if (auto st = stmt->forEachRow([&](Statement& row) { out.push_back(readEntry(row)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
