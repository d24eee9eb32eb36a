// The audit log paged by sequence number. Administrators and supervisors see every entry, everyone else their
// own. The filter matches the start of an action ("person.") or a user name exactly.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class AuditListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { Seq, Time, User, Action, Entity, ColumnCount };

    explicit AuditListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
