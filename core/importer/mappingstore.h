// Column mappings saved in the database for the import wizard, per office and kind, so the next month's file from
// the same register maps in one click. Saving is audited.
#pragma once

#include <QJsonObject>
#include <QStringList>

#include "importer/importfields.h"
#include "repo/repositorycontext.h"

namespace caselink {

class MappingStore {
public:
    explicit MappingStore(RepositoryContext& context)
        : m_context(context) {}

    Result<QStringList> names(ImportKind kind);
    Result<QJsonObject> load(ImportKind kind, const QString& name);
    // Replaces a mapping of the same name.
    Status save(ImportKind kind, const QString& name, const QJsonObject& mapping);

private:
    RepositoryContext& m_context;
};

} // namespace caselink
