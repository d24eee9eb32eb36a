// What the case workspace's panels share: the workspace's services, the panel base that renders a snapshot, and
// small helpers for the read-only tables the panels show.
#pragma once

#include <functional>

#include <QString>
#include <QStringList>
#include <QWidget>

#include "domain/localtime.h" // displayDate, displayDateTime: the one reading of time
#include "ui/workspace/casesnapshot.h"

class QPushButton;
class QTableWidget;
class QUndoStack;

namespace caselink {

class Navigator;
class RepositoryContext;

struct WorkspaceEnv {
    RepositoryContext& context;
    Navigator& navigator;
    QUndoStack& undoStack;
    QString caseId;
};

class CasePanel : public QWidget {
    Q_OBJECT
public:
    CasePanel(WorkspaceEnv& env, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_env(env) {}

    void showSnapshot(const CaseSnapshot& snapshot) {
        m_snapshot = &snapshot;
        render(snapshot);
    }

protected:
    virtual void render(const CaseSnapshot& snapshot) = 0;
    // Opens a dialog window-modally (the workspace stays readable) and returns it for tests to fill in.
    template <typename Dialog>
    Dialog* present(Dialog* dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    }
    // Pushes an undoable command (its redo runs now); errors appear in the workspace's message bar.
    void runCommand(class RepositoryCommand* command);

    WorkspaceEnv& m_env;
    const CaseSnapshot* m_snapshot = nullptr;

signals:
    void failed(const QString& message);
};

// Pushes the command (running its redo) through the database's undo stack when the stack belongs to one, so a later
// failed undo or redo is reported like every other; the error of the first redo comes back.
Status pushUndoable(QUndoStack& stack, class RepositoryCommand* command);

// Every label under root sits on the layout's leading edge whatever the script of its text, so Latin data and
// untranslated sentences line up with translated ones in a right-to-left interface.
void alignLabelsToLeadingEdge(QWidget* root);

QTableWidget* makeTable(const QStringList& headers, QWidget* parent);
// Fills row r with the cells; the record id goes in the first cell's user data.
void setTableRow(QTableWidget* table, int r, const QStringList& cells, const QString& id = {});
QString selectedRecordId(const QTableWidget* table);
QPushButton* makeButton(const QString& text, QWidget* parent, const QString& objectName = {});
// The person's name in the interface's script when recorded (Urdu in an Urdu interface), else the display name.
QString localName(const Person& person);

} // namespace caselink
