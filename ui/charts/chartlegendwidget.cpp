#include "ui/charts/chartlegendwidget.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPainter>

#include "ui/charts/chartscene.h"

namespace caselink {

ChartLegendWidget::ChartLegendWidget(ChartScene* scene, QWidget* parent)
    : QWidget(parent)
    , m_scene(scene) {
    setObjectName(QStringLiteral("chartLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // the chart under it stays usable
    parent->installEventFilter(this);
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
    setVisible(!m_entries.empty());
    resize(sizeHint());
    place();
    update();
}

void ChartLegendWidget::place() {
    // Above the side of the view a reader starts from; the view itself is never mirrored.
    const int margin = 8;
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const QWidget* p = parentWidget();
    move(rtl ? p->width() - width() - margin - 16 : margin, margin);
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
