#include "storage/maintenance.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

#include "domain/localtime.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::MaintenanceNotice)
};

const QString kKey = QStringLiteral("maintenance");

QString thisHost() {
    return QSysInfo::machineHostName();
}

bool processAlive(qint64 pid) {
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace

MaintenanceNotice MaintenanceNotice::forThisProcess(const QString& operation, const QString& username) {
    return MaintenanceNotice{operation, username, thisHost(), QCoreApplication::applicationPid(),
                             QDateTime::currentDateTimeUtc()};
}

bool MaintenanceNotice::isThisProcess() const {
    return host == thisHost() && pid == QCoreApplication::applicationPid();
}

bool MaintenanceNotice::isStale() const {
    if (host == thisHost() && !processAlive(pid)) {
        return true;
    }
    return !since.isValid() || since.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;
}

QString MaintenanceNotice::describe() const {
    const QString when = displayDateTime(since);
    const QString where = host == thisHost() ? Tr::tr("process %1 on this computer").arg(pid)
                                             : Tr::tr("process %1 on %2").arg(pid).arg(host);
    return Tr::tr("%1 is %2 (since %3, %4).").arg(username, operation, when, where);
}

Result<std::optional<MaintenanceNotice>> readMaintenanceNotice(Database& db) {
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, kKey);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<MaintenanceNotice>();
    }
    const QJsonObject o = QJsonDocument::fromJson(stmt->columnText(0).toUtf8()).object();
    MaintenanceNotice notice;
    notice.operation = o.value(QLatin1String("operation")).toString();
    notice.username = o.value(QLatin1String("user")).toString();
    notice.host = o.value(QLatin1String("host")).toString();
    notice.pid = o.value(QLatin1String("pid")).toInteger();
    notice.since = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODateWithMs);
    return std::optional<MaintenanceNotice>(notice);
}

Status writeMaintenanceNotice(Database& db, const MaintenanceNotice& notice) {
    const QJsonObject o{{QLatin1String("operation"), notice.operation},
                        {QLatin1String("user"), notice.username},
                        {QLatin1String("host"), notice.host},
                        {QLatin1String("pid"), notice.pid},
                        {QLatin1String("since"), notice.since.toUTC().toString(Qt::ISODateWithMs)}};
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, kKey).bind(2, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    return stmt->run();
}

Status clearMaintenanceNotice(Database& db) {
    auto stmt = db.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, kKey);
    return stmt->run();
}

} // namespace caselink
