// A relationship chart as a workspace tab: extracted from seeds through the user's scope and measured in a
// background job, laid out in another (cancellable; pins respected; new nodes start beside their neighbours), explored
// by expanding and collapsing nodes, filtered by kind and date, sized or coloured by a network measure or community,
// searched, and saved under a name or exported (PNG, SVG, PDF; GraphML, GEXF, FtM, ANX). Layout edits (drags, pins,
// layouts) can be undone. Selecting a node shows its details and "Open record" asks the Navigator for it.
#pragma once

#include <memory>

#include <QPointer>
#include <QWidget>

#include "analysis/graph.h"
#include "analysis/graphextractor.h"
#include "analysis/graphlayout.h"
#include "analysis/measures.h"
#include "jobs/jobrunner.h"

class QComboBox;
class QDateEdit;
class QCheckBox;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace caselink {

class ChartScene;
class MessageBar;
class Navigator;
class RepositoryContext;

class ChartWorkspace : public QWidget {
    Q_OBJECT
public:
    ChartWorkspace(RepositoryContext& context, Navigator& navigator, const QString& seedKind,
                   const QStringList& seedIds, QWidget* parent = nullptr);
    ~ChartWorkspace() override;

    ChartScene* scene() const { return m_scene; }
    QGraphicsView* view() const { return m_view; }
    QUndoStack* undoStack() const { return m_undo; }
    QString title() const;
    const NetworkMeasures& measures() const { return m_measures; }

    bool isLayoutRunning() const { return m_layoutJob != nullptr; }
    // Extracting, measuring or laying out in the background; ready() follows when all of it is done.
    bool isBusy() const { return m_loadJob || m_measuresJob || m_layoutJob; }
    void runLayout(LayoutKind kind);
    void cancelLayout();
    // Adds the neighbours of a node; returns how many nodes were added.
    Result<int> expandNode(int index);
    // Removes the neighbours that hang only from this node.
    void collapseNode(int index);
    void setPinned(const QList<int>& nodes, bool pinned);
    // Selects and centres the next node whose label contains text; false when none does.
    bool find(const QString& text);
    // Writes the chart by the file's suffix: .png, .svg, .pdf (pictures) or .graphml, .gexf, .ftm, .anx (data;
    // audited).
    Status exportTo(const QString& path);
    // The name the chart was saved or opened under; empty for an unsaved chart.
    QString savedName() const { return m_savedName; }
    Result<QString> saveAs(const QString& name);
    Status openSaved(const QString& chartId);

signals:
    void layoutFinished();
    void ready();
    void titleChanged(const QString& title);

private:
    friend class ChartLayoutCommand;
    void buildUi();
    void load(const ExtractOptions& options);
    void setChart(const ChartData& chart, bool layout);
    void applyPositions(const std::vector<QPointF>& positions, const std::vector<bool>& pins);
    std::vector<QPointF> positions() const;
    std::vector<bool> pins() const;
    void recomputeMeasures();
    void jobEnded();
    void applyAppearance();
    void applyFilter();
    void showDetails();
    void openSelected();
    // Selects the nodes of the shortest (or time-ordered) path between the two selected nodes.
    void selectPath(bool timeOrdered);
    void expandSelected();
    void collapseSelected();
    void layoutDone(const ChartData& laidOut, const Status& status, const std::vector<QPointF>& before);
    void showError(const QString& text);

    RepositoryContext& m_context;
    Navigator& m_navigator;
    ExtractOptions m_options;
    QStringList m_expanded;
    QString m_savedName;
    NetworkMeasures m_measures;
    ChartScene* m_scene = nullptr;
    QGraphicsView* m_view = nullptr;
    QUndoStack* m_undo = nullptr;
    MessageBar* m_message = nullptr;
    QComboBox* m_layoutBox = nullptr;
    QComboBox* m_sizeBox = nullptr;
    QComboBox* m_colourBox = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QCheckBox* m_dateFilter = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QToolButton* m_kindsButton = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_openButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QPointer<Job> m_loadJob;
    int m_loadGeneration = 0;
    QPointer<Job> m_measuresJob;
    int m_measuresGeneration = 0;
    QPointer<Job> m_layoutJob;
    int m_layoutGeneration = 0; // a layout's result is applied only when no later layout or cancel came after it
    int m_findFrom = 0;
};

} // namespace caselink
