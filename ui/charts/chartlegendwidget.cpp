#include "ui/charts/chartlegendwidget.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPainter>

#include "ui/charts/chartscene.h"
#include "ui/charts/chartview.h"

namespace caselink {

ChartLegendWidget::ChartLegendWidget(ChartScene* scene, ChartView* view)
    : QWidget(view)
    , m_scene(scene)
    , m_view(view) {
    setObjectName(QStringLiteral("chartLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // the chart under it stays usable
    view->installEventFilter(this);
    connect(scene, &ChartScene::linksChanged, this, &ChartLegendWidget::refresh);
    refresh();
}

QStringList ChartLegendWidget::entries() const {
    QStringList out;
    for (const LegendEntry& e : m_entries) {
        out << e.text;
    }
    return out;
}

QSize ChartLegendWidget::sizeHint() const {
    return legendSize(m_entries, font(), const_cast<ChartLegendWidget*>(this)).toSize() + QSize(2, 2);
}

void ChartLegendWidget::refresh() {
    m_entries = chartLegend(m_scene->data());
    setAccessibleDescription(entries().join(QLatin1String(", ")));
    resize(sizeHint());
    setVisible(!m_entries.empty());
    place();
    update();
}

void ChartLegendWidget::place() {
    // On the side of the view a reader starts from; the view itself is never mirrored.
    const int margin = 6;
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    if (isHidden()) {
        return;
    }
    m_view->reserveColumn(width() + 2 * margin, rtl);
    move(rtl ? m_view->width() - width() - margin - m_view->frameWidth() : margin + m_view->frameWidth(),
         margin + m_view->frameWidth());
}

void ChartLegendWidget::hideEvent(QHideEvent* event) {
    m_view->reserveColumn(0, false);
    QWidget::hideEvent(event);
}

void ChartLegendWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintLegend(painter, QRectF(rect()).adjusted(0.5, 0.5, -1.5, -1.5), m_entries, font(),
                QGuiApplication::layoutDirection() == Qt::RightToLeft);
}

bool ChartLegendWidget::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        place();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace caselink
