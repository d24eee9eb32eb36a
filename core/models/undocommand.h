// Undo commands over repositories: every redo and undo is one audited repository transaction (so undo is audited
// too). A step that fails marks its command obsolete, so QUndoStack drops it instead of keeping a lie on the stack,
// and reports the error; nothing throws.
#pragma once

#include <functional>
#include <optional>

#include <QUndoCommand>

#include "util/result.h"

namespace caselink {

class RepositoryCommand : public QUndoCommand {
public:
    using Action = std::function<Status()>;
    using ErrorHandler = std::function<void(const QString& commandText, const Error& error)>;

    // text is translated by the caller ("Edit person", ...).
    RepositoryCommand(const QString& text, Action redo, Action undo);

    void redo() final;
    void undo() final;

    // The error of the last redo or undo, if it failed.
    const std::optional<Error>& error() const { return m_error; }
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

protected:
    explicit RepositoryCommand(const QString& text);
    virtual Status doRedo();
    virtual Status doUndo();

private:
    void run(bool forward);

    Action m_redo;
    Action m_undo;
    std::optional<Error> m_error;
    ErrorHandler m_onError;
};

// Tiled's ChangeValue idea: a value before and after, and the one setter that writes either.
template <typename Value>
class ChangeValueCommand : public RepositoryCommand {
public:
    using Setter = std::function<Status(const Value&)>;

    ChangeValueCommand(const QString& text, Value before, Value after, Setter setter)
        : RepositoryCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_setter(std::move(setter)) {}

protected:
    Status doRedo() override { return m_setter(m_after); }
    Status doUndo() override { return m_setter(m_before); }

private:
    Value m_before;
    Value m_after;
    Setter m_setter;
};

} // namespace caselink
