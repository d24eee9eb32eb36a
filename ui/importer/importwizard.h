// The import wizard: choose a file (and sheet) and what it holds, map its columns to fields (suggested from the
// headers in English or Urdu; mappings saved and reused), preview the first rows with each row's errors and
// warnings, then a dry run or the import itself on a worker thread with progress and Cancel (which rolls back:
// the database is unchanged), and a summary with the error report to save.
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QPointer>
#include <QWizard>

#include "importer/importer.h"
#include "jobs/jobrunner.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace caselink {

class RepositoryContext;

class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, PreviewPage, RunPage };

    ImportWizard(RepositoryContext& context, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // For tests and scripted use: what the pages would collect.
    void setFile(const QString& path);
    ImportKind kind() const;
    ColumnMapping mapping() const;
    const std::vector<ImportIssue>& issues() const { return m_issues; }
    std::optional<ImportSummary> summary() const { return m_summary; }
    bool isRunning() const { return m_job != nullptr; }

    // Starts a dry run or the import on a worker thread; finished() is emitted when it ends.
    void start(bool dryRun);
    void cancel();
    Status saveReport(const QString& path) const;

signals:
    void runFinished();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void buildFilePage();
    void buildMappingPage();
    void buildPreviewPage();
    void buildRunPage();
    void openSource();
    void fillMapping(const ColumnMapping& mapping);
    void fillPreview();
    void saveMapping();
    void loadMapping(const QString& name);
    void finishRun(const Result<ImportSummary>& result);
    ImportOptions options() const; // what the pages collected, without the file's hash and the callbacks

    RepositoryContext& m_context;
    QLineEdit* m_path = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_sheet = nullptr;
    QComboBox* m_list = nullptr;
    QSpinBox* m_edition = nullptr;
    QSpinBox* m_editionYear = nullptr;
    QLabel* m_fileNote = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QComboBox* m_savedMappings = nullptr;
    QLineEdit* m_mappingName = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_previewNote = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_runStatus = nullptr;
    QPushButton* m_dryRun = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_saveReport = nullptr;

    QStringList m_headers;
    QStringList m_sheets;
    std::vector<ImportIssue> m_issues;
    std::optional<ImportSummary> m_summary;
    QPointer<Job> m_job;
    bool m_committed = false;
};

} // namespace caselink
