#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include "models/pagedtablemodel.h"
#include "models/undostack.h"
#include "repo/databasewatcher.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "ui/inactivitytimer.h"
#include "ui/messagebar.h"
#include "ui/messagebox.h"
#include "ui/navigator.h"
#include "ui/overviewpage.h"
#include "ui/preferencesdialog.h"
#include "ui/settings.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/duplicatereview.h"
#include "ui/shell/globalsearchfield.h"
#include "ui/shell/heldreviewview.h"
#include "ui/shell/listpage.h"
#include "ui/shell/sessionpages.h"
#include "ui/shell/workspacetabs.h"
#include "ui/unlockwidget.h"

namespace caselink {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMainWindow, "caselink.ui.mainwindow")

namespace {

constexpr int kUnlockPage = 0;
constexpr int kWorkspacePage = 1;
constexpr int kMillisecondsPerMinute = 60 * 1000;
constexpr int kSectionRole = Qt::UserRole + 1;
const QString kDashboard = u"dashboard"_s;
const QString kReview = u"review"_s;

QString sectionTitle(const QString& section) {
    static const QHash<QString, const char*> titles = {
        {u"dashboard"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Dashboard")},
        {u"cases"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Cases")},
        {u"people"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "People")},
        {u"organisations"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Organisations")},
        {u"arrests"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Arrests")},
        {u"redbook"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Red Book")},
        {u"deadlines"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Deadlines")},
        {u"evidence"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Evidence")},
        {u"statistics"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Statistics")},
        {u"review"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Held for review")},
        {u"audit"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Audit log")},
        {u"reference"_s, QT_TRANSLATE_NOOP("caselink::MainWindow", "Reference data")},
    };
    return QCoreApplication::translate("caselink::MainWindow", titles.value(section));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_inactivity(new InactivityTimer(this))
    , m_navigator(new Navigator(this))
    , m_pages(new QStackedWidget(this))
    , m_unlockWidget(new UnlockWidget(this)) {
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/caselink.svg"_s));
    m_pages->addWidget(m_unlockWidget);
    m_pages->addWidget(createWorkspace());
    setCentralWidget(m_pages);
    createMenus();
    createToolBar();
    createStatusBar();
    registerShellSections(*this);
    setSectionFactory(kReview, [](MainWindow& window) { return window.createHeldReview(); });

    m_inactivity->setInterval(Settings::instance().autoLockMinutes() * kMillisecondsPerMinute);
    connect(m_inactivity, &InactivityTimer::inactivityDetected, this, &MainWindow::lock);
    connect(m_unlockWidget, &UnlockWidget::unlocked, this, &MainWindow::sessionUnlocked);
    connect(m_navigator, &Navigator::openCase, this, [this](const QString& id) { m_tabs->openCase(id); });
    connect(m_navigator, &Navigator::openPerson, this, [this](const QString& id) { m_tabs->openPerson(id); });
    connect(m_navigator, &Navigator::openSearchResults, m_tabs, &WorkspaceTabs::openSearchResults);
    connect(m_navigator, &Navigator::openSection, this, &MainWindow::showSection);
    connect(m_navigator, &Navigator::openOrganisation, this, &MainWindow::openOrganisation);
    connect(m_overview, &OverviewPage::openCase, m_navigator, &Navigator::openCase);
    connect(m_overview, &OverviewPage::openSection, this, &MainWindow::showSection);

    resize(1100, 720);
    const Settings& settings = Settings::instance();
    restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());
    m_workspace->restoreState(settings.value(Settings::Key::MainWindowSplitter).toByteArray());
    updateState();
}

// Everything read from the database goes before the session's own destructor closes it and wipes its keys.
MainWindow::~MainWindow() {
    clearSessionPages();
}

QStringList MainWindow::sectionNames() {
    // "review" after the first nine, whose Ctrl+1..9 shortcuts stay where users learnt them.
    return {u"dashboard"_s, u"cases"_s,    u"people"_s,     u"organisations"_s, u"arrests"_s, u"redbook"_s,
            u"deadlines"_s, u"evidence"_s, u"statistics"_s, u"review"_s,        u"audit"_s,   u"reference"_s};
}

QWidget* MainWindow::createWorkspace() {
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sectionStack = new QStackedWidget;
    m_sectionStack->setObjectName(u"sections"_s);
    m_overview = new OverviewPage;
    m_sectionStack->addWidget(m_overview);
    m_sectionPages.insert(kDashboard, m_overview);
    for (const QString& section : sectionNames()) {
        auto* item = new QListWidgetItem(sectionTitle(section), m_sidebar);
        item->setData(kSectionRole, section);
    }
    m_sidebar->setCurrentRow(0);
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setMaximumWidth(260);
    connect(m_sidebar, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            showSection(item->data(kSectionRole).toString());
        }
    });

    m_tabs = new WorkspaceTabs(m_sectionStack);
    auto* splitter = new QSplitter;
    splitter->setObjectName(u"workspace"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_workspace = splitter;
    return splitter;
}

bool MainWindow::showSection(const QString& section) {
    QWidget* page = m_sectionPages.value(section);
    if (!page) {
        return false;
    }
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        if (item->data(kSectionRole).toString() == section) {
            const QSignalBlocker blocker(m_sidebar);
            m_sidebar->setCurrentItem(item);
        }
    }
    m_sectionStack->setCurrentWidget(page);
    m_tabs->setTabText(m_tabs->indexOf(m_sectionStack), sectionLabel(section));
    m_tabs->setCurrentWidget(m_sectionStack);
    return true;
}

// The sidebar's text for a section: its title, with the number of open items for the review of held persons.
QString MainWindow::sectionLabel(const QString& section) const {
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(kSectionRole).toString() == section) {
            return m_sidebar->item(row)->text();
        }
    }
    return sectionTitle(section);
}

void MainWindow::showHeldCount(qint64 count) {
    const QString text =
        count > 0 ? tr("%1 (%2)").arg(sectionTitle(kReview), QLocale().toString(count)) : sectionTitle(kReview);
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        if (item->data(kSectionRole).toString() == kReview) {
            item->setText(text);
            item->setToolTip(tr("%n person(s) held for review after an import", nullptr, static_cast<int>(count)));
        }
    }
    if (currentSection() == kReview) {
        m_tabs->setTabText(m_tabs->indexOf(m_sectionStack), text);
    }
}

QString MainWindow::currentSection() const {
    return m_sectionPages.key(m_sectionStack->currentWidget());
}

QWidget* MainWindow::sectionWidget(const QString& section) const {
    return m_sectionPages.value(section);
}

void MainWindow::setSectionFactory(const QString& section, SectionFactory factory) {
    if (section == kDashboard || !sectionNames().contains(section)) {
        qCWarning(lcMainWindow) << "setSectionFactory: no such section" << section;
        return;
    }
    if (!isLocked()) {
        qCWarning(lcMainWindow) << "setSectionFactory: takes effect at the next unlock" << section;
    }
    m_sectionFactories.insert(section, std::move(factory));
}

int MainWindow::openTab(QWidget* page, const QString& title) {
    return m_tabs->openPage(page, title);
}

QAction* MainWindow::undoAction() const {
    return m_actions->action(u"undoAction"_s);
}

QAction* MainWindow::redoAction() const {
    return m_actions->action(u"redoAction"_s);
}

// Menus in menu-bar order; their actions are registered afterwards, each with its place and when it can be used.
void MainWindow::createMenus() {
    using Menu = ActionRegistry::Menu;
    m_actions = new ActionRegistry(menuBar(), this);
    m_actions->addMenu(Menu::File, tr("&File"), u"fileMenu"_s);
    m_actions->addMenu(Menu::Edit, tr("&Edit"), u"editMenu"_s);
    m_actions->addMenu(Menu::View, tr("&View"), u"viewMenu"_s);
    m_actions->addMenu(Menu::Tools, tr("&Tools"), u"toolsMenu"_s);
    m_actions->addMenu(Menu::Window, tr("&Window"), u"windowMenu"_s);
    m_actions->addMenu(Menu::Settings, tr("&Settings"), u"settingsMenu"_s);
    m_actions->addMenu(Menu::Help, tr("&Help"), u"helpMenu"_s);
    createFileActions();
    createEditActions();
    createViewActions();
    createToolsActions();
}

void MainWindow::createFileActions() {
    using Group = ActionRegistry::Group;
    using When = ActionRegistry::Availability;
    QAction* newDatabase = m_actions->add(new QAction(tr("&New database…"), this), u"newDatabaseAction"_s,
                                          Group::FileDatabase, 10, When::Always);
    newDatabase->setShortcut(QKeySequence::New);
    connect(newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    QAction* openDatabase = m_actions->add(new QAction(tr("&Open database…"), this), u"openDatabaseAction"_s,
                                           Group::FileDatabase, 20, When::Always);
    openDatabase->setShortcut(QKeySequence::Open);
    connect(openDatabase, &QAction::triggered, this, &MainWindow::openDatabase);
    QAction* lock = m_actions->add(new QAction(QIcon(u":/icons/lock.svg"_s), tr("&Lock"), this), u"lockAction"_s,
                                   Group::FileSession, 10, When::WhileUnlocked);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lock);
    QAction* quit = m_actions->add(new QAction(tr("&Quit"), this), u"quitAction"_s, Group::FileQuit, 10, When::Always);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);
}

void MainWindow::createEditActions() {
    using Group = ActionRegistry::Group;
    using When = ActionRegistry::Availability;
    // Undo and redo follow the session's undo stack through the group: always registered, enabled by the group.
    QAction* undo = m_actions->add(m_undoGroup->createUndoAction(this, tr("&Undo")), u"undoAction"_s, Group::EditUndo,
                                   10, When::Always);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_actions->add(m_undoGroup->createRedoAction(this, tr("&Redo")), u"redoAction"_s, Group::EditUndo,
                                   20, When::Always);
    // Ctrl+Shift+Z everywhere, besides the platform's own redo key (Ctrl+Y where that is the convention).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !redoKeys.contains(shiftZ)) {
        redoKeys << shiftZ;
    }
    redo->setShortcuts(redoKeys);
    QAction* search = m_actions->add(new QAction(tr("&Search…"), this), u"searchAction"_s, Group::EditSearch, 10,
                                     When::WhileUnlocked);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(search, &QAction::triggered, this, &MainWindow::focusSearch);
}

void MainWindow::createViewActions() {
    using Group = ActionRegistry::Group;
    using When = ActionRegistry::Availability;
    const QStringList sections = sectionNames();
    for (int i = 0; i < sections.size(); ++i) {
        QAction* action = m_actions->add(new QAction(sectionTitle(sections[i]), this), sections[i] + u"SectionAction"_s,
                                         Group::ViewSections, i, When::WhileUnlocked);
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        }
        connect(action, &QAction::triggered, this, [this, section = sections[i]] { showSection(section); });
    }
    QAction* sidebar = m_actions->add(new QAction(tr("&Sidebar"), this), u"sidebarAction"_s, Group::ViewPanels, 10,
                                      When::WhileUnlocked);
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    QAction* statusBarShown =
        m_actions->add(new QAction(tr("Status &bar"), this), u"statusBarAction"_s, Group::ViewPanels, 20, When::Always);
    statusBarShown->setCheckable(true);
    statusBarShown->setChecked(true);
    connect(statusBarShown, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });
}

// Tools, Window, Settings and Help.
void MainWindow::createToolsActions() {
    using Group = ActionRegistry::Group;
    using When = ActionRegistry::Availability;
    QAction* duplicates = m_actions->add(new QAction(tr("Find &duplicate persons…"), this), u"duplicatesAction"_s,
                                         Group::ToolsRecords, 10, When::WhileWritable);
    connect(duplicates, &QAction::triggered, this, &MainWindow::findDuplicates);

    QAction* closeTab = m_actions->add(new QAction(tr("&Close tab"), this), u"closeTabAction"_s, Group::WindowTabs, 10,
                                       When::WhileUnlocked);
    closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(closeTab, &QAction::triggered, m_tabs, &WorkspaceTabs::closeCurrent);
    QAction* nextTab = m_actions->add(new QAction(tr("&Next tab"), this), u"nextTabAction"_s, Group::WindowTabs, 20,
                                      When::WhileUnlocked);
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    connect(nextTab, &QAction::triggered, this, [this] { m_tabs->cycle(1); });
    QAction* previousTab = m_actions->add(new QAction(tr("&Previous tab"), this), u"previousTabAction"_s,
                                          Group::WindowTabs, 30, When::WhileUnlocked);
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab));
    connect(previousTab, &QAction::triggered, this, [this] { m_tabs->cycle(-1); });

    QAction* preferences = m_actions->add(new QAction(tr("&Preferences…"), this), u"preferencesAction"_s,
                                          Group::SettingsPreferences, 10, When::Always);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    QAction* about =
        m_actions->add(new QAction(tr("&About CaseLink"), this), u"aboutAction"_s, Group::HelpAbout, 10, When::Always);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar() {
    m_search = new GlobalSearchField(this);
    m_toolBar = addToolBar(tr("Search"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_search);
}

void MainWindow::createStatusBar() {
    m_userLabel = new QLabel(this);
    m_officeLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_lockIcon = new QLabel(this);
    m_lockLabel = new QLabel(this);
    m_userLabel->setObjectName(u"statusUser"_s);
    m_officeLabel->setObjectName(u"statusOffice"_s);
    m_databaseLabel->setObjectName(u"statusDatabase"_s);
    m_lockLabel->setObjectName(u"statusLock"_s);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_officeLabel);
    statusBar()->addWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_lockIcon);
    statusBar()->addPermanentWidget(m_lockLabel);
}

void MainWindow::setAutoLockInterval(int milliseconds) {
    m_inactivity->setInterval(milliseconds);
}

int MainWindow::autoLockInterval() const {
    return m_inactivity->interval();
}

void MainWindow::sessionUnlocked() {
    openSession(m_unlockWidget->takeSession());
}

void MainWindow::openSession(std::unique_ptr<Session> session) {
    if (!session) {
        return;
    }
    if (m_session) {
        lock();
    }
    m_session = std::move(session);
    auto context = RepositoryContext::create(*m_session);
    if (!context) {
        const QString message = context.error().message;
        (void)m_session->close();
        m_session.reset();
        m_unlockWidget->reset();
        m_unlockWidget->messageBar()->showMessage(tr("The database could not be opened: %1").arg(message),
                                                  MessageBar::Type::Error);
        return;
    }
    m_context = std::move(*context);
    m_context->setBusyHandler([this](const Error& error) { return askRetryWhenBusy(error.message); });
    m_watcher = std::make_unique<DatabaseWatcher>(*m_context);
    connect(m_watcher.get(), &DatabaseWatcher::maintenanceAnnounced, this,
            [this](const MaintenanceNotice& notice) { stepAsideForMaintenance(notice.describe()); });
    m_watcher->start();
    m_databaseUndo = std::make_unique<DatabaseUndoStack>(*m_context);
    m_undoStack = m_databaseUndo->stack();
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->setActiveStack(m_undoStack);
    connect(m_databaseUndo.get(), &DatabaseUndoStack::commandFailed, this,
            [this](const QString& command, const QString& message) {
                statusBar()->showMessage(tr("%1 failed: %2").arg(command, message), 10000);
            });

    m_overview->showSession(*m_session);
    m_overview->setContext(m_context.get());
    m_search->setContext(m_context.get(), m_navigator);
    createSessionPages();
    m_tabs->bind(*m_context, *m_navigator, *m_undoStack);
    m_pages->setCurrentIndex(kWorkspacePage);
    showSection(kDashboard);
    m_inactivity->activate();
    updateState();
    emit sessionOpened();
    m_tabs->restore();
    showSection(kDashboard);
    emit lockStateChanged(false);
}

// Every section's page is built once per session by the factory its owner registered; a section without a page for
// this session (none registered, or not for this account) is left out of the sidebar.
void MainWindow::createSessionPages() {
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem* item = m_sidebar->item(row);
        const QString section = item->data(kSectionRole).toString();
        if (section == kDashboard) {
            continue;
        }
        const SectionFactory factory = m_sectionFactories.value(section);
        QWidget* page = factory ? factory(*this) : nullptr;
        item->setHidden(!page);
        if (page) {
            m_sectionStack->addWidget(page);
            m_sectionPages.insert(section, page);
        }
    }
}

// Decisions on held persons go on the session's undo stack, and the sidebar shows how many are open.
QWidget* MainWindow::createHeldReview() {
    auto* held = new HeldReviewView(*m_context, *m_databaseUndo);
    connect(held, &HeldReviewView::openPerson, m_navigator, &Navigator::openPerson);
    connect(held, &HeldReviewView::openCase, m_navigator, &Navigator::openCase);
    connect(held, &HeldReviewView::openCountChanged, this, &MainWindow::showHeldCount);
    showHeldCount(held->openCount());
    return held;
}

void MainWindow::clearSessionPages() {
    if (m_context) {
        emit sessionClosing();
    }
    m_tabs->unbind();
    m_sectionStack->setCurrentWidget(m_overview);
    for (auto it = m_sectionPages.begin(); it != m_sectionPages.end();) {
        if (it.key() == kDashboard) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_sectionPages.erase(it);
    }
    showHeldCount(0); // no figure from the database stays on screen
    m_search->setContext(nullptr, nullptr);
    m_overview->clear();
    m_undoStack = nullptr;
    m_databaseUndo.reset();
    m_watcher.reset();
    m_context.reset();
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    // Coming back to the window is when another window's or command's changes matter: look at once.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_watcher) {
        m_watcher->check();
    }
}

void MainWindow::stepAsideForMaintenance(const QString& description) {
    // The other process needs every connection closed; this window's session goes, as at auto-lock.
    lock();
    m_unlockWidget->messageBar()->showMessage(
        tr("CaseLink locked this window because the database is needed for maintenance: %1 Sign in again when it "
           "has finished.")
            .arg(description),
        MessageBar::Type::Warning);
}

bool MainWindow::askRetryWhenBusy(const QString& message) {
    return MessageBox::warning(this, tr("Database busy"),
                               tr("%1\n\nAnother CaseLink window or command is writing to this database. Your change "
                                  "was not saved yet. Try again?")
                                   .arg(message),
                               QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry) == QMessageBox::Retry;
}

void MainWindow::lock() {
    m_inactivity->deactivate();
    if (!m_session) {
        return;
    }
    // A dialog left open over the workspace could still show data from the session.
    for (QDialog* dialog : findChildren<QDialog*>()) {
        if (dialog->isVisible()) {
            dialog->reject();
        }
    }
    m_tabs->save();
    saveLayout();
    clearSessionPages();
    const Status closed = m_session->close();
    m_session.reset();
    m_pages->setCurrentIndex(kUnlockPage);
    m_unlockWidget->reset();
    if (!closed) {
        qCWarning(lcMainWindow) << "closing the session reported a problem, code"
                                << static_cast<int>(closed.error().code);
        m_unlockWidget->messageBar()->showMessage(
            tr("The database is locked, but closing it reported a problem: %1").arg(closed.error().message),
            MessageBar::Type::Warning);
    }
    updateState();
    emit lockStateChanged(true);
}

void MainWindow::focusSearch() {
    if (!isLocked()) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }
}

void MainWindow::findDuplicates() {
    if (isLocked()) {
        return;
    }
    auto* review = new DuplicateReview(*m_context, *m_databaseUndo);
    connect(review, &DuplicateReview::openPerson, m_navigator, &Navigator::openPerson);
    openTab(review, tr("Duplicate persons"));
}

// Organisations have no workspace of their own: show the list with the organisation selected when it is loaded.
void MainWindow::openOrganisation(const QString& organisationId) {
    showSection(u"organisations"_s);
    if (auto* page = qobject_cast<ListPage*>(sectionWidget(u"organisations"_s))) {
        if (const int row = page->model()->rowOfKey(organisationId); row >= 0) {
            page->view()->selectRow(row);
        }
    }
}

void MainWindow::updateState() {
    const bool locked = isLocked();
    m_actions->setSessionState(!locked, m_context && m_context->scope().canWrite());
    m_toolBar->setVisible(!locked);
    m_lockIcon->setPixmap(QIcon(locked ? u":/icons/lock.svg"_s : u":/icons/unlocked.svg"_s).pixmap(16, 16));
    m_lockLabel->setText(locked ? tr("Locked") : tr("Unlocked"));
    if (locked) {
        m_userLabel->clear();
        m_officeLabel->clear();
        m_databaseLabel->clear();
        m_userLabel->hide();
        m_officeLabel->hide();
        m_databaseLabel->hide();
        setWindowTitle(tr("CaseLink"));
        return;
    }
    const User& user = m_session->user();
    const QString fileName = QFileInfo(m_session->path()).fileName();
    m_userLabel->setText(tr("User: %1 (%2)").arg(user.username, roleDisplayName(user.role)));
    m_officeLabel->setText(tr("Office: %1").arg(user.officeCode));
    m_databaseLabel->setText(tr("Database: %1").arg(fileName));
    m_databaseLabel->setToolTip(m_session->path());
    m_userLabel->show();
    m_officeLabel->show();
    m_databaseLabel->show();
    setWindowTitle(tr("%1 — CaseLink").arg(fileName));
}

void MainWindow::saveLayout() {
    Settings& settings = Settings::instance();
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    settings.setValue(Settings::Key::MainWindowSplitter, m_workspace->saveState());
    settings.sync();
}

void MainWindow::newDatabase() {
    lock();
    m_unlockWidget->createDatabase();
}

void MainWindow::openDatabase() {
    lock();
    m_unlockWidget->openDatabase();
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        setAutoLockInterval(Settings::instance().autoLockMinutes() * kMillisecondsPerMinute);
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About CaseLink"),
                       tr("<h3>CaseLink %1</h3><p>Case management for FIA investigators working against migrant "
                          "smuggling and human trafficking.</p><p>Case databases are encrypted with SQLCipher; every "
                          "change is recorded in a signed audit chain.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    lock();
    event->accept();
}

} // namespace caselink
