#include "scopecounts.h"

#include "repo/aggregatesupport.h"

namespace caselink {
namespace {

Result<qint64> count(RepositoryContext& context, const QString& sql) {
    auto stmt = prepareScoped(context, sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->columnInt(0) : 0;
}

} // namespace

Result<ScopeCounts> countInScope(RepositoryContext& context) {
    const Scope& scope = context.scope();
    ScopeCounts out;
    const std::pair<qint64*, QString> queries[] = {
        {&out.cases,
         QStringLiteral("SELECT count(*) FROM cases c WHERE %1").arg(scope.caseVisible(QStringLiteral("c")))},
        {&out.persons, QStringLiteral("SELECT count(*) FROM persons p WHERE p.merged_into IS NULL AND %1")
                           .arg(scope.personVisible(QStringLiteral("p")))},
        {&out.arrests, QStringLiteral("SELECT count(*) FROM arrests a WHERE %1")
                           .arg(scope.caseIdVisible(QStringLiteral("a.case_id")))},
        {&out.organisations, QStringLiteral("SELECT count(*) FROM organisations o WHERE %1")
                                 .arg(organisationVisible(scope, QStringLiteral("o")))},
    };
    for (const auto& [target, sql] : queries) {
        auto n = count(context, sql);
        if (!n) {
            return std::unexpected(n.error());
        }
        *target = *n;
    }
    return out;
}

Result<qint64> personRowsUpperBound(RepositoryContext& context) {
    return count(context, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM persons"));
}

} // namespace caselink
