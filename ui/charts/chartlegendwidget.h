// The chart's legend in a column beside the chart, inside the view: the node and link types the chart shows, drawn with
// the same symbols as the chart (render/chartlegend.h) and kept current as the chart grows or is filtered.
#pragma once

#include <vector>

#include <QStringList>
#include <QWidget>

#include "render/chartlegend.h"

namespace caselink {

class ChartScene;
class ChartView;

class ChartLegendWidget : public QWidget {
    Q_OBJECT
public:
    ChartLegendWidget(ChartScene* scene, ChartView* view);
    // The words of the entries shown, in order.
    QStringList entries() const;
    QSize sizeHint() const override;
    // Reads the chart again and moves into the corner of the parent.
    void refresh();

protected:
    void paintEvent(QPaintEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void place();

    ChartScene* m_scene;
    ChartView* m_view;
    std::vector<LegendEntry> m_entries;
};

} // namespace caselink
