#include "ui/workspace/persondialog.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QUndoStack>

#include "models/commands/recordcommands.h"
#include "models/undocommand.h"
#include "repo/personrepository.h"
#include "ui/workspace/panelsupport.h"
#include "ui/workspace/personfields.h"

namespace caselink {

PersonDialog::PersonDialog(RepositoryContext& context, QUndoStack& undoStack, const Person& person, QWidget* parent)
    : RecordDialog(tr("Edit person"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_person(person) {
    m_fields = new PersonFields(this, true);
    m_redBook = new QCheckBox(tr("In the Red Book (most wanted)"), this);
    m_proclaimed = new QCheckBox(tr("Proclaimed offender"), this);
    m_redNotice = new QCheckBox(tr("Interpol Red Notice"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(80);
    addWidget(m_redBook);
    addWidget(m_proclaimed);
    addWidget(m_redNotice);
    addField(tr("Notes"), m_notes);
    m_fields->load(person);
    m_redBook->setChecked(person.redBook);
    m_proclaimed->setChecked(person.proclaimedOffender);
    m_redNotice->setChecked(person.redNotice);
    m_notes->setPlainText(person.notes);
    revalidate();
    resetModified(); // loading the record is not an edit
}

Status PersonDialog::save() {
    Person after = m_fields->apply(m_person);
    after.redBook = m_redBook->isChecked();
    after.proclaimedOffender = m_proclaimed->isChecked();
    after.redNotice = m_redNotice->isChecked();
    after.notes = m_notes->toPlainText().trimmed();
    auto* command = new EditPersonCommand(m_context, m_person, after);
    return pushCommand(m_undoStack, command);
}

} // namespace caselink
