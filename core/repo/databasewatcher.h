// Notices what other processes do to the open database: their commits (SQLite's PRAGMA data_version, read once a
// second and when the window is activated), so that lists and workspaces refresh; and a notice that one of them needs
// the file to itself (a re-encryption, an upgrade), so that the window steps aside and says why.
#pragma once

#include <QObject>
#include <QTimer>

#include "storage/maintenance.h"

namespace caselink {

class RepositoryContext;

class DatabaseWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit DatabaseWatcher(RepositoryContext& context, QObject* parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }

public slots:
    // Reads data_version now; on a change tells the context's notifier and checks for a maintenance notice.
    void check();

signals:
    // Another process asked for the file alone; the window should close its session.
    void maintenanceAnnounced(const caselink::MaintenanceNotice& notice);

private:
    RepositoryContext& m_context;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace caselink
