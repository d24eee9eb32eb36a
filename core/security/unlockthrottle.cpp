#include "security/unlockthrottle.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "crypto/crypto.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace caselink {
namespace {

// An exclusive flock on "<state>.lock" for as long as it lives; without one (a read-only folder) the update runs
// unlocked rather than not at all.
class StateLock {
public:
    explicit StateLock(const QString& path) {
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~StateLock() {
        if (m_fd >= 0) {
            ::close(m_fd); // releases the lock
        }
    }
    StateLock(const StateLock&) = delete;
    StateLock& operator=(const StateLock&) = delete;

private:
    int m_fd = -1;
};

} // namespace

template <typename F>
auto UnlockThrottle::locked(const QString& databaseId, F&& f) const {
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const StateLock lock(stateFile(databaseId) + QStringLiteral(".lock"));
    return f();
}

UnlockThrottle::UnlockThrottle(QString stateDir, Clock clock)
    : m_dir(std::move(stateDir))
    , m_clock(clock) {
    if (m_dir.isEmpty()) {
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/throttle");
    }
}

std::chrono::seconds UnlockThrottle::delayAfter(int failures) {
    if (failures < 3) {
        return std::chrono::seconds(0);
    }
    const int exponent = std::min(failures - 2, 9); // 2, 4, 8, ... 512 before the cap
    return std::min(std::chrono::seconds(1 << exponent), std::chrono::seconds(300));
}

QString UnlockThrottle::stateFile(const QString& databaseId) const {
    // Named by a hash so the folder does not list which databases this machine has opened.
    return m_dir + QLatin1Char('/') + QString::fromLatin1(crypto::sha256(databaseId.toUtf8()).toHex().left(32)) +
           QStringLiteral(".json");
}

std::vector<FailedUnlock> UnlockThrottle::load(const QString& databaseId) const {
    QFile f(stateFile(databaseId));
    std::vector<FailedUnlock> out;
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QJsonValue& v :
         QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("failures")).toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back({QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs),
                       QByteArray::fromBase64(o.value(QLatin1String("account")).toString().toLatin1())});
    }
    return out;
}

void UnlockThrottle::save(const QString& databaseId, const std::vector<FailedUnlock>& failures) const {
    if (failures.empty()) {
        QFile::remove(stateFile(databaseId));
        return;
    }
    QJsonArray list;
    for (const FailedUnlock& f : failures) {
        QJsonObject entry{{QLatin1String("at"), f.at.toUTC().toString(Qt::ISODateWithMs)}};
        if (!f.accountTag.isEmpty()) {
            entry.insert(QLatin1String("account"), QString::fromLatin1(f.accountTag.toBase64()));
        }
        list.append(entry);
    }
    QSaveFile file(stateFile(databaseId));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QLatin1String("failures"), list}}).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

std::chrono::seconds UnlockThrottle::remainingDelay(const QString& databaseId) const {
    const auto failures = load(databaseId);
    if (failures.empty()) {
        return std::chrono::seconds(0);
    }
    const auto delay = delayAfter(static_cast<int>(failures.size()));
    const qint64 elapsed = failures.back().at.secsTo(m_clock());
    return std::chrono::seconds(std::max<qint64>(0, delay.count() - std::max<qint64>(0, elapsed)));
}

void UnlockThrottle::recordFailure(const QString& databaseId, const QByteArray& accountTag) {
    locked(databaseId, [&] {
        auto failures = load(databaseId);
        // A bounded record: the count keeps growing the delay, the audit keeps the most recent attempts.
        if (failures.size() >= 200) {
            failures.erase(failures.begin());
        }
        failures.push_back({m_clock().toUTC(), accountTag.left(32)});
        save(databaseId, failures);
    });
}

std::vector<FailedUnlock> UnlockThrottle::takeFailures(const QString& databaseId) {
    return locked(databaseId, [&] {
        auto failures = load(databaseId);
        save(databaseId, {});
        return failures;
    });
}

} // namespace caselink
