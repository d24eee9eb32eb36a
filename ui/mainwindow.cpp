#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

#include "security/session.h"
#include "ui/inactivitytimer.h"
#include "ui/messagebar.h"
#include "ui/overviewpage.h"
#include "ui/preferencesdialog.h"
#include "ui/settings.h"
#include "ui/unlockwidget.h"

namespace caselink {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMainWindow, "caselink.ui.mainwindow")

namespace {

constexpr int kUnlockPage = 0;
constexpr int kWorkspacePage = 1;
constexpr int kMillisecondsPerMinute = 60 * 1000;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_inactivity(new InactivityTimer(this))
    , m_pages(new QStackedWidget(this))
    , m_unlockWidget(new UnlockWidget(this)) {
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/caselink.svg"_s));
    m_pages->addWidget(m_unlockWidget);
    m_pages->addWidget(createWorkspace());
    setCentralWidget(m_pages);
    createActions();
    createMenus();
    createStatusBar();

    m_inactivity->setInterval(Settings::instance().autoLockMinutes() * kMillisecondsPerMinute);
    connect(m_inactivity, &InactivityTimer::inactivityDetected, this, &MainWindow::lock);
    connect(m_unlockWidget, &UnlockWidget::unlocked, this, &MainWindow::sessionUnlocked);

    resize(1100, 720);
    const Settings& settings = Settings::instance();
    restoreGeometry(settings.value(Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(settings.value(Settings::Key::MainWindowState).toByteArray());
    updateState();
}

// The session's own destructor closes it and wipes its keys.
MainWindow::~MainWindow() = default;

QWidget* MainWindow::createWorkspace() {
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(u"sidebar"_s);
    const QStringList sections = {tr("Dashboard"), tr("Cases"),         tr("People"),    tr("Organisations"),
                                  tr("Arrests"),   tr("Red Book"),      tr("Deadlines"), tr("Evidence"),
                                  tr("Audit log"), tr("Reference data")};
    for (const QString& section : sections) {
        auto* item = new QListWidgetItem(section, m_sidebar);
        if (m_sidebar->count() > 1) {
            // Listed so users see what is coming; not selectable until the section exists.
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("Not available yet"));
        }
    }
    m_sidebar->setCurrentRow(0);
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setMaximumWidth(260);

    m_overview = new OverviewPage;
    auto* splitter = new QSplitter;
    splitter->setObjectName(u"workspace"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_workspace = splitter;
    return splitter;
}

void MainWindow::createActions() {
    m_newAction = new QAction(tr("&New database…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = new QAction(tr("&Open database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_lockAction = new QAction(QIcon(u":/icons/lock.svg"_s), tr("&Lock"), this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_sidebarAction = new QAction(tr("&Sidebar"), this);
    m_sidebarAction->setCheckable(true);
    m_sidebarAction->setChecked(true);
    m_statusBarAction = new QAction(tr("Status &bar"), this);
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = new QAction(tr("&About CaseLink"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_sidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_statusBarAction, &QAction::toggled, this, [this](bool on) { statusBar()->setVisible(on); });
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_lockAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_sidebarAction);
    view->addAction(m_statusBarAction);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_preferencesAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
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
    m_session = m_unlockWidget->takeSession();
    if (!m_session) {
        return;
    }
    m_undoStack = new QUndoStack(m_undoGroup);
    m_undoGroup->setActiveStack(m_undoStack);
    m_overview->showSession(*m_session);
    m_sidebar->setCurrentRow(0);
    m_pages->setCurrentIndex(kWorkspacePage);
    m_inactivity->activate();
    updateState();
    emit lockStateChanged(false);
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
    const Status closed = m_session->close();
    m_session.reset();
    delete m_undoStack;
    m_undoStack = nullptr;
    m_overview->clear();
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

void MainWindow::updateState() {
    const bool locked = isLocked();
    m_lockAction->setEnabled(!locked);
    m_sidebarAction->setEnabled(!locked);
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
    Settings& settings = Settings::instance();
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    settings.sync();
    lock();
    event->accept();
}

} // namespace caselink
