// Drawing a timeline (QtGui only), shared by the timeline widget and the prosecutor's PDF: the axis and its ticks, the
// visible span, lanes, event clusters and icons, and the painter itself.
#pragma once

#include <set>
#include <utility>
#include <vector>

#include <QColor>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include "analysis/timeline.h"

class QPainter;

namespace caselink {

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

// The colour of an event type's icon (its shape: timelinesymbols.h) and a one- or two-letter mark for text-only uses.
QColor eventTypeColor(const QString& type);
QString eventTypeMark(const QString& type);

// Draws lanes, the time axis, deadlines, event icons, cluster badges and the legend of the icons into rect.
void paintTimeline(QPainter& painter, const QRectF& rect, const TimelineData& data, const TimelineView& view = {});

} // namespace caselink
