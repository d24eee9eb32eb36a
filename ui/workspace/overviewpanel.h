// The overview, notes and linked-cases pages of the case workspace. Each renders the workspace's snapshot and offers
// the actions of its area; every change goes through an undoable command.
#pragma once

#include "ui/workspace/panelsupport.h"

class QComboBox;
class QPushButton;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace caselink {

class CaseDialog;
class RegisterFirDialog;
class LinkCaseDialog;

class OverviewPanel : public CasePanel {
    Q_OBJECT
public:
    explicit OverviewPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    CaseDialog* editCase();
    // Converts the enquiry into an FIR; offered only while the case has none.
    RegisterFirDialog* registerFir();
    QLabel* nextStepLabel() const { return m_nextStep; }
    QLabel* deadlinesLabel() const { return m_deadlines; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    void changeStatus();
    QLabel* m_values[9] = {};
    QLabel* m_nextStep = nullptr;
    QLabel* m_deadlines = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_registerFir = nullptr;
};

class NotesPanel : public CasePanel {
    Q_OBJECT
public:
    explicit NotesPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    QPlainTextEdit* editor() const { return m_editor; }
    void saveNotes();

protected:
    void render(const CaseSnapshot& s) override;

private:
    QPlainTextEdit* m_editor = nullptr;
    QString m_shown;
};

class LinksPanel : public CasePanel {
    Q_OBJECT
public:
    explicit LinksPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    LinkCaseDialog* linkCase();
    QTableWidget* table() const { return m_table; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_incident = nullptr;
};

// The deadlines of a case as one line each, overdue ones marked; empty when none.
QString deadlinesText(const CaseSnapshot& s);

} // namespace caselink
