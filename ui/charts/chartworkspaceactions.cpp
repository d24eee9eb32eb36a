// ChartWorkspace: layout in a worker thread, expand and collapse, pins, find, save and open, export.
#include <QFileDialog>
#include <QGraphicsView>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QProgressBar>
#include <QSvgGenerator>
#include <QUndoStack>

#include "analysis/chartstore.h"
#include "io/graphexport.h"
#include "jobs/jobrunner.h"
#include "repo/repositorycontext.h"
#include "ui/charts/chartlayoutcommand.h"
#include "ui/charts/chartscene.h"
#include "ui/charts/chartworkspace.h"
#include "ui/messagebar.h"

namespace caselink {

void ChartWorkspace::runLayout(LayoutKind kind) {
    cancelLayout();
    LayoutOptions options;
    options.kind = kind;
    options.seed = 1;
    const QList<int> selected = m_scene->selectedNodes();
    if (kind == LayoutKind::Hierarchical && !selected.isEmpty()) {
        options.roots = {selected.front()};
    }
    if (kind == LayoutKind::Circular) {
        // The selection's community on a ring, or the selection itself when it spans several.
        std::vector<int> ring;
        if (selected.size() == 1 && m_measures.community.size() == m_scene->data().nodes.size()) {
            const int c = m_measures.community[std::size_t(selected.front())];
            for (int i = 0; i < int(m_measures.community.size()); ++i) {
                if (m_measures.community[std::size_t(i)] == c) {
                    ring.push_back(i);
                }
            }
        } else {
            ring.assign(selected.begin(), selected.end());
        }
        options.subset = ring;
    }
    auto data = std::make_shared<ChartData>(m_scene->data());
    const std::vector<QPointF> before = positions();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    const int generation = ++m_layoutGeneration;
    m_layoutJob = m_context.jobs().start<Status>(
        tr("Laying out the chart"), this,
        [data, options](JobControl& control) {
            return layoutChart(*data, options, control.cancelFlag(),
                               [&control](int percent) { control.setProgress(percent, 100); });
        },
        [this, data, before, generation](Status&& status) {
            if (generation != m_layoutGeneration) {
                return; // cancelled or superseded: cancelLayout() already reported the end
            }
            m_layoutJob = nullptr;
            layoutDone(*data, status, before);
            jobEnded();
            emit layoutFinished();
        });
    connect(m_layoutJob, &Job::progressChanged, m_progress,
            [bar = m_progress](qint64 done, qint64, const QString&) { bar->setValue(static_cast<int>(done)); });
}

void ChartWorkspace::cancelLayout() {
    if (!m_layoutJob) {
        return;
    }
    // The job stops at its next check; its positions are not applied.
    m_layoutJob->cancel();
    m_layoutJob = nullptr;
    ++m_layoutGeneration;
    jobEnded();
    emit layoutFinished();
}

void ChartWorkspace::layoutDone(const ChartData& laidOut, const Status& status, const std::vector<QPointF>& before) {
    if (!status) {
        showError(status.error().message);
        return;
    }
    if (laidOut.nodes.size() != m_scene->data().nodes.size()) {
        return; // the chart changed while the layout ran
    }
    const std::vector<bool> pinned = pins();
    std::vector<QPointF> after;
    for (const ChartNode& n : laidOut.nodes) {
        after.push_back(n.pos);
    }
    applyPositions(after, pinned);
    // Recorded after the fact: undo puts the nodes back where they were before this layout.
    m_undo->push(new ChartLayoutCommand(this, tr("Layout"), before, pinned));
    m_view->fitInView(m_scene->itemsBoundingRect(), Qt::KeepAspectRatio);
}

Result<int> ChartWorkspace::expandNode(int index) {
    ChartData data = m_scene->data();
    if (index < 0 || index >= int(data.nodes.size())) {
        return fail(ErrorCode::Usage, tr("No such node in the chart."));
    }
    GraphExtractor extractor(m_context);
    auto added = extractor.expand(data, index, m_options);
    if (!added) {
        showError(added.error().message);
        return added;
    }
    m_expanded << data.nodes[std::size_t(index)].key;
    setChart(data, *added > 0);
    m_scene->selectNodes({index});
    return added;
}

void ChartWorkspace::collapseNode(int index) {
    const ChartData& data = m_scene->data();
    const auto adj = data.adjacency();
    QSet<int> drop;
    for (int w : adj[std::size_t(index)]) {
        bool onlyHere = true;
        for (int x : adj[std::size_t(w)]) {
            onlyHere &= x == index;
        }
        if (onlyHere && data.nodes[std::size_t(w)].depth > 0) {
            drop.insert(w);
        }
    }
    if (drop.isEmpty()) {
        return;
    }
    const QString key = data.nodes[std::size_t(index)].key;
    setChart(data.filtered([&](int i) { return !drop.contains(i); }), false);
    m_scene->selectNodes({m_scene->data().indexOf(key)});
}

void ChartWorkspace::expandSelected() {
    const QList<int> selected = m_scene->selectedNodes();
    if (selected.size() == 1) {
        (void)expandNode(selected.front());
    }
}

void ChartWorkspace::collapseSelected() {
    const QList<int> selected = m_scene->selectedNodes();
    if (selected.size() == 1) {
        collapseNode(selected.front());
    }
}

void ChartWorkspace::setPinned(const QList<int>& nodes, bool pinned) {
    if (nodes.isEmpty()) {
        return;
    }
    const std::vector<QPointF> pos = positions();
    const std::vector<bool> before = pins();
    for (int i : nodes) {
        m_scene->data().nodes[std::size_t(i)].pinned = pinned;
        m_scene->nodeItem(i)->update();
    }
    m_undo->push(new ChartLayoutCommand(this, pinned ? tr("Pin") : tr("Unpin"), pos, before));
}

bool ChartWorkspace::find(const QString& text) {
    const QString needle = text.trimmed();
    const ChartData& data = m_scene->data();
    if (needle.isEmpty() || data.nodes.empty()) {
        return false;
    }
    const int n = int(data.nodes.size());
    for (int k = 0; k < n; ++k) {
        const int i = (m_findFrom + k) % n;
        const ChartNode& node = data.nodes[std::size_t(i)];
        if (node.label.contains(needle, Qt::CaseInsensitive) || node.labelUrdu.contains(needle) ||
            (!node.redacted && node.recordId.contains(needle, Qt::CaseInsensitive))) {
            m_findFrom = i + 1;
            m_scene->selectNodes({i});
            m_view->centerOn(m_scene->nodeItem(i));
            return true;
        }
    }
    return false;
}

Status ChartWorkspace::exportTo(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const auto format = graphFormatFromKey(suffix)) {
        return exportGraph(m_context, m_scene->data(), *format, path);
    }
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        return fail(ErrorCode::Usage, tr("Choose a file ending in .png, .svg, .pdf, .graphml, .gexf, .ftm or .anx."));
    }
    const QRectF source = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    m_scene->clearSelection(); // the picture shows the chart, not the selection
    auto restore = qScopeGuard([&] {
        for (QGraphicsItem* item : selected) {
            item->setSelected(true);
        }
    });
    // Pictures are exports too: recorded like the data formats (never with labels).
    if (auto st = m_context.auditRead({QStringLiteral("chart.export"), QStringLiteral("chart"), suffix,
                                       QJsonObject{{QLatin1String("format"), suffix},
                                                   {QLatin1String("nodes"), qint64(m_scene->data().nodes.size())}}});
        !st) {
        return st;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(title());
        QPainter painter;
        if (!painter.begin(&svg)) {
            return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path));
        }
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return ok();
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
        pdf.setTitle(title());
        QPainter painter;
        if (!painter.begin(&pdf)) {
            return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path));
        }
        m_scene->render(&painter, QRectF(), source);
        painter.end();
        return ok();
    }
    {
        const double scale = std::min(2.0, 8000.0 / std::max(source.width(), source.height()));
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&painter, QRectF(), source);
        painter.end();
        if (!image.save(path, "PNG")) {
            return fail(ErrorCode::Io, tr("Cannot write %1.").arg(path));
        }
    }
    return ok();
}

Result<QString> ChartWorkspace::saveAs(const QString& name) {
    ChartStore store(m_context);
    const QString caseId =
        m_options.seedKind == NodeKind::Case && m_options.seedIds.size() == 1 ? m_options.seedIds.front() : QString();
    auto id = store.save(name, caseId, m_options, m_expanded, m_scene->data());
    if (id) {
        m_savedName = name.simplified();
        emit titleChanged(title());
    }
    return id;
}

Status ChartWorkspace::openSaved(const QString& chartId) {
    ChartStore store(m_context);
    auto saved = store.load(chartId);
    if (!saved) {
        return std::unexpected(saved.error());
    }
    auto chart = store.open(*saved);
    if (!chart) {
        return std::unexpected(chart.error());
    }
    if (m_loadJob) {
        // A saved chart replaces whatever the first extraction was still finding.
        m_loadJob->cancel();
        m_loadJob = nullptr;
        ++m_loadGeneration;
    }
    m_options = saved->options;
    m_expanded = saved->expanded;
    m_savedName = saved->name;
    bool unplaced = false;
    for (const ChartNode& n : chart->nodes) {
        unplaced |= !n.placed;
    }
    setChart(*chart, unplaced); // nodes new since the save are laid out beside their neighbours
    return ok();
}

void ChartWorkspace::saveInteractive() {
    bool accepted = false;
    const QString name =
        QInputDialog::getText(this, tr("Save chart"), tr("Name:"), QLineEdit::Normal, m_savedName, &accepted);
    if (!accepted) {
        return;
    }
    if (auto id = saveAs(name); !id) {
        showError(id.error().message);
    } else {
        m_message->showMessage(tr("Chart saved."), MessageBar::Type::Info);
    }
}

void ChartWorkspace::openInteractive() {
    auto charts = ChartStore(m_context).list();
    if (!charts) {
        showError(charts.error().message);
        return;
    }
    if (charts->empty()) {
        m_message->showMessage(tr("No saved charts yet."), MessageBar::Type::Info);
        return;
    }
    QStringList names;
    for (const SavedChart& c : *charts) {
        names << c.name;
    }
    bool accepted = false;
    const QString name = QInputDialog::getItem(this, tr("Open chart"), tr("Chart:"), names, 0, false, &accepted);
    if (!accepted) {
        return;
    }
    if (auto st = openSaved(charts->at(std::size_t(names.indexOf(name))).id); !st) {
        showError(st.error().message);
    }
}

void ChartWorkspace::exportInteractive() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QString(),
        tr("Pictures (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;FollowTheMoney (*.ftm);;"
           "i2 Analyst's Notebook (*.anx)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto st = exportTo(path); !st) {
        showError(st.error().message);
    } else {
        m_message->showMessage(tr("Exported to %1.").arg(path), MessageBar::Type::Info);
    }
}

} // namespace caselink
