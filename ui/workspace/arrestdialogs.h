// Recording an arrest (time in Pakistan time, place, category, airport intercept, production before a magistrate)
// and a remand order (physical remand checked against the section 167 ceiling as typed). Both undoable.
#pragma once

#include "ui/workspace/casesnapshot.h"
#include "ui/workspace/recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace caselink {

class RepositoryContext;

class ArrestDialog : public RecordDialog {
    Q_OBJECT
public:
    ArrestDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                 const QString& personId = {}, QWidget* parent = nullptr);

    QComboBox* personBox() const { return m_person; }
    QLineEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QLineEdit* placeEdit() const { return m_place; }
    QCheckBox* producedCheck() const { return m_produced; }
    QLineEdit* producedDateEdit() const { return m_producedDate; }
    QTimeEdit* producedTimeEdit() const { return m_producedTime; }
    QLineEdit* dateReasonEdit() const { return m_dateReason; }
    QLineEdit* delayReasonEdit() const { return m_delayReason; }

protected:
    Status save() override;

private:
    QDateTime arrestedAt() const;
    std::optional<QDateTime> producedAt() const;
    bool needsDateReason() const;
    bool productionLate() const;

    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    QString m_caseId;
    QDate m_registered; // the first day the case was registered on (enquiry or FIR)
    std::vector<std::pair<QString, ArrestStatus>> m_statusBefore;
    QComboBox* m_person = nullptr;
    QLineEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_intercept = nullptr;
    QCheckBox* m_stopList = nullptr;
    QCheckBox* m_produced = nullptr;
    QLineEdit* m_producedDate = nullptr;
    QTimeEdit* m_producedTime = nullptr;
    QLineEdit* m_dateReason = nullptr;
    QLineEdit* m_delayReason = nullptr;
};

class RemandDialog : public RecordDialog {
    Q_OBJECT
public:
    RemandDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                 const QString& arrestId = {}, QWidget* parent = nullptr);

    QComboBox* arrestBox() const { return m_arrest; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* fromEdit() const { return m_from; }
    QLineEdit* toEdit() const { return m_to; }

protected:
    Status save() override;

private:
    std::vector<Issue> checkPeriod() const;

    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    const CaseSnapshot& m_snapshot;
    QComboBox* m_arrest = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_magistrate = nullptr;
    QLineEdit* m_orderRef = nullptr;
};

} // namespace caselink
