// Exports a case as a signed bundle: redaction profile, output file, classification marking, Urdu layout and an
// optional transport password; the export runs in a worker thread with progress. What the profile withholds is
// explained next to the choice.
#pragma once

#include <QDialog>

#include "io/bundle.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QThread;

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
    bool isBusy() const { return m_worker != nullptr; }
    QString statusText() const;

signals:
    void finished(bool ok, const QString& message);

private:
    void updateProfileNote();
    void browse();

    RepositoryContext& m_context;
    QString m_caseId;
    QThread* m_worker = nullptr;
    QComboBox* m_profile;
    QLabel* m_profileNote;
    QLineEdit* m_output;
    QLineEdit* m_classification;
    QCheckBox* m_rtl;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace caselink
