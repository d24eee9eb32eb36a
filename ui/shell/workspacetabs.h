// The main window's tab area: the first tab shows the current sidebar section and cannot be closed; cases and persons
// open in further closable, movable tabs (an open record is focused, not opened twice). The open records are
// remembered per database as "case:<uuid>" / "person:<uuid>" (ids only, never names) and reopened on next unlock.
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

    // Binds to an open session; restore() reopens what was open for databaseId. unbind() closes every record tab.
    void bind(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack, const QString& databaseId);
    void unbind();
    void restore();

    // Opens or focuses the tab of a case or person. Returns the tab index, -1 when the record is not visible.
    int openCase(const QString& caseId);
    int openPerson(const QString& personId);
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

private:
    int findRecord(const QString& record) const;
    int addRecordTab(QWidget* page, const QString& record, const QString& title);

    QWidget* m_home;
    RepositoryContext* m_context = nullptr;
    Navigator* m_navigator = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QString m_databaseId;
    bool m_restoring = false;
};

} // namespace caselink
