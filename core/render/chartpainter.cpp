// paintChart: a laid-out chart as vectors for reports (PDF, SVG) and images.
#include "render/chartpainter.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include "render/chartbundles.h"
#include "render/chartlegend.h"
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
    // The legend takes a column on the right; the chart is fitted into the rest.
    QFont legendFont = o.font;
    legendFont.setPointSizeF(o.font.pointSizeF() * 0.9);
    const std::vector<LegendEntry> entries = o.legend ? chartLegend(chart) : std::vector<LegendEntry>{};
    const QSizeF legendArea = legendSize(entries, legendFont, painter.device());
    const QRectF area = entries.empty() ? target : target.adjusted(0, 0, -legendArea.width() - 8, 0);
    const double scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    const QPointF offset = area.center() - bounds.center() * scale;
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
    // One drawn link per pair of nodes, with its count and total; labels placed clear of each other and the nodes.
    const std::vector<EdgeBundle> bundles = bundleEdges(chart);
    std::vector<QLineF> lines;
    std::vector<QSizeF> sizes;
    std::vector<QString> labels;
    std::vector<QRectF> obstacles;
    for (int i = 0; i < int(chart.nodes.size()); ++i) {
        if (drawn(i)) {
            const double s = o.nodeSize * scale;
            const QPointF c = map(chart.nodes[std::size_t(i)].pos);
            obstacles.emplace_back(c.x() - s / 2, c.y() - s / 2, s, s + metrics.height());
        }
    }
    for (const EdgeBundle& b : bundles) {
        const bool shown = drawn(b.source) && drawn(b.target);
        lines.emplace_back(map(chart.nodes[std::size_t(b.source)].pos), map(chart.nodes[std::size_t(b.target)].pos));
        labels.push_back(shown && o.edgeLabels ? bundleLabel(chart, b) : QString());
        sizes.push_back(labels.back().isEmpty()
                            ? QSizeF()
                            : QSizeF(metrics.horizontalAdvance(labels.back()) + 4, metrics.height() + 1));
    }
    const std::vector<LabelSpot> spots = placeLabels(lines, sizes, obstacles);
    for (std::size_t k = 0; k < bundles.size(); ++k) {
        const EdgeBundle& e = bundles[k];
        if (!drawn(e.source) || !drawn(e.target)) {
            continue;
        }
        const QPointF a = lines[k].p1();
        const QPointF b = lines[k].p2();
        const double width = (e.edges.size() > 1 ? 2.6 : 1.6) * e.strength * std::min(1.0, scale);
        painter.setPen(QPen(edgeColour(e.type), std::max(0.5, width)));
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
        if (!labels[k].isEmpty() && spots[k].shown) {
            const QRectF r = labelRect(lines[k], sizes[k], spots[k]);
            painter.fillRect(r, QColor(255, 255, 255, 215));
            painter.setPen(QColor(0x45, 0x45, 0x45));
            painter.drawText(r, Qt::AlignCenter | Qt::TextSingleLine, labels[k]);
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
    if (!entries.empty()) {
        paintLegend(painter, QRectF(target.topRight() - QPointF(legendArea.width(), 0), legendArea), entries,
                    legendFont, false);
    }
    painter.restore();
}

} // namespace caselink
