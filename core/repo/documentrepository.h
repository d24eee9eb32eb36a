// Documents of cases and persons: passport numbers normalised, authenticity, issuing state from the reference
// table, malkhana reference. A case's document is visible with the case, a person's alone with the person.
#pragma once

#include <vector>

#include "domain/document.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class DocumentRepository {
public:
    explicit DocumentRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> create(const Document& document);
    // The case and holder of a document never change.
    Result<SaveOutcome> update(const Document& document);
    Result<Document> get(const QString& id);
    // NotFound when the case is out of scope.
    Result<std::vector<Document>> listForCase(const QString& caseId);
    Result<std::vector<Document>> listForPerson(const QString& personId);
    // Documents whose normalised number equals the normalised input (a passport seen in several cases).
    Result<std::vector<Document>> findByNumber(const QString& number);

private:
    Result<std::vector<Issue>> normalise(Document& document);
    Status writeRow(const Document& document, bool insert);
    Result<std::vector<Document>> list(const QString& where, const std::function<void(Statement&)>& bind);

    RepositoryContext& m_context;
};

} // namespace caselink
