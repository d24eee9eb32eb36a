// Growing delay after failed unlocks, kept per database on this machine (outside the database files, which a failed
// attempt must leave byte-identical). Failures are written to the audit log at the next successful unlock.
//
// What was typed is never stored: a failure names the account by its keyslot tag (a hash of the database id and
// the user name) when such an account exists, and records nothing about the name otherwise — a password typed into
// the user name field does not land on disk. Every update reads, counts and writes under an exclusive lock on the
// state file, so parallel attempts from several processes are all counted.
#pragma once

#include <chrono>
#include <vector>

#include <QDateTime>
#include <QString>

#include "security/audit.h"

namespace caselink {

struct FailedUnlock {
    QDateTime at;
    QByteArray accountTag; // KeyslotFile::userTag of an existing account; empty when no account had that name
};

class UnlockThrottle {
public:
    // stateDir holds one small JSON file per database id. Defaults to the application's local data folder.
    explicit UnlockThrottle(QString stateDir = QString(), Clock clock = &systemClockUtc);

    // Zero when an attempt may be made now.
    std::chrono::seconds remainingDelay(const QString& databaseId) const;
    // accountTag: the keyslot tag of the account tried, empty when the name is no account's.
    void recordFailure(const QString& databaseId, const QByteArray& accountTag);
    // Returns the failures since the last success (for the audit log) and resets the counter.
    std::vector<FailedUnlock> takeFailures(const QString& databaseId);

    // The delay after n consecutive failures: none after one or two, then 2 s after the third, doubling up to 5 min.
    static std::chrono::seconds delayAfter(int failures);

private:
    QString stateFile(const QString& databaseId) const;
    std::vector<FailedUnlock> load(const QString& databaseId) const;
    void save(const QString& databaseId, const std::vector<FailedUnlock>& failures) const;
    template <typename F>
    auto locked(const QString& databaseId, F&& f) const;

    QString m_dir;
    Clock m_clock;
};

} // namespace caselink
