#include "ui/charts/chartworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include "analysis/chartstore.h"
#include "analysis/graphpaths.h"
#include "domain/localtime.h"
#include "jobs/jobrunner.h"
#include "render/chartstyle.h"
#include "repo/repositorycontext.h"
#include "ui/charts/chartfiles.h"
#include "ui/charts/chartlayoutcommand.h"
#include "ui/charts/chartlegendwidget.h"
#include "ui/charts/chartscene.h"
#include "ui/charts/chartview.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/navigator.h"

namespace caselink {

ChartWorkspace::ChartWorkspace(RepositoryContext& context, Navigator& navigator, const QString& seedKind,
                               const QStringList& seedIds, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator) {
    buildUi();
    m_options.seedKind = nodeKindFromKey(seedKind).value_or(NodeKind::Person);
    m_options.seedIds = seedIds;
    m_options.depth = 2;
    m_options.maxNodes = 10000;
    load(m_options);
}

ChartWorkspace::~ChartWorkspace() {
    for (Job* job : {m_loadJob.data(), m_measuresJob.data(), m_layoutJob.data()}) {
        if (job) {
            job->cancel(); // its result is dropped: this workspace is gone when it arrives
        }
    }
    // The scene's items go before this widget does: their removal must not reach our slots.
    m_scene->disconnect(this);
    delete m_view;
    delete m_scene;
}

QString ChartWorkspace::title() const {
    if (!m_savedName.isEmpty()) {
        return tr("Chart: %1").arg(m_savedName);
    }
    const ChartData& data = m_scene->data();
    return data.nodes.empty() ? tr("Chart") : tr("Chart: %1").arg(data.nodes.front().label);
}

void ChartWorkspace::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("chartToolBar"));
    layout->addWidget(bar);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);

    m_layoutBox = new QComboBox(this);
    m_layoutBox->setObjectName(QStringLiteral("layoutBox"));
    m_layoutBox->addItem(tr("Force-directed"), int(LayoutKind::ForceDirected));
    m_layoutBox->addItem(tr("Hierarchy"), int(LayoutKind::Hierarchical));
    m_layoutBox->addItem(tr("Circle"), int(LayoutKind::Circular));
    bar->addWidget(m_layoutBox);
    bar->addAction(tr("Lay out"), this, [this] { runLayout(LayoutKind(m_layoutBox->currentData().toInt())); })
        ->setObjectName(QStringLiteral("runLayoutAction"));
    bar->addAction(tr("Stop"), this, &ChartWorkspace::cancelLayout);
    m_undo = new QUndoStack(this);
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(tr("Expand"), this, &ChartWorkspace::expandSelected);
    bar->addAction(tr("Collapse"), this, &ChartWorkspace::collapseSelected);
    bar->addAction(tr("Pin"), this, [this] { setPinned(m_scene->selectedNodes(), true); });
    bar->addAction(tr("Unpin"), this, [this] { setPinned(m_scene->selectedNodes(), false); });
    QToolButton* paths = new QToolButton(this);
    paths->setText(tr("Paths"));
    paths->setPopupMode(QToolButton::InstantPopup);
    auto* pathMenu = new QMenu(paths);
    pathMenu->addAction(tr("Shortest path between two selected"), this, [this] { selectPath(false); });
    pathMenu->addAction(tr("Path in time order between two selected"), this, [this] { selectPath(true); });
    pathMenu->addAction(tr("Network connecting the selected"), this, [this] {
        const QList<int> chosen = m_scene->selectedNodes();
        auto network = connectingNetwork(m_scene->data(), std::vector<int>(chosen.begin(), chosen.end()));
        if (network) {
            m_scene->selectNodes(QList<int>(network->begin(), network->end()));
        }
    });
    paths->setMenu(pathMenu);
    bar->addWidget(paths);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Size:"), this));
    m_sizeBox = new QComboBox(this);
    m_sizeBox->setObjectName(QStringLiteral("sizeBox"));
    m_sizeBox->addItem(tr("Same size"), -1);
    for (Measure m :
         {Measure::Degree, Measure::Betweenness, Measure::Closeness, Measure::Eigenvector, Measure::Coreness}) {
        m_sizeBox->addItem(measureName(m), int(m));
    }
    bar->addWidget(m_sizeBox);
    bar->addWidget(new QLabel(tr("Colour:"), this));
    m_colourBox = new QComboBox(this);
    m_colourBox->setObjectName(QStringLiteral("colourBox"));
    m_colourBox->addItem(tr("By type and role"), 0);
    m_colourBox->addItem(tr("By community"), 1);
    bar->addWidget(m_colourBox);
    connect(m_sizeBox, &QComboBox::currentIndexChanged, this, &ChartWorkspace::applyAppearance);
    connect(m_colourBox, &QComboBox::currentIndexChanged, this, &ChartWorkspace::applyAppearance);
    bar->addSeparator();
    m_kindsButton = new QToolButton(this);
    m_kindsButton->setText(tr("Show"));
    m_kindsButton->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(m_kindsButton);
    for (NodeKind k : {NodeKind::Person, NodeKind::Organisation, NodeKind::Case, NodeKind::Phone, NodeKind::Document,
                       NodeKind::Address, NodeKind::Incident}) {
        QAction* a = kinds->addAction(nodeKindName(k));
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(int(k));
        connect(a, &QAction::toggled, this, &ChartWorkspace::applyFilter);
    }
    m_kindsButton->setMenu(kinds);
    bar->addWidget(m_kindsButton);
    m_dateFilter = new QCheckBox(tr("Dates"), this);
    m_fromEdit = new QDateEdit(QDate(officeToday().year() - 5, 1, 1), this);
    m_toEdit = new QDateEdit(officeToday(), this);
    for (QDateEdit* e : {m_fromEdit, m_toEdit}) {
        e->setDisplayFormat(QString::fromLatin1(kDateEditFormat));
        e->setLayoutDirection(Qt::LeftToRight); // ISO dates read left to right in both languages
        e->setCalendarPopup(true);
        connect(e, &QDateEdit::dateChanged, this, &ChartWorkspace::applyFilter);
    }
    connect(m_dateFilter, &QCheckBox::toggled, this, &ChartWorkspace::applyFilter);
    bar->addWidget(m_dateFilter);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toEdit);
    bar->addSeparator();
    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in chart"));
    m_findEdit->setMaximumWidth(180);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        if (!find(m_findEdit->text())) {
            m_message->showMessage(tr("Nothing in this chart matches."), MessageBar::Type::Info);
        }
    });
    bar->addWidget(m_findEdit);
    bar->addSeparator();
    bar->addAction(tr("Save…"), this, [this] { askAndSaveChart(*this, *m_message); });
    bar->addAction(tr("Open…"), this, [this] { askAndOpenChart(*this, m_context, *m_message); });
    bar->addAction(tr("Export…"), this, [this] { askAndExportChart(*this, *m_message); })
        ->setObjectName(QStringLiteral("exportChartAction"));

    auto* split = new QSplitter(this);
    m_scene = new ChartScene(this);
    m_scene->setUrdu(currentLanguage() == QLatin1String("ur"));
    auto* chartView = new ChartView(m_scene, split);
    m_view = chartView;
    split->addWidget(m_view);
    auto* legend = new ChartLegendWidget(m_scene, chartView);
    QAction* showLegend = bar->addAction(tr("Legend"));
    showLegend->setObjectName(QStringLiteral("showLegendAction"));
    showLegend->setCheckable(true);
    showLegend->setChecked(true);
    connect(showLegend, &QAction::toggled, legend, [legend](bool on) { on ? legend->refresh() : legend->hide(); });
    connect(m_scene, &ChartScene::linksChanged, legend, [legend, showLegend] {
        if (!showLegend->isChecked()) {
            legend->hide();
        }
    });
    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("chartDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_details->setTextFormat(Qt::RichText);
    sideLayout->addWidget(m_details, 1);
    m_openButton = new QPushButton(tr("Open record"), side);
    m_openButton->setObjectName(QStringLiteral("openRecordButton"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, &ChartWorkspace::openSelected);
    sideLayout->addWidget(m_openButton);
    m_progress = new QProgressBar(side);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    sideLayout->addWidget(m_progress);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    // The details' word-wrapped hint would otherwise claim most of the width and squeeze the chart into a strip.
    side->setMaximumWidth(420);
    split->setSizes({1000, 280});
    layout->addWidget(split, 1);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &ChartWorkspace::showDetails);
    connect(m_scene, &ChartScene::nodesMoved, this,
            [this](const QHash<int, QPointF>& before, const QHash<int, QPointF>&) {
                std::vector<QPointF> old = positions();
                for (auto it = before.cbegin(); it != before.cend(); ++it) {
                    old[std::size_t(it.key())] = it.value();
                }
                m_undo->push(new ChartLayoutCommand(this, tr("Move"), old, pins()));
            });
    showDetails();
}

void ChartWorkspace::showError(const QString& text) {
    m_message->showMessage(text, MessageBar::Type::Error);
}

void ChartWorkspace::load(const ExtractOptions& options) {
    struct Loaded {
        Result<ChartData> chart = ChartData{};
        bool truncated = false;
    };
    if (m_loadJob) {
        m_loadJob->cancel();
    }
    const int generation = ++m_loadGeneration;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    RepositoryContext* context = &m_context;
    m_loadJob = m_context.jobs().start<Loaded>(
        tr("Extracting the network"), this,
        [context, options](JobControl&) {
            GraphExtractor extractor(*context);
            Loaded loaded;
            loaded.chart = extractor.extract(options);
            loaded.truncated = extractor.truncated();
            return loaded;
        },
        [this, generation, maxNodes = options.maxNodes](Loaded&& loaded) {
            if (generation != m_loadGeneration) {
                return;
            }
            m_loadJob = nullptr;
            m_progress->setRange(0, 100);
            if (!loaded.chart) {
                showError(loaded.chart.error().message);
                jobEnded();
                return;
            }
            if (loaded.truncated) {
                m_message->showMessage(tr("The network was cut at %1 nodes; expand nodes to see more.").arg(maxNodes),
                                       MessageBar::Type::Warning);
            }
            setChart(*loaded.chart, true);
        });
}

void ChartWorkspace::jobEnded() {
    m_progress->setVisible(m_layoutJob != nullptr);
    if (!isBusy()) {
        emit ready();
    }
}

void ChartWorkspace::setChart(const ChartData& chart, bool layout) {
    cancelLayout();
    m_scene->setData(chart);
    m_undo->clear();
    recomputeMeasures();
    applyAppearance();
    applyFilter();
    emit titleChanged(title());
    if (layout) {
        runLayout(LayoutKind::ForceDirected);
    } else {
        m_view->fitInView(m_scene->itemsBoundingRect(), Qt::KeepAspectRatio);
    }
}

std::vector<QPointF> ChartWorkspace::positions() const {
    std::vector<QPointF> out;
    for (const ChartNode& n : m_scene->data().nodes) {
        out.push_back(n.pos);
    }
    return out;
}

std::vector<bool> ChartWorkspace::pins() const {
    std::vector<bool> out;
    for (const ChartNode& n : m_scene->data().nodes) {
        out.push_back(n.pinned);
    }
    return out;
}

void ChartWorkspace::applyPositions(const std::vector<QPointF>& pos, const std::vector<bool>& pinned) {
    ChartData& data = m_scene->data();
    for (std::size_t i = 0; i < data.nodes.size() && i < pos.size(); ++i) {
        data.nodes[i].pos = pos[i];
        data.nodes[i].pinned = pinned[i];
        data.nodes[i].placed = true;
    }
    m_scene->syncPositions();
}

void ChartWorkspace::recomputeMeasures() {
    // Centralities of a large network take seconds: computed in the background; sizes and colours follow.
    if (m_measuresJob) {
        m_measuresJob->cancel();
    }
    m_measures = NetworkMeasures{};
    const int generation = ++m_measuresGeneration;
    auto data = std::make_shared<ChartData>(m_scene->data());
    m_measuresJob = m_context.jobs().start<Result<NetworkMeasures>>(
        tr("Measuring the network"), this, [data](JobControl&) { return computeMeasures(*data); },
        [this, generation](Result<NetworkMeasures>&& computed) {
            if (generation != m_measuresGeneration) {
                return;
            }
            m_measuresJob = nullptr;
            if (computed) {
                m_measures = std::move(*computed);
                applyAppearance();
            }
            jobEnded();
        });
}

void ChartWorkspace::applyAppearance() {
    const ChartData& data = m_scene->data();
    const int size = m_sizeBox->currentData().toInt();
    std::vector<double> scale;
    if (size >= 0 && !m_measures.degree.empty()) {
        double top = 0;
        for (int i = 0; i < int(data.nodes.size()); ++i) {
            top = std::max(top, m_measures.value(Measure(size), i));
        }
        for (int i = 0; i < int(data.nodes.size()); ++i) {
            const double v = top > 0 ? m_measures.value(Measure(size), i) / top : 0;
            scale.push_back(0.7 + 1.6 * std::sqrt(v));
        }
    }
    m_scene->setNodeScale(scale);
    std::vector<QColor> colours;
    if (m_colourBox->currentData().toInt() == 1 && m_measures.community.size() == data.nodes.size()) {
        for (int c : m_measures.community) {
            colours.push_back(communityColour(c));
        }
    }
    m_scene->setNodeColours(colours);
}

void ChartWorkspace::applyFilter() {
    QSet<NodeKind> hidden;
    for (QAction* a : m_kindsButton->menu()->actions()) {
        if (!a->isChecked()) {
            hidden.insert(NodeKind(a->data().toInt()));
        }
    }
    const bool dates = m_dateFilter->isChecked();
    m_scene->setFilter(hidden, dates ? m_fromEdit->date() : QDate(), dates ? m_toEdit->date() : QDate());
}

void ChartWorkspace::showDetails() {
    const QList<int> selected = m_scene->selectedNodes();
    m_openButton->setEnabled(false);
    if (selected.size() != 1) {
        m_details->setText(selected.isEmpty()
                               ? tr("Select a node to see its details. Drag to move, drag on the background to "
                                    "select several, wheel to zoom.")
                               : tr("%n nodes selected.", nullptr, int(selected.size())));
        return;
    }
    const int i = selected.front();
    const ChartNode& n = m_scene->data().nodes[std::size_t(i)];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(displayLabel(n, m_scene->urdu()).toHtmlEscaped());
    lines << nodeKindName(n.kind).toHtmlEscaped();
    const QString role = roleName(n.role);
    if (!role.isEmpty()) {
        lines << tr("Role: %1").arg(role).toHtmlEscaped();
    }
    if (!n.detail.isEmpty()) {
        lines << n.detail.toHtmlEscaped();
    }
    if (n.redacted) {
        lines << tr("Identity withheld: your account does not have the victims grant.").toHtmlEscaped();
    }
    if (std::size_t(i) < m_measures.degree.size()) {
        lines << QString();
        for (Measure m : {Measure::Degree, Measure::Betweenness, Measure::Closeness, Measure::Eigenvector,
                          Measure::Coreness, Measure::Community}) {
            lines << QStringLiteral("%1: %2").arg(measureName(m), QLocale().toString(m_measures.value(m, i), 'g', 4));
        }
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_openButton->setEnabled(n.kind == NodeKind::Person || n.kind == NodeKind::Case ||
                             n.kind == NodeKind::Organisation);
}

void ChartWorkspace::selectPath(bool timeOrdered) {
    const QList<int> selected = m_scene->selectedNodes();
    if (selected.size() != 2) {
        m_message->showMessage(tr("Select exactly two nodes."), MessageBar::Type::Info);
        return;
    }
    auto path = timeOrdered ? timeRespectingPath(m_scene->data(), selected[0], selected[1])
                            : shortestPath(m_scene->data(), selected[0], selected[1]);
    if (!path || path->empty()) {
        m_message->showMessage(timeOrdered ? tr("No path through links in time order joins these two.")
                                           : tr("Nothing in this chart joins these two."),
                               MessageBar::Type::Info);
        return;
    }
    m_scene->selectNodes(QList<int>(path->begin(), path->end()));
}

void ChartWorkspace::openSelected() {
    const QList<int> selected = m_scene->selectedNodes();
    if (selected.size() != 1) {
        return;
    }
    const ChartNode& n = m_scene->data().nodes[std::size_t(selected.front())];
    switch (n.kind) {
    case NodeKind::Person:
        emit m_navigator.openPerson(n.recordId);
        break;
    case NodeKind::Case:
        emit m_navigator.openCase(n.recordId);
        break;
    case NodeKind::Organisation:
        emit m_navigator.openOrganisation(n.recordId);
        break;
    default:
        break;
    }
}

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
    return exportChart(m_context, *m_scene, title(), path);
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

} // namespace caselink
