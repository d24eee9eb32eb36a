// The person editor: names in both scripts, lineage, identifiers checked as typed, flags and notes. Saving is one
// undoable EditPersonCommand.
#pragma once

#include "domain/person.h"
#include "ui/workspace/recorddialog.h"

class QCheckBox;
class QPlainTextEdit;

namespace caselink {

class PersonFields;
class RepositoryContext;

class PersonDialog : public RecordDialog {
    Q_OBJECT
public:
    PersonDialog(RepositoryContext& context, QUndoStack& undoStack, const Person& person, QWidget* parent = nullptr);
    PersonFields* fields() const { return m_fields; }

protected:
    Status save() override;

private:
    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    Person m_person;
    PersonFields* m_fields = nullptr;
    QCheckBox* m_redBook = nullptr;
    QCheckBox* m_proclaimed = nullptr;
    QCheckBox* m_redNotice = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace caselink
