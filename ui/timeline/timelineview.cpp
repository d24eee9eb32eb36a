#include "ui/timeline/timelineview.h"

#include <algorithm>
#include <cmath>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "domain/localtime.h"
#include "render/timelinesymbols.h"
#include "repo/repositorycontext.h"
#include "ui/messagebar.h"
#include "ui/navigator.h"

namespace caselink {

// --- TimelineCanvas ---

TimelineCanvas::TimelineCanvas(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("timelineCanvas"));
    setMouseTracking(true);
    setMinimumHeight(160);
    setFocusPolicy(Qt::StrongFocus);
}

void TimelineCanvas::setData(TimelineData data) {
    m_data = std::move(data);
    m_view.from = {};
    m_view.to = {};
    m_view.rightToLeft = layoutDirection() == Qt::RightToLeft;
    fit();
}

QSize TimelineCanvas::sizeHint() const {
    return {900,
            static_cast<int>(40 + kTimelineLegendHeight +
                             m_view.laneHeight * static_cast<qreal>(std::max<std::size_t>(1, m_data.lanes.size())))};
}

void TimelineCanvas::ensureSpan() {
    if (!m_view.from.isValid() || !m_view.to.isValid()) {
        const auto [from, to] = timelineSpan(m_data, TimelineView{});
        m_view.from = from;
        m_view.to = to;
    }
}

void TimelineCanvas::fit() {
    m_view.from = {};
    m_view.to = {};
    ensureSpan();
    update();
}

TickUnit TimelineCanvas::tickUnit() const {
    const auto [from, to] = timelineSpan(m_data, m_view);
    return timelineTicks(from, to, width() - m_view.labelWidth).unit;
}

void TimelineCanvas::zoom(qreal factor, qreal x) {
    ensureSpan();
    const qint64 span = m_view.from.msecsTo(m_view.to);
    const qreal plotWidth = std::max<qreal>(1, width() - m_view.labelWidth);
    qreal f = (x - (m_view.rightToLeft ? 0 : m_view.labelWidth)) / plotWidth;
    f = std::clamp(m_view.rightToLeft ? 1 - f : f, 0.0, 1.0);
    const QDateTime anchor = m_view.from.addMSecs(static_cast<qint64>(f * static_cast<qreal>(span)));
    // Between one hour and a century across the view.
    const qint64 newSpan = std::clamp<qint64>(static_cast<qint64>(static_cast<qreal>(span) / factor), 3600LL * 1000,
                                              100LL * 366 * 24 * 3600 * 1000);
    m_view.from = anchor.addMSecs(-static_cast<qint64>(f * static_cast<qreal>(newSpan)));
    m_view.to = m_view.from.addMSecs(newSpan);
    update();
}

void TimelineCanvas::pan(qreal dx) {
    ensureSpan();
    const qreal plotWidth = std::max<qreal>(1, width() - m_view.labelWidth);
    const qint64 shift = static_cast<qint64>(-dx / plotWidth * static_cast<qreal>(m_view.from.msecsTo(m_view.to))) *
                         (m_view.rightToLeft ? -1 : 1);
    m_view.from = m_view.from.addMSecs(shift);
    m_view.to = m_view.to.addMSecs(shift);
    update();
}

void TimelineCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_view.rightToLeft = layoutDirection() == Qt::RightToLeft;
    paintTimeline(painter, QRectF(rect()), m_data, m_view);
}

std::vector<int> TimelineCanvas::itemsAt(const QPointF& point) const {
    const std::vector<int> lanes = visibleLanes(m_data, m_view);
    const int laneIndex = static_cast<int>(std::floor((point.y() - 28) / m_view.laneHeight));
    if (laneIndex < 0 || laneIndex >= static_cast<int>(lanes.size())) {
        return {};
    }
    for (const TimelineCluster& c : timelineClusters(QRectF(rect()), m_data, m_view)) {
        if (c.lane == lanes[static_cast<std::size_t>(laneIndex)] && std::abs(c.x - point.x()) <= 13) {
            return c.items;
        }
    }
    return {};
}

QPointF TimelineCanvas::itemPoint(int item) const {
    const TimelineItem& it = m_data.items[static_cast<std::size_t>(item)];
    const std::vector<int> lanes = visibleLanes(m_data, m_view);
    const auto pos = std::find(lanes.begin(), lanes.end(), it.lane) - lanes.begin();
    return {timelineX(it.at, QRectF(rect()), m_data, m_view), 28 + m_view.laneHeight * (static_cast<qreal>(pos) + 0.5)};
}

QString TimelineCanvas::tooltipFor(const std::vector<int>& items) const {
    QStringList lines;
    for (int i : items) {
        if (lines.size() >= 12) {
            lines << tr("… and %n more", nullptr, static_cast<int>(items.size()) - 12);
            break;
        }
        const TimelineItem& it = m_data.items[static_cast<std::size_t>(i)];
        QString line = QStringLiteral("<b>%1</b> %2").arg(it.title.toHtmlEscaped(), displayDateTime(it.at));
        if (!it.legalRef.isEmpty()) {
            line += QStringLiteral(" (%1)").arg(it.legalRef.toHtmlEscaped());
        }
        if (!it.description.isEmpty()) {
            line += QStringLiteral("<br>") + it.description.left(200).toHtmlEscaped();
        }
        lines << line;
    }
    return lines.join(QLatin1String("<br>"));
}

bool TimelineCanvas::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto items = itemsAt(help->pos());
        if (items.empty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), tooltipFor(items), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineCanvas::wheelEvent(QWheelEvent* event) {
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        zoom(std::pow(1.25, steps), event->position().x());
    }
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent* event) {
    m_pressAt = event->position();
    m_lastDrag = event->position();
    m_dragged = false;
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) {
        const qreal dx = event->position().x() - m_lastDrag.x();
        if (m_dragged || std::abs(event->position().x() - m_pressAt.x()) > 4) {
            m_dragged = true;
            pan(dx);
            m_lastDrag = event->position();
        }
    }
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragged || event->button() != Qt::LeftButton) {
        return;
    }
    const auto items = itemsAt(event->position());
    if (items.size() == 1) {
        emit itemActivated(items.front());
    } else if (items.size() > 1) {
        // A cluster: zoom in on it until its events separate.
        zoom(4, event->position().x());
    } else {
        const bool inLabels = m_view.rightToLeft ? event->position().x() > width() - m_view.labelWidth
                                                 : event->position().x() < m_view.labelWidth;
        const int laneIndex = static_cast<int>(std::floor((event->position().y() - 28) / m_view.laneHeight));
        const std::vector<int> lanes = visibleLanes(m_data, m_view);
        if (inLabels && laneIndex >= 0 && laneIndex < static_cast<int>(lanes.size())) {
            emit laneActivated(lanes[static_cast<std::size_t>(laneIndex)]);
        }
    }
}

// --- TimelinePanel ---

TimelinePanel::TimelinePanel(RepositoryContext& context, Navigator& navigator, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator) {
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* bar = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    bar->addWidget(m_title, 1);
    m_types = new QToolButton(this);
    m_types->setText(tr("Event types"));
    m_types->setPopupMode(QToolButton::InstantPopup);
    m_persons = new QToolButton(this);
    m_persons->setText(tr("Persons"));
    m_persons->setPopupMode(QToolButton::InstantPopup);
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(tr("Zoom in"));
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(tr("Zoom out"));
    auto* fitAll = new QToolButton(this);
    fitAll->setText(tr("Fit"));
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_types, m_persons, zoomIn, zoomOut, fitAll, exportButton}) {
        bar->addWidget(w);
    }
    layout->addLayout(bar);
    m_canvas = new TimelineCanvas(this);
    layout->addWidget(m_canvas, 1);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_canvas->zoom(2, m_canvas->width() / 2.0); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_canvas->zoom(0.5, m_canvas->width() / 2.0); });
    connect(fitAll, &QToolButton::clicked, m_canvas, &TimelineCanvas::fit);
    connect(exportButton, &QToolButton::clicked, this, &TimelinePanel::chooseExport);
    connect(m_canvas, &TimelineCanvas::itemActivated, this, [this](int item) {
        const TimelineItem& it = m_canvas->data().items[static_cast<std::size_t>(item)];
        if (!it.caseId.isEmpty()) {
            emit m_navigator.openCase(it.caseId);
        } else if (!it.personId.isEmpty()) {
            emit m_navigator.openPerson(it.personId);
        }
    });
    connect(m_canvas, &TimelineCanvas::laneActivated, this, [this](int lane) {
        const TimelineLane& l = m_canvas->data().lanes[static_cast<std::size_t>(lane)];
        if (!l.personId.isEmpty()) {
            emit m_navigator.openPerson(l.personId);
        }
    });
}

void TimelinePanel::load(Result<TimelineData> data) {
    if (!data) {
        m_messages->showMessage(data.error().message, MessageBar::Type::Error);
        return;
    }
    m_title->setText(QStringLiteral("<b>%1</b>").arg(data->title.toHtmlEscaped()));
    m_canvas->setData(std::move(*data));
    if (m_canvas->data().items.empty()) {
        m_messages->showMessage(tr("No dated events are recorded yet."), MessageBar::Type::Info);
    }
    rebuildFilters();
}

void TimelinePanel::rebuildFilters() {
    auto* types = new QMenu(this);
    std::map<QString, QString> seen;
    for (const TimelineItem& it : m_canvas->data().items) {
        seen.emplace(it.type, it.title);
    }
    for (const auto& [code, title] : seen) {
        QAction* a = types->addAction(title);
        a->setCheckable(true);
        a->setChecked(true);
        const QString type = code;
        connect(a, &QAction::toggled, this, [this, type](bool on) {
            if (on) {
                m_canvas->view().hiddenTypes.erase(type);
            } else {
                m_canvas->view().hiddenTypes.insert(type);
            }
            m_canvas->update();
        });
    }
    delete m_types->menu();
    m_types->setMenu(types);
    auto* persons = new QMenu(this);
    for (const TimelineLane& lane : m_canvas->data().lanes) {
        QAction* a = persons->addAction(lane.label);
        a->setCheckable(true);
        a->setChecked(true);
        const QString key = lane.key;
        connect(a, &QAction::toggled, this, [this, key](bool on) {
            if (on) {
                m_canvas->view().hiddenLanes.erase(key);
            } else {
                m_canvas->view().hiddenLanes.insert(key);
            }
            m_canvas->update();
        });
    }
    delete m_persons->menu();
    m_persons->setMenu(persons);
}

Status TimelinePanel::exportPng(const QString& path) {
    if (!m_canvas->grab().save(path, "PNG")) {
        return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    }
    return ok();
}

Status TimelinePanel::exportPdf(const QString& path) {
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(96); // one PDF unit per screen pixel: lanes and labels keep their on-screen proportions
    pdf.setTitle(m_canvas->data().title);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    }
    const QRectF page(0, 0, pdf.width(), pdf.height());
    painter.drawText(QRectF(page.left(), page.top(), page.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                     m_canvas->data().title);
    paintTimeline(painter, page.adjusted(0, 36, 0, 0), m_canvas->data(), m_canvas->view());
    painter.end();
    return ok();
}

void TimelinePanel::chooseExport() {
    QMenu menu(this);
    QAction* png = menu.addAction(tr("PNG image…"));
    menu.addAction(tr("PDF…"));
    QAction* chosen = menu.exec(QCursor::pos());
    if (!chosen) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export timeline"), QString(), chosen == png ? tr("PNG images (*.png)") : tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const Status st = chosen == png ? exportPng(path) : exportPdf(path);
    if (!st) {
        m_messages->showMessage(st.error().message, MessageBar::Type::Error);
    }
}

CaseTimeline::CaseTimeline(RepositoryContext& context, Navigator& navigator, const QString& caseId, QWidget* parent)
    : TimelinePanel(context, navigator, parent) {
    setObjectName(QStringLiteral("caseTimeline"));
    load(TimelineQuery(context).forCase(caseId));
}

PersonTimeline::PersonTimeline(RepositoryContext& context, Navigator& navigator, const QStringList& personIds,
                               QWidget* parent)
    : TimelinePanel(context, navigator, parent) {
    setObjectName(QStringLiteral("personTimeline"));
    load(TimelineQuery(context).forPersons(personIds));
}

} // namespace caselink
