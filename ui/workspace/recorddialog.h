// The base of the workspace's create/edit dialogs: fields checked with the domain validators as the officer types,
// errors and warnings shown inline under the field, OK disabled while any error stands, a failed save shown in the
// dialog without closing it, and a question before edits are thrown away.
#pragma once

#include <functional>
#include <vector>

#include <QDialog>

#include "domain/validation.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QUndoStack;

namespace caselink {

class MessageBar;
class RepositoryCommand;

class RecordDialog : public QDialog {
    Q_OBJECT
public:
    using Check = std::function<std::vector<Issue>()>;

    explicit RecordDialog(const QString& title, QWidget* parent = nullptr);

    // Adds a labelled field; check runs whenever any field changes and its issues appear under the field.
    void addField(const QString& label, QWidget* field, Check check = {});
    // A check whose issues appear under field without a new row (a cross-field rule).
    void addCheck(QWidget* field, Check check);
    // A row without a label (a note, a group of check boxes).
    void addWidget(QWidget* widget);

    bool hasErrors() const;
    // The feedback under a field as shown (empty when none); tests read it.
    QString feedback(const QWidget* field) const;
    QPushButton* okButton() const { return m_ok; }
    MessageBar* messageBar() const { return m_messages; }
    bool isModified() const { return m_modified; }

    // Answers "discard your changes?"; tests replace it. The default asks with a message box.
    static void setDiscardQuestion(std::function<bool(QWidget* dialog)> ask);

    void accept() override;
    void reject() override;

public slots:
    void revalidate();

protected:
    // Saves the record; an error keeps the dialog open with the message shown.
    virtual Status save() = 0;
    // Pushes the command on the stack and reports whether its first redo worked.
    static Status pushCommand(QUndoStack& stack, RepositoryCommand* command);
    void watch(QWidget* field);
    void markModified();
    void resetModified() { m_modified = false; }
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Wrapped feedback needs more height than the size hint promised: grow rather than clip the message.
    void growToFit();
    struct Row {
        QWidget* field = nullptr;
        QLabel* feedback = nullptr;
        std::vector<Check> checks;
    };
    Row* rowFor(const QWidget* field);
    const Row* rowFor(const QWidget* field) const;
    QLabel* makeFeedback();

    QFormLayout* m_form = nullptr;
    MessageBar* m_messages = nullptr;
    QPushButton* m_ok = nullptr;
    std::vector<Row> m_rows;
    bool m_modified = false;
    bool m_hasErrors = false;
};

// Validation helpers over the domain validators, for RecordDialog checks.
std::vector<Issue> requireText(const QString& text, const QString& message);
// An optional date typed day-first; empty is fine unless required.
std::vector<Issue> checkDateText(const QString& text, bool required, bool pastOnly);
QDate parseDateText(const QString& text);
// A clock time typed as HH:MM (24 hours); empty is fine unless required.
std::vector<Issue> checkTimeText(const QString& text, bool required);
QTime parseTimeText(const QString& text);
// A blank first entry ("Choose…") in a combo box: nothing is pre-selected, so nothing is recorded by default.
void addChooseEntry(QComboBox* box);
// A check refusing the save while the box still shows its "Choose…" entry.
std::vector<Issue> requireChoice(const QComboBox* box, const QString& message);

} // namespace caselink
