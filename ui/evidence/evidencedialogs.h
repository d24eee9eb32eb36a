// Small dialogs of the evidence panel: a seized exhibit with its malkhana reference, and a chain-of-custody event.
#pragma once

#include <QDialog>

#include "evidence/evidencestore.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace caselink {

class ExhibitDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExhibitDialog(QWidget* parent = nullptr);
    ExhibitDraft draft() const;
    void setDraft(const ExhibitDraft& draft);

private:
    QLineEdit* m_title;
    QLineEdit* m_malkhana;
    QLineEdit* m_collectedBy;
    QDateTimeEdit* m_collectedAt;
    QLineEdit* m_place;
    QPlainTextEdit* m_description;
};

class CustodyEventDialog : public QDialog {
    Q_OBJECT

public:
    CustodyEventDialog(const QString& evidenceTitle, QWidget* parent = nullptr);
    CustodyEvent event() const; // evidenceId is left for the caller
    void setEvent(const CustodyEvent& event);

private:
    QComboBox* m_action;
    QDateTimeEdit* m_at;
    QLineEdit* m_by;
    QLineEdit* m_to;
    QLineEdit* m_place;
    QPlainTextEdit* m_notes;
};

} // namespace caselink
