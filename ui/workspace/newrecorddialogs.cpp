#include "ui/workspace/newrecorddialogs.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QUndoStack>

#include "domain/caserecord.h"
#include "domain/organisation.h"
#include "models/commands/recordcommands.h"
#include "repo/caserepository.h"
#include "ui/workspace/personfields.h"

namespace caselink {

NewPersonDialog::NewPersonDialog(RepositoryContext& context, QUndoStack& undoStack, QWidget* parent)
    : RecordDialog(tr("New person"), parent)
    , m_context(context)
    , m_undoStack(undoStack) {
    m_fields = new PersonFields(this, true);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(70);
    addField(tr("Notes"), m_notes);
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("caseEdit"));
    m_case->setPlaceholderText(tr("Optional: FIR or enquiry number of a case the person has a role in"));
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("caseList"));
    m_cases->setMaximumHeight(80);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleBox"));
    for (PersonRole role : allPersonRoles()) {
        m_role->addItem(personRoleDisplayName(role), personRoleKey(role));
    }
    addChooseEntry(m_role);
    addField(tr("Case"), m_case);
    addField(tr("Matching cases"), m_cases, [this]() -> std::vector<Issue> {
        if (!m_case->text().trimmed().isEmpty() && !m_cases->currentItem()) {
            return {{Severity::Error, QStringLiteral("person.case_missing"),
                     tr("Pick the case from the matches, or clear the case field to record the person alone.")}};
        }
        return {};
    });
    // A role only means something in a case; without a case the person is recorded with none.
    addField(tr("Role in the case"), m_role, [this]() -> std::vector<Issue> {
        if (!m_cases->currentItem()) {
            return {};
        }
        return requireChoice(m_role, tr("Choose the person's role in the case."));
    });
    connect(m_case, &QLineEdit::textEdited, this, &NewPersonDialog::searchCases);
    revalidate();
}

void NewPersonDialog::searchCases(const QString& text) {
    m_cases->clear();
    if (!text.trimmed().isEmpty()) {
        if (auto hits = CaseRepository(m_context).search(text, 10)) {
            for (const CaseSummary& hit : *hits) {
                const QString label = hit.title.isEmpty() ? hit.label : tr("%1 — %2").arg(hit.label, hit.title);
                auto* item = new QListWidgetItem(label, m_cases);
                item->setData(Qt::UserRole, hit.id);
            }
        }
    }
    revalidate();
}

Status NewPersonDialog::save() {
    Person person = m_fields->apply(Person{});
    person.notes = m_notes->toPlainText().trimmed();
    person.id = newUuid(); // fixed now: redo after an undo brings back the same person
    const QListWidgetItem* picked = m_cases->currentItem();
    if (!picked) {
        auto* command = new NewPersonCommand(m_context, person);
        if (auto st = pushCommand(m_undoStack, command); !st) {
            return st;
        }
        m_savedId = command->recordId();
        return ok();
    }
    CaseRole role;
    role.caseId = picked->data(Qt::UserRole).toString();
    role.role = personRoleFromKey(m_role->currentData().toString()).value_or(PersonRole::Witness);
    role.arrestStatus = ArrestStatus::NotApplicable;
    auto* command = new AddCaseRoleCommand(m_context, role, person);
    const QString id = command->personId();
    if (auto st = pushCommand(m_undoStack, command); !st) {
        return st;
    }
    m_savedId = id;
    return ok();
}

NewOrganisationDialog::NewOrganisationDialog(RepositoryContext& context, QUndoStack& undoStack, QWidget* parent)
    : RecordDialog(tr("New organisation"), parent)
    , m_context(context)
    , m_undoStack(undoStack) {
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameUrdu = new QLineEdit(this);
    m_nameUrdu->setObjectName(QStringLiteral("nameUrduEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    for (OrganisationKind kind :
         {OrganisationKind::Network, OrganisationKind::FrontCompany, OrganisationKind::TravelAgency,
          OrganisationKind::RecruitmentAgency, OrganisationKind::Other}) {
        m_kind->addItem(organisationKindName(kind), organisationKindKey(kind));
    }
    addChooseEntry(m_kind);
    m_registration = new QLineEdit(this);
    m_registration->setObjectName(QStringLiteral("registrationEdit"));
    m_registration->setPlaceholderText(tr("SECP or OEC licence number, if any"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(70);
    addField(tr("Name"), m_name, [this]() -> std::vector<Issue> {
        if (m_name->text().trimmed().isEmpty() && m_nameUrdu->text().trimmed().isEmpty()) {
            return {{Severity::Error, QStringLiteral("organisation.name_missing"),
                     tr("Enter the organisation's name in English or Urdu.")}};
        }
        return {};
    });
    addField(tr("Name in Urdu"), m_nameUrdu);
    addField(tr("Kind"), m_kind,
             [this] { return requireChoice(m_kind, tr("Choose the kind: network, front company, agency...")); });
    addField(tr("Registration"), m_registration);
    addField(tr("Notes"), m_notes);
    revalidate();
}

Status NewOrganisationDialog::save() {
    Organisation o;
    o.id = newUuid();
    o.name = m_name->text().trimmed();
    o.nameUrdu = m_nameUrdu->text().trimmed();
    o.kind = organisationKindFromKey(m_kind->currentData().toString()).value_or(OrganisationKind::Other);
    o.registration = m_registration->text().trimmed();
    o.notes = m_notes->toPlainText().trimmed();
    auto* command = new NewOrganisationCommand(m_context, o);
    if (auto st = pushCommand(m_undoStack, command); !st) {
        return st;
    }
    m_savedId = o.id;
    return ok();
}

} // namespace caselink
