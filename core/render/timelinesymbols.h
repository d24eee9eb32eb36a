// What a timeline's event icons mean: each event type belongs to a group drawn with its own shape (a square for
// registration, a triangle for arrests, a coin for payments, an arrow for travel, a page for documents...) in the
// type's colour, and the legend that names the groups shown in words.
#pragma once

#include <vector>

#include <QRectF>
#include <QString>

#include "analysis/timeline.h"

class QPainter;

namespace caselink {

struct TimelineView;

enum class EventGroup {
    Registration, // complaint, enquiry, FIR
    Enforcement,  // raid, arrest, warrant, proclamation, interception
    Custody,      // production before a magistrate, remands, bail
    Statements,   // statements, recoveries, evidence
    Trial,        // challans, charge, judgment, appeal
    Lists,        // ECL/PCL/blacklist/stop list, Red Notice, Red Book, deportation
    Assets,
    Payment,
    Travel,
    Document,
    Other,
};

EventGroup eventGroup(const QString& type);
QString eventGroupName(EventGroup group); // translated
// The type's icon centred on centre, size across; travel's arrow points the way time runs (left when rightToLeft).
void paintEventSymbol(QPainter& painter, const QPointF& centre, qreal size, const QString& type,
                      bool rightToLeft = false);
// The groups of the events shown (types not hidden), in enum order.
std::vector<EventGroup> timelineLegend(const TimelineData& data, const TimelineView& view);
// The height paintTimeline keeps for the legend under the lanes.
inline constexpr qreal kTimelineLegendHeight = 28;
// One row of icons and words across rect, from the reading side.
void paintTimelineLegend(QPainter& painter, const QRectF& rect, const std::vector<EventGroup>& groups,
                         bool rightToLeft);

} // namespace caselink
