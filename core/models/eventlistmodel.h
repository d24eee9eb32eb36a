// A case timeline (or every visible event): time, event type title in English or Urdu, person and legal
// reference, oldest first. The filter matches an event type code or words of its title.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class EventListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { Time, Type, Person, LegalRef, ColumnCount };
    enum Roles { TypeCodeRole = FirstCustomRole };

    // An empty caseId lists events of every visible case.
    explicit EventListModel(RepositoryContext& context, const QString& caseId = {}, QObject* parent = nullptr);
    // Titles from ref_event_types.title_ur (falling back to English where it is empty) instead of title_en.
    void setUrdu(bool urdu);
};

} // namespace caselink
