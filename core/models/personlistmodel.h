// Persons in the user's scope (merged records left out): names in both scripts, father's or husband's name,
// CNIC and flags. Protected persons show the repository's pseudonym and match no filter by their identity.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class PersonListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { NameLatin, NameUrdu, Relative, Cnic, Flags, ColumnCount };
    enum Roles { NameLatinRole = FirstCustomRole, NameUrduRole, CnicRole, ProtectedRole };

    explicit PersonListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
