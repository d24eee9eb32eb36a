// Arrests in visible cases: date, person (pseudonymised when protected), category, arresting office and the
// case's number. The filter matches a category key or the start of the case's FIR or enquiry number.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class ArrestListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { Date, Person, Category, Office, CaseNumber, ColumnCount };

    explicit ArrestListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
