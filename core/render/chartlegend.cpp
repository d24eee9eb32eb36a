#include "render/chartlegend.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include "render/chartstyle.h"

namespace caselink {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ChartLegend)
};

// Persons by role in order of rank, then the other kinds.
int roleRank(const QString& role) {
    static const QStringList order{
        QStringLiteral("KINGPIN"),         QStringLiteral("AGENT"),          QStringLiteral("SUB_AGENT"),
        QStringLiteral("DOCUMENT_FORGER"), QStringLiteral("MONEY_HANDLER"),  QStringLiteral("TRANSPORTER"),
        QStringLiteral("SAFE_HOUSE"),      QStringLiteral("BOAT_OPERATOR"),  QStringLiteral("CORRUPT_OFFICIAL"),
        QStringLiteral("COMPLAINANT"),     QStringLiteral("WITNESS"),        QStringLiteral("FAMILY_MEMBER"),
        QStringLiteral("VICTIM"),          QStringLiteral("DECEASED_VICTIM")};
    const int at = int(order.indexOf(role));
    return at < 0 ? int(order.size()) : at;
}

constexpr double kSymbol = 1.6; // symbol size in line heights

} // namespace

std::vector<LegendEntry> chartLegend(const ChartData& chart) {
    std::map<std::pair<int, int>, LegendEntry> nodes; // (kind, role rank) -> entry
    for (const ChartNode& n : chart.nodes) {
        const bool person = n.kind == NodeKind::Person;
        const QString role = person ? roleName(n.role) : QString();
        const std::pair<int, int> key{int(n.kind), person && !role.isEmpty() ? roleRank(n.role) : -1};
        if (nodes.count(key)) {
            continue;
        }
        LegendEntry e;
        e.sample.kind = n.kind;
        e.sample.role = role.isEmpty() ? QString() : n.role;
        e.text = role.isEmpty() ? nodeKindName(n.kind) : role;
        nodes[key] = e;
    }
    std::map<int, LegendEntry> links;
    for (const ChartEdge& edge : chart.edges) {
        if (!links.count(int(edge.type))) {
            LegendEntry e;
            e.link = true;
            e.type = edge.type;
            e.text = edgeTypeName(edge.type);
            links[int(edge.type)] = e;
        }
    }
    std::vector<LegendEntry> out;
    for (auto& [key, e] : nodes) {
        out.push_back(e);
    }
    for (auto& [key, e] : links) {
        out.push_back(e);
    }
    return out;
}

QSizeF legendSize(const std::vector<LegendEntry>& entries, const QFont& font, QPaintDevice* device) {
    if (entries.empty()) {
        return {};
    }
    const QFontMetricsF m(font, device);
    const double line = m.height() * kSymbol;
    double width = m.horizontalAdvance(Tr::tr("Legend"));
    for (const LegendEntry& e : entries) {
        width = std::max(width, line * 1.5 + m.horizontalAdvance(e.text));
    }
    return {width + line, line * double(entries.size() + 1) + line * 0.5};
}

void paintLegend(QPainter& p, const QRectF& rect, const std::vector<LegendEntry>& entries, const QFont& font,
                 bool rtl) {
    if (entries.empty()) {
        return;
    }
    p.save();
    p.setFont(font);
    const QFontMetricsF m(font, p.device());
    const double line = m.height() * kSymbol;
    p.setPen(QPen(QColor(0x90, 0x90, 0x90), 0));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRect(rect);
    const QRectF inner = rect.adjusted(line / 2, line / 4, -line / 2, -line / 4);
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    const Qt::Alignment side = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), side, Tr::tr("Legend"));
    p.setFont(font);
    double y = inner.top() + line;
    for (const LegendEntry& e : entries) {
        const double sx = rtl ? inner.right() - line : inner.left();
        const QRectF symbol(sx + line * 0.15, y + line * 0.15, line * 0.7, line * 0.7);
        if (e.link) {
            p.setPen(QPen(edgeColour(e.type), std::max(1.0, line / 10)));
            p.drawLine(QPointF(sx, y + line / 2), QPointF(sx + line, y + line / 2));
        } else {
            ChartNode sample = e.sample;
            paintNodeSymbol(p, symbol, sample, nodeColour(sample));
        }
        p.setPen(Qt::black);
        const QRectF text = rtl ? QRectF(inner.left(), y, inner.width() - line * 1.4, line)
                                : QRectF(inner.left() + line * 1.4, y, inner.width() - line * 1.4, line);
        p.drawText(text, side, e.text);
        y += line;
    }
    p.restore();
}

QRectF paintChartFrame(QPainter& p, const QRectF& page, const ChartFrameInfo& info,
                       const std::vector<LegendEntry>& legend, const QFont& font) {
    p.save();
    const QFontMetricsF m(font, p.device());
    const double line = m.height();
    QFont markFont = font;
    markFont.setBold(true);
    markFont.setPointSizeF(font.pointSizeF() * 1.2);
    const double markLine = QFontMetricsF(markFont, p.device()).height() * 1.3;
    p.setPen(QColor(0xB7, 0x1C, 0x1C));
    p.setFont(markFont);
    p.drawText(QRectF(page.left(), page.top(), page.width(), markLine), Qt::AlignCenter, info.marking);
    p.drawText(QRectF(page.left(), page.bottom() - markLine, page.width(), markLine), Qt::AlignCenter, info.marking);

    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.5);
    const double titleLine = QFontMetricsF(titleFont, p.device()).height() * 1.2;
    const Qt::Alignment side = (info.rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    const double margin = line;
    const QRectF text = page.adjusted(margin, markLine, -margin, 0);
    p.setPen(Qt::black);
    p.setFont(titleFont);
    p.drawText(QRectF(text.left(), text.top(), text.width(), titleLine), side | Qt::TextSingleLine, info.title);
    p.setFont(font);
    p.setPen(QColor(0x33, 0x33, 0x33));
    double y = text.top() + titleLine;
    for (const QString& s : {info.date, info.scope}) {
        if (!s.isEmpty()) {
            p.drawText(QRectF(text.left(), y, text.width(), line * 1.2), side | Qt::TextSingleLine, s);
            y += line * 1.2;
        }
    }
    y += line * 0.5;
    p.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 0));
    p.drawLine(QPointF(text.left(), y), QPointF(text.right(), y));
    QRectF body(text.left(), y + line * 0.5, text.width(), page.bottom() - markLine - y - line);
    p.restore();
    if (!legend.empty()) {
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() * 0.9);
        const QSizeF size = legendSize(legend, small, p.device());
        const QRectF at(info.rightToLeft ? body.left() : body.right() - size.width(), body.top(), size.width(),
                        size.height());
        paintLegend(p, at, legend, small, info.rightToLeft);
        body = info.rightToLeft ? body.adjusted(size.width() + line, 0, 0, 0)
                                : body.adjusted(0, 0, -size.width() - line, 0);
    }
    return body;
}

} // namespace caselink
