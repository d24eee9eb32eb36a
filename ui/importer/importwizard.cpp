#include "ui/importer/importwizard.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include "importer/mappingstore.h"
#include "io/csvwriter.h"
#include "jobs/jobrunner.h"
#include "repo/repositorycontext.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

constexpr int kPreviewRows = 200;

} // namespace

ImportWizard::ImportWizard(RepositoryContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context) {
    setWindowTitle(tr("Import from a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    // Qt has no Urdu catalogue of its own: the wizard's buttons are named here so they translate.
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    buildFilePage();
    buildMappingPage();
    buildPreviewPage();
    buildRunPage();
    resize(900, 620);
}

ImportWizard::~ImportWizard() {
    // The job keeps running until it sees the flag; its result is not delivered to a wizard that is gone.
    if (m_job) {
        m_job->cancel();
    }
}

void ImportWizard::buildFilePage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel .xlsx workbook."));
    auto* form = new QFormLayout(page);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"importKind"_s);
    for (const QString& key : importKindKeys()) {
        m_kind->addItem(importKindLabel(*importKindFromKey(key)), key);
    }
    form->addRow(tr("The file holds"), m_kind);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(u"importPath"_s);
    auto* browse = new QPushButton(tr("Browse…"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    form->addRow(tr("File"), row);
    m_sheet = new QComboBox;
    m_sheet->setEnabled(false);
    form->addRow(tr("Sheet"), m_sheet);
    m_list = new QComboBox;
    m_list->addItem(tr("From the file's list column"), QString());
    for (const QString& l : watchListKeys()) {
        m_list->addItem(l, l);
    }
    form->addRow(tr("Watch list"), m_list);
    // A Red Book file from HQ often names its edition only in its title: the edition for the whole file.
    auto* edition = new QHBoxLayout;
    m_edition = new QSpinBox;
    m_edition->setObjectName(u"importEdition"_s);
    m_edition->setRange(0, 999);
    m_edition->setSpecialValueText(tr("from the file"));
    m_editionYear = new QSpinBox;
    m_editionYear->setObjectName(u"importEditionYear"_s);
    m_editionYear->setRange(0, 2100);
    m_editionYear->setSpecialValueText(tr("from the file"));
    edition->addWidget(m_edition);
    edition->addWidget(new QLabel(tr("Year")));
    edition->addWidget(m_editionYear);
    edition->addStretch();
    form->addRow(tr("Red Book edition"), edition);
    m_fileNote = new QLabel;
    m_fileNote->setWordWrap(true);
    form->addRow(m_fileNote);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), QString(),
                                                          tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx)"));
        if (!path.isEmpty()) {
            setFile(path);
        }
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ImportWizard::openSource);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_sheet->isEnabled()) {
            openSource();
        }
    });
    auto kindChanged = [this] {
        m_list->setEnabled(kind() == ImportKind::WatchList);
        m_edition->setEnabled(kind() == ImportKind::RedBook);
        m_editionYear->setEnabled(kind() == ImportKind::RedBook);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChanged);
    kindChanged();
    setPage(FilePage, page);
}

void ImportWizard::buildMappingPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Match columns to fields"));
    page->setSubTitle(tr("Suggested from the column headers. Fields marked * are required."));
    auto* layout = new QVBoxLayout(page);
    m_mappingTable = new QTableWidget(0, 2);
    m_mappingTable->setObjectName(u"importMapping"_s);
    m_mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    layout->addWidget(m_mappingTable, 1);
    auto* saved = new QHBoxLayout;
    m_savedMappings = new QComboBox;
    m_savedMappings->setObjectName(u"savedMappings"_s);
    m_savedMappings->setMinimumContentsLength(16);
    auto* load = new QPushButton(tr("Use saved mapping"));
    m_mappingName = new QLineEdit;
    m_mappingName->setPlaceholderText(tr("Name for this mapping"));
    auto* save = new QPushButton(tr("Save mapping"));
    saved->addWidget(m_savedMappings);
    saved->addWidget(load);
    saved->addStretch();
    saved->addWidget(m_mappingName);
    saved->addWidget(save);
    layout->addLayout(saved);
    connect(load, &QPushButton::clicked, this, [this] { loadMapping(m_savedMappings->currentText()); });
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    setPage(MappingPage, page);
}

void ImportWizard::buildPreviewPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Check the rows"));
    page->setSubTitle(tr("The first rows as they will be imported, with every error and warning."));
    auto* layout = new QVBoxLayout(page);
    m_previewNote = new QLabel;
    m_previewNote->setWordWrap(true);
    layout->addWidget(m_previewNote);
    m_preview = new QTableWidget;
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    layout->addWidget(m_preview, 1);
    setPage(PreviewPage, page);
}

void ImportWizard::buildRunPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("A dry run checks every row and changes nothing. The import writes everything in one "
                         "step; Cancel leaves the database as it was."));
    auto* layout = new QVBoxLayout(page);
    auto* buttons = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("Dry run"));
    m_import = new QPushButton(tr("Import"));
    m_cancel = new QPushButton(tr("Cancel import"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_runStatus = new QLabel(tr("Not started."));
    m_runStatus->setWordWrap(true);
    m_runStatus->setObjectName(u"importStatus"_s);
    layout->addWidget(m_runStatus, 1);
    m_saveReport = new QPushButton(tr("Save error report…"));
    m_saveReport->setEnabled(false);
    layout->addWidget(m_saveReport, 0, Qt::AlignLeading);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancel);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the error report"), u"import-errors.csv"_s,
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            if (auto st = saveReport(path); !st) {
                m_runStatus->setText(st.error().message);
            }
        }
    });
    setPage(RunPage, page);
}

void ImportWizard::setFile(const QString& path) {
    m_path->setText(path);
    m_sheet->setEnabled(false);
    m_sheet->clear();
    openSource();
}

ImportKind ImportWizard::kind() const {
    return importKindFromKey(m_kind->currentData().toString()).value_or(ImportKind::Persons);
}

void ImportWizard::openSource() {
    m_headers.clear();
    const QString sheet = m_sheet->isEnabled() ? m_sheet->currentText() : QString();
    auto source = RowSource::open(m_path->text(), sheet);
    if (!source) {
        m_fileNote->setText(source.error().message);
        return;
    }
    m_headers = (*source)->headers();
    if ((*source)->isWorkbook() && !m_sheet->isEnabled()) {
        const QSignalBlocker block(m_sheet);
        m_sheet->addItems((*source)->sheetNames());
        m_sheet->setEnabled(true);
    }
    m_fileNote->setText(tr("%n column(s): %1", nullptr, int(m_headers.size())).arg(m_headers.join(u", "_s)));
}

bool ImportWizard::validateCurrentPage() {
    if (currentId() == FilePage) {
        // Refused before any row is read: victims need the victim grant, Red Book editions a compiler's role.
        if (auto allowed = Importer(m_context).mayImport(kind()); !allowed) {
            m_fileNote->setText(allowed.error().message);
            return false;
        }
        openSource();
        return !m_headers.isEmpty();
    }
    if (currentId() == MappingPage) {
        const QStringList missing = missingRequired(kind(), mapping());
        if (!missing.isEmpty()) {
            m_mappingName->setPlaceholderText(tr("Map: %1").arg(missing.join(u", "_s)));
            return false;
        }
    }
    if (currentId() == RunPage) {
        return !isRunning();
    }
    return true;
}

void ImportWizard::initializePage(int id) {
    if (id == MappingPage) {
        fillMapping(suggestMapping(kind(), m_headers));
        MappingStore store(m_context);
        m_savedMappings->clear();
        if (auto names = store.names(kind())) {
            m_savedMappings->addItems(*names);
        }
    } else if (id == PreviewPage) {
        fillPreview();
    }
    QWizard::initializePage(id);
}

void ImportWizard::fillMapping(const ColumnMapping& mapping) {
    const auto& fields = importFields(kind());
    m_mappingTable->setRowCount(int(fields.size()));
    for (int i = 0; i < int(fields.size()); ++i) {
        const ImportField& f = fields[size_t(i)];
        auto* label = new QTableWidgetItem(f.required ? f.label + u" *"_s : f.label);
        label->setData(Qt::UserRole, f.key);
        label->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(i, 0, label);
        auto* combo = new QComboBox;
        combo->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < m_headers.size(); ++c) {
            combo->addItem(m_headers[c].isEmpty() ? tr("column %1").arg(c + 1) : m_headers[c], c);
        }
        combo->setCurrentIndex(mapping.column(f.key) + 1);
        m_mappingTable->setCellWidget(i, 1, combo);
    }
}

ColumnMapping ImportWizard::mapping() const {
    ColumnMapping m;
    for (int i = 0; i < m_mappingTable->rowCount(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(i, 1));
        const int column = combo ? combo->currentData().toInt() : -1;
        if (column >= 0) {
            m.columns[m_mappingTable->item(i, 0)->data(Qt::UserRole).toString()] = column;
        }
    }
    return m;
}

void ImportWizard::saveMapping() {
    MappingStore store(m_context);
    if (auto st = store.save(kind(), m_mappingName->text(), mapping().toJson(kind(), m_headers)); !st) {
        m_mappingName->setToolTip(st.error().message);
        return;
    }
    if (m_savedMappings->findText(m_mappingName->text().trimmed()) < 0) {
        m_savedMappings->addItem(m_mappingName->text().trimmed());
    }
}

void ImportWizard::loadMapping(const QString& name) {
    MappingStore store(m_context);
    auto json = store.load(kind(), name);
    if (!json) {
        return;
    }
    if (auto m = ColumnMapping::fromJson(*json, kind(), m_headers)) {
        fillMapping(*m);
    } else {
        m_mappingName->setToolTip(m.error().message);
    }
}

void ImportWizard::fillPreview() {
    auto source = RowSource::open(m_path->text(), m_sheet->isEnabled() ? m_sheet->currentText() : QString());
    if (!source) {
        m_previewNote->setText(source.error().message);
        return;
    }
    Importer importer(m_context);
    auto context = importer.parseContext(options(), m_headers);
    if (!context) {
        m_previewNote->setText(context.error().message);
        return;
    }
    const RowParseContext& parse = *context;
    m_preview->clear();
    m_preview->setColumnCount(int(m_headers.size()) + 2);
    m_preview->setHorizontalHeaderLabels(QStringList{tr("Row"), tr("Check")} + m_headers);
    m_preview->setRowCount(0);
    int errors = 0;
    int warnings = 0;
    SourceRow row;
    ParsedRow parsed;
    for (int n = 0; n < kPreviewRows; ++n) {
        auto more = (*source)->next(row);
        if (!more) {
            m_previewNote->setText(more.error().message);
            break;
        }
        if (!*more) {
            break;
        }
        std::vector<ImportIssue> issues;
        const bool valid = parseRow(parse, row, parsed, issues);
        const int r = m_preview->rowCount();
        m_preview->insertRow(r);
        m_preview->setItem(r, 0, new QTableWidgetItem(QString::number(row.number)));
        QStringList messages;
        for (const ImportIssue& i : issues) {
            messages << (i.column.isEmpty() ? i.message : i.column + u": "_s + i.message);
        }
        auto* check = new QTableWidgetItem(valid ? (issues.empty() ? tr("OK") : tr("Warning")) : tr("Error"));
        check->setIcon(style()->standardIcon(!valid           ? QStyle::SP_MessageBoxCritical
                                             : issues.empty() ? QStyle::SP_DialogApplyButton
                                                              : QStyle::SP_MessageBoxWarning));
        check->setToolTip(messages.join(u'\n'));
        m_preview->setItem(r, 1, check);
        for (int c = 0; c < row.cells.size() && c < m_headers.size(); ++c) {
            m_preview->setItem(r, c + 2, new QTableWidgetItem(row.cells[c]));
        }
        errors += valid ? 0 : 1;
        warnings += valid && !issues.empty() ? 1 : 0;
    }
    QStringList note{tr("%n row(s) shown", nullptr, m_preview->rowCount()), tr("%n with errors", nullptr, errors),
                     tr("%n with warnings", nullptr, warnings)};
    note += (*source)->notes();
    m_previewNote->setText(note.join(u" · "_s));
    m_preview->resizeColumnsToContents();
}

void ImportWizard::start(bool dryRun) {
    if (m_job) {
        return;
    }
    m_issues.clear();
    m_summary.reset();
    ImportOptions options = this->options();
    options.dryRun = dryRun;
    // The issues are collected on the worker thread and handed over when it ends.
    auto issues = std::make_shared<std::vector<ImportIssue>>();
    options.onIssue = [issues](const ImportIssue& issue) {
        issues->push_back(issue);
    };
    const QString path = m_path->text();
    const QString sheet = m_sheet->isEnabled() ? m_sheet->currentText() : QString();
    m_dryRun->setEnabled(false);
    m_import->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_runStatus->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    RepositoryContext* context = &m_context;
    m_job = m_context.jobs().start<Result<ImportSummary>>(
        dryRun ? tr("Checking %1").arg(QFileInfo(path).fileName()) : tr("Importing %1").arg(QFileInfo(path).fileName()),
        this,
        [context, options, path, sheet](JobControl& control) mutable -> Result<ImportSummary> {
            options.cancel = control.cancelFlag();
            options.progress = [&control](qint64, double fraction) {
                control.setProgress(static_cast<qint64>(fraction * 1000), 1000);
            };
            // The file's SHA-256 goes into the audit entry; hashing a large file is part of the job, not the window's.
            auto sha = RowSource::sha256(path);
            if (!sha) {
                return std::unexpected(sha.error());
            }
            options.sha256 = *sha;
            auto source = RowSource::open(path, sheet);
            if (!source) {
                return std::unexpected(source.error());
            }
            Importer importer(*context);
            return importer.run(**source, options);
        },
        [this, issues](Result<ImportSummary>&& result) {
            m_issues = std::move(*issues);
            finishRun(result);
        });
    connect(m_job, &Job::progressChanged, m_progress, [bar = m_progress](qint64 done, qint64 total, const QString&) {
        if (total > 0) {
            bar->setValue(static_cast<int>(1000 * done / total));
        }
    });
}

ImportOptions ImportWizard::options() const {
    ImportOptions options;
    options.kind = kind();
    options.mapping = mapping();
    options.defaultList = m_list->currentData().toString();
    options.edition = m_edition->value();
    options.editionYear = m_editionYear->value();
    options.fileName = m_path->text();
    return options;
}

void ImportWizard::cancel() {
    if (m_job) {
        m_job->cancel();
    }
    m_runStatus->setText(tr("Cancelling; nothing will be written…"));
}

void ImportWizard::finishRun(const Result<ImportSummary>& result) {
    m_job = nullptr;
    m_cancel->setEnabled(false);
    m_saveReport->setEnabled(!m_issues.empty());
    if (!result) {
        m_runStatus->setText(result.error().message);
    } else {
        m_summary = *result;
        const ImportSummary& s = *result;
        QString text;
        if (s.cancelled && s.committedRows > 0 && !s.dryRun) {
            text = tr("Stopped. The first %n row(s) of the file are imported and stay; import the same file again to "
                      "continue after them.",
                      nullptr, int(s.committedRows));
        } else if (s.cancelled) {
            text = tr("Cancelled. The database is unchanged.");
        } else {
            text = (s.dryRun ? tr("Dry run finished; nothing was written.")
                    : s.resumedFrom > 0
                        ? tr("Import finished, continuing after the %n row(s) an earlier, stopped import of this file "
                             "had committed.",
                             nullptr, int(s.resumedFrom))
                        : tr("Import finished.")) +
                   u"\n"_s +
                   tr("%1 rows: %2 imported, %3 matched to existing persons, %4 rejected; %5 held for review; %6 "
                      "with warnings.")
                       .arg(s.rows)
                       .arg(s.imported)
                       .arg(s.matched)
                       .arg(s.rejected)
                       .arg(s.review)
                       .arg(s.warnings);
            m_progress->setValue(1000);
        }
        for (const QString& note : s.notes) {
            text += u"\n"_s + note;
        }
        m_runStatus->setText(text);
        m_committed = m_committed || (s.committed && !s.cancelled);
    }
    m_dryRun->setEnabled(!m_committed);
    m_import->setEnabled(!m_committed);
    emit runFinished();
}

Status ImportWizard::saveReport(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    CsvWriter csv(file);
    if (auto st = csv.writeRow({tr("row"), tr("column"), tr("severity"), tr("code"), tr("reason")}); !st) {
        return st;
    }
    for (const ImportIssue& i : m_issues) {
        if (auto st = csv.writeRow({QString::number(i.row), i.column,
                                    i.severity == Severity::Error ? tr("error") : tr("warning"), i.code, i.message});
            !st) {
            return st;
        }
    }
    return ok();
}

} // namespace caselink
