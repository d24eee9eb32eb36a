#include "ui/workspace/caseworkspace.h"

#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "models/coalescedrefresh.h"
#include "repo/repositorycontext.h"
#include "ui/messagebar.h"
#include "ui/workspace/arrestspanel.h"
#include "ui/workspace/overviewpanel.h"
#include "ui/workspace/peoplepanels.h"
#include "ui/workspace/recordpanels.h"
#include "ui/workspace/routepanel.h"

namespace caselink {

CaseWorkspace::CaseWorkspace(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack,
                             const QString& caseId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator)
    , m_undoStack(undoStack)
    , m_caseId(caseId)
    , m_tabs(new QTabWidget(this))
    , m_env(std::make_unique<WorkspaceEnv>(WorkspaceEnv{context, navigator, undoStack, caseId}))
    , m_snapshot(std::make_unique<CaseSnapshot>())
    , m_messages(new MessageBar(this)) {
    setObjectName(QStringLiteral("caseWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_messages->hide();
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    WorkspaceEnv& env = *m_env;
    auto add = [&](auto* panel, const QString& title, const QString& name) {
        panel->setObjectName(name);
        m_panels.push_back(panel);
        m_tabs->addTab(panel, title);
        connect(panel, &CasePanel::failed, this,
                [this](const QString& message) { m_messages->showMessage(message, MessageBar::Type::Error); });
        return panel;
    };
    m_overview = add(new OverviewPanel(env, this), tr("Overview"), QStringLiteral("overviewPage"));
    m_people = add(new PeoplePanel(env, this), tr("People and roles"), QStringLiteral("peoplePage"));
    m_arrests = add(new ArrestsPanel(env, this), tr("Arrests and custody"), QStringLiteral("arrestsPage"));
    m_victims = add(new VictimsPanel(env, this), tr("Victims"), QStringLiteral("victimsPage"));
    m_payments = add(new PaymentsPanel(env, this), tr("Payments"), QStringLiteral("paymentsPage"));
    m_route = add(new RoutePanel(env, this), tr("Route"), QStringLiteral("routePage"));
    m_documents = add(new DocumentsPanel(env, this), tr("Documents"), QStringLiteral("documentsPage"));
    m_evidence = add(new EvidencePanel(env, this), tr("Evidence"), QStringLiteral("evidencePage"));
    m_notes = add(new NotesPanel(env, this), tr("Notes"), QStringLiteral("notesPage"));
    m_links = add(new LinksPanel(env, this), tr("Linked cases"), QStringLiteral("linksPage"));
    m_history = add(new HistoryPanel(env, this), tr("History"), QStringLiteral("historyPage"));

    // A change to this case, its records, persons, arrests or linked cases (or another process's commit) is re-read
    // once per burst of changes, after the event loop settles; other changes leave the tab alone.
    m_refresher = new CoalescedRefresh([this] { refresh(); }, this);
    connect(&context.notifier(), &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (!m_loaded || m_snapshot->isTouchedBy(event)) {
            m_refresher->schedule();
        }
    });
    alignLabelsToLeadingEdge(m_tabs);
    refresh();
}

CaseWorkspace::~CaseWorkspace() = default;

QString CaseWorkspace::title() const {
    return m_title.isEmpty() ? tr("Case") : m_title;
}

void CaseWorkspace::addPage(QWidget* page, const QString& title) {
    m_tabs->addTab(page, title);
}

void CaseWorkspace::refresh() {
    m_refresher->done();
    auto loaded = loadCaseSnapshot(m_context, m_caseId, officeToday());
    if (!loaded) {
        m_loaded = false;
        m_messages->showMessage(loaded.error().message, MessageBar::Type::Error);
        m_messages->show();
        for (CasePanel* panel : m_panels) {
            panel->setEnabled(false);
        }
        return;
    }
    if (!m_loaded && m_messages->isVisible() && m_messages->type() == MessageBar::Type::Error) {
        m_messages->hide();
    }
    m_loaded = true;
    *m_snapshot = std::move(*loaded);
    for (CasePanel* panel : m_panels) {
        panel->setEnabled(true);
        panel->showSnapshot(*m_snapshot);
    }
    const CaseRecord& c = m_snapshot->caseFile;
    const QString label = c.label().isEmpty() ? c.title : c.label();
    if (label != m_title) {
        m_title = label;
        emit titleChanged(title());
    }
    emit refreshed();
}

} // namespace caselink
