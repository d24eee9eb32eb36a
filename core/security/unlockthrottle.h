// Growing delay after failed unlocks, kept per database on this machine (outside the database files, which a failed
// attempt must leave byte-identical). Failures are written to the audit log at the next successful unlock.
#pragma once

#include <chrono>
#include <vector>

#include <QDateTime>
#include <QString>

#include "security/audit.h"

namespace caselink {

struct FailedUnlock {
    QDateTime at;
    QString username;
};

class UnlockThrottle {
public:
    // stateDir holds one small JSON file per database id. Defaults to the application's local data folder.
    explicit UnlockThrottle(QString stateDir = QString(), Clock clock = &systemClockUtc);

    // Zero when an attempt may be made now.
    std::chrono::seconds remainingDelay(const QString& databaseId) const;
    void recordFailure(const QString& databaseId, const QString& username);
    // Returns the failures since the last success (for the audit log) and resets the counter.
    std::vector<FailedUnlock> takeFailures(const QString& databaseId);

    // The delay after n consecutive failures: none after one or two, then 2 s after the third, doubling up to 5 min.
    static std::chrono::seconds delayAfter(int failures);

private:
    QString stateFile(const QString& databaseId) const;
    std::vector<FailedUnlock> load(const QString& databaseId) const;
    void save(const QString& databaseId, const std::vector<FailedUnlock>& failures) const;

    QString m_dir;
    Clock m_clock;
};

} // namespace caselink
