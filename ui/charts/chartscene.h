// The chart as a graphics scene: one cheap item per node and one per drawn link (all links between two nodes bundled
// into one, with a count and total, until the user asks to see each), drawn with level of detail (symbols and labels
// only when zoomed in far enough to read them, link labels placed clear of each other and of the nodes), sized and
// coloured by a measure or community on demand, filtered by node kind and edge date without rebuilding.
#pragma once

#include <set>

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>

#include "analysis/graph.h"
#include "render/chartbundles.h"

namespace caselink {

class ChartScene;

class ChartNodeItem : public QGraphicsItem {
public:
    ChartNodeItem(ChartScene* scene, int index);
    int index() const { return m_index; }
    // Before the node's size changes.
    void rescale() { prepareGeometryChange(); }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    ChartScene* m_chart;
    int m_index;
};

// One drawn link: a bundle of the links between two nodes, or one link of a pair the user expanded.
class ChartEdgeItem : public QGraphicsItem {
public:
    ChartEdgeItem(ChartScene* scene, int bundle);
    int index() const { return m_index; } // into ChartScene::bundles()
    void adjust();
    void labelWillMove() { prepareGeometryChange(); }
    QLineF line() const { return m_line; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    ChartScene* m_chart;
    int m_index;
    QLineF m_line;
};

class ChartScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit ChartScene(QObject* parent = nullptr);

    ChartData& data() { return m_data; }
    const ChartData& data() const { return m_data; }
    // Replaces the chart and rebuilds every item.
    void setData(const ChartData& data);
    // Moves items to the positions in data() (after a layout or an undo).
    void syncPositions();
    ChartNodeItem* nodeItem(int index) const { return m_nodes.value(index); }

    void setUrdu(bool urdu) { m_urdu = urdu; }
    bool urdu() const { return m_urdu; }
    void setEdgeLabels(bool on);
    bool edgeLabels() const { return m_edgeLabels; }
    // Per-node scale (1 = normal) and colour; empty vectors restore the defaults.
    void setNodeScale(std::vector<double> scale);
    void setNodeColours(std::vector<QColor> colours);
    double nodeScale(int i) const { return m_scale.empty() ? 1.0 : m_scale[std::size_t(i)]; }
    QColor colour(int i) const;
    // Hides nodes of unchecked kinds and edges dated outside [from, to] (undated edges stay).
    void setFilter(const QSet<NodeKind>& hiddenKinds, QDate from, QDate to);
    bool nodeShown(int i) const;
    QList<int> selectedNodes() const;
    // The drawn links: one per pair of nodes unless the pair is expanded.
    const std::vector<EdgeBundle>& bundles() const { return m_bundles; }
    ChartEdgeItem* linkItem(int bundle) const { return m_edges[std::size_t(bundle)]; }
    QString linkLabel(int bundle) const { return m_labels[std::size_t(bundle)]; }
    LabelSpot labelSpot(int bundle) const { return m_spots[std::size_t(bundle)]; }
    // 0 for a bundle or the first link of an expanded pair, 1, 2, ... for further ones (drawn beside the first).
    int lane(int bundle) const { return m_lanes[std::size_t(bundle)]; }
    // Shows each link of the pair the bundle joins, or bundles them again.
    void setExpanded(int bundle, bool expanded);
    bool isExpanded(int bundle) const;
    // Places the link labels anew (after a layout, a drag or a filter).
    void placeLabels();
    static QFont labelFont();
    void selectNodes(const QList<int>& nodes);

    static constexpr double kNodeSize = 26;

signals:
    // After the drawn links were rebuilt (new chart, a pair expanded or bundled again).
    void linksChanged();
    // After a drag: the nodes that moved, where they were and where they are now.
    void nodesMoved(const QHash<int, QPointF>& before, const QHash<int, QPointF>& after);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    friend class ChartNodeItem;
    void nodeMoved(int index, QPointF pos);

    ChartData m_data;
    QHash<int, ChartNodeItem*> m_nodes;
    void rebuildLinks();

    std::vector<EdgeBundle> m_bundles;
    std::vector<QString> m_labels;
    std::vector<LabelSpot> m_spots;
    std::set<std::pair<int, int>> m_expanded;
    std::vector<ChartEdgeItem*> m_edges;     // per bundle
    std::vector<std::vector<int>> m_edgesOf; // node -> bundle indexes
    std::vector<int> m_lanes;
    std::vector<double> m_scale;
    std::vector<QColor> m_colours;
    QSet<NodeKind> m_hiddenKinds;
    QDate m_from, m_to;
    bool m_urdu = false;
    bool m_edgeLabels = true;
    bool m_syncing = false;
    QHash<int, QPointF> m_pressPositions;
};

} // namespace caselink
