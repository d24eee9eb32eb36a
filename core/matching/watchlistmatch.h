// Runs a watch list (ECL, PCL, stop list, ...), the Red Book or the offloaded passengers against every person in the
// user's scope: the same CNIC, passport or phone number is a certain hit; a name and father's name alike across scripts
// and spellings is a scored hit with its reasons. Hits are stored (watchlist_hits) for the view and the CLI; an officer
// confirms or dismisses each, nothing is merged.
#pragma once

#include <atomic>
#include <functional>
#include <vector>

#include <QString>
#include <QStringList>

#include "repo/repositorycontext.h"

namespace caselink {

struct WatchListHit {
    QString id;
    QString list;
    QString entryId;
    QString listedPersonId;
    QString listedName;
    QString personId;
    QString personName;
    QString personCnic; // display form, empty when unknown or protected
    double score = 0.0;
    QStringList reasons;
    QString status; // OPEN, CONFIRMED, DISMISSED
};

class WatchListMatcher {
public:
    explicit WatchListMatcher(RepositoryContext& context);

    // "ECL", "PCL", "VCL", "BLACKLIST", "STOP_LIST", "RED_NOTICE", "RED_BOOK" or "OFFLOADED" (passengers of the
    // airport offload lists).
    static QStringList lists();
    // Matches every open entry of the list, stores the hits in one audited write and returns them, best first.
    // progress(done, total) is told the entries matched so far and answers false to cancel (ErrorCode::Usage,
    // nothing stored).
    Result<std::vector<WatchListHit>> run(const QString& list, double minimumScore = 0.65,
                                          const std::function<bool(qint64, qint64)>& progress = {});
    // Stored hits (of one list, or all when empty), best first; protected persons are shown by pseudonym.
    Result<std::vector<WatchListHit>> hits(const QString& list = {});
    Status setStatus(const QString& hitId, const QString& status);

private:
    RepositoryContext& m_context;
};

} // namespace caselink
