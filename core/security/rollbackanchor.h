// What this computer last saw of a database, kept outside it: the audit log's head (sequence number and hash) and the
// keyslot file's generation. The database and its keyslot file can be copied back together from an earlier moment
// (a file rollback, to undo what the audit log records), or the tail of the audit log cut by someone holding the data
// key; neither shows inside the files, which are consistent with themselves. Compared with what was seen here before,
// both show: the audit log is shorter, its entry at the seen position differs, or the keyslot generation went back.
//
// The anchor is a deterrent on this computer, like the unlock throttle: whoever can delete the folder
// (~/.local/share/FIA/CaseLink/anchors/) can make the computer forget, and another computer never saw the newer state.
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "util/result.h"

namespace caselink {

class Database;

struct SeenState {
    qint64 auditSeq = 0;
    QByteArray auditHash; // of the entry at auditSeq
    qint64 keyslotGeneration = 0;
    QDateTime at; // when it was seen (UTC)
};

class RollbackAnchor {
public:
    // stateDir empty: the per-machine folder the desktop application and caselink-cli share.
    explicit RollbackAnchor(QString stateDir = {});

    // The state of an open database now.
    static Result<SeenState> stateOf(Database& db);
    // Whether db still holds the entry seen at seen.auditSeq, with the same hash; a translated description of the
    // rollback or truncation when it does not (empty when it does).
    static Result<QString> compare(Database& db, const SeenState& seen, const SeenState& now);

    std::optional<SeenState> seen(const QString& databaseId) const;
    // Records now when it is ahead of what was seen (or replace: after a restore, which goes back on purpose).
    void remember(const QString& databaseId, const SeenState& now, bool replace = false) const;

private:
    QString fileOf(const QString& databaseId) const;
    QString m_dir;
};

} // namespace caselink
