// The chronology of a case or of persons across their cases, as lanes of dated events ("theme lines" in i2 terms) with
// the legal deadlines that run against them, and a painter that draws it (QtGui only) for the timeline view and for
// the prosecutor's PDF.
#pragma once

#include <set>
#include <vector>

#include <QColor>
#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "util/result.h"

class QPainter;

namespace caselink {

class RepositoryContext;

struct TimelineLane {
    QString key;      // "case" for the case lane, else the person id
    QString label;    // the case label or the person's display name (pseudonymised when protected)
    QString personId; // empty for the case lane
};

struct TimelineItem {
    QString id;   // the event id
    QString type; // ref_event_types code
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
    // A case lane plus one lane per person with an event or arrest in the case; interim challan due date and remand
    // expiries as deadlines. NotFound when the case is outside the user's scope.
    Result<TimelineData> forCase(const QString& caseId);
    // One lane per person, every event naming them in cases the user may see.
    Result<TimelineData> forPersons(const QStringList& personIds);

private:
    RepositoryContext& m_context;
};

// --- Axis, clustering and painting, shared by the timeline widget and the PDF painter ---

enum class TickUnit { Hour, SixHours, Day, Week, Month, Quarter, Year, Decade };

struct TimelineTicks {
    TickUnit unit = TickUnit::Day;
    std::vector<QDateTime> at;
};

// Ticks for the visible span at about one per 90 pixels: hours when zoomed in, years when zoomed out.
TimelineTicks timelineTicks(const QDateTime& from, const QDateTime& to, qreal widthPx);
QString tickLabel(const QDateTime& at, TickUnit unit);

struct TimelineView {
    QDateTime from; // the visible span; invalid = the data's span with a margin
    QDateTime to;
    std::set<QString> hiddenTypes; // event types filtered out
    std::set<QString> hiddenLanes; // lane keys filtered out
    qreal clusterPx = 16;          // events closer than this on one lane are drawn as one counted badge
    qreal laneHeight = 44;
    qreal labelWidth = 160; // the lane labels' column
    bool rightToLeft = false;
};

// Events of one lane closer than view.clusterPx, drawn as one badge with their count.
struct TimelineCluster {
    int lane = 0;
    qreal x = 0;
    std::vector<int> items; // indexes into TimelineData::items
};

// The span drawn when the view has none: the data's span plus 5 % on each side (a day around a single instant).
std::pair<QDateTime, QDateTime> timelineSpan(const TimelineData& data, const TimelineView& view);
// The x of an instant inside rect (after the label column), mirrored for right-to-left.
qreal timelineX(const QDateTime& at, const QRectF& rect, const TimelineData& data, const TimelineView& view);
std::vector<int> visibleLanes(const TimelineData& data, const TimelineView& view);
std::vector<TimelineCluster> timelineClusters(const QRectF& rect, const TimelineData& data, const TimelineView& view);

// The colour and the one- or two-letter mark of an event type's icon.
QColor eventTypeColor(const QString& type);
QString eventTypeMark(const QString& type);

// Draws lanes, the time axis, deadlines, event icons and cluster badges into rect.
void paintTimeline(QPainter& painter, const QRectF& rect, const TimelineData& data, const TimelineView& view = {});

} // namespace caselink
