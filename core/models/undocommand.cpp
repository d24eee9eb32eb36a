#include "undocommand.h"

#include <QCoreApplication>

#include "repo/personrepository.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::UndoCommand)
};

} // namespace

RepositoryCommand::RepositoryCommand(const QString& text, Action redo, Action undo)
    : m_redo(std::move(redo))
    , m_undo(std::move(undo)) {
    setText(text);
}

RepositoryCommand::RepositoryCommand(const QString& text) {
    setText(text);
}

void RepositoryCommand::redo() {
    run(true);
}

void RepositoryCommand::undo() {
    run(false);
}

Status RepositoryCommand::doRedo() {
    return m_redo ? m_redo() : fail(ErrorCode::Internal, Tr::tr("The command has nothing to do."));
}

Status RepositoryCommand::doUndo() {
    return m_undo ? m_undo() : fail(ErrorCode::Internal, Tr::tr("The command cannot be undone."));
}

void RepositoryCommand::run(bool forward) {
    Status status = forward ? doRedo() : doUndo();
    if (status) {
        m_error.reset();
        return;
    }
    // The repository rolled the transaction back, so the data is as before this step; the command cannot be
    // trusted to repeat it, and QUndoStack removes an obsolete command after the step.
    m_error = status.error();
    setObsolete(true);
    if (m_onError) {
        m_onError(text(), *m_error);
    }
}

EditPersonCommand::EditPersonCommand(PersonRepository& persons, Person after)
    : RepositoryCommand(Tr::tr("Edit person"))
    , m_persons(persons)
    , m_after(std::move(after)) {
}

Status EditPersonCommand::doRedo() {
    if (!m_before) {
        auto before = m_persons.get(m_after.id);
        if (!before) {
            return std::unexpected(before.error());
        }
        m_before = std::move(*before);
    }
    auto saved = m_persons.update(m_after);
    return saved ? ok() : Status(std::unexpected(saved.error()));
}

Status EditPersonCommand::doUndo() {
    auto saved = m_persons.update(*m_before);
    return saved ? ok() : Status(std::unexpected(saved.error()));
}

MergePersonsCommand::MergePersonsCommand(PersonRepository& persons, QString keepId, QString mergeId)
    : RepositoryCommand(Tr::tr("Merge persons"))
    , m_persons(persons)
    , m_keepId(std::move(keepId))
    , m_mergeId(std::move(mergeId)) {
}

Status MergePersonsCommand::doRedo() {
    auto merged = m_persons.merge(m_keepId, m_mergeId);
    if (!merged) {
        return std::unexpected(merged.error());
    }
    m_mergeRecordId = *merged;
    return ok();
}

Status MergePersonsCommand::doUndo() {
    return m_persons.undoMerge(m_mergeRecordId);
}

} // namespace caselink
