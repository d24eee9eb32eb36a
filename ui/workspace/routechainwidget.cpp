#include "ui/workspace/routechainwidget.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>

namespace caselink {
namespace {

constexpr int kMargin = 8;
constexpr int kPadX = 10;
constexpr int kPadY = 5;
constexpr int kMinHop = 48;

} // namespace

RouteChainWidget::RouteChainWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("routeChain"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void RouteChainWidget::setChains(std::vector<Chain> chains) {
    m_chains = std::move(chains);
    updateGeometry();
    update();
}

std::vector<RouteChainWidget::Item> RouteChainWidget::layoutFor(int width, int* height) const {
    const QFontMetrics fm(font());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sm(small);
    const int boxH = fm.height() + 2 * kPadY;
    const int rowH = boxH + sm.height() + 6;
    std::vector<Item> items;
    int y = kMargin;
    const int right = std::max(width - kMargin, 200);
    for (const Chain& chain : m_chains) {
        items.push_back({Item::Title, QRect(kMargin, y, right - kMargin, fm.height()), chain.traveller});
        y += fm.height() + 6;
        int x = kMargin;
        for (int i = 0; i < chain.places.size(); ++i) {
            const int boxW = fm.horizontalAdvance(chain.places.at(i)) + 2 * kPadX;
            if (x + boxW > right && x > kMargin) {
                x = kMargin;
                y += rowH;
            }
            items.push_back({Item::Place, QRect(x, y + sm.height() + 4, boxW, boxH), chain.places.at(i)});
            x += boxW;
            if (i < chain.hops.size()) {
                const int hopW = std::max(kMinHop, sm.horizontalAdvance(chain.hops.at(i)) + 16);
                if (x + hopW > right) {
                    x = kMargin;
                    y += rowH;
                }
                items.push_back({Item::Hop, QRect(x, y, hopW, rowH - 6), chain.hops.at(i)});
                x += hopW;
            }
        }
        y += rowH + 10;
    }
    *height = y + kMargin;
    return items;
}

int RouteChainWidget::heightForWidth(int width) const {
    int height = 0;
    layoutFor(width, &height);
    return height;
}

QSize RouteChainWidget::sizeHint() const {
    return {600, heightForWidth(600)};
}

QSize RouteChainWidget::minimumSizeHint() const {
    return {220, heightForWidth(width() > 0 ? width() : 600)};
}

void RouteChainWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    setMinimumHeight(heightForWidth(width()));
}

void RouteChainWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    int height = 0;
    const std::vector<Item> items = layoutFor(width(), &height);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto place = [&](QRect r) {
        if (rtl) {
            r.moveLeft(width() - r.left() - r.width());
        }
        return r;
    };
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics sm(small);
    const QPalette pal = palette();
    for (const Item& item : items) {
        const QRect r = place(item.rect);
        switch (item.kind) {
        case Item::Title: {
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(r, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, item.text);
            break;
        }
        case Item::Place: {
            p.setFont(font());
            p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
            p.setBrush(pal.color(QPalette::Base));
            p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(r, Qt::AlignCenter, item.text);
            break;
        }
        case Item::Hop: {
            const int lineY = r.bottom() - (r.height() - sm.height() - 4) / 2;
            const int x1 = r.left() + 4;
            const int x2 = r.right() - 4;
            p.setPen(QPen(pal.color(QPalette::Mid), 1.5));
            p.drawLine(x1, lineY, x2, lineY);
            // The arrow head points the way the chain reads.
            const int tip = rtl ? x1 : x2;
            const int back = rtl ? 7 : -7;
            QPainterPath head;
            head.moveTo(tip, lineY);
            head.lineTo(tip + back, lineY - 4);
            head.lineTo(tip + back, lineY + 4);
            head.closeSubpath();
            p.fillPath(head, pal.color(QPalette::Mid));
            p.setFont(small);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRect(r.left(), r.top(), r.width(), sm.height() + 2), Qt::AlignCenter, item.text);
            break;
        }
        }
    }
}

} // namespace caselink
