// The time axis, clustering and drawing of a timeline, in QtGui only, so the prosecutor's PDF can draw the same picture
// as the timeline view.
#include "render/timelinepainter.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "domain/localtime.h"
#include "render/timelinesymbols.h"

namespace caselink {
namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

qint64 unitSeconds(TickUnit unit) {
    switch (unit) {
    case TickUnit::Hour:
        return kHour;
    case TickUnit::SixHours:
        return 6 * kHour;
    case TickUnit::Day:
        return kDay;
    case TickUnit::Week:
        return 7 * kDay;
    case TickUnit::Month:
        return 30 * kDay;
    case TickUnit::Quarter:
        return 91 * kDay;
    case TickUnit::Year:
        return 365 * kDay;
    case TickUnit::Decade:
        return 3652 * kDay;
    }
    return kDay;
}

// The first tick at or after from, aligned to the unit's calendar boundary in the office's zone, so a day tick falls
// on the office's midnight and its label reads as every other date does.
QDateTime alignUp(const QDateTime& from, TickUnit unit) {
    const QDateTime local = toOfficeTime(from);
    const QDate d = local.date();
    const QTimeZone zone = officeTimeZone();
    QDateTime t;
    switch (unit) {
    case TickUnit::Hour:
        t = QDateTime(d, QTime(local.time().hour(), 0), zone);
        break;
    case TickUnit::SixHours:
        t = QDateTime(d, QTime(local.time().hour() / 6 * 6, 0), zone);
        break;
    case TickUnit::Day:
        t = QDateTime(d, QTime(0, 0), zone);
        break;
    case TickUnit::Week:
        t = QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), zone);
        break;
    case TickUnit::Month:
        t = QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), zone);
        break;
    case TickUnit::Quarter:
        t = QDateTime(QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1), QTime(0, 0), zone);
        break;
    case TickUnit::Year:
        t = QDateTime(QDate(d.year(), 1, 1), QTime(0, 0), zone);
        break;
    case TickUnit::Decade:
        t = QDateTime(QDate(d.year() / 10 * 10, 1, 1), QTime(0, 0), zone);
        break;
    }
    return t;
}

QDateTime next(const QDateTime& t, TickUnit unit) {
    switch (unit) {
    case TickUnit::Hour:
        return t.addSecs(kHour);
    case TickUnit::SixHours:
        return t.addSecs(6 * kHour);
    case TickUnit::Day:
        return t.addDays(1);
    case TickUnit::Week:
        return t.addDays(7);
    case TickUnit::Month:
        return t.addMonths(1);
    case TickUnit::Quarter:
        return t.addMonths(3);
    case TickUnit::Year:
        return t.addYears(1);
    case TickUnit::Decade:
        return t.addYears(10);
    }
    return t.addDays(1);
}

struct Style {
    QColor color;
    QString mark;
};

Style styleOf(const QString& type) {
    static const struct {
        const char* prefix;
        QRgb rgb;
        const char* mark;
    } table[] = {
        {"COMPLAINT", 0x56B4E9, "C"},
        {"ENQUIRY", 0x56B4E9, "E"},
        {"FIR", 0x0072B2, "F"},
        {"RAID", 0xD55E00, "R"},
        {"ARREST", 0xD55E00, "A"},
        {"PRODUCED", 0x009E73, "M"},
        {"PHYSICAL_REMAND", 0xCC79A7, "PR"},
        {"JUDICIAL_REMAND", 0xCC79A7, "JR"},
        {"STATEMENT", 0x999999, "S"},
        {"RECOVERY", 0xE69F00, "Rc"},
        {"INTERIM_CHALLAN", 0x0072B2, "IC"},
        {"FINAL_CHALLAN", 0x0072B2, "FC"},
        {"BAIL", 0x009E73, "B"},
        {"WARRANT", 0xD55E00, "W"},
        {"PROCLAMATION", 0xD55E00, "P"},
        {"ATTACHMENT", 0xE69F00, "At"},
        {"DECLARED_PO", 0xD55E00, "PO"},
        {"EVIDENCE", 0x999999, "Ev"},
        {"ECL", 0x444444, "L"},
        {"PCL", 0x444444, "L"},
        {"BLACKLIST", 0x444444, "L"},
        {"STOP_LIST", 0x444444, "L"},
        {"RED_NOTICE", 0xC00000, "RN"},
        {"INTERCEPTED", 0xD55E00, "I"},
        {"DEPORTED", 0x56B4E9, "D"},
        {"ASSET", 0xE69F00, "$"},
        {"RED_BOOK", 0xC00000, "RB"},
        {"CHARGE", 0x6A3D9A, "Ch"},
        {"JUDGMENT", 0x6A3D9A, "J"},
        {"ACQUITTAL", 0x6A3D9A, "Aq"},
        {"CONVICTION", 0x6A3D9A, "Cv"},
        {"APPEAL", 0x6A3D9A, "Ap"},
        {kPaymentEvent, 0x2E7D32, "Rs"},
        {kTravelEvent, 0x00838F, "T"},
        {kDocumentEvent, 0x795548, "D"},
    };
    for (const auto& row : table) {
        if (type.startsWith(QLatin1String(row.prefix))) {
            return {QColor::fromRgb(row.rgb), QString::fromLatin1(row.mark)};
        }
    }
    return {QColor(0x77, 0x77, 0x77), type.left(1)};
}

} // namespace

QColor eventTypeColor(const QString& type) {
    return styleOf(type).color;
}

QString eventTypeMark(const QString& type) {
    return styleOf(type).mark;
}

TimelineTicks timelineTicks(const QDateTime& from, const QDateTime& to, qreal widthPx) {
    TimelineTicks ticks;
    const qint64 span = std::max<qint64>(1, from.secsTo(to));
    const qreal wanted = std::max<qreal>(1, widthPx / 90.0);
    ticks.unit = TickUnit::Decade;
    for (TickUnit u : {TickUnit::Hour, TickUnit::SixHours, TickUnit::Day, TickUnit::Week, TickUnit::Month,
                       TickUnit::Quarter, TickUnit::Year, TickUnit::Decade}) {
        if (static_cast<qreal>(span) / static_cast<qreal>(unitSeconds(u)) <= wanted) {
            ticks.unit = u;
            break;
        }
    }
    QDateTime t = alignUp(from, ticks.unit);
    if (t < from) {
        t = next(t, ticks.unit);
    }
    for (; t <= to && ticks.at.size() < 2000; t = next(t, ticks.unit)) {
        ticks.at.push_back(t);
    }
    return ticks;
}

QString tickLabel(const QDateTime& at, TickUnit unit) {
    const QLocale locale;
    const QDate day = officeDate(at);
    switch (unit) {
    case TickUnit::Hour:
    case TickUnit::SixHours:
        return displayDateTime(at);
    case TickUnit::Day:
    case TickUnit::Week:
        return displayDate(day);
    case TickUnit::Month:
    case TickUnit::Quarter:
        return locale.toString(day, QStringLiteral("MMM yyyy"));
    case TickUnit::Year:
    case TickUnit::Decade:
        return locale.toString(day, QStringLiteral("yyyy"));
    }
    return {};
}

std::pair<QDateTime, QDateTime> timelineSpan(const TimelineData& data, const TimelineView& view) {
    if (view.from.isValid() && view.to.isValid() && view.from < view.to) {
        return {view.from, view.to};
    }
    if (!data.start.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {now.addDays(-30), now};
    }
    const qint64 span = data.start.secsTo(data.end);
    const qint64 margin = span > 0 ? std::max<qint64>(kHour, span / 20) : kDay / 2;
    return {data.start.addSecs(-margin), data.end.addSecs(margin)};
}

qreal timelineX(const QDateTime& at, const QRectF& rect, const TimelineData& data, const TimelineView& view) {
    const auto [from, to] = timelineSpan(data, view);
    const qreal width = rect.width() - view.labelWidth;
    const qreal f = static_cast<qreal>(from.msecsTo(at)) / static_cast<qreal>(std::max<qint64>(1, from.msecsTo(to)));
    return view.rightToLeft ? rect.right() - view.labelWidth - f * width : rect.left() + view.labelWidth + f * width;
}

std::vector<int> visibleLanes(const TimelineData& data, const TimelineView& view) {
    std::vector<int> out;
    for (std::size_t i = 0; i < data.lanes.size(); ++i) {
        if (!view.hiddenLanes.contains(data.lanes[i].key)) {
            out.push_back(static_cast<int>(i));
        }
    }
    return out;
}

std::vector<TimelineCluster> timelineClusters(const QRectF& rect, const TimelineData& data, const TimelineView& view) {
    std::vector<TimelineCluster> out;
    const auto [from, to] = timelineSpan(data, view);
    std::map<int, TimelineCluster*> open; // the last cluster of each lane
    std::vector<TimelineCluster> clusters;
    clusters.reserve(data.items.size());
    for (std::size_t i = 0; i < data.items.size(); ++i) {
        const TimelineItem& item = data.items[i];
        if (view.hiddenTypes.contains(item.type) || view.hiddenLanes.contains(data.lanes[item.lane].key) ||
            item.at < from || item.at > to) {
            continue;
        }
        const qreal x = timelineX(item.at, rect, data, view);
        auto it = open.find(item.lane);
        if (it != open.end() && std::abs(x - it->second->x) < view.clusterPx) {
            it->second->items.push_back(static_cast<int>(i));
            continue;
        }
        clusters.push_back({item.lane, x, {static_cast<int>(i)}});
        open[item.lane] = &clusters.back();
    }
    return clusters;
}

void paintTimeline(QPainter& painter, const QRectF& rect, const TimelineData& data, const TimelineView& view) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect);
    const auto [from, to] = timelineSpan(data, view);
    const std::vector<int> lanes = visibleLanes(data, view);
    const qreal axisHeight = 28;
    const std::vector<EventGroup> legend = timelineLegend(data, view);
    const qreal legendHeight = legend.empty() ? 0 : kTimelineLegendHeight;
    const QRectF plot(view.rightToLeft ? rect.left() : rect.left() + view.labelWidth, rect.top() + axisHeight,
                      rect.width() - view.labelWidth, rect.height() - axisHeight - legendHeight);
    std::map<int, qreal> laneY;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        laneY[lanes[i]] = plot.top() + view.laneHeight * (static_cast<qreal>(i) + 0.5);
    }
    // Lanes: alternating bands with their labels in the label column.
    QFont font = painter.font();
    const QFontMetricsF metrics(font);
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const qreal top = plot.top() + view.laneHeight * static_cast<qreal>(i);
        painter.fillRect(QRectF(rect.left(), top, rect.width(), view.laneHeight),
                         i % 2 ? QColor(0xF4, 0xF6, 0xF8) : QColor(0xFF, 0xFF, 0xFF));
        const QRectF labelRect(view.rightToLeft ? rect.right() - view.labelWidth + 6 : rect.left() + 6, top,
                               view.labelWidth - 12, view.laneHeight);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(labelRect,
                         Qt::AlignVCenter | Qt::AlignAbsolute | (view.rightToLeft ? Qt::AlignRight : Qt::AlignLeft),
                         metrics.elidedText(data.lanes[static_cast<std::size_t>(lanes[i])].label, Qt::ElideRight,
                                            labelRect.width()));
        painter.setPen(QPen(QColor(0xC8, 0xCC, 0xD0), 1));
        painter.drawLine(QPointF(plot.left(), laneY[lanes[i]]), QPointF(plot.right(), laneY[lanes[i]]));
    }
    // Axis: ticks that adapt to the zoom.
    const TimelineTicks ticks = timelineTicks(from, to, plot.width());
    painter.setPen(QColor(0x50, 0x50, 0x50));
    for (const QDateTime& t : ticks.at) {
        const qreal x = timelineX(t, rect, data, view);
        painter.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(x - 45, rect.top(), 90, axisHeight), Qt::AlignCenter, tickLabel(t, ticks.unit));
    }
    // Deadlines: a dashed vertical mark on their lane, red while open or missed.
    for (const TimelineDeadline& d : data.deadlines) {
        if (!laneY.contains(d.lane) || d.at < from || d.at > to) {
            continue;
        }
        const qreal x = timelineX(d.at, rect, data, view);
        QPen pen(d.met ? QColor(0x88, 0x88, 0x88) : QColor(0xC0, 0x00, 0x00), 2, Qt::DashLine);
        painter.setPen(pen);
        const qreal y = laneY[d.lane];
        painter.drawLine(QPointF(x, y - view.laneHeight * 0.45), QPointF(x, y + view.laneHeight * 0.45));
        QPainterPath flag;
        flag.moveTo(x, y - view.laneHeight * 0.45);
        flag.lineTo(x + 8, y - view.laneHeight * 0.45 + 4);
        flag.lineTo(x, y - view.laneHeight * 0.45 + 8);
        painter.fillPath(flag, pen.color());
    }
    // Events: a coloured disc with the type's mark; a cluster is a wider badge with its count.
    QFont small = font;
    small.setPointSizeF(std::max<qreal>(6, font.pointSizeF() * 0.8));
    small.setBold(true);
    painter.setFont(small);
    for (const TimelineCluster& c : timelineClusters(rect, data, view)) {
        if (!laneY.contains(c.lane)) {
            continue;
        }
        const qreal y = laneY[c.lane];
        const TimelineItem& first = data.items[static_cast<std::size_t>(c.items.front())];
        if (c.items.size() == 1) {
            paintEventSymbol(painter, QPointF(c.x, y), 18, first.type, view.rightToLeft);
        } else {
            const QString count = QString::number(c.items.size());
            const QRectF badge(c.x - 13, y - 10, 26, 20);
            painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
            painter.setBrush(QColor(0xFF, 0xF3, 0xC4));
            painter.drawRoundedRect(badge, 9, 9);
            painter.setPen(QColor(0x30, 0x30, 0x30));
            painter.drawText(badge, Qt::AlignCenter, count);
        }
    }
    // The legend under the lanes: what each icon shape means, in words.
    if (!legend.empty()) {
        const QRectF band(rect.left(), rect.bottom() - legendHeight, rect.width(), legendHeight);
        painter.fillRect(band, Qt::white);
        painter.setPen(QPen(QColor(0xC8, 0xCC, 0xD0), 1));
        painter.drawLine(band.topLeft(), band.topRight());
        painter.setFont(font);
        paintTimelineLegend(painter, band, legend, view.rightToLeft);
    }
    painter.restore();
}

} // namespace caselink
