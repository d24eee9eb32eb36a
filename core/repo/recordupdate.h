// The one way a repository updates a record: refused for read-only accounts, the record read as it is (NotFound out of
// scope), the fields an edit may not change carried over and the rest checked, the changed fields named, and the row
// written with its audit entry in one transaction. Each repository says only what differs for its record.
#pragma once

#include <functional>
#include <vector>

#include <QJsonArray>
#include <QJsonObject>

#include "repo/repositorycontext.h"

namespace caselink {

struct ChangedField {
    const char* name; // as the audit entry lists it: "issuing_state", "valid", ...
    bool differs;
};

template <typename Record>
struct RecordUpdate {
    QString action;     // "document.update"
    QString entityType; // "document"
    std::function<Result<Record>(const QString& id)> read;
    // Carries over what an update may not change from before, then validates; error issues refuse the update.
    std::function<Result<std::vector<Issue>>(Record& after, const Record& before)> prepare;
    std::function<std::vector<ChangedField>(const Record& before, const Record& after)> changes;
    // Audit fields beside "changed" (the case the record belongs to, ...); none when empty.
    std::function<QJsonObject(const Record& after)> auditFields;
    std::function<Status(const Record& after)> write;
};

template <typename Record>
Result<SaveOutcome> updateRecord(RepositoryContext& context, const Record& edited, const RecordUpdate<Record>& update) {
    if (auto st = context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto before = update.read(edited.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    Record after = edited;
    auto warnings = update.prepare(after, *before);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    QJsonArray changed;
    for (const ChangedField& field : update.changes(*before, after)) {
        if (field.differs) {
            changed.append(QLatin1String(field.name));
        }
    }
    QJsonObject fields = update.auditFields ? update.auditFields(after) : QJsonObject{};
    fields.insert(QLatin1String("changed"), changed);
    const AuditRecord record{update.action, update.entityType, after.id, fields};
    if (auto st = context.write(record, ChangeKind::Updated, [&] { return update.write(after); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{after.id, *warnings};
}

} // namespace caselink
