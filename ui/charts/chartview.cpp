#include "ui/charts/chartview.h"

#include <QWheelEvent>

namespace caselink {

ChartView::ChartView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent) {
    setObjectName(QStringLiteral("chartView"));
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setRenderHint(QPainter::Antialiasing);
    // A chart reads the same in both directions; the scene is not mirrored in a right-to-left interface.
    setLayoutDirection(Qt::LeftToRight);
    setBackgroundBrush(Qt::white);
}

void ChartView::wheelEvent(QWheelEvent* event) {
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double current = transform().m11();
    if ((current < 0.02 && factor < 1) || (current > 8 && factor > 1)) {
        return;
    }
    scale(factor, factor);
    // Antialiasing costs most when thousands of items are on screen at once.
    setRenderHint(QPainter::Antialiasing, transform().m11() > 0.3);
}

void ChartView::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, Qt::white);
}

} // namespace caselink
