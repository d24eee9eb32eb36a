// The chronology of a case or of persons across their cases, as lanes of dated events ("theme lines" in i2 terms) with
// the legal deadlines that run against them. render/timelinepainter.h draws it.
#pragma once

#include <vector>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace caselink {

class RepositoryContext;

struct TimelineLane {
    QString key;      // "case" for the case lane, else the person id
    QString label;    // the case label or the person's display name (pseudonymised when protected)
    QString personId; // empty for the case lane
};

// Items that come from other records than events: a payment (its date), a leg of travel, a document used on a leg.
inline constexpr char kPaymentEvent[] = "PAYMENT";
inline constexpr char kTravelEvent[] = "TRAVEL";
inline constexpr char kDocumentEvent[] = "DOCUMENT_USED";

struct TimelineItem {
    QString id;   // the event id (or the payment, route leg or document id)
    QString type; // ref_event_types code, or kPaymentEvent, kTravelEvent, kDocumentEvent
    QString title;
    QString legalRef;
    QString description;
    QDateTime at; // UTC
    QString caseId;
    QString personId;
    int lane = 0;
};

struct TimelineDeadline {
    QString kind; // "remand_expiry", "challan_due", "magistrate_production"
    QString label;
    QDateTime at;
    QString caseId;
    int lane = 0;
    bool met = false; // met in time (drawn muted) or still open/missed (drawn in red)
};

struct TimelineData {
    QString title;
    std::vector<TimelineLane> lanes;
    std::vector<TimelineItem> items; // oldest first
    std::vector<TimelineDeadline> deadlines;
    QDateTime start; // first item or deadline
    QDateTime end;   // last item or deadline
};

class TimelineQuery {
public:
    explicit TimelineQuery(RepositoryContext& context)
        : m_context(context) {}
    // A case lane plus one lane per person with an event, arrest, payment or travel in the case; payments (on the
    // payer's lane), route legs and the documents used on them as items; interim challan due date and remand
    // expiries as deadlines. NotFound when the case is outside the user's scope.
    Result<TimelineData> forCase(const QString& caseId);
    // One lane per person, every event naming them and every payment they made or received in cases the user may
    // see.
    Result<TimelineData> forPersons(const QStringList& personIds);

private:
    RepositoryContext& m_context;
};

} // namespace caselink
