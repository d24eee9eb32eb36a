// New and edit case: enquiry and FIR numbers checked as typed, the investigating officer, offence sections from
// the reference table, court and prosecutor. Saving is one undoable command.
#pragma once

#include <QString>

#include "domain/caserecord.h"
#include "ui/workspace/recorddialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace caselink {

class RepositoryContext;

class CaseDialog : public RecordDialog {
    Q_OBJECT
public:
    // An empty caseId creates a new case.
    CaseDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId = {},
               QWidget* parent = nullptr);

    QString savedCaseId() const { return m_savedId; }
    QLineEdit* firEdit() const { return m_fir; }
    QLineEdit* enquiryEdit() const { return m_enquiry; }
    QLineEdit* titleEdit() const { return m_title; }
    QListWidget* offenceList() const { return m_offences; }

protected:
    Status save() override;

private:
    CaseRecord draft() const;
    void load(const CaseRecord& c);

    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    std::optional<CaseRecord> m_before;
    QString m_savedId;
    QLineEdit* m_enquiry = nullptr;
    QLineEdit* m_enquiryDate = nullptr;
    QLineEdit* m_fir = nullptr;
    QLineEdit* m_firStation = nullptr;
    QLineEdit* m_firDate = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QComboBox* m_io = nullptr;
    QLineEdit* m_court = nullptr;
    QLineEdit* m_prosecutor = nullptr;
    QListWidget* m_offences = nullptr;
};

} // namespace caselink
