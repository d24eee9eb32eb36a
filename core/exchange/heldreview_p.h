// What heldreview.cpp and heldreviewbundle.cpp share: an item's stored row and small checks.
#pragma once

#include <QJsonObject>

#include "exchange/heldreview.h"
#include "io/casefiledata.h"
#include "storage/database.h"

namespace caselink {

struct HeldReview::Stored {
    HeldSource source = HeldSource::Spreadsheet;
    QString id;
    QString status;
    QString heldId;     // import_review.person_id, or the bundle's incoming person id
    QString existingId; // import_review.candidate_id, or bundle_duplicate_reviews.existing_person_id
    std::optional<double> score;
    QStringList reasons;
    QString origin;
    QDateTime heldAt;
    qint64 sourceRow = 0;
    QString caseId;       // bundle
    QJsonObject incoming; // bundle: the incoming person with roles, arrests and events (bundlerecords format)
    QJsonObject decision; // what the decision wrote, for reopen
};

namespace heldreview {

// As Scope::personProtected for a person not recorded yet: a victim, witness, complainant or family role and no
// accused role.
bool isProtectedIncoming(const CaseFileParty& party);
Result<bool> exists(Database& db, const QString& table, const QString& id);
// Errors about one record (bad values, conflicts, permissions) that leave the rest of a decision standing.
bool recordLevel(const Error& e);

} // namespace heldreview

} // namespace caselink
