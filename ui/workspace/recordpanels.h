// The payments, documents, evidence and history pages of the case workspace.
#pragma once

#include "ui/workspace/panelsupport.h"

class QLabel;
class QTableWidget;

namespace caselink {

class DocumentDialog;
class PaymentDialog;

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

} // namespace caselink
