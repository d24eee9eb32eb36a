// Officers and their postings. Visible when posted to an office in the user's scope, or when investigating a case
// the user may see; recorded and changed only within the user's offices.
#pragma once

#include <vector>

#include "domain/officer.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class OfficerRepository {
public:
    explicit OfficerRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> create(const Officer& officer);
    Result<SaveOutcome> update(const Officer& officer);
    Result<Officer> get(const QString& id);
    // Officers posted to the office or any unit below it, by rank (senior first) then name.
    Result<std::vector<Officer>> listForOffice(const QString& officeId);
    // Those of them who may be named investigating officer (Sub-Inspector and above).
    Result<std::vector<Officer>> investigatingOfficers(const QString& officeId);

private:
    Result<std::vector<Issue>> normalise(Officer& officer);
    Status writeRow(const Officer& officer, bool insert);
    Result<std::vector<Officer>> list(const QString& where, const std::function<void(Statement&)>& bind);
    QString visible(const QString& alias) const;

    RepositoryContext& m_context;
};

} // namespace caselink
