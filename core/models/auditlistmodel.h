// The audit log paged by sequence number. Administrators and supervisors see every entry, everyone else their
// own. Actions read as sentences naming the person or case ("Arrest recorded: Zubair Yousafzai", audittext.h). The
// filter matches the start of an action key ("person.") or a user name exactly.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class AuditListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { Seq, Time, User, Action, Entity, ColumnCount };
    // The action's key ("arrest.create") from any column; the Action column shows it as a sentence.
    enum Roles { ActionRole = PagedTableModel::FirstCustomRole };

    explicit AuditListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
