// Timelines of a case or of persons: a zoomable, pannable canvas over core's paintTimeline (wheel zooms around the
// cursor, drag pans), hover details, click to open the record, filters by event type and person, PNG and PDF export.
#pragma once

#include <QWidget>

#include "render/timelinepainter.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace caselink {

class MessageBar;
class Navigator;
class RepositoryContext;

class TimelineCanvas : public QWidget {
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget* parent = nullptr);

    void setData(TimelineData data);
    const TimelineData& data() const { return m_data; }
    TimelineView& view() { return m_view; }
    const TimelineView& view() const { return m_view; }

    // Zooms by factor (>1 in) around the instant at x; fit() shows everything.
    void zoom(qreal factor, qreal x);
    void pan(qreal dx);
    void fit();
    TickUnit tickUnit() const;
    // The events under a point (a cluster gives several), as indexes into data().items.
    std::vector<int> itemsAt(const QPointF& point) const;
    // The point where an item is drawn, for tests and keyboard users.
    QPointF itemPoint(int item) const;
    QSize sizeHint() const override;

signals:
    void itemActivated(int item);
    void laneActivated(int lane);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void ensureSpan();
    QString tooltipFor(const std::vector<int>& items) const;

    TimelineData m_data;
    TimelineView m_view;
    QPointF m_pressAt;
    QPointF m_lastDrag;
    bool m_dragged = false;
};

// The toolbar and canvas both timelines share.
class TimelinePanel : public QWidget {
    Q_OBJECT

public:
    TimelinePanel(RepositoryContext& context, Navigator& navigator, QWidget* parent = nullptr);

    TimelineCanvas* canvas() const { return m_canvas; }
    Status exportPng(const QString& path);
    Status exportPdf(const QString& path);

protected:
    void load(Result<TimelineData> data);
    RepositoryContext& m_context;

private:
    void rebuildFilters();
    void chooseExport();

    Navigator& m_navigator;
    TimelineCanvas* m_canvas = nullptr;
    QLabel* m_title = nullptr;
    QToolButton* m_types = nullptr;
    QToolButton* m_persons = nullptr;
    MessageBar* m_messages = nullptr;
};

class CaseTimeline : public TimelinePanel {
    Q_OBJECT

public:
    CaseTimeline(RepositoryContext& context, Navigator& navigator, const QString& caseId, QWidget* parent = nullptr);
};

class PersonTimeline : public TimelinePanel {
    Q_OBJECT

public:
    PersonTimeline(RepositoryContext& context, Navigator& navigator, const QStringList& personIds,
                   QWidget* parent = nullptr);
};

} // namespace caselink
