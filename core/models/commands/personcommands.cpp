#include "models/commands/personcommands.h"

#include <QCoreApplication>

#include "repo/personmerge.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::UndoCommand)
};

} // namespace

MergePersonsCommand::MergePersonsCommand(RepositoryContext& context, QString keepId, QString mergeId)
    : RepositoryCommand(Tr::tr("Merge persons"))
    , m_context(context)
    , m_keepId(std::move(keepId))
    , m_mergeId(std::move(mergeId)) {
}

Status MergePersonsCommand::doRedo() {
    auto merged = PersonMerge(m_context).merge(m_keepId, m_mergeId);
    if (!merged) {
        return std::unexpected(merged.error());
    }
    m_mergeRecordId = *merged;
    return ok();
}

Status MergePersonsCommand::doUndo() {
    return PersonMerge(m_context).undo(m_mergeRecordId);
}

HeldDecisionCommand::HeldDecisionCommand(RepositoryContext& context, QString itemId, HeldDecision decision,
                                         const QString& text)
    : RepositoryCommand(text)
    , m_context(context)
    , m_itemId(std::move(itemId))
    , m_decision(decision) {
}

Status HeldDecisionCommand::doRedo() {
    auto outcome = HeldReview(m_context).decide(m_itemId, m_decision);
    if (!outcome) {
        return std::unexpected(outcome.error());
    }
    m_outcome = std::move(*outcome);
    return ok();
}

Status HeldDecisionCommand::doUndo() {
    return HeldReview(m_context).reopen(m_itemId);
}

} // namespace caselink
