// File > Import case bundle: choose a bundle (an encrypted .zip.enc asks for its transport password), check it in a
// worker thread with progress and Cancel (signature, every file's hash, and whether the signing office's key is
// trusted here), then import it and show what was added, matched, held for review or skipped, with a button to open
// the case. A bundle whose signer is not trusted is imported only by an administrator, after a warning ("Import
// anyway"), and the import is then audited as of unverified origin.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QDialog>
#include <QPointer>

#include "exchange/bundleimport.h"
#include "io/anonymousfile.h"
#include "jobs/jobrunner.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace caselink {

class MessageBar;

class ImportBundleDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportBundleDialog(RepositoryContext& context, QWidget* parent = nullptr);
    ~ImportBundleDialog() override;

    void setBundlePath(const QString& path);
    void setTransportPassword(const QString& password);
    // Decrypts when needed and verifies in a worker thread; checked() follows.
    void startCheck();
    // Imports the checked bundle in a worker thread; imported() follows. acceptUntrustedKey is "Import anyway".
    void startImport(bool acceptUntrustedKey = false);
    // "Import anyway": asks for confirmation first (through the hook when set, for tests).
    void importAnyway();
    void cancel();
    void setConfirmation(std::function<bool(const QString& warning)> confirm) { m_confirm = std::move(confirm); }

    bool isBusy() const { return m_job != nullptr; }
    const std::optional<KeyAssessment>& origin() const { return m_origin; }
    QString importedCaseId() const { return m_report ? m_report->caseId : QString(); }
    QString statusText() const;
    QString trustText() const;
    MessageBar* messageBar() const { return m_message; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* importAnywayButton() const { return m_importAnyway; }
    QPushButton* openCaseButton() const { return m_openCase; }
    QTreeWidget* reportView() const { return m_reportView; }

    // Closing cancels a running check or import (an import is rolled back).
    void done(int result) override;

signals:
    void checked(bool ok, const QString& message);
    void imported(bool ok, const QString& message);
    void openCase(const QString& caseId);

private:
    void browse();
    void pathChanged();
    void setBusy(bool busy, const QString& format);
    void showChecked(const Result<VerifiedBundle>& verified, const QString& zipPath);
    void showTrust();
    void updateButtons();
    void showReport(const BundleImportReport& report);
    QString officeLabel() const;
    void growToFit();
    bool isAdministrator() const;

    RepositoryContext& m_context;
    // The decrypted copy of an encrypted bundle lives here; shared with the running job, so it goes when both are done.
    std::shared_ptr<AnonymousFile> m_work; // the decrypted bundle, while it is checked and imported
    QPointer<Job> m_job;
    bool m_cancelled = false;
    std::function<bool(const QString&)> m_confirm;
    std::optional<VerifiedBundle> m_verified;
    std::optional<KeyAssessment> m_origin;
    std::optional<BundleImportReport> m_report;
    QString m_zipPath;

    QLineEdit* m_path;
    QLineEdit* m_password;
    QPushButton* m_check;
    QProgressBar* m_progress;
    QPushButton* m_cancelButton;
    MessageBar* m_message;
    QGroupBox* m_bundleBox;
    QLabel* m_integrity;
    QLabel* m_case;
    QLabel* m_profile;
    QLabel* m_created;
    QLabel* m_office;
    QLabel* m_fingerprint;
    QLabel* m_trustIcon;
    QLabel* m_trust;
    QGroupBox* m_reportBox;
    QLabel* m_reportSummary;
    QTreeWidget* m_reportView;
    QPushButton* m_import;
    QPushButton* m_importAnyway;
    QPushButton* m_openCase;
};

} // namespace caselink
