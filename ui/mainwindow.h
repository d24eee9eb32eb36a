// The application window: the unlock screen while locked; while a session is open, a sidebar of sections (Dashboard,
// Cases, People, Organisations, Arrests, Red Book, Deadlines, Evidence, Statistics, Held for review with the number of
// open items, Audit log, Reference data for administrators), a tab area whose first tab shows the current section and
// whose further tabs are open cases, persons and other pages, a global search field (Ctrl+K), menus, status bar and
// auto-lock. It owns the session, its RepositoryContext, the session's undo stack and the one Navigator.
//
// For the parts built elsewhere (charts, timelines, statistics, evidence, import):
// - navigator() lives as long as the window; connect its signals once. openCase, openPerson, openSection and
//   openOrganisation are handled here; openChart, openCaseTimeline, openPersonTimeline and openEvidence are left to
//   whoever connects them (typically: build a widget and call openTab()).
// - actions() is where menu actions are registered, with their place in the menus and when they can be used.
// - setSectionFactory() names who builds a section's page; at each unlock every section's page is built once, before
//   sessionOpened() is emitted. sessionClosing() is emitted at lock before the context goes; every section page and
//   tab is then deleted, so nothing from the database stays on screen.
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace caselink {

class ActionRegistry;
class DatabaseUndoStack;
class DatabaseWatcher;
class GlobalSearchField;
class InactivityTimer;
class Navigator;
class OverviewPage;
class RepositoryContext;
class Session;
class UnlockWidget;
class WorkspaceTabs;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const { return !m_session; }
    Session* session() const { return m_session.get(); }
    // The session's repositories; nullptr while locked.
    RepositoryContext* context() const { return m_context.get(); }
    Navigator* navigator() const { return m_navigator; }
    QUndoStack* undoStack() const { return m_undoStack; }
    DatabaseUndoStack* databaseUndoStack() const { return m_databaseUndo.get(); }
    // Notices other processes' commits and maintenance notices; nullptr while locked.
    DatabaseWatcher* databaseWatcher() const { return m_watcher.get(); }
    UnlockWidget* unlockWidget() const { return m_unlockWidget; }
    OverviewPage* overviewPage() const { return m_overview; }
    GlobalSearchField* searchField() const { return m_search; }
    WorkspaceTabs* tabs() const { return m_tabs; }
    ActionRegistry* actions() const { return m_actions; }
    QAction* undoAction() const;
    QAction* redoAction() const;

    // Section names (object names): "dashboard", "cases", "people", "organisations", "arrests", "redbook",
    // "deadlines", "evidence", "statistics", "review" (persons held for review after an import), "audit",
    // "reference".
    static QStringList sectionNames();
    // Shows a section in the first tab (and selects it in the sidebar). False for an unknown or hidden section.
    bool showSection(const QString& section);
    QString currentSection() const;
    // A section's page in this session; nullptr while locked and for a section without one.
    QWidget* sectionWidget(const QString& section) const;
    // Builds a section's page for the session just unlocked (context() and undoStack() exist); the window owns the
    // page and deletes it at lock. A section whose factory returns nullptr, or that has none, is left out of the
    // sidebar for that session. Register before the session opens; the Dashboard is the window's own.
    using SectionFactory = std::function<QWidget*(MainWindow&)>;
    void setSectionFactory(const QString& section, SectionFactory factory);
    // Opens page in a closable, movable workspace tab and shows it; the window takes ownership. Returns the index.
    int openTab(QWidget* page, const QString& title);

    // Idle time before auto-lock; tests inject a short one. Defaults to the Settings value.
    void setAutoLockInterval(int milliseconds);
    int autoLockInterval() const;

    // Shows an unlocked session (the unlock screen calls this; the benchmark passes a read-only session). Creates
    // the RepositoryContext, the undo stack and the section pages, emits sessionOpened() and restores the tabs.
    void openSession(std::unique_ptr<Session> session);

public slots:
    // Closes the session (core wipes the keys), drops everything shown from it and returns to the unlock screen.
    void lock();
    void focusSearch();
    void findDuplicates();

signals:
    void lockStateChanged(bool locked);
    void sessionOpened();
    void sessionClosing();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createFileActions();
    void createEditActions();
    void createViewActions();
    void createToolsActions();
    void createToolBar();
    void createStatusBar();
    QWidget* createWorkspace();
    void sessionUnlocked();
    void createSessionPages();
    QWidget* createHeldReview();
    void clearSessionPages();
    void updateState();
    void saveLayout();
    void newDatabase();
    void openDatabase();
    void showPreferences();
    void showAbout();
    void openOrganisation(const QString& organisationId);
    QString sectionLabel(const QString& section) const;
    void showHeldCount(qint64 count);
    void stepAsideForMaintenance(const QString& description);
    bool askRetryWhenBusy(const QString& message);

    std::unique_ptr<Session> m_session;
    std::unique_ptr<RepositoryContext> m_context;
    std::unique_ptr<DatabaseUndoStack> m_databaseUndo;
    std::unique_ptr<DatabaseWatcher> m_watcher;
    QUndoGroup* m_undoGroup = nullptr;
    QUndoStack* m_undoStack = nullptr;
    InactivityTimer* m_inactivity = nullptr;
    Navigator* m_navigator = nullptr;
    ActionRegistry* m_actions = nullptr;

    QStackedWidget* m_pages = nullptr;
    UnlockWidget* m_unlockWidget = nullptr;
    QSplitter* m_workspace = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_sectionStack = nullptr;
    QHash<QString, SectionFactory> m_sectionFactories;
    QHash<QString, QWidget*> m_sectionPages; // in m_sectionStack: the Dashboard always, the others while unlocked
    WorkspaceTabs* m_tabs = nullptr;
    OverviewPage* m_overview = nullptr;
    QToolBar* m_toolBar = nullptr;
    GlobalSearchField* m_search = nullptr;

    QLabel* m_userLabel = nullptr;
    QLabel* m_officeLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_lockIcon = nullptr;
    QLabel* m_lockLabel = nullptr;
};

} // namespace caselink
