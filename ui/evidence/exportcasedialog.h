// Exports a case as a signed bundle: redaction profile, output file, classification marking, Urdu layout and an
// optional transport password; the export runs as a background job with progress and can be cancelled. What the
// profile withholds is explained next to the choice.
#pragma once

#include <QDialog>
#include <QPointer>

#include "exchange/bundlewriter.h"
#include "jobs/jobrunner.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace caselink {

class ExportCaseDialog : public QDialog {
    Q_OBJECT

public:
    ExportCaseDialog(RepositoryContext& context, const QString& caseId, QWidget* parent = nullptr);
    ~ExportCaseDialog() override;

    void setProfile(RedactionProfile profile);
    void setOutputPath(const QString& path);
    void setTransportPassword(const QString& password);
    // Starts the export (as the Export button does); finished() follows.
    void startExport();
    bool isBusy() const { return m_job != nullptr; }
    // Stops a running export; nothing is left at the output path.
    void cancelExport();
    QString statusText() const;

signals:
    void finished(bool ok, const QString& message);

private:
    void updateProfileNote();
    void browse();

    RepositoryContext& m_context;
    QString m_caseId;
    QPointer<Job> m_job;
    QComboBox* m_profile;
    QLabel* m_profileNote;
    QLineEdit* m_output;
    QLineEdit* m_classification;
    QCheckBox* m_rtl;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QDialogButtonBox* m_buttons;
};

} // namespace caselink
