// Registering records that stand on their own, from the File menu and the list pages: a person (with a role in a case,
// or none) and an organisation. Each save is one undoable command.
#pragma once

#include "ui/workspace/recorddialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace caselink {

class PersonFields;
class RepositoryContext;

class NewPersonDialog : public RecordDialog {
    Q_OBJECT
public:
    NewPersonDialog(RepositoryContext& context, QUndoStack& undoStack, QWidget* parent = nullptr);

    PersonFields* fields() const { return m_fields; }
    QLineEdit* caseEdit() const { return m_case; }
    QListWidget* caseMatches() const { return m_cases; }
    QComboBox* roleBox() const { return m_role; }
    QString savedPersonId() const { return m_savedId; }

protected:
    Status save() override;

private:
    void searchCases(const QString& text);

    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    PersonFields* m_fields = nullptr;
    QLineEdit* m_case = nullptr;
    QListWidget* m_cases = nullptr;
    QComboBox* m_role = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QString m_savedId;
};

class NewOrganisationDialog : public RecordDialog {
    Q_OBJECT
public:
    NewOrganisationDialog(RepositoryContext& context, QUndoStack& undoStack, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QString savedOrganisationId() const { return m_savedId; }

protected:
    Status save() override;

private:
    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_nameUrdu = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_registration = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QString m_savedId;
};

} // namespace caselink
