// Removal of records the workspace creates, for undoing their creation: an arrest (with its custody orders and the
// timeline events recording them), a payment, a document, and a case that nobody holds a role in. Each removal is
// one audited, scoped transaction, like the writes it reverses.
#pragma once

#include "domain/caserecord.h"
#include "repo/repositorycontext.h"

namespace caselink {

class RecordRemoval {
public:
    explicit RecordRemoval(RepositoryContext& context)
        : m_context(context) {}

    // Deletes the arrest, its custody orders and their events, and sets the person's role status in the case back
    // to roleStatus (what it was before the arrest was recorded).
    Status removeArrest(const QString& arrestId, ArrestStatus roleStatus);
    Status removePayment(const QString& paymentId);
    Status removeDocument(const QString& documentId);
    // Only a case without roles, arrests or payments (the undo of its creation); Conflict otherwise.
    Status removeCase(const QString& caseId);
    // Only a person nothing refers to any more (the undo of creating them while adding them to a case).
    Status removePerson(const QString& personId);
    // Only an organisation without members (the undo of creating it).
    Status removeOrganisation(const QString& organisationId);

private:
    Result<QString> caseOf(const QString& sql, const QString& id);

    RepositoryContext& m_context;
};

} // namespace caselink
