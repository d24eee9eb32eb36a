#include "models/undostack.h"

#include <QCoreApplication>

#include "models/commands/personcommands.h"
#include "models/commands/recordcommands.h"
#include "repo/personrepository.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::DatabaseUndoStack)
};

} // namespace

DatabaseUndoStack::DatabaseUndoStack(RepositoryContext& context, QObject* parent)
    : QObject(parent)
    , m_context(&context)
    , m_persons(std::make_unique<PersonRepository>(context)) {
    // Lets code that holds only the QUndoStack (a workspace tab) push through push() and its error reporting.
    m_stack.setParent(this);
    connect(&context.notifier(), &QObject::destroyed, this, &DatabaseUndoStack::detach);
}

DatabaseUndoStack::~DatabaseUndoStack() {
    m_stack.clear(); // commands refer to m_persons
}

void DatabaseUndoStack::detach() {
    m_stack.clear();
    m_context = nullptr;
}

Status DatabaseUndoStack::push(std::unique_ptr<RepositoryCommand> command) {
    if (!m_context) {
        return fail(ErrorCode::Usage, Tr::tr("The database is closed."));
    }
    m_lastError.reset();
    command->setErrorHandler([this](const QString& text, const Error& error) {
        m_lastError = error;
        emit commandFailed(text, error.message);
    });
    m_stack.push(command.release()); // deleted by the stack at once if its redo failed
    return m_lastError ? Status(std::unexpected(*m_lastError)) : ok();
}

Status DatabaseUndoStack::editPerson(const Person& after) {
    if (!m_context) {
        return fail(ErrorCode::Usage, Tr::tr("The database is closed."));
    }
    auto before = m_persons->get(after.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    return push(std::make_unique<EditPersonCommand>(*m_context, std::move(*before), after));
}

Status DatabaseUndoStack::mergePersons(const QString& keepId, const QString& mergeId) {
    return push(std::make_unique<MergePersonsCommand>(*m_context, keepId, mergeId));
}

Status DatabaseUndoStack::run(const QString& text, RepositoryCommand::Action redo, RepositoryCommand::Action undo) {
    return push(std::make_unique<RepositoryCommand>(text, std::move(redo), std::move(undo)));
}

Status DatabaseUndoStack::undo() {
    return step(false);
}

Status DatabaseUndoStack::redo() {
    return step(true);
}

Status DatabaseUndoStack::step(bool forward) {
    if (!m_context) {
        return fail(ErrorCode::Usage, Tr::tr("The database is closed."));
    }
    if (forward ? !m_stack.canRedo() : !m_stack.canUndo()) {
        return fail(ErrorCode::Usage,
                    forward ? Tr::tr("There is nothing to redo.") : Tr::tr("There is nothing to undo."));
    }
    m_lastError.reset();
    forward ? m_stack.redo() : m_stack.undo();
    return m_lastError ? Status(std::unexpected(*m_lastError)) : ok();
}

} // namespace caselink
