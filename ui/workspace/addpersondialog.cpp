#include "ui/workspace/addpersondialog.h"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QUndoStack>

#include "models/commands/recordcommands.h"
#include "models/undocommand.h"
#include "repo/caserepository.h"
#include "repo/recordremoval.h"
#include "ui/messagebar.h"
#include "ui/workspace/panelsupport.h"
#include "ui/workspace/personfields.h"

namespace caselink {

AddPersonDialog::AddPersonDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId, Mode mode,
                                 QWidget* parent)
    : RecordDialog(mode == Mode::Victim ? tr("Add victim") : tr("Add person to case"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_caseId(caseId) {
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Name in English or Urdu, CNIC, phone or passport"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("resultList"));
    m_results->setMaximumHeight(110);
    m_createNew = new QCheckBox(tr("Record a new person"), this);
    m_createNew->setObjectName(QStringLiteral("createNewCheck"));

    addField(tr("Find a person"), m_search);
    addField(tr("Matches"), m_results, [this]() -> std::vector<Issue> {
        if (!m_createNew->isChecked() && !m_results->currentItem()) {
            return {{Severity::Error, QStringLiteral("case.person_missing"),
                     tr("Pick a person from the matches, or record a new person.")}};
        }
        return {};
    });
    addWidget(m_createNew);
    m_fields = new PersonFields(this, false);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleBox"));
    for (PersonRole role : allPersonRoles()) {
        const bool accused = isAccusedRole(role);
        const bool victimSide = isVictimRole(role) || role == PersonRole::FamilyMember;
        if ((mode == Mode::Accused && accused) || (mode == Mode::Victim && victimSide) ||
            (mode == Mode::OtherParty && !accused && !isVictimRole(role))) {
            m_role->addItem(personRoleDisplayName(role), personRoleKey(role));
        }
    }
    // Nothing is pre-selected: a role or an arrest status the officer did not choose would be an invented fact.
    addChooseEntry(m_role);
    addField(tr("Role"), m_role, [this] { return requireChoice(m_role, tr("Choose the person's role in the case.")); });
    m_nominated = new QCheckBox(tr("Nominated in the FIR"), this);
    m_arrestStatus = new QComboBox(this);
    for (ArrestStatus status : {ArrestStatus::Wanted, ArrestStatus::Arrested, ArrestStatus::OnBail,
                                ArrestStatus::Absconding, ArrestStatus::ProclaimedOffender, ArrestStatus::Abroad,
                                ArrestStatus::Released, ArrestStatus::NotApplicable}) {
        m_arrestStatus->addItem(arrestStatusDisplayName(status), arrestStatusKey(status));
    }
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("(unknown)"), QString());
    for (VictimOutcome outcome : {VictimOutcome::Survivor, VictimOutcome::Deceased, VictimOutcome::Missing,
                                  VictimOutcome::Deportee, VictimOutcome::Returned}) {
        m_outcome->addItem(victimOutcomeDisplayName(outcome), victimOutcomeKey(outcome));
    }
    m_exploitation = new QLineEdit(this);
    if (mode == Mode::Accused) {
        addChooseEntry(m_arrestStatus);
        addWidget(m_nominated);
        addField(tr("Arrest status"), m_arrestStatus, [this] {
            return requireChoice(m_arrestStatus, tr("Choose the arrest status (wanted, arrested, ...)."));
        });
    } else if (mode == Mode::Victim) {
        addField(tr("Outcome"), m_outcome);
        addField(tr("Form of exploitation"), m_exploitation);
    }
    if (mode != Mode::Accused) {
        m_arrestStatus->setCurrentIndex(m_arrestStatus->findData(arrestStatusKey(ArrestStatus::NotApplicable)));
        m_nominated->hide();
        m_arrestStatus->hide();
    }
    if (mode != Mode::Victim) {
        m_outcome->hide();
        m_exploitation->hide();
    }

    connect(m_search, &QLineEdit::textChanged, this, &AddPersonDialog::search);
    connect(m_createNew, &QCheckBox::toggled, this, &AddPersonDialog::updateMode);
    updateMode();
}

void AddPersonDialog::search(const QString& text) {
    m_results->clear();
    if (text.trimmed().size() < 2) {
        revalidate();
        return;
    }
    auto hits = PersonRepository(m_context).search(text, 20);
    if (!hits) {
        messageBar()->showMessage(hits.error().message, MessageBar::Type::Error);
        return;
    }
    for (const PersonHit& hit : *hits) {
        QString label = hit.name;
        if (!hit.relative.isEmpty()) {
            label = tr("%1, relative %2").arg(hit.name, hit.relative);
        }
        if (!hit.cnic.isEmpty()) {
            label = tr("%1 (CNIC %2)").arg(label, hit.cnic);
        }
        auto* item = new QListWidgetItem(label, m_results);
        item->setData(Qt::UserRole, hit.id);
    }
    revalidate();
}

void AddPersonDialog::updateMode() {
    const bool create = m_createNew->isChecked();
    m_fields->setEnabled(create);
    m_search->setEnabled(!create);
    m_results->setEnabled(!create);
    if (create && m_fields->nameLatin()->text().isEmpty() && !m_search->text().trimmed().isEmpty()) {
        // What was typed in the search is the likely name.
        const QString typed = m_search->text().trimmed();
        const bool urdu = typed.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]")));
        (urdu ? m_fields->nameUrdu() : m_fields->nameLatin())->setText(typed);
    }
    revalidate();
}

Status AddPersonDialog::save() {
    CaseRole role;
    role.caseId = m_caseId;
    role.role = personRoleFromKey(m_role->currentData().toString()).value_or(PersonRole::Agent);
    role.nominatedInFir = m_nominated->isChecked();
    role.arrestStatus =
        arrestStatusFromKey(m_arrestStatus->currentData().toString()).value_or(ArrestStatus::NotApplicable);
    role.victimOutcome = victimOutcomeFromKey(m_outcome->currentData().toString());
    role.exploitation = m_exploitation->text().trimmed();
    std::optional<Person> newPerson;
    if (m_createNew->isChecked()) {
        newPerson = m_fields->apply(Person{});
    } else {
        role.personId = m_results->currentItem()->data(Qt::UserRole).toString();
    }
    auto* command = new AddCaseRoleCommand(m_context, role, newPerson);
    const QString personId = command->personId();
    if (auto st = pushCommand(m_undoStack, command); !st) {
        return st;
    }
    m_savedPersonId = personId;
    return ok();
}

} // namespace caselink
