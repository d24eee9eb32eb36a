// The Red Book (national most-wanted list): editions, entries by zone, status changes as persons are arrested, and
// each zone's progress. National: every role sees it, except prosecutor-readers, who see only the entries of persons
// in their assigned cases. Editions and entries are compiled by administrators and supervisors; any writer records
// a status change.
#pragma once

#include <vector>

#include "domain/redbook.h"
#include "repo/aggregatesupport.h"

namespace caselink {

class RedBookRepository {
public:
    explicit RedBookRepository(RepositoryContext& context)
        : m_context(context) {}

    // Edition numbers are unique (ErrorCode::Conflict).
    Result<QString> addEdition(const RedBookEdition& edition);
    // Newest edition first.
    Result<std::vector<RedBookEdition>> editions();
    // Serials are unique within an edition (ErrorCode::Conflict); the zone must be a ZONE of the organisation tree.
    Result<QString> addEntry(const RedBookEntry& entry);
    Status setStatus(const QString& entryId, RedBookStatus status, QDate on);
    Result<RedBookEntry> entry(const QString& id);
    // By serial; zoneId limits to one zone when not empty.
    Result<std::vector<RedBookEntry>> entries(const QString& editionId, const QString& zoneId = {});
    // Counts per zone and status, the zone with the most entries first (then by code).
    Result<std::vector<ZoneProgress>> progressByZone(const QString& editionId);

private:
    Status requireCompiler() const;
    QString visible(const QString& entryAlias) const;
    Result<std::vector<RedBookEntry>> list(const QString& where, const std::function<void(Statement&)>& bind);

    RepositoryContext& m_context;
};

} // namespace caselink
