// Victims (smuggled migrants, trafficking victims) in visible cases, with their outcome. Identities only with
// the victim grant; everyone else sees the pseudonym.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class VictimListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { CaseNumber, Person, Role, Outcome, ColumnCount };

    // An empty caseId lists the victims of every visible case.
    explicit VictimListModel(RepositoryContext& context, const QString& caseId = {}, QObject* parent = nullptr);
};

} // namespace caselink
