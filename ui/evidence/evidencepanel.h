// CaseEvidencePanel (named so beside the workspace's read-only EvidencePanel in ui/workspace/recordpanels.h): the
// evidence of one case: files and seized exhibits with their SHA-256 and chain of custody. Files dropped on the
// list (or chosen with Add files) are taken in by a background job with progress and cancel; Verify re-hashes what is
// stored; Open hands the system viewer a temporary decrypted copy that is removed when the panel goes (and with it
// the session). Export case file opens the ExportCaseDialog.
#pragma once

#include <memory>

#include <QPointer>
#include <QWidget>

#include "evidence/evidencestore.h"
#include "evidence/evidencetempfiles.h"
#include "jobs/jobrunner.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace caselink {

class MessageBar;

class CaseEvidencePanel : public QWidget {
    Q_OBJECT

public:
    CaseEvidencePanel(RepositoryContext& context, const QString& caseId, QWidget* parent = nullptr);
    ~CaseEvidencePanel() override;

    // Takes the files in, one after the other, as a background job. Ignored while an intake runs.
    void addFiles(const QStringList& paths);
    bool isBusy() const { return m_job != nullptr; }
    void cancelIntake();

    QTableWidget* table() const { return m_table; }
    QTableWidget* custodyTable() const { return m_custody; }
    MessageBar* messageBar() const { return m_message; }
    QString selectedId() const;
    void selectItem(const QString& id);

    // The actions behind the buttons, without their dialogs (tests, and callers that already have the values).
    Result<bool> verifySelected();
    // The Verify button: re-hashes the selected file as a background job with progress and cancel; verified() follows.
    void startVerify();
    Result<QString> openSelected(bool launchViewer = true);
    Result<QString> addCustodyToSelected(const CustodyEvent& event);

public slots:
    void refresh();

signals:
    void intakeFinished(int stored, const QString& problem);
    void verified(bool intact);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void showCustody();
    void showVerification(const Result<bool>& intact);
    void chooseFiles();
    void addExhibit();
    void recordCustody();
    void exportCase();

    RepositoryContext& m_context;
    QString m_caseId;
    std::vector<EvidenceItem> m_items;
    EvidenceTempFiles m_tempFiles;
    QPointer<Job> m_job;

    QLabel* m_title;
    QLabel* m_hint;
    MessageBar* m_message;
    QTableWidget* m_table;
    QTableWidget* m_custody;
    QLabel* m_custodyTitle;
    QProgressBar* m_progress;
    QPushButton* m_addFiles;
    QPushButton* m_addExhibit;
    QPushButton* m_custodyButton;
    QPushButton* m_verify;
    QPushButton* m_open;
    QPushButton* m_export;
    QPushButton* m_cancelButton;
};

} // namespace caselink
