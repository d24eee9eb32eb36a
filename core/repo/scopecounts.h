// How many cases, persons, arrests and organisations the signed-in user may see, for the dashboard: the same
// scoped WHERE clauses as the list models (CaseListModel, PersonListModel, ArrestListModel, OrganisationListModel).
#pragma once

#include <QtGlobal>

#include "repo/repositorycontext.h"

namespace caselink {

struct ScopeCounts {
    qint64 cases = 0;
    qint64 persons = 0;
    qint64 arrests = 0;
    qint64 organisations = 0;
};

Result<ScopeCounts> countInScope(RepositoryContext& context);
// How many person rows the database holds at most (the largest rowid): instant, for deciding whether counting the
// scope is cheap enough to do unasked.
Result<qint64> personRowsUpperBound(RepositoryContext& context);

} // namespace caselink
