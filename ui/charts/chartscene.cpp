#include "ui/charts/chartscene.h"

#include <map>

#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPathStroker>
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
        const QString name =
            painter->fontMetrics().elidedText(displayLabel(node, m_chart->urdu()), Qt::ElideRight, int(s * 6));
        painter->drawText(QRectF(-s * 3, s / 2 + 1, s * 6, 20), Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
                          name);
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

ChartEdgeItem::ChartEdgeItem(ChartScene* scene, int bundle)
    : m_chart(scene)
    , m_index(bundle) {
    setZValue(0);
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    setToolTip(scene->linkLabel(bundle)); // also where a label had no room to be drawn
    adjust();
}

void ChartEdgeItem::adjust() {
    const EdgeBundle& b = m_chart->bundles()[std::size_t(m_index)];
    prepareGeometryChange();
    m_line = QLineF(m_chart->data().nodes[std::size_t(b.source)].pos, m_chart->data().nodes[std::size_t(b.target)].pos);
    const int lane = m_chart->lane(m_index);
    if (lane > 0 && m_line.length() > 0) {
        // Parallel links of an expanded pair side by side, alternating sides, the same way whatever their direction.
        QLineF normal = b.source < b.target ? m_line.normalVector() : QLineF(m_line.p2(), m_line.p1()).normalVector();
        normal.setLength(8.0 * ((lane + 1) / 2) * (lane % 2 ? 1 : -1));
        const QPointF shift = normal.p2() - normal.p1();
        m_line.translate(shift);
    }
}

namespace {

QSizeF labelSize(const QString& text) {
    if (text.isEmpty()) {
        return {};
    }
    const QFontMetricsF m(ChartScene::labelFont());
    return QSizeF(m.horizontalAdvance(text) + 4, m.height() + 1);
}

} // namespace

QRectF ChartEdgeItem::boundingRect() const {
    const QRectF line = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-12, -12, 12, 12);
    const QString text = m_chart->linkLabel(m_index);
    if (text.isEmpty()) {
        return line;
    }
    return line.united(labelRect(m_line, labelSize(text), m_chart->labelSpot(m_index)).adjusted(-2, -2, 2, 2));
}

QPainterPath ChartEdgeItem::shape() const {
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void ChartEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const EdgeBundle& b = m_chart->bundles()[std::size_t(m_index)];
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool bundled = b.edges.size() > 1;
    QPen pen(edgeColour(b.type), lod < 0.35 ? 0 : (bundled ? 2.0 : 1.0) + b.strength);
    if (b.strength < 0.5) {
        pen.setStyle(Qt::DashLine);
    }
    painter->setPen(pen);
    painter->drawLine(m_line);
    if (lod < 0.35) {
        return;
    }
    if (b.directed && m_line.length() > ChartScene::kNodeSize) {
        const QLineF line = m_line;
        const QPointF tip = line.pointAt(1.0 - ChartScene::kNodeSize * 0.6 / line.length());
        const double angle = std::atan2(-line.dy(), -line.dx());
        QPolygonF head;
        head << tip << tip + QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 9
             << tip + QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 9;
        painter->setBrush(edgeColour(b.type));
        painter->drawPolygon(head);
    }
    const QString text = m_chart->linkLabel(m_index);
    // Below this zoom a label is too small to read and only hides the links under it.
    if (m_chart->edgeLabels() && lod >= 0.9 && !text.isEmpty() && m_chart->labelSpot(m_index).shown) {
        const QRectF r = labelRect(m_line, labelSize(text), m_chart->labelSpot(m_index));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 215));
        painter->drawRoundedRect(r, 2, 2);
        painter->setFont(ChartScene::labelFont());
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(r, Qt::AlignCenter | Qt::TextSingleLine, text);
    }
}

void ChartEdgeItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    event->accept(); // so the double-click that follows comes here
}

void ChartEdgeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    event->accept();
    const bool expanded = m_chart->isExpanded(m_index);
    if (!expanded && m_chart->bundles()[std::size_t(m_index)].edges.size() < 2) {
        return;
    }
    // The scene rebuilds its link items, this one included: not while this item is still handling the event.
    QMetaObject::invokeMethod(
        m_chart, [chart = m_chart, bundle = m_index, expanded] { chart->setExpanded(bundle, !expanded); },
        Qt::QueuedConnection);
}

void ChartEdgeItem::contextMenuEvent(QGraphicsSceneContextMenuEvent* event) {
    const bool expanded = m_chart->isExpanded(m_index);
    if (!expanded && m_chart->bundles()[std::size_t(m_index)].edges.size() < 2) {
        return;
    }
    QMenu menu;
    QAction* toggle =
        menu.addAction(expanded ? ChartScene::tr("Bundle these links") : ChartScene::tr("Show each link"));
    if (menu.exec(event->screenPos()) == toggle) {
        QMetaObject::invokeMethod(
            m_chart, [chart = m_chart, bundle = m_index, expanded] { chart->setExpanded(bundle, !expanded); },
            Qt::QueuedConnection);
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
    m_expanded.clear();
    m_syncing = true;
    for (int i = 0; i < int(m_data.nodes.size()); ++i) {
        auto* item = new ChartNodeItem(this, i);
        item->setPos(m_data.nodes[std::size_t(i)].pos);
        addItem(item);
        m_nodes.insert(i, item);
    }
    m_syncing = false;
    rebuildLinks();
}

void ChartScene::rebuildLinks() {
    for (ChartEdgeItem* item : m_edges) {
        removeItem(item);
        delete item;
    }
    m_edges.clear();
    m_bundles = bundleEdges(m_data, m_expanded);
    m_labels.clear();
    m_lanes.assign(m_bundles.size(), 0);
    m_spots.assign(m_bundles.size(), {});
    m_edgesOf.assign(m_data.nodes.size(), {});
    std::map<std::pair<int, int>, int> lanes;
    for (std::size_t i = 0; i < m_bundles.size(); ++i) {
        EdgeBundle& b = m_bundles[i];
        m_labels.push_back(bundleLabel(m_data, b));
        m_lanes[i] = lanes[nodePair(m_data.edges[std::size_t(b.edges.front())])]++;
        m_edgesOf[std::size_t(b.source)].push_back(int(i));
        m_edgesOf[std::size_t(b.target)].push_back(int(i));
    }
    for (int i = 0; i < int(m_bundles.size()); ++i) {
        auto* item = new ChartEdgeItem(this, i);
        addItem(item);
        m_edges.push_back(item);
    }
    setFilter(m_hiddenKinds, m_from, m_to);
    emit linksChanged();
}

void ChartScene::setExpanded(int bundle, bool expanded) {
    const EdgeBundle& b = m_bundles[std::size_t(bundle)];
    const auto pair = nodePair(m_data.edges[std::size_t(b.edges.front())]);
    if (expanded) {
        m_expanded.insert(pair);
    } else {
        m_expanded.erase(pair);
    }
    rebuildLinks();
}

bool ChartScene::isExpanded(int bundle) const {
    const EdgeBundle& b = m_bundles[std::size_t(bundle)];
    return m_expanded.count(nodePair(m_data.edges[std::size_t(b.edges.front())])) > 0;
}

QFont ChartScene::labelFont() {
    QFont font;
    font.setPointSizeF(7);
    return font;
}

void ChartScene::placeLabels() {
    // Past a few thousand links the quadratic search costs more than it helps; labels stay at their midpoints.
    if (m_edges.size() > 3000) {
        m_spots.assign(m_edges.size(), {});
        return;
    }
    std::vector<QLineF> lines;
    std::vector<QSizeF> sizes;
    std::vector<int> which;
    for (ChartEdgeItem* item : m_edges) {
        if (item->isVisible() && !m_labels[std::size_t(item->index())].isEmpty()) {
            which.push_back(item->index());
        }
    }
    // Money first: where labels compete for room, the payments keep theirs.
    std::stable_sort(which.begin(), which.end(), [this](int a, int b) {
        return m_bundles[std::size_t(a)].type == EdgeType::Paid && m_bundles[std::size_t(b)].type != EdgeType::Paid;
    });
    for (int i : which) {
        lines.push_back(m_edges[std::size_t(i)]->line());
        sizes.push_back(labelSize(m_labels[std::size_t(i)]));
    }
    std::vector<QRectF> obstacles;
    QFont nameFont;
    nameFont.setPointSizeF(8); // as ChartNodeItem draws names
    const QFontMetricsF names(nameFont);
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!it.value()->isVisible()) {
            continue;
        }
        const double s = kNodeSize * nodeScale(it.key());
        const QPointF c = m_data.nodes[std::size_t(it.key())].pos;
        obstacles.emplace_back(c.x() - s / 2 - 2, c.y() - s / 2 - 2, s + 4, s + 4);
        const double w =
            std::min(s * 6, names.horizontalAdvance(displayLabel(m_data.nodes[std::size_t(it.key())], m_urdu)));
        obstacles.emplace_back(c.x() - w / 2, c.y() + s / 2, w, 14);
    }
    const std::vector<LabelSpot> spots = caselink::placeLabels(lines, sizes, obstacles);
    for (std::size_t k = 0; k < which.size(); ++k) {
        ChartEdgeItem* item = m_edges[std::size_t(which[k])];
        item->labelWillMove();
        m_spots[std::size_t(which[k])] = spots[k];
    }
    update();
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
    placeLabels();
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
        const EdgeBundle& b = m_bundles[std::size_t(item->index())];
        // A bundle shows while any of its links is dated inside the window.
        bool inWindow = false;
        for (int i : b.edges) {
            const ChartEdge& e = m_data.edges[std::size_t(i)];
            const QDate start = e.from;
            const QDate end = e.to.isValid() ? e.to : e.from;
            inWindow = inWindow || ((!from.isValid() || !end.isValid() || end >= from) &&
                                    (!to.isValid() || !start.isValid() || start <= to));
        }
        item->setVisible(inWindow && nodeShown(b.source) && nodeShown(b.target));
    }
    placeLabels();
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
        placeLabels();
        emit nodesMoved(before, after);
    }
}

} // namespace caselink
