// The chart's view: wheel zoom around the cursor, rubber-band selection on the background, cheap rendering for
// large charts (no antialiasing when zoomed far out, minimal viewport updates).
#pragma once

#include <QGraphicsView>

namespace caselink {

class ChartView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ChartView(QGraphicsScene* scene, QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
};

} // namespace caselink
