// The smaller record dialogs of a case: a payment (amount as written, currency, rate to PKR), a route leg, a
// document, and a link to another case. Each saves through one undoable command.
#pragma once

#include "ui/workspace/casesnapshot.h"
#include "ui/workspace/recorddialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;

namespace caselink {

class RepositoryContext;

class PaymentDialog : public RecordDialog {
    Q_OBJECT
public:
    PaymentDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                  QWidget* parent = nullptr);
    QLineEdit* amountEdit() const { return m_amount; }

protected:
    Status save() override;

private:
    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    QString m_caseId;
    QComboBox* m_payer = nullptr;
    QComboBox* m_payee = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_currency = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_rate = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_fmu = nullptr;
};

class RouteLegDialog : public RecordDialog {
    Q_OBJECT
public:
    RouteLegDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                   QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    QString m_caseId;
    QComboBox* m_traveller = nullptr;
    QComboBox* m_fromCountry = nullptr;
    QLineEdit* m_fromPlace = nullptr;
    QComboBox* m_toCountry = nullptr;
    QLineEdit* m_toPlace = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_border = nullptr;
    QLineEdit* m_date = nullptr;
    QComboBox* m_outcome = nullptr;
};

class DocumentDialog : public RecordDialog {
    Q_OBJECT
public:
    DocumentDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                   QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    QString m_caseId;
    QComboBox* m_type = nullptr;
    QLineEdit* m_number = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_holder = nullptr;
    QComboBox* m_authenticity = nullptr;
    QLineEdit* m_malkhana = nullptr;
    QLineEdit* m_notes = nullptr;
};

class LinkCaseDialog : public RecordDialog {
    Q_OBJECT
public:
    LinkCaseDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    QString m_caseId;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace caselink
