// The open items of the review of held persons (HeldReview::openItemsSql) in the user's scope, newest first: score,
// the held record and the one it may be, reasons, and where they came from. Identities protected from the user show
// as pseudonyms and their reasons are withheld. Filter text "SPREADSHEET" or "BUNDLE" keeps one source.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class HeldReviewListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { Score, Held, Existing, Reasons, Source, HeldAt, ColumnCount };
    enum Roles { SourceRole = FirstCustomRole, HeldIdRole, ExistingIdRole, WithheldRole };

    explicit HeldReviewListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
