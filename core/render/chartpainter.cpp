// paintChart: a laid-out chart as vectors for reports (PDF, SVG) and images.
#include "render/chartpainter.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include "render/chartstyle.h"

namespace caselink {

void paintChart(QPainter& painter, const QRectF& target, const ChartData& chart, const ChartPaintOptions& o) {
    QRectF bounds;
    bool any = false;
    for (const ChartNode& n : chart.nodes) {
        if (n.placed || n.pinned) {
            const QRectF r(n.pos - QPointF(o.nodeSize, o.nodeSize), QSizeF(o.nodeSize * 2, o.nodeSize * 2));
            bounds = any ? bounds.united(r) : r;
            any = true;
        }
    }
    if (!any || target.isEmpty()) {
        return;
    }
    bounds.adjust(-o.nodeSize * 3, -o.nodeSize, o.nodeSize * 3, o.nodeSize);
    const double scale = std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const QPointF offset = target.center() - bounds.center() * scale;
    auto map = [&](QPointF p) {
        return p * scale + offset;
    };
    const auto drawn = [&](int i) {
        const ChartNode& n = chart.nodes[std::size_t(i)];
        return n.placed || n.pinned;
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(target);
    QFont font = o.font;
    font.setPointSizeF(std::max(1.0, o.font.pointSizeF() * std::min(1.5, scale * 1.4)));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    for (const ChartEdge& e : chart.edges) {
        if (!drawn(e.source) || !drawn(e.target)) {
            continue;
        }
        const QPointF a = map(chart.nodes[std::size_t(e.source)].pos);
        const QPointF b = map(chart.nodes[std::size_t(e.target)].pos);
        painter.setPen(QPen(edgeColour(e.type), std::max(0.5, 1.6 * e.strength * std::min(1.0, scale))));
        painter.drawLine(a, b);
        if (e.directed) {
            const QLineF line(b, a);
            const double size = 6 * std::min(1.0, scale * 1.5);
            const QPointF tip = line.pointAt(std::min(0.5, o.nodeSize * 0.6 * scale / std::max(1.0, line.length())));
            const double angle = std::atan2(a.y() - b.y(), a.x() - b.x());
            QPainterPath arrow(tip);
            arrow.lineTo(tip + QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * size);
            arrow.lineTo(tip + QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * size);
            arrow.closeSubpath();
            painter.fillPath(arrow, edgeColour(e.type));
        }
        if (o.edgeLabels && (e.type == EdgeType::Paid || e.type == EdgeType::Family || e.from.isValid())) {
            painter.setPen(QColor(0x45, 0x45, 0x45));
            painter.drawText((a + b) / 2 + QPointF(2, -2), edgeLabel(e));
        }
    }
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        if (!drawn(i)) {
            continue;
        }
        const ChartNode& n = chart.nodes[std::size_t(i)];
        const double s = o.nodeSize * scale * (o.nodeScale.empty() ? 1.0 : o.nodeScale[std::size_t(i)]);
        const QPointF c = map(n.pos);
        const QColor fill = o.nodeColours.empty() ? nodeColour(n) : o.nodeColours[std::size_t(i)];
        paintNodeSymbol(painter, QRectF(c.x() - s / 2, c.y() - s / 2, s, s), n, fill);
        if (o.labels) {
            const QString label = displayLabel(n, o.urdu);
            const double width = metrics.horizontalAdvance(label);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(c.x() - width / 2, c.y() + s / 2 + metrics.ascent() + 1), label);
        }
    }
    painter.restore();
}

} // namespace caselink
