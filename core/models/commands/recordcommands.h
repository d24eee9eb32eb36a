// The undoable changes of a case file, one class per kind, each doing its work through a repository in one audited
// transaction. A created record keeps the id it was given when the command was made, so redo after undo brings back
// the very same record (Tiled's AddRemoveMapObject): later commands, open tabs and links keep pointing at it.
// Dialogs build a command from their values and push it; they hold no undo logic.
#pragma once

#include <optional>

#include "domain/caserecord.h"
#include "domain/document.h"
#include "domain/organisation.h"
#include "domain/payment.h"
#include "domain/person.h"
#include "domain/routeleg.h"
#include "models/undocommand.h"
#include "repo/caserepository.h"
#include "repo/personinsight.h"

namespace caselink {

class RepositoryContext;

// Creates one record under a fixed id; undo removes it, redo creates it again with the same id.
class CreateRecordCommand : public RepositoryCommand {
public:
    const QString& recordId() const { return m_id; }

protected:
    CreateRecordCommand(RepositoryContext& context, const QString& text, const QString& id);
    virtual Result<QString> create(const QString& id) = 0;
    virtual Status remove(const QString& id) = 0;
    Status doRedo() final;
    Status doUndo() final;

    RepositoryContext& m_context;

private:
    QString m_id;
};

// Who complained, when a case is registered: a person already recorded, or a new one (created with the case).
struct ComplainantDraft {
    QString personId;
    std::optional<Person> newPerson;

    bool isSet() const { return !personId.isEmpty() || newPerson.has_value(); }
};

// Registers a case; with a complainant, the new person (if any) and their COMPLAINANT role in the case come with it,
// all under fixed ids, so one undo takes the whole registration back and redo brings back the same records.
class NewCaseCommand : public CreateRecordCommand {
public:
    NewCaseCommand(RepositoryContext& context, CaseRecord draft, ComplainantDraft complainant = {});

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    CaseRecord m_draft;
    ComplainantDraft m_complainant;
    QString m_roleId;
};

// Converts an enquiry into an FIR (CaseRepository::registerFir); undo takes the FIR off and puts the status back.
class RegisterFirCommand : public RepositoryCommand {
public:
    RegisterFirCommand(RepositoryContext& context, QString caseId, FirRegistration registration,
                       CaseStatus statusBefore);

private:
    Status doRedo() override;
    Status doUndo() override;
    RepositoryContext& m_context;
    QString m_caseId;
    FirRegistration m_registration;
    CaseStatus m_statusBefore;
};

class NewOrganisationCommand : public CreateRecordCommand {
public:
    NewOrganisationCommand(RepositoryContext& context, Organisation draft);

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    Organisation m_draft;
};

class NewPersonCommand : public CreateRecordCommand {
public:
    NewPersonCommand(RepositoryContext& context, Person draft);

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    Person m_draft;
};

// roleStatusBefore: the accused's arrest status before, which undo puts back.
class RecordArrestCommand : public CreateRecordCommand {
public:
    RecordArrestCommand(RepositoryContext& context, Arrest draft, ArrestStatus roleStatusBefore);

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    Arrest m_draft;
    ArrestStatus m_before;
};

class AddRemandCommand : public CreateRecordCommand {
public:
    AddRemandCommand(RepositoryContext& context, CustodyPeriod draft);

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    CustodyPeriod m_draft;
};

class AddPaymentCommand : public CreateRecordCommand {
public:
    AddPaymentCommand(RepositoryContext& context, PaymentDraft draft);

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    PaymentDraft m_draft;
};

class AddRouteLegCommand : public CreateRecordCommand {
public:
    AddRouteLegCommand(RepositoryContext& context, RouteLeg draft);

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    RouteLeg m_draft;
};

class AddDocumentCommand : public CreateRecordCommand {
public:
    AddDocumentCommand(RepositoryContext& context, Document draft);

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    Document m_draft;
};

// A person's role in a case; with newPerson, the person is created first (under its own fixed id) and removed again
// by undo.
class AddCaseRoleCommand : public CreateRecordCommand {
public:
    AddCaseRoleCommand(RepositoryContext& context, CaseRole role, std::optional<Person> newPerson = std::nullopt);
    const QString& personId() const { return m_role.personId; }

private:
    Result<QString> create(const QString& id) override;
    Status remove(const QString& id) override;
    CaseRole m_role;
    std::optional<Person> m_newPerson;
};

// Takes a person's role out of a case; undo puts back the same role (same id).
class RemoveCaseRoleCommand : public RepositoryCommand {
public:
    RemoveCaseRoleCommand(RepositoryContext& context, CaseRole role, const QString& personName);

private:
    Status doRedo() override;
    Status doUndo() override;
    RepositoryContext& m_context;
    CaseRole m_role;
};

// Links two cases with a note (link = true) or unlinks them; undo does the opposite.
class LinkCasesCommand : public RepositoryCommand {
public:
    LinkCasesCommand(RepositoryContext& context, QString caseId, QString otherCaseId, QString note, bool link);

private:
    Status doRedo() override;
    Status doUndo() override;
    Status apply(bool link);
    RepositoryContext& m_context;
    QString m_caseId;
    QString m_otherCaseId;
    QString m_note;
    bool m_link;
};

class EditCaseCommand : public ChangeValueCommand<CaseRecord> {
public:
    // text: "Edit case C-41/2025", "Edit case notes", ...
    EditCaseCommand(RepositoryContext& context, const QString& text, CaseRecord before, CaseRecord after);
};

class SetCaseStatusCommand : public ChangeValueCommand<CaseStatus> {
public:
    SetCaseStatusCommand(RepositoryContext& context, const QString& caseId, CaseStatus before, CaseStatus after);
};

class EditPersonCommand : public ChangeValueCommand<Person> {
public:
    EditPersonCommand(RepositoryContext& context, Person before, Person after);
};

class SetPhotoCommand : public ChangeValueCommand<PersonPhoto> {
public:
    SetPhotoCommand(RepositoryContext& context, const QString& personId, PersonPhoto before, PersonPhoto after);
};

} // namespace caselink
