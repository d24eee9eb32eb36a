// New and edit case: enquiry and FIR numbers checked as typed, the day and time each was registered, the
// investigating officer, offence sections from the reference table, court and prosecutor; when registering, the
// complainant (a person already recorded, or a new name) and the brief facts. Saving is one undoable command.
// RegisterFirDialog converts an enquiry into an FIR (CrPC s.154), keeping the enquiry number.
#pragma once

#include <QString>

#include "domain/caserecord.h"
#include "models/commands/recordcommands.h"
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
    QLineEdit* enquiryDateEdit() const { return m_enquiryDate; }
    QLineEdit* enquiryTimeEdit() const { return m_enquiryTime; }
    QLineEdit* firDateEdit() const { return m_firDate; }
    QLineEdit* firTimeEdit() const { return m_firTime; }
    QLineEdit* complainantEdit() const { return m_complainant; }
    QListWidget* complainantMatches() const { return m_complainantMatches; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }

protected:
    Status save() override;

private:
    CaseRecord draft() const;
    void load(const CaseRecord& c);
    void searchComplainant(const QString& text);
    ComplainantDraft complainant() const;

    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    std::optional<CaseRecord> m_before;
    QString m_savedId;
    QLineEdit* m_enquiry = nullptr;
    QLineEdit* m_enquiryDate = nullptr;
    QLineEdit* m_fir = nullptr;
    QLineEdit* m_firStation = nullptr;
    QLineEdit* m_firDate = nullptr;
    QLineEdit* m_enquiryTime = nullptr;
    QLineEdit* m_firTime = nullptr;
    QLineEdit* m_complainant = nullptr;
    QListWidget* m_complainantMatches = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QComboBox* m_io = nullptr;
    QLineEdit* m_court = nullptr;
    QLineEdit* m_prosecutor = nullptr;
    QListWidget* m_offences = nullptr;
};

class RegisterFirDialog : public RecordDialog {
    Q_OBJECT
public:
    RegisterFirDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId,
                      QWidget* parent = nullptr);

    QLineEdit* firEdit() const { return m_fir; }
    QLineEdit* stationEdit() const { return m_station; }
    QLineEdit* dateEdit() const { return m_date; }
    QLineEdit* timeEdit() const { return m_time; }

protected:
    Status save() override;

private:
    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    std::optional<CaseRecord> m_case;
    QLineEdit* m_fir = nullptr;
    QLineEdit* m_station = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_time = nullptr;
};

} // namespace caselink
