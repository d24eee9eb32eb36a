// Finds the existing records an incoming person may be: exact CNIC, passport or phone number (strong: the import
// links to that record), else name and father's name alike across scripts and spellings (uncertain: an officer
// reviews the pair; nothing is merged automatically). Only persons in the user's scope are considered.
#pragma once

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>

#include "domain/person.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"
#include "text/namenormalizer.h"
#include "text/namesearchforms.h"

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
    // Where the search forms of a name come from (a bulk writer's cache); searchForms() when not set.
    void setFormsProvider(std::function<NameSearchForms(const QString&)> forms) { m_forms = std::move(forms); }
    // Tells the matcher about a person the import has just created, so later rows can find it by name.
    void personCreated(const QString& id, const Person& person);
    // person must be normalised (CNIC digits, E.164 phones, normalised passport numbers). fuzzy: also look for
    // candidates by name when no identifier matches. excludeId: a record never proposed (the person itself).
    Result<PersonMatch> match(const Person& person, bool fuzzy, const QString& excludeId = {});
    // Candidates by name and father's name at or above NameMatcher::kPossible, best first, with reasons; those with
    // a different CNIC than cnic (when both are known) are left out.
    Result<std::vector<MatchCandidate>> nameCandidates(const QString& name, const QString& father, const QString& cnic,
                                                       const QString& excludeId, int limit = 5);

private:
    // Persons without a CNIC, by the phonetic keys of their names: for an incoming person with a CNIC these are the
    // only possible candidates (one with the same CNIC would have matched exactly), so a large import looks them up
    // in memory instead of running a full-text query per row whose hits mostly carry another CNIC.
    struct NoCnicIndex {
        bool built = false;
        std::vector<QString> ids;                     // in person_search rowid order, as the full-text query
        QHash<QString, std::vector<qsizetype>> byKey; // phonetic key -> positions in ids, ascending
    };
    struct Candidate {
        QString id;
        QString names[4]; // name_latin, name_urdu, relative_latin, relative_urdu
    };

    Result<std::optional<std::pair<QString, bool>>> exact(Statement& statement, const QString& value);
    NameSearchForms forms(const QString& name) const;
    QStringList queryKeys(const QString& name, const QString& father) const;
    Status buildNoCnicIndex();
    void indexNoCnic(const QString& id, const QString& keys);
    Result<std::vector<Candidate>> indexedCandidates(const QStringList& keys, const QString& excludeId);
    Result<std::vector<Candidate>> searchedCandidates(const QStringList& keys, const QString& cnic,
                                                      const QString& excludeId);
    std::vector<MatchCandidate> score(const QString& name, const QString& father,
                                      const std::vector<Candidate>& candidates, int limit);
    // NameNormalizer::analyze, kept per distinct text: the same names come back row after row. References stay
    // valid until the next score() (node-based map, trimmed only there).
    const NameParts& analysed(const QString& text);

    RepositoryContext& m_context;
    std::function<NameSearchForms(const QString&)> m_forms;
    Statement m_byCnic;
    Statement m_byPassport;
    Statement m_byPhone;
    Statement m_byKeys;
    Statement m_names;
    NoCnicIndex m_noCnic;
    std::unordered_map<QString, NameParts> m_parts;
    qint64 m_cnicLookups = 0;
};

} // namespace caselink
