// The main window's tab area: the first tab shows the current sidebar section and cannot be closed; cases and persons
// open in further closable, movable tabs (an open record is focused, not opened twice). The open records are
// remembered per database and account as "case:<uuid>" / "person:<uuid>" (ids only, never names) and reopened when
// the same account unlocks the same database again.
#pragma once

#include <functional>

#include <QStringList>
#include <QTabWidget>

class QUndoStack;

namespace caselink {

class Navigator;
class RepositoryContext;

class WorkspaceTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit WorkspaceTabs(QWidget* home, QWidget* parent = nullptr);

    // Binds to an open session; restore() reopens what this account had open in this database. unbind() closes every
    // record tab.
    void bind(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack);
    void unbind();
    void restore();

    // Opens or focuses the tab of a case or person. Returns the tab index, -1 when the record is not visible.
    int openCase(const QString& caseId);
    int openPerson(const QString& personId);
    // The search results page for query: every person in scope it finds, paged, opened with Enter or double-click.
    // One such tab; a new search replaces its list. Not remembered across sessions.
    int openSearchResults(const QString& query);
    // Any other page as a closable tab (the lead's charts, timelines, evidence). Takes ownership.
    int openPage(QWidget* page, const QString& title);
    // Closes the tab at index unless it is the section tab.
    void closeTabAt(int index);
    void closeCurrent() { closeTabAt(currentIndex()); }
    // Ctrl+Tab: the next tab, wrapping.
    void cycle(int step);

    // The records open now, in tab order ("case:<id>", "person:<id>").
    QStringList openRecords() const;
    void save() const;

    // Whose tabs the settings hold: a hash of the database file and the account, so the settings file names neither
    // the user nor the database, and one account's tabs never open for another.
    static QString workspaceKey(const QString& databasePath, const QString& databaseId, const QString& userId);

private:
    int findRecord(const QString& record) const;
    int addRecordTab(QWidget* page, const QString& record, const QString& title);

    QWidget* m_home;
    RepositoryContext* m_context = nullptr;
    Navigator* m_navigator = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QString m_workspaceKey;
    bool m_restoring = false;
};

} // namespace caselink
