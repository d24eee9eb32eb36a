#include "security/rollbackanchor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "crypto/crypto.h"
#include "domain/localtime.h"
#include "security/keyjournal.h"
#include "storage/database.h"

namespace caselink {
namespace {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RollbackAnchor)
};

constexpr qint64 kMaxStateBytes = 4096;

Result<QByteArray> hashAt(Database& db, qint64 seq) {
    auto stmt = db.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, seq);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->columnBlob(0) : QByteArray();
}

} // namespace

RollbackAnchor::RollbackAnchor(QString stateDir)
    : m_dir(std::move(stateDir)) {
    if (m_dir.isEmpty()) {
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/anchors");
    }
}

Result<SeenState> RollbackAnchor::stateOf(Database& db) {
    SeenState state;
    auto seq = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    if (!seq) {
        return std::unexpected(seq.error());
    }
    state.auditSeq = seq->toLongLong();
    auto hash = hashAt(db, state.auditSeq);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    state.auditHash = *hash;
    auto commit = keyjournal::committed(db);
    if (!commit) {
        return std::unexpected(commit.error());
    }
    state.keyslotGeneration = *commit ? (*commit)->generation : 0;
    state.at = QDateTime::currentDateTimeUtc();
    return state;
}

Result<QString> RollbackAnchor::compare(Database& db, const SeenState& seen, const SeenState& now) {
    const QString when = displayDateTime(seen.at);
    if (now.auditSeq < seen.auditSeq) {
        return Tr::tr("This database is older than the one this computer saw on %1: its audit log ends at entry %2, "
                      "but entry %3 was seen. An earlier copy was put back, or the end of the audit log was cut.")
            .arg(when)
            .arg(now.auditSeq)
            .arg(seen.auditSeq);
    }
    if (now.keyslotGeneration < seen.keyslotGeneration) {
        return Tr::tr("The keyslot file is older than the one this computer saw on %1 (generation %2, %3 was seen): "
                      "an earlier database and keyslot file were put back.")
            .arg(when)
            .arg(now.keyslotGeneration)
            .arg(seen.keyslotGeneration);
    }
    auto hash = hashAt(db, seen.auditSeq);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    if (!seen.auditHash.isEmpty() && *hash != seen.auditHash) {
        return Tr::tr("Audit entry %1 is not the one this computer saw on %2: the audit log was rewritten from there "
                      "on, or another copy of the database was put in this one's place.")
            .arg(seen.auditSeq)
            .arg(when);
    }
    return QString();
}

QString RollbackAnchor::fileOf(const QString& databaseId) const {
    // Named by a hash so the folder does not list which databases this machine has opened.
    return m_dir + QLatin1Char('/') + QString::fromLatin1(crypto::sha256(databaseId.toUtf8()).toHex().left(32)) +
           QStringLiteral(".json");
}

std::optional<SeenState> RollbackAnchor::seen(const QString& databaseId) const {
    QFile f(fileOf(databaseId));
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxStateBytes) {
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QLatin1String("database")).toString() != databaseId) {
        return std::nullopt;
    }
    SeenState state;
    state.auditSeq = o.value(QLatin1String("audit_seq")).toInteger();
    state.auditHash = QByteArray::fromHex(o.value(QLatin1String("audit_hash")).toString().toLatin1());
    state.keyslotGeneration = o.value(QLatin1String("keyslot_generation")).toInteger();
    state.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    return state;
}

void RollbackAnchor::remember(const QString& databaseId, const SeenState& now, bool replace) const {
    if (!replace) {
        if (const auto before = seen(databaseId);
            before && before->auditSeq >= now.auditSeq && before->keyslotGeneration >= now.keyslotGeneration) {
            return;
        }
    }
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject o{{QLatin1String("database"), databaseId},
                        {QLatin1String("audit_seq"), now.auditSeq},
                        {QLatin1String("audit_hash"), QString::fromLatin1(now.auditHash.toHex())},
                        {QLatin1String("keyslot_generation"), now.keyslotGeneration},
                        {QLatin1String("at"), now.at.toUTC().toString(Qt::ISODateWithMs)}};
    QSaveFile f(fileOf(databaseId));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        f.commit(); // a state that cannot be written is a deterrent lost, not an error of the command
    }
}

} // namespace caselink
