// Keeping an unlocked session's database current: a schema upgrade or an exclusive operation a crash interrupted,
// a re-encryption that was committed but not finished, and what this computer saw of the database before.
#include <QJsonObject>

#include "security/databasemaintenance.h"
#include "security/keyjournal.h"
#include "security/rollbackanchor.h"
#include "security/session.h"
#include "security/sessioninternals.h"
#include "storage/maintenance.h"
#include "storage/migrations.h"

namespace caselink {

using detail::Tr;

Status Session::finishMaintenance(const std::optional<MaintenanceNotice>& stale) {
    // A schema upgrade, or an exclusive operation a crash interrupted (the file left in rollback-journal mode, or its
    // notice left behind), is completed with the file to this session alone before anything else is written.
    const int latest = latestSchemaVersion();
    auto version = m_db.userVersion();
    if (!version) {
        return std::unexpected(version.error());
    }
    if (*version > latest) {
        return migrate(m_db); // refuses with a clear message
    }
    auto mode = m_db.journalMode();
    if (!mode) {
        return std::unexpected(mode.error());
    }
    if (*version < latest) {
        return DatabaseMaintenance(*this).runExclusive(
            Tr::tr("upgrading the database to schema version %1").arg(latest), [this] { return migrate(m_db); });
    }
    if (*mode != QLatin1String("wal")) {
        return DatabaseMaintenance(*this).runExclusive(Tr::tr("finishing an interrupted maintenance of the database"),
                                                       [] { return ok(); });
    }
    if (stale) {
        return DatabaseMaintenance(*this).withdrawMaintenanceNotice();
    }
    return ok();
}

Status Session::checkAgainstAnchor(const RollbackAnchor& anchor) {
    const auto seen = anchor.seen(m_databaseId);
    if (!seen) {
        return ok();
    }
    auto now = RollbackAnchor::stateOf(m_db);
    if (!now) {
        return std::unexpected(now.error());
    }
    auto problem = RollbackAnchor::compare(m_db, *seen, *now);
    if (!problem) {
        return std::unexpected(problem.error());
    }
    m_rollbackProblem = *problem;
    if (m_rollbackProblem.isEmpty() || m_db.isReadOnly()) {
        return ok(); // read-only, it stays reported (check) until a read-write open records it
    }
    // Recorded in the log itself, so that the finding survives the computer; this computer then anchors anew.
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    const QJsonObject fields{{QLatin1String("seen_entry"), seen->auditSeq},
                             {QLatin1String("seen_at"), seen->at.toString(Qt::ISODateWithMs)},
                             {QLatin1String("seen_keyslot_generation"), seen->keyslotGeneration},
                             {QLatin1String("last_entry"), now->auditSeq},
                             {QLatin1String("keyslot_generation"), now->keyslotGeneration}};
    if (auto seq = m_audit.append(actor(), QStringLiteral("database.rollback_detected"), QStringLiteral("database"),
                                  m_databaseId, fields);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    if (auto after = RollbackAnchor::stateOf(m_db)) {
        anchor.remember(m_databaseId, *after, true);
    }
    return ok();
}

void Session::rememberState() {
    if (!m_anchor || !m_db.isOpen()) {
        return;
    }
    if (auto state = RollbackAnchor::stateOf(m_db)) {
        m_anchor->remember(m_databaseId, *state);
    }
}

Status Session::finishReencryption(SecureBytes newKey) {
    // A re-encryption (revocation, rotation) was committed, with its keyslot file, but the process stopped before the
    // database itself had the new key. Only an account of the new keyslot file gets here (keyjournal::open).
    const Status done = DatabaseMaintenance(*this).runExclusive(
        Tr::tr("finishing an interrupted re-encryption of the database"), [&]() -> Status {
            if (auto st = m_db.rekey(newKey); !st) {
                return st;
            }
            m_dataKey = std::move(newKey);
            return ok();
        });
    if (!done) {
        return done;
    }
    keyjournal::finish(m_db, m_files, m_dataKey);
    return ok();
}

} // namespace caselink
