// Evidence across every case the user can see (the Evidence section): what it is, which case it belongs to, its
// size and SHA-256 at intake and the seizure-register (malkhana) reference. The filter matches the start of the
// title, the malkhana reference or the case's number.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class EvidenceListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { CaseNumber, Title, Kind, Size, Sha256, Malkhana, Collected, ColumnCount };
    enum Roles { CaseIdRole = FirstCustomRole };

    explicit EvidenceListModel(RepositoryContext& context, QObject* parent = nullptr);
};

} // namespace caselink
