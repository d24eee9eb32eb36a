#include "repo/databasewatcher.h"

#include "repo/repositorycontext.h"
#include "storage/database.h"

namespace caselink {

DatabaseWatcher::DatabaseWatcher(RepositoryContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabaseWatcher::check);
    if (auto version = m_context.db().dataVersion()) {
        m_version = *version;
    }
}

void DatabaseWatcher::check() {
    Database& db = m_context.db();
    auto version = db.dataVersion();
    if (!version || *version == m_version) {
        return;
    }
    m_version = *version;
    if (auto notice = readMaintenanceNotice(db);
        notice && *notice && !(*notice)->isThisProcess() && !(*notice)->isStale()) {
        emit maintenanceAnnounced(**notice);
        return;
    }
    m_context.notifier().notifyExternal();
}

} // namespace caselink
