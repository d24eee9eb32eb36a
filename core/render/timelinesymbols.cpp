#include "render/timelinesymbols.h"

#include <cmath>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include "render/timelinepainter.h"

namespace caselink {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::TimelineLegend)
};

QPainterPath polygon(const QPointF& c, qreal r, int sides, qreal turn) {
    QPainterPath path;
    for (int i = 0; i < sides; ++i) {
        const qreal a = turn + 2 * M_PI * i / sides;
        const QPointF p = c + QPointF(std::cos(a), std::sin(a)) * r;
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

// A sample type per group, for drawing the legend's icons in the group's colour.
QString sampleType(EventGroup group) {
    switch (group) {
    case EventGroup::Registration:
        return QStringLiteral("FIR_REGISTERED");
    case EventGroup::Enforcement:
        return QStringLiteral("ARREST");
    case EventGroup::Custody:
        return QStringLiteral("PHYSICAL_REMAND");
    case EventGroup::Statements:
        return QStringLiteral("STATEMENT_161");
    case EventGroup::Trial:
        return QStringLiteral("JUDGMENT");
    case EventGroup::Lists:
        return QStringLiteral("ECL_PLACED");
    case EventGroup::Assets:
        return QStringLiteral("ASSET_FROZEN");
    case EventGroup::Payment:
        return QString::fromLatin1(kPaymentEvent);
    case EventGroup::Travel:
        return QString::fromLatin1(kTravelEvent);
    case EventGroup::Document:
        return QString::fromLatin1(kDocumentEvent);
    case EventGroup::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

} // namespace

EventGroup eventGroup(const QString& type) {
    static const struct {
        const char* prefix;
        EventGroup group;
    } table[] = {
        {"COMPLAINT", EventGroup::Registration},
        {"ENQUIRY", EventGroup::Registration},
        {"FIR", EventGroup::Registration},
        {"RAID", EventGroup::Enforcement},
        {"ARREST", EventGroup::Enforcement},
        {"WARRANT", EventGroup::Enforcement},
        {"PROCLAMATION", EventGroup::Enforcement},
        {"DECLARED_PO", EventGroup::Enforcement},
        {"INTERCEPTED", EventGroup::Enforcement},
        {"PRODUCED", EventGroup::Custody},
        {"PHYSICAL_REMAND", EventGroup::Custody},
        {"JUDICIAL_REMAND", EventGroup::Custody},
        {"BAIL", EventGroup::Custody},
        {"STATEMENT", EventGroup::Statements},
        {"RECOVERY", EventGroup::Statements},
        {"EVIDENCE", EventGroup::Statements},
        {"INTERIM_CHALLAN", EventGroup::Trial},
        {"FINAL_CHALLAN", EventGroup::Trial},
        {"CHARGE", EventGroup::Trial},
        {"JUDGMENT", EventGroup::Trial},
        {"ACQUITTAL", EventGroup::Trial},
        {"CONVICTION", EventGroup::Trial},
        {"APPEAL", EventGroup::Trial},
        {"ECL", EventGroup::Lists},
        {"PCL", EventGroup::Lists},
        {"BLACKLIST", EventGroup::Lists},
        {"STOP_LIST", EventGroup::Lists},
        {"RED_NOTICE", EventGroup::Lists},
        {"RED_BOOK", EventGroup::Lists},
        {"DEPORTED", EventGroup::Lists},
        {"ASSET", EventGroup::Assets},
        {"ATTACHMENT", EventGroup::Assets},
        {kPaymentEvent, EventGroup::Payment},
        {kTravelEvent, EventGroup::Travel},
        {kDocumentEvent, EventGroup::Document},
    };
    for (const auto& row : table) {
        if (type.startsWith(QLatin1String(row.prefix))) {
            return row.group;
        }
    }
    return EventGroup::Other;
}

QString eventGroupName(EventGroup group) {
    switch (group) {
    case EventGroup::Registration:
        return Tr::tr("Complaint, enquiry, FIR");
    case EventGroup::Enforcement:
        return Tr::tr("Raid, arrest, warrant");
    case EventGroup::Custody:
        return Tr::tr("Magistrate, remand, bail");
    case EventGroup::Statements:
        return Tr::tr("Statement, recovery, evidence");
    case EventGroup::Trial:
        return Tr::tr("Challan and trial");
    case EventGroup::Lists:
        return Tr::tr("Lists and notices");
    case EventGroup::Assets:
        return Tr::tr("Assets");
    case EventGroup::Payment:
        return Tr::tr("Payment");
    case EventGroup::Travel:
        return Tr::tr("Travel");
    case EventGroup::Document:
        return Tr::tr("Document used");
    case EventGroup::Other:
        break;
    }
    return Tr::tr("Other event");
}

void paintEventSymbol(QPainter& p, const QPointF& c, qreal size, const QString& type, bool rtl) {
    const qreal r = size / 2;
    const QColor colour = eventTypeColor(type);
    QPainterPath path;
    switch (eventGroup(type)) {
    case EventGroup::Registration:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case EventGroup::Enforcement:
        path = polygon(c + QPointF(0, r * 0.15), r * 1.1, 3, -M_PI / 2);
        break;
    case EventGroup::Custody:
        path = polygon(c, r, 6, 0);
        break;
    case EventGroup::Statements:
        path = polygon(c, r * 1.05, 4, -M_PI / 2);
        break;
    case EventGroup::Trial:
        path = polygon(c, r, 5, -M_PI / 2);
        break;
    case EventGroup::Lists: // a flag on its pole
        path.moveTo(c.x() - r * 0.7, c.y() + r);
        path.lineTo(c.x() - r * 0.7, c.y() - r);
        path.lineTo(c.x() + r, c.y() - r * 0.45);
        path.lineTo(c.x() - r * 0.55, c.y() + r * 0.1);
        path.lineTo(c.x() - r * 0.55, c.y() + r);
        path.closeSubpath();
        break;
    case EventGroup::Assets:
        path = polygon(c - QPointF(0, r * 0.15), r * 1.1, 3, M_PI / 2);
        break;
    case EventGroup::Payment: // a coin: a disc with a ring inside
        path.addEllipse(c, r, r);
        path.addEllipse(c, r * 0.5, r * 0.5);
        break;
    case EventGroup::Travel: // an arrow along the time axis
        path.moveTo(c.x() - r, c.y() - r * 0.35);
        path.lineTo(c.x() + r * 0.1, c.y() - r * 0.35);
        path.lineTo(c.x() + r * 0.1, c.y() - r);
        path.lineTo(c.x() + r, c.y());
        path.lineTo(c.x() + r * 0.1, c.y() + r);
        path.lineTo(c.x() + r * 0.1, c.y() + r * 0.35);
        path.lineTo(c.x() - r, c.y() + r * 0.35);
        path.closeSubpath();
        if (rtl) {
            path = QTransform::fromTranslate(c.x(), 0).scale(-1, 1).translate(-c.x(), 0).map(path);
        }
        break;
    case EventGroup::Document: // a page with a folded corner
        path.moveTo(c.x() - r * 0.75, c.y() - r);
        path.lineTo(c.x() + r * 0.35, c.y() - r);
        path.lineTo(c.x() + r * 0.75, c.y() - r * 0.6);
        path.lineTo(c.x() + r * 0.75, c.y() + r);
        path.lineTo(c.x() - r * 0.75, c.y() + r);
        path.closeSubpath();
        break;
    case EventGroup::Other:
        path.addEllipse(c, r * 0.8, r * 0.8);
        break;
    }
    p.save();
    p.setPen(QPen(colour.darker(150), 1.2));
    p.setBrush(colour);
    path.setFillRule(Qt::OddEvenFill);
    p.drawPath(path);
    p.restore();
}

std::vector<EventGroup> timelineLegend(const TimelineData& data, const TimelineView& view) {
    std::vector<bool> seen(std::size_t(EventGroup::Other) + 1, false);
    for (const TimelineItem& item : data.items) {
        if (!view.hiddenTypes.contains(item.type)) {
            seen[std::size_t(eventGroup(item.type))] = true;
        }
    }
    std::vector<EventGroup> out;
    for (std::size_t g = 0; g < seen.size(); ++g) {
        if (seen[g]) {
            out.push_back(EventGroup(g));
        }
    }
    return out;
}

void paintTimelineLegend(QPainter& p, const QRectF& rect, const std::vector<EventGroup>& groups, bool rtl) {
    p.save();
    const QFontMetricsF m(p.font(), p.device());
    const qreal icon = std::min<qreal>(14, rect.height() - 6);
    qreal x = rtl ? rect.right() - 8 : rect.left() + 8;
    const qreal y = rect.center().y();
    p.setPen(QColor(0x20, 0x20, 0x20));
    for (EventGroup g : groups) {
        const QString text = eventGroupName(g);
        const qreal width = icon + 5 + m.horizontalAdvance(text);
        const qreal left = rtl ? x - width : x;
        if (rtl ? left < rect.left() : left + width > rect.right()) {
            break; // no room for more: the filters menu still lists every type
        }
        const qreal iconX = rtl ? x - icon / 2 : x + icon / 2;
        paintEventSymbol(p, QPointF(iconX, y), icon, sampleType(g), rtl);
        p.setPen(QColor(0x20, 0x20, 0x20));
        const QRectF textRect(rtl ? left : left + icon + 5, rect.top(), m.horizontalAdvance(text) + 1, rect.height());
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft), text);
        x = rtl ? left - 18 : left + width + 18;
    }
    p.restore();
}

} // namespace caselink
