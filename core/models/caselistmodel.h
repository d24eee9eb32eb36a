// Cases the user may see: FIR and enquiry numbers, status, office, FIR date and investigating officer.
// The filter matches the start of an FIR or enquiry number, or an FIR serial.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class CaseListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { Fir, Enquiry, Status, Office, FirDate, Officer, ColumnCount };
    enum Roles { StatusKeyRole = FirstCustomRole };

    explicit CaseListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
