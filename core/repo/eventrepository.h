// Timeline events of cases and persons, typed by ref_event_types with their legal references. An event on a case
// is visible with the case; an event on a person alone is visible with the person.
#pragma once

#include <vector>

#include "domain/event.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class EventRepository {
public:
    explicit EventRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> add(const TimelineEvent& event);
    // The case and person an event belongs to never change.
    Result<SaveOutcome> update(const TimelineEvent& event);
    Status remove(const QString& id);
    Result<TimelineEvent> get(const QString& id);

    // Oldest first; from/to (inclusive, UTC) limit the window when valid. NotFound when the case is out of scope.
    Result<std::vector<TimelineEvent>> timelineForCase(const QString& caseId, const QDateTime& from = {},
                                                       const QDateTime& to = {});
    // Every event naming the person, in cases (or on records) the user may see, oldest first.
    Result<std::vector<TimelineEvent>> timelineForPerson(const QString& personId, const QDateTime& from = {},
                                                         const QDateTime& to = {});

private:
    Result<std::vector<Issue>> normalise(TimelineEvent& event);
    Status writeRow(const TimelineEvent& event, bool insert);
    Result<std::vector<TimelineEvent>> list(const QString& where, const std::function<void(Statement&)>& bind);
    Result<std::vector<TimelineEvent>> window(const QString& where, const QString& id, const QDateTime& from,
                                              const QDateTime& to);

    RepositoryContext& m_context;
};

} // namespace caselink
