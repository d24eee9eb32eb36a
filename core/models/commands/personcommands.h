// Undoable decisions about persons: merging a duplicate into the kept record, and the decision on a person an import
// held for review. Undo reverses exactly that merge, or reopens the held item as it was.
#pragma once

#include "exchange/heldreview.h"
#include "models/undocommand.h"

namespace caselink {

class PersonRepository;
class RepositoryContext;

// Merges a duplicate into the kept record; undo reverses exactly that merge (PersonMerge::undo).
class MergePersonsCommand : public RepositoryCommand {
public:
    MergePersonsCommand(RepositoryContext& context, QString keepId, QString mergeId);

    const QString& mergeRecordId() const { return m_mergeRecordId; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    RepositoryContext& m_context;
    QString m_keepId;
    QString m_mergeId;
    QString m_mergeRecordId;
};

// A decision on the session's undo stack: redo decides, undo reopens the item exactly as it was.
class HeldDecisionCommand : public RepositoryCommand {
public:
    HeldDecisionCommand(RepositoryContext& context, QString itemId, HeldDecision decision, const QString& text);

    const HeldOutcome& outcome() const { return m_outcome; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    RepositoryContext& m_context;
    QString m_itemId;
    HeldDecision m_decision;
    HeldOutcome m_outcome;
};

} // namespace caselink
