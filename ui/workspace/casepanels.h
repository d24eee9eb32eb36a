// The pages of the case workspace. Each renders the workspace's snapshot and offers the actions of its area; every
// change goes through an undoable command, and the workspace re-renders after the repositories announce it.
#pragma once

#include "ui/workspace/panelsupport.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace caselink {

class AddPersonDialog;
class ArrestDialog;
class CaseDialog;
class DocumentDialog;
class LinkCaseDialog;
class PaymentDialog;
class RemandDialog;
class RouteChainWidget;
class RouteLegDialog;

class OverviewPanel : public CasePanel {
    Q_OBJECT
public:
    explicit OverviewPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    CaseDialog* editCase();
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
};

class PeoplePanel : public CasePanel {
    Q_OBJECT
public:
    explicit PeoplePanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    AddPersonDialog* addPerson(bool accused);
    QTableWidget* accusedTable() const { return m_accused; }
    QTableWidget* othersTable() const { return m_others; }
    void removeSelectedRole();

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_accused = nullptr;
    QTableWidget* m_others = nullptr;
};

class VictimsPanel : public CasePanel {
    Q_OBJECT
public:
    explicit VictimsPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    AddPersonDialog* addVictim();
    QTableWidget* table() const { return m_table; }
    QLabel* restrictedNotice() const { return m_notice; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_notice = nullptr;
};

class ArrestsPanel : public CasePanel {
    Q_OBJECT
public:
    explicit ArrestsPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    ArrestDialog* recordArrest();
    RemandDialog* addRemand();
    QTableWidget* arrestTable() const { return m_arrests; }
    QTableWidget* custodyTable() const { return m_custody; }
    QLabel* deadlinesLabel() const { return m_deadlines; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    void showCustody();
    QTableWidget* m_arrests = nullptr;
    QTableWidget* m_custody = nullptr;
    QLabel* m_deadlines = nullptr;
};

class PaymentsPanel : public CasePanel {
    Q_OBJECT
public:
    explicit PaymentsPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    PaymentDialog* addPayment();
    QTableWidget* table() const { return m_table; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_totals = nullptr;
};

class RoutePanel : public CasePanel {
    Q_OBJECT
public:
    explicit RoutePanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    RouteLegDialog* addLeg();
    RouteChainWidget* chain() const { return m_chain; }
    QTableWidget* table() const { return m_table; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    RouteChainWidget* m_chain = nullptr;
    QTableWidget* m_table = nullptr;
};

class DocumentsPanel : public CasePanel {
    Q_OBJECT
public:
    explicit DocumentsPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    DocumentDialog* addDocument();
    QTableWidget* table() const { return m_table; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_table = nullptr;
};

class EvidencePanel : public CasePanel {
    Q_OBJECT
public:
    explicit EvidencePanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
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

class HistoryPanel : public CasePanel {
    Q_OBJECT
public:
    explicit HistoryPanel(WorkspaceEnv& env, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

protected:
    void render(const CaseSnapshot& s) override;

private:
    QTableWidget* m_table = nullptr;
};

// The deadlines of a case as one line each, overdue ones marked; empty when none.
QString deadlinesText(const CaseSnapshot& s);

} // namespace caselink
