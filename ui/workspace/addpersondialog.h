// Adds a person to a case in a role: pick someone already recorded (search by name in either script, CNIC, phone or
// passport) or create a new person with validated identifiers. In victim mode it offers the victim and witness roles
// with the victim's outcome. One undoable command creates the person (if new) and the role.
#pragma once

#include "domain/caserecord.h"
#include "ui/workspace/recorddialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace caselink {

class PersonFields;
class RepositoryContext;

class AddPersonDialog : public RecordDialog {
    Q_OBJECT
public:
    enum class Mode { Accused, OtherParty, Victim };

    AddPersonDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId, Mode mode,
                    QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* results() const { return m_results; }
    QCheckBox* createNew() const { return m_createNew; }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* arrestStatusBox() const { return m_arrestStatus; }
    PersonFields* fields() const { return m_fields; }
    QString savedPersonId() const { return m_savedPersonId; }

protected:
    Status save() override;

private:
    void search(const QString& text);
    void updateMode();

    RepositoryContext& m_context;
    QUndoStack& m_undoStack;
    QString m_caseId;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QCheckBox* m_createNew = nullptr;
    PersonFields* m_fields = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_nominated = nullptr;
    QComboBox* m_arrestStatus = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_exploitation = nullptr;
    QString m_savedPersonId;
};

} // namespace caselink
