// Trusted office keys, for administrators (a tab of Reference data): this database's own key with its fingerprint
// and an export of it to send to other offices; the keys of other offices that bundle import accepts, with who added
// or revoked them; adding a key from its PEM file after comparing the fingerprint with the office by phone; revoking.
#pragma once

#include <functional>
#include <optional>

#include <QDialog>
#include <QWidget>

#include "repo/trustedkeyrepository.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace caselink {

class MessageBar;

// Shows the fingerprint of a PEM file large enough to read out, the office it is for, the fingerprint the office read
// out (compared as it is typed) and a note; OK trusts the key through the repository and stays open on an error.
class AddTrustedKeyDialog : public QDialog {
    Q_OBJECT

public:
    AddTrustedKeyDialog(RepositoryContext& context, const QByteArray& pem, const QString& fileName,
                        QWidget* parent = nullptr);

    bool hasValidKey() const { return !m_fingerprintText.isEmpty(); }
    QString fingerprint() const { return m_fingerprintText; }
    void setOffice(const QString& code);
    void setConfirmedFingerprint(const QString& fingerprint);
    void setNote(const QString& note);
    MessageBar* messageBar() const { return m_message; }
    QPushButton* okButton() const { return m_ok; }
    // OK: trusts the key; accepted when it worked.
    void trustKey();

private:
    void compare();

    RepositoryContext& m_context;
    QByteArray m_pem;
    QString m_fingerprintText;
    QLabel* m_fingerprint;
    QComboBox* m_office;
    QLineEdit* m_confirmed;
    QLabel* m_match;
    QCheckBox* m_compared;
    QLineEdit* m_note;
    MessageBar* m_message;
    QPushButton* m_ok = nullptr;
};

class TrustedKeysPage : public QWidget {
    Q_OBJECT

public:
    explicit TrustedKeysPage(RepositoryContext& context, QWidget* parent = nullptr);

    QTreeWidget* table() const { return m_table; }
    MessageBar* messageBar() const { return m_message; }
    void refresh();
    // The Add button's path without the file dialog: opens the fingerprint dialog for this PEM file.
    void addFromFile(const QString& path);
    // Revokes the selected key; asks for the reason through the hook when set (tests), else an input dialog.
    void revokeSelected();
    void setReasonPrompt(std::function<std::optional<QString>(const QString& question)> prompt) {
        m_reasonPrompt = std::move(prompt);
    }
    // For tests: called with each fingerprint dialog before it runs (fill it in, then accept or not).
    void setDialogHook(std::function<void(AddTrustedKeyDialog&)> hook) { m_dialogHook = std::move(hook); }

private:
    void chooseFile();
    void exportOwnKey();
    void updateButtons();

    RepositoryContext& m_context;
    std::function<std::optional<QString>(const QString&)> m_reasonPrompt;
    std::function<void(AddTrustedKeyDialog&)> m_dialogHook;
    QLabel* m_own;
    MessageBar* m_message;
    QTreeWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_revoke;
    QPushButton* m_export;
};

} // namespace caselink
