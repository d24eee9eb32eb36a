// The chart's view: wheel zoom around the cursor, rubber-band selection on the background, cheap rendering for
// large charts (no antialiasing when zoomed far out, minimal viewport updates).
#pragma once

#include <QGraphicsView>

namespace caselink {

class ChartView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ChartView(QGraphicsScene* scene, QWidget* parent = nullptr);
    // Keeps a column of width px beside the chart (left, or right when rightSide) for the legend, so fitting the chart
    // into the view never puts nodes under it; 0 gives the column back.
    void reserveColumn(int px, bool rightSide) { setViewportMargins(rightSide ? 0 : px, 0, rightSide ? px : 0, 0); }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
};

} // namespace caselink
