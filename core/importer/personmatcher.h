// Finds the existing records an incoming person may be: exact CNIC, passport or phone number (strong: the import
// links to that record), else name and father's name alike across scripts and spellings (uncertain: an officer
// reviews the pair; nothing is merged automatically). Only persons in the user's scope are considered.
#pragma once

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "domain/person.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"

namespace caselink {

struct MatchCandidate {
    QString personId;
    double score = 0.0;
    QStringList reasons; // translated, strongest first
};

struct PersonMatch {
    QString linkedId;                     // set for an exact identifier match on a record the user may see in full
    QString matchedBy;                    // "cnic", "passport", "phone"
    std::optional<MatchCandidate> review; // the best uncertain candidate, when no exact match
};

class PersonMatcher {
public:
    explicit PersonMatcher(RepositoryContext& context);

    Status prepare();
    // person must be normalised (CNIC digits, E.164 phones, normalised passport numbers). fuzzy: also look for
    // candidates by name when no identifier matches. excludeId: a record never proposed (the person itself).
    Result<PersonMatch> match(const Person& person, bool fuzzy, const QString& excludeId = {});
    // Candidates by name and father's name at or above NameMatcher::kPossible, best first, with reasons; those with
    // a different CNIC than cnic (when both are known) are left out.
    Result<std::vector<MatchCandidate>> nameCandidates(const QString& name, const QString& father, const QString& cnic,
                                                       const QString& excludeId, int limit = 5);

private:
    Result<std::optional<std::pair<QString, bool>>> exact(Statement& statement, const QString& value);

    RepositoryContext& m_context;
    Statement m_byCnic;
    Statement m_byPassport;
    Statement m_byPhone;
    Statement m_byKeys;
};

} // namespace caselink
