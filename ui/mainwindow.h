// The application window: the unlock screen while locked, the workspace (sidebar and overview) while a session is
// open, menus, status bar and auto-lock. It owns the session and the session's undo stack.
#pragma once

#include <memory>

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace caselink {

class InactivityTimer;
class OverviewPage;
class Session;
class UnlockWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool isLocked() const { return !m_session; }
    Session* session() const { return m_session.get(); }
    QUndoStack* undoStack() const { return m_undoStack; }
    UnlockWidget* unlockWidget() const { return m_unlockWidget; }
    OverviewPage* overviewPage() const { return m_overview; }

    // Idle time before auto-lock; tests inject a short one. Defaults to the Settings value.
    void setAutoLockInterval(int milliseconds);
    int autoLockInterval() const;

public slots:
    // Closes the session (core wipes the keys), drops everything shown from it and returns to the unlock screen.
    void lock();

signals:
    void lockStateChanged(bool locked);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    QWidget* createWorkspace();
    void sessionUnlocked();
    void updateState();
    void newDatabase();
    void openDatabase();
    void showPreferences();
    void showAbout();

    std::unique_ptr<Session> m_session;
    QUndoGroup* m_undoGroup = nullptr;
    QUndoStack* m_undoStack = nullptr;
    InactivityTimer* m_inactivity = nullptr;

    QStackedWidget* m_pages = nullptr;
    UnlockWidget* m_unlockWidget = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_sidebar = nullptr;
    OverviewPage* m_overview = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_sidebarAction = nullptr;
    QAction* m_statusBarAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;

    QLabel* m_userLabel = nullptr;
    QLabel* m_officeLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_lockIcon = nullptr;
    QLabel* m_lockLabel = nullptr;
};

} // namespace caselink
