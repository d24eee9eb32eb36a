// PersonMerge: merges two records of the same human (every reference moves to the kept record, the merged one is
// marked, both histories stay) and undoes a merge exactly; each step is one audited transaction.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "util/result.h"

namespace caselink {

class RepositoryContext;

class PersonMerge {
    Q_DECLARE_TR_FUNCTIONS(caselink::PersonMerge)

public:
    explicit PersonMerge(RepositoryContext& context)
        : m_context(context) {}

    // Moves every reference from mergeId to keepId and marks mergeId as merged into keepId; both histories stay.
    // Returns the merge's id for undo.
    Result<QString> merge(const QString& keepId, const QString& mergeId);
    Status undo(const QString& mergeRecordId);
    // Drops the record of a merge that was undone, for undoing the creation of the record that had been merged (the
    // held-review decision that created an incoming record only to merge it). The audit log keeps both steps.
    Status discardUndone(const QString& mergeRecordId);

private:
    // A merge record (pending, or undone when undone is set) whose kept person the user can see.
    struct Record {
        QString keepId;
        QString mergedId;
        QJsonObject moved;
    };
    Result<Record> find(const QString& mergeRecordId, bool undone);
    // In scope, not protected and not merged already.
    Result<bool> isMergeable(const QString& personId);

    RepositoryContext& m_context;
};

} // namespace caselink
