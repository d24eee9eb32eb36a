#include "models/commands/recordcommands.h"

#include <QCoreApplication>

#include "repo/arrestrepository.h"
#include "repo/caselinks.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/documentrepository.h"
#include "repo/organisationrepository.h"
#include "repo/paymentrepository.h"
#include "repo/personrepository.h"
#include "repo/recordremoval.h"
#include "repo/repositorycontext.h"
#include "repo/routerepository.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RecordCommands)
};

template <typename T>
Result<QString> idOf(const Result<T>& saved) {
    if (!saved) {
        return std::unexpected(saved.error());
    }
    if constexpr (std::is_same_v<T, QString>) {
        return *saved;
    } else {
        return saved->id;
    }
}

Status statusOf(const Result<SaveOutcome>& saved) {
    return saved ? ok() : Status(std::unexpected(saved.error()));
}

} // namespace

CreateRecordCommand::CreateRecordCommand(RepositoryContext& context, const QString& text, const QString& id)
    : RepositoryCommand(text)
    , m_context(context)
    , m_id(id.isEmpty() ? newUuid() : id) {
}

Status CreateRecordCommand::doRedo() {
    auto created = create(m_id);
    if (!created) {
        return std::unexpected(created.error());
    }
    if (*created != m_id) {
        return fail(ErrorCode::Internal, Tr::tr("Internal error: the record was created under another id."));
    }
    return ok();
}

Status CreateRecordCommand::doUndo() {
    return remove(m_id);
}

NewCaseCommand::NewCaseCommand(RepositoryContext& context, CaseRecord draft, ComplainantDraft complainant)
    : CreateRecordCommand(context, Tr::tr("New case"), draft.id)
    , m_draft(std::move(draft))
    , m_complainant(std::move(complainant))
    , m_roleId(newUuid()) {
    if (m_complainant.newPerson) {
        if (m_complainant.newPerson->id.isEmpty()) {
            m_complainant.newPerson->id = newUuid();
        }
        m_complainant.personId = m_complainant.newPerson->id;
    }
}

Result<QString> NewCaseCommand::create(const QString& id) {
    CaseRecord c = m_draft;
    c.id = id;
    auto created = idOf(CaseRepository(m_context).create(c));
    if (!created || !m_complainant.isSet()) {
        return created;
    }
    // What the complainant step fails on takes the case back out, so a failed registration leaves nothing behind.
    auto undoCase = [&](const Error& error) -> Result<QString> {
        (void)RecordRemoval(m_context).removeCase(id);
        return std::unexpected(error);
    };
    if (m_complainant.newPerson) {
        if (auto person = PersonRepository(m_context).create(*m_complainant.newPerson); !person) {
            return undoCase(person.error());
        }
    }
    CaseRole role;
    role.id = m_roleId;
    role.caseId = id;
    role.personId = m_complainant.personId;
    role.role = PersonRole::Complainant;
    role.arrestStatus = ArrestStatus::NotApplicable;
    if (auto added = CaseRoleRepository(m_context).add(role); !added) {
        if (m_complainant.newPerson) {
            (void)RecordRemoval(m_context).removePerson(m_complainant.personId);
        }
        return undoCase(added.error());
    }
    return created;
}

Status NewCaseCommand::remove(const QString& id) {
    if (m_complainant.isSet()) {
        if (auto st = CaseRoleRepository(m_context).remove(m_roleId); !st) {
            return st;
        }
    }
    if (auto st = RecordRemoval(m_context).removeCase(id); !st) {
        return st;
    }
    return m_complainant.newPerson ? RecordRemoval(m_context).removePerson(m_complainant.personId) : ok();
}

RegisterFirCommand::RegisterFirCommand(RepositoryContext& context, QString caseId, FirRegistration registration,
                                       CaseStatus statusBefore)
    : RepositoryCommand(Tr::tr("Register FIR %1").arg(registration.firNumber.trimmed()))
    , m_context(context)
    , m_caseId(std::move(caseId))
    , m_registration(std::move(registration))
    , m_statusBefore(statusBefore) {
}

Status RegisterFirCommand::doRedo() {
    return statusOf(CaseRepository(m_context).registerFir(m_caseId, m_registration));
}

Status RegisterFirCommand::doUndo() {
    return CaseRepository(m_context).withdrawFir(m_caseId, m_statusBefore);
}

NewOrganisationCommand::NewOrganisationCommand(RepositoryContext& context, Organisation draft)
    : CreateRecordCommand(context, Tr::tr("New organisation"), draft.id)
    , m_draft(std::move(draft)) {
}

Result<QString> NewOrganisationCommand::create(const QString& id) {
    Organisation o = m_draft;
    o.id = id;
    return idOf(OrganisationRepository(m_context).create(o));
}

Status NewOrganisationCommand::remove(const QString& id) {
    return RecordRemoval(m_context).removeOrganisation(id);
}

NewPersonCommand::NewPersonCommand(RepositoryContext& context, Person draft)
    : CreateRecordCommand(context, Tr::tr("New person"), draft.id)
    , m_draft(std::move(draft)) {
}

Result<QString> NewPersonCommand::create(const QString& id) {
    Person p = m_draft;
    p.id = id;
    return idOf(PersonRepository(m_context).create(p));
}

Status NewPersonCommand::remove(const QString& id) {
    return RecordRemoval(m_context).removePerson(id);
}

RecordArrestCommand::RecordArrestCommand(RepositoryContext& context, Arrest draft, ArrestStatus roleStatusBefore)
    : CreateRecordCommand(context, Tr::tr("Record arrest"), draft.id)
    , m_draft(std::move(draft))
    , m_before(roleStatusBefore) {
}

Result<QString> RecordArrestCommand::create(const QString& id) {
    Arrest a = m_draft;
    a.id = id;
    return idOf(ArrestRepository(m_context).record(a));
}

Status RecordArrestCommand::remove(const QString& id) {
    return RecordRemoval(m_context).removeArrest(id, m_before);
}

AddRemandCommand::AddRemandCommand(RepositoryContext& context, CustodyPeriod draft)
    : CreateRecordCommand(context, Tr::tr("Add remand order"), draft.id)
    , m_draft(std::move(draft)) {
}

Result<QString> AddRemandCommand::create(const QString& id) {
    CustodyPeriod p = m_draft;
    p.id = id;
    return idOf(ArrestRepository(m_context).addCustody(p));
}

Status AddRemandCommand::remove(const QString& id) {
    return ArrestRepository(m_context).removeCustody(id);
}

AddPaymentCommand::AddPaymentCommand(RepositoryContext& context, PaymentDraft draft)
    : CreateRecordCommand(context, Tr::tr("Add payment"), draft.id)
    , m_draft(std::move(draft)) {
}

Result<QString> AddPaymentCommand::create(const QString& id) {
    PaymentDraft d = m_draft;
    d.id = id;
    return idOf(PaymentRepository(m_context).create(d));
}

Status AddPaymentCommand::remove(const QString& id) {
    return RecordRemoval(m_context).removePayment(id);
}

AddRouteLegCommand::AddRouteLegCommand(RepositoryContext& context, RouteLeg draft)
    : CreateRecordCommand(context, Tr::tr("Add route leg"), draft.id)
    , m_draft(std::move(draft)) {
}

Result<QString> AddRouteLegCommand::create(const QString& id) {
    RouteLeg leg = m_draft;
    leg.id = id;
    return idOf(RouteRepository(m_context).add(leg));
}

Status AddRouteLegCommand::remove(const QString& id) {
    return RouteRepository(m_context).remove(id);
}

AddDocumentCommand::AddDocumentCommand(RepositoryContext& context, Document draft)
    : CreateRecordCommand(context, Tr::tr("Add document"), draft.id)
    , m_draft(std::move(draft)) {
}

Result<QString> AddDocumentCommand::create(const QString& id) {
    Document d = m_draft;
    d.id = id;
    return idOf(DocumentRepository(m_context).create(d));
}

Status AddDocumentCommand::remove(const QString& id) {
    return RecordRemoval(m_context).removeDocument(id);
}

AddCaseRoleCommand::AddCaseRoleCommand(RepositoryContext& context, CaseRole role, std::optional<Person> newPerson)
    : CreateRecordCommand(context, newPerson ? Tr::tr("Add new person to case") : Tr::tr("Add person to case"), role.id)
    , m_role(std::move(role))
    , m_newPerson(std::move(newPerson)) {
    if (m_newPerson) {
        if (m_newPerson->id.isEmpty()) {
            m_newPerson->id = newUuid();
        }
        m_role.personId = m_newPerson->id;
    }
}

Result<QString> AddCaseRoleCommand::create(const QString& id) {
    if (m_newPerson) {
        if (auto created = PersonRepository(m_context).create(*m_newPerson); !created) {
            return std::unexpected(created.error());
        }
    }
    CaseRole r = m_role;
    r.id = id;
    auto added = CaseRoleRepository(m_context).add(r);
    if (!added && m_newPerson) {
        (void)RecordRemoval(m_context).removePerson(m_newPerson->id);
    }
    return added;
}

Status AddCaseRoleCommand::remove(const QString& id) {
    if (auto st = CaseRoleRepository(m_context).remove(id); !st) {
        return st;
    }
    return m_newPerson ? RecordRemoval(m_context).removePerson(m_newPerson->id) : ok();
}

RemoveCaseRoleCommand::RemoveCaseRoleCommand(RepositoryContext& context, CaseRole role, const QString& personName)
    : RepositoryCommand(Tr::tr("Remove %1 from the case").arg(personName))
    , m_context(context)
    , m_role(std::move(role)) {
}

Status RemoveCaseRoleCommand::doRedo() {
    return CaseRoleRepository(m_context).remove(m_role.id);
}

Status RemoveCaseRoleCommand::doUndo() {
    auto added = CaseRoleRepository(m_context).add(m_role);
    return added ? ok() : Status(std::unexpected(added.error()));
}

LinkCasesCommand::LinkCasesCommand(RepositoryContext& context, QString caseId, QString otherCaseId, QString note,
                                   bool link)
    : RepositoryCommand(link ? Tr::tr("Link cases") : Tr::tr("Unlink cases"))
    , m_context(context)
    , m_caseId(std::move(caseId))
    , m_otherCaseId(std::move(otherCaseId))
    , m_note(std::move(note))
    , m_link(link) {
}

Status LinkCasesCommand::apply(bool link) {
    CaseLinkRepository links(m_context);
    return link ? links.link(m_caseId, m_otherCaseId, m_note) : links.unlink(m_caseId, m_otherCaseId);
}

Status LinkCasesCommand::doRedo() {
    return apply(m_link);
}

Status LinkCasesCommand::doUndo() {
    return apply(!m_link);
}

EditCaseCommand::EditCaseCommand(RepositoryContext& context, const QString& text, CaseRecord before, CaseRecord after)
    : ChangeValueCommand<CaseRecord>(text, std::move(before), std::move(after), [&context](const CaseRecord& value) {
        return statusOf(CaseRepository(context).update(value));
    }) {
}

EditPersonCommand::EditPersonCommand(RepositoryContext& context, Person before, Person after)
    : ChangeValueCommand<Person>(
          Tr::tr("Edit %1").arg(before.displayName()), before, std::move(after),
          [&context](const Person& value) { return statusOf(PersonRepository(context).update(value)); }) {
}

SetCaseStatusCommand::SetCaseStatusCommand(RepositoryContext& context, const QString& caseId, CaseStatus before,
                                           CaseStatus after)
    : ChangeValueCommand<CaseStatus>(
          Tr::tr("Change status to %1").arg(caseStatusDisplayName(after)), before, after,
          [&context, caseId](const CaseStatus& value) { return CaseRepository(context).setStatus(caseId, value); }) {
}

SetPhotoCommand::SetPhotoCommand(RepositoryContext& context, const QString& personId, PersonPhoto before,
                                 PersonPhoto after)
    : ChangeValueCommand<PersonPhoto>(
          Tr::tr("Set photo"), std::move(before), std::move(after),
          [&context, personId](const PersonPhoto& value) { return PersonInsight(context).setPhoto(personId, value); }) {
}

} // namespace caselink
