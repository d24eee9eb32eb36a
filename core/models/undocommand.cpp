#include "models/undocommand.h"

#include <QCoreApplication>

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

} // namespace caselink
