#include "ui/charts/chartscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "render/chartstyle.h"

namespace caselink {

ChartNodeItem::ChartNodeItem(ChartScene* scene, int index)
    : m_chart(scene)
    , m_index(index) {
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    setCacheMode(NoCache);
}

QRectF ChartNodeItem::boundingRect() const {
    const double s = ChartScene::kNodeSize * m_chart->nodeScale(m_index);
    // Room for the label below the symbol.
    return QRectF(-s * 3, -s / 2 - 8, s * 6, s + 30);
}

QPainterPath ChartNodeItem::shape() const {
    const double s = ChartScene::kNodeSize * m_chart->nodeScale(m_index);
    QPainterPath path;
    path.addEllipse(QRectF(-s / 2, -s / 2, s, s));
    return path;
}

void ChartNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const ChartNode& node = m_chart->data().nodes[std::size_t(m_index)];
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double s = ChartScene::kNodeSize * m_chart->nodeScale(m_index);
    const QRectF r(-s / 2, -s / 2, s, s);
    const QColor fill = m_chart->colour(m_index);
    if (lod < 0.35) { // far away: a dot is all one can see
        painter->fillRect(r, isSelected() ? QColor(Qt::yellow) : fill);
        return;
    }
    if (isSelected()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 215, 0, 150));
        painter->drawEllipse(r.adjusted(-5, -5, 5, 5));
    }
    paintNodeSymbol(*painter, r, node, fill);
    if (node.pinned) {
        painter->setPen(QPen(Qt::black, 1.5));
        painter->setBrush(QColor(0xD3, 0x2F, 0x2F));
        painter->drawEllipse(QRectF(r.left() - 3, r.top() - 3, 7, 7));
    }
    if (lod >= 0.6) {
        QFont font = painter->font();
        font.setPointSizeF(8);
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(-s * 3, s / 2 + 1, s * 6, 20), Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                          displayLabel(node, m_chart->urdu()));
    }
}

QVariant ChartNodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionChange && m_chart->data().nodes[std::size_t(m_index)].pinned && !m_chart->m_syncing) {
        return pos(); // a pinned node stays where it is
    }
    if (change == ItemPositionHasChanged) {
        m_chart->nodeMoved(m_index, value.toPointF());
    }
    return QGraphicsItem::itemChange(change, value);
}

ChartEdgeItem::ChartEdgeItem(ChartScene* scene, int index)
    : m_chart(scene)
    , m_index(index) {
    setZValue(0);
    adjust();
}

void ChartEdgeItem::adjust() {
    const ChartEdge& e = m_chart->data().edges[std::size_t(m_index)];
    prepareGeometryChange();
    m_line = QLineF(m_chart->data().nodes[std::size_t(e.source)].pos, m_chart->data().nodes[std::size_t(e.target)].pos);
    const int lane = m_chart->lane(m_index);
    if (lane > 0 && m_line.length() > 0) {
        // Parallel edges side by side, alternating sides, the same way whatever the edge's direction.
        QLineF normal = e.source < e.target ? m_line.normalVector() : QLineF(m_line.p2(), m_line.p1()).normalVector();
        normal.setLength(8.0 * ((lane + 1) / 2) * (lane % 2 ? 1 : -1));
        const QPointF shift = normal.p2() - normal.p1();
        m_line.translate(shift);
    }
}

QRectF ChartEdgeItem::boundingRect() const {
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-40, -12, 40, 12);
}

void ChartEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const ChartEdge& e = m_chart->data().edges[std::size_t(m_index)];
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QPen pen(edgeColour(e.type), lod < 0.35 ? 0 : 1.0 + e.strength);
    if (e.strength < 0.5) {
        pen.setStyle(Qt::DashLine);
    }
    painter->setPen(pen);
    painter->drawLine(m_line);
    if (lod < 0.35) {
        return;
    }
    if (e.directed && m_line.length() > ChartScene::kNodeSize) {
        const QPointF tip = m_line.pointAt(1.0 - ChartScene::kNodeSize * 0.6 / m_line.length());
        const double angle = std::atan2(-m_line.dy(), -m_line.dx());
        QPolygonF head;
        head << tip << tip + QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 9
             << tip + QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 9;
        painter->setBrush(edgeColour(e.type));
        painter->drawPolygon(head);
    }
    if (m_chart->edgeLabels() && lod >= 0.9 &&
        (e.type == EdgeType::Paid || e.type == EdgeType::Family || e.from.isValid())) {
        QFont font = painter->font();
        font.setPointSizeF(7);
        painter->setFont(font);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        // Parallel edges put their labels at different points along the line.
        const double at = 0.5 + 0.18 * ((m_chart->lane(m_index) + 1) / 2) * (m_chart->lane(m_index) % 2 ? 1 : -1);
        painter->drawText(m_line.pointAt(at) + QPointF(3, -3), edgeLabel(e));
    }
}

ChartScene::ChartScene(QObject* parent)
    : QGraphicsScene(parent) {
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void ChartScene::setData(const ChartData& data) {
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_data = data;
    m_scale.clear();
    m_colours.clear();
    m_edgesOf.assign(m_data.nodes.size(), {});
    m_lanes.assign(m_data.edges.size(), 0);
    QHash<QPair<int, int>, int> pairs;
    for (std::size_t i = 0; i < m_data.edges.size(); ++i) {
        const ChartEdge& e = m_data.edges[i];
        m_lanes[i] = pairs[qMakePair(std::min(e.source, e.target), std::max(e.source, e.target))]++;
    }
    m_syncing = true;
    for (int i = 0; i < int(m_data.nodes.size()); ++i) {
        auto* item = new ChartNodeItem(this, i);
        item->setPos(m_data.nodes[std::size_t(i)].pos);
        addItem(item);
        m_nodes.insert(i, item);
    }
    for (int i = 0; i < int(m_data.edges.size()); ++i) {
        auto* item = new ChartEdgeItem(this, i);
        addItem(item);
        m_edges.push_back(item);
        m_edgesOf[std::size_t(m_data.edges[std::size_t(i)].source)].push_back(i);
        m_edgesOf[std::size_t(m_data.edges[std::size_t(i)].target)].push_back(i);
    }
    m_syncing = false;
    setFilter(m_hiddenKinds, m_from, m_to);
}

void ChartScene::syncPositions() {
    m_syncing = true;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        it.value()->setPos(m_data.nodes[std::size_t(it.key())].pos);
        it.value()->update();
    }
    for (ChartEdgeItem* edge : m_edges) {
        edge->adjust();
    }
    m_syncing = false;
}

void ChartScene::nodeMoved(int index, QPointF pos) {
    m_data.nodes[std::size_t(index)].pos = pos;
    m_data.nodes[std::size_t(index)].placed = true;
    if (m_syncing) {
        return;
    }
    for (int e : m_edgesOf[std::size_t(index)]) {
        m_edges[std::size_t(e)]->adjust();
    }
}

void ChartScene::setEdgeLabels(bool on) {
    m_edgeLabels = on;
    update();
}

void ChartScene::setNodeScale(std::vector<double> scale) {
    for (ChartNodeItem* item : std::as_const(m_nodes)) {
        item->rescale();
    }
    m_scale = std::move(scale);
    update();
}

void ChartScene::setNodeColours(std::vector<QColor> colours) {
    m_colours = std::move(colours);
    update();
}

QColor ChartScene::colour(int i) const {
    return m_colours.empty() ? nodeColour(m_data.nodes[std::size_t(i)]) : m_colours[std::size_t(i)];
}

bool ChartScene::nodeShown(int i) const {
    return !m_hiddenKinds.contains(m_data.nodes[std::size_t(i)].kind);
}

void ChartScene::setFilter(const QSet<NodeKind>& hiddenKinds, QDate from, QDate to) {
    m_hiddenKinds = hiddenKinds;
    m_from = from;
    m_to = to;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        it.value()->setVisible(nodeShown(it.key()));
    }
    for (ChartEdgeItem* item : m_edges) {
        const ChartEdge& e = m_data.edges[std::size_t(item->index())];
        const QDate start = e.from;
        const QDate end = e.to.isValid() ? e.to : e.from;
        const bool inWindow =
            (!from.isValid() || !end.isValid() || end >= from) && (!to.isValid() || !start.isValid() || start <= to);
        item->setVisible(inWindow && nodeShown(e.source) && nodeShown(e.target));
    }
}

QList<int> ChartScene::selectedNodes() const {
    QList<int> out;
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* node = dynamic_cast<ChartNodeItem*>(item)) {
            out << node->index();
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void ChartScene::selectNodes(const QList<int>& nodes) {
    clearSelection();
    for (int i : nodes) {
        if (ChartNodeItem* item = m_nodes.value(i)) {
            item->setSelected(true);
        }
    }
}

void ChartScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (int i : selectedNodes()) {
        m_pressPositions.insert(i, m_data.nodes[std::size_t(i)].pos);
    }
}

void ChartScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<int, QPointF> before;
    QHash<int, QPointF> after;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        const QPointF now = m_data.nodes[std::size_t(it.key())].pos;
        if (now != it.value()) {
            before.insert(it.key(), it.value());
            after.insert(it.key(), now);
        }
    }
    m_pressPositions.clear();
    if (!before.isEmpty()) {
        emit nodesMoved(before, after);
    }
}

} // namespace caselink
