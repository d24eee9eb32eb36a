// One undo stack per open database, bound to its RepositoryContext: when the database closes (lock, sign-out) the
// stack empties and refuses new commands, because its commands would write through a closed connection.
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QUndoStack>

#include "domain/person.h"
#include "models/undocommand.h"

namespace caselink {

class PersonRepository;
class RepositoryContext;

class DatabaseUndoStack : public QObject {
    Q_OBJECT

public:
    explicit DatabaseUndoStack(RepositoryContext& context, QObject* parent = nullptr);
    ~DatabaseUndoStack() override;

    QUndoStack* stack() { return &m_stack; } // for undo/redo actions, the clean state and an undo view
    bool isOpen() const { return m_context != nullptr; }
    PersonRepository& persons() { return *m_persons; }

    // Runs the command's redo now. On failure the command is dropped, not stacked, and the error comes back.
    Status push(std::unique_ptr<RepositoryCommand> command);
    Status editPerson(const Person& after);
    Status mergePersons(const QString& keepId, const QString& mergeId);
    // Wraps any repository's edit: redo and undo each one audited transaction.
    Status run(const QString& text, RepositoryCommand::Action redo, RepositoryCommand::Action undo);

    // QUndoStack::undo()/redo() that tell whether the step worked. A failed step leaves the data as it was and
    // removes the command from the stack.
    Status undo();
    Status redo();

    const std::optional<Error>& lastError() const { return m_lastError; }

signals:
    void commandFailed(const QString& commandText, const QString& message);

private:
    Status step(bool forward);
    void detach();

    RepositoryContext* m_context;
    std::unique_ptr<PersonRepository> m_persons;
    QUndoStack m_stack;
    std::optional<Error> m_lastError;
};

} // namespace caselink
