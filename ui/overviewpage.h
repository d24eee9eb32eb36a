// The Dashboard shown after unlocking: who is signed in, for which office, what the open database is, how many
// cases, persons, arrests and organisations are in the user's scope, how many persons are held for review after an
// import (click to review them), and the work queue (WorkQueue): productions, remands, challans and hearings due
// soon, persons held for review and the user's own open cases, each row opening its record on Enter or double-click;
// a supervisor also sees the overdue deadlines by circle.
// The figures are read after the page is first painted (a count over a million persons takes a moment).
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace caselink {

class RepositoryContext;
class Session;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void showSession(Session& session);
    // Scope figures and the work queue come from context; loaded once the page has been painted, or now
    // with refreshFigures(). On a national-size database (over kAutoFiguresPersons person rows) counting the scope
    // takes seconds, so they load when the user presses the button instead. nullptr forgets the context.
    static constexpr qint64 kAutoFiguresPersons = 100000;
    void setContext(RepositoryContext* context);
    void refreshFigures();
    bool figuresLoaded() const { return m_figuresLoaded; }
    QTreeWidget* workQueueList() const { return m_queue; }
    QTreeWidget* overdueByCircleList() const { return m_circles; }

    // Forgets everything shown, so nothing from the database stays on screen after locking.
    void clear();

signals:
    void openCase(const QString& caseId);
    void openSection(const QString& section);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QLabel* addRow(const QString& label, const QString& objectName);
    QLabel* figureRow(const QString& label, const QString& objectName);
    void loadWorkQueue();
    void activate(QTreeWidgetItem* item);

    QLabel* m_welcome = nullptr;
    QLabel* m_syntheticNote = nullptr;
    QLabel* m_user = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_office = nullptr;
    QLabel* m_database = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_accounts = nullptr;
    QLabel* m_cases = nullptr;
    QLabel* m_persons = nullptr;
    QLabel* m_arrests = nullptr;
    QLabel* m_organisations = nullptr;
    QLabel* m_held = nullptr;
    QTreeWidget* m_queue = nullptr;
    QLabel* m_circlesHeading = nullptr;
    QTreeWidget* m_circles = nullptr;
    QPushButton* m_loadButton = nullptr;
    QFormLayout* m_form = nullptr;
    QFormLayout* m_figures = nullptr;
    RepositoryContext* m_context = nullptr;
    class CoalescedRefresh* m_refresher = nullptr;
    bool m_figuresLoaded = false;
    bool m_figuresQueued = false;
};

} // namespace caselink
