// Organisations the user may see (networks, agencies, front companies): name in both scripts, kind, registration,
// office and member count. The filter matches the start of either name or the registration number.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class OrganisationListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { Name, NameUrdu, Kind, Registration, Office, Members, ColumnCount };

    explicit OrganisationListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
