#include "ui/evidence/evidencepanel.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "jobs/jobrunner.h"
#include "repo/repositorycontext.h"
#include "ui/evidence/evidencedialogs.h"
#include "ui/evidence/exportcasedialog.h"
#include "ui/language.h"
#include "ui/messagebar.h"

namespace caselink {

namespace {

QString shortTime(const QDateTime& t) {
    return displayDateTime(t);
}

QTableWidget* makeTable(int columns, QWidget* parent) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

CaseEvidencePanel::CaseEvidencePanel(RepositoryContext& context, const QString& caseId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_caseId(caseId)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_table(makeTable(6, this))
    , m_custody(makeTable(6, this))
    , m_custodyTitle(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_addFiles(new QPushButton(this))
    , m_addExhibit(new QPushButton(this))
    , m_custodyButton(new QPushButton(this))
    , m_verify(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_cancelButton(new QPushButton(this)) {
    setAcceptDrops(true);
    EvidenceTempFiles::removeStale();
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setWordWrap(true);
    m_message->hide();
    m_progress->hide();
    m_cancelButton->hide();
    m_verify->setObjectName(QStringLiteral("verifyEvidence"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_addFiles, m_addExhibit, m_custodyButton, m_verify, m_open}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_custodyTitle);
    layout->addWidget(m_custody, 2);

    connect(m_addFiles, &QPushButton::clicked, this, &CaseEvidencePanel::chooseFiles);
    connect(m_addExhibit, &QPushButton::clicked, this, &CaseEvidencePanel::addExhibit);
    connect(m_custodyButton, &QPushButton::clicked, this, &CaseEvidencePanel::recordCustody);
    connect(m_verify, &QPushButton::clicked, this, &CaseEvidencePanel::startVerify);
    connect(m_open, &QPushButton::clicked, this, [this] { (void)openSelected(true); });
    connect(m_export, &QPushButton::clicked, this, &CaseEvidencePanel::exportCase);
    connect(m_cancelButton, &QPushButton::clicked, this, &CaseEvidencePanel::cancelIntake);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showCustody();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { (void)openSelected(true); });
    connect(&m_context.notifier(), &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if ((event.isExternal() || (event.entity == RecordKind::Evidence && event.caseId == m_caseId)) && !isBusy()) {
            refresh();
        }
    });
    retranslate();
    refresh();
}

CaseEvidencePanel::~CaseEvidencePanel() {
    cancelIntake();
    m_tempFiles.removeAll();
}

void CaseEvidencePanel::cancelIntake() {
    if (m_job) {
        m_job->cancel();
    }
}

void CaseEvidencePanel::retranslate() {
    m_title->setText(tr("Evidence"));
    m_hint->setText(tr("Drop files here to add them. Files are stored encrypted in the case database with their "
                       "SHA-256; opening one gives the viewer a temporary copy that is removed afterwards."));
    m_addFiles->setText(tr("Add files…"));
    m_addExhibit->setText(tr("Add exhibit…"));
    m_custodyButton->setText(tr("Custody event…"));
    m_verify->setText(tr("Verify hash"));
    m_open->setText(tr("Open"));
    m_export->setText(tr("Export case file…"));
    m_cancelButton->setText(tr("Cancel"));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Title"), tr("File or malkhana no."), tr("Size"), tr("SHA-256"), tr("Collected")});
    m_custody->setHorizontalHeaderLabels({tr("When"), tr("Event"), tr("By"), tr("To"), tr("Where"), tr("Recorded by")});
    showCustody();
}

void CaseEvidencePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void CaseEvidencePanel::refresh() {
    const QString selected = selectedId();
    EvidenceStore store(m_context);
    auto items = store.list(m_caseId);
    if (!items) {
        m_message->showMessage(items.error().message, MessageBar::Type::Error);
        return;
    }
    m_items = *items;
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < static_cast<int>(m_items.size()); ++row) {
        const EvidenceItem& item = m_items[static_cast<std::size_t>(row)];
        const bool file = item.kind == EvidenceKind::File;
        const QStringList cells{evidenceKindDisplayName(item.kind),
                                item.title,
                                isolatedLatin(file ? item.fileName : item.malkhanaRef),
                                file ? isolatedLatin(QLocale().formattedDataSize(item.sizeBytes)) : QString(),
                                file ? isolatedLatin(item.sha256.left(16) + QStringLiteral("…")) : QString(),
                                shortTime(item.collectedAt)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setData(Qt::UserRole, item.id);
            if (column == 4) {
                cell->setToolTip(item.sha256);
            }
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    selectItem(selected);
    updateButtons();
    showCustody();
}

QString CaseEvidencePanel::selectedId() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void CaseEvidencePanel::selectItem(const QString& id) {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == id) {
            // Not selectRow(): right to left it looks for the column at the viewport's edge and may find none.
            const QModelIndex index = m_table->model()->index(row, 0);
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void CaseEvidencePanel::updateButtons() {
    const QString id = selectedId();
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const EvidenceItem& i) { return i.id == id; });
    const bool file = it != m_items.end() && it->kind == EvidenceKind::File;
    const bool writable = m_context.scope().canWrite() && !isBusy();
    m_addFiles->setEnabled(writable);
    m_addExhibit->setEnabled(writable);
    m_custodyButton->setEnabled(writable && it != m_items.end());
    m_verify->setEnabled(file && !isBusy());
    m_open->setEnabled(file && !isBusy());
}

void CaseEvidencePanel::showCustody() {
    const QString id = selectedId();
    m_custody->setRowCount(0);
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const EvidenceItem& i) { return i.id == id; });
    m_custodyTitle->setText(it == m_items.end() ? tr("Chain of custody") : tr("Chain of custody: %1").arg(it->title));
    if (id.isEmpty()) {
        return;
    }
    EvidenceStore store(m_context);
    auto events = store.custody(id);
    if (!events) {
        return;
    }
    m_custody->setRowCount(static_cast<int>(events->size()));
    for (int row = 0; row < static_cast<int>(events->size()); ++row) {
        const CustodyEvent& e = (*events)[static_cast<std::size_t>(row)];
        const QStringList cells{shortTime(e.at), custodyActionDisplayName(e.action), e.byWhom, e.toWhom, e.place,
                                e.recordedBy};
        for (int column = 0; column < cells.size(); ++column) {
            m_custody->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_custody->resizeColumnsToContents();
}

void CaseEvidencePanel::addFiles(const QStringList& paths) {
    if (isBusy() || paths.isEmpty()) {
        return;
    }
    m_message->dismiss();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    struct Outcome {
        int stored = 0;
        QString problem;
    };
    RepositoryContext* context = &m_context;
    m_job = m_context.jobs().start<Outcome>(
        tr("Adding evidence"), this,
        [context, caseId = m_caseId, paths](JobControl& control) {
            EvidenceStore store(*context);
            Outcome outcome;
            for (int i = 0; i < paths.size() && !control.isCancelled(); ++i) {
                const QString name = QFileInfo(paths[i]).fileName();
                control.setStatus(tr("Adding %1…").arg(name));
                FileIntake intake;
                intake.progress = [&control, i, n = paths.size()](qint64 done, qint64 total) {
                    control.setProgress(static_cast<qint64>(1000.0 * (i + (total > 0 ? double(done) / total : 0)) / n),
                                        1000);
                    return !control.isCancelled();
                };
                auto item = store.addFile(caseId, paths[i], intake);
                if (!item) {
                    outcome.problem = item.error().message;
                    break;
                }
                ++outcome.stored;
            }
            return outcome;
        },
        [this](Outcome&& outcome) {
            m_job = nullptr;
            m_progress->hide();
            m_cancelButton->hide();
            refresh();
            if (!outcome.problem.isEmpty()) {
                m_message->showMessage(outcome.problem, MessageBar::Type::Error);
            } else if (outcome.stored > 0) {
                m_message->showMessage(tr("%n file(s) added with their SHA-256.", nullptr, outcome.stored),
                                       MessageBar::Type::Info);
            }
            emit intakeFinished(outcome.stored, outcome.problem);
        });
    connect(m_job, &Job::progressChanged, this, [this](qint64 done, qint64, const QString& status) {
        m_progress->setValue(static_cast<int>(done));
        if (!status.isEmpty()) {
            m_progress->setFormat(status + QStringLiteral(" %p%"));
        }
    });
    updateButtons();
}

void CaseEvidencePanel::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && m_context.scope().canWrite() && !isBusy()) {
        event->acceptProposedAction();
    }
}

void CaseEvidencePanel::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addFiles(paths);
    }
}

void CaseEvidencePanel::chooseFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence files"));
    addFiles(paths);
}

void CaseEvidencePanel::addExhibit() {
    ExhibitDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        EvidenceStore store(m_context);
        auto item = store.addExhibit(m_caseId, dialog.draft());
        if (item) {
            refresh();
            selectItem(item->id);
            return;
        }
        m_message->showMessage(item.error().message, MessageBar::Type::Error);
    }
}

Result<QString> CaseEvidencePanel::addCustodyToSelected(const CustodyEvent& event) {
    CustodyEvent e = event;
    e.evidenceId = selectedId();
    EvidenceStore store(m_context);
    auto id = store.addCustody(e);
    if (!id) {
        m_message->showMessage(id.error().message, MessageBar::Type::Error);
        return id;
    }
    showCustody();
    return id;
}

void CaseEvidencePanel::recordCustody() {
    const QString id = selectedId();
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const EvidenceItem& i) { return i.id == id; });
    if (it == m_items.end()) {
        return;
    }
    CustodyEventDialog dialog(it->title, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (addCustodyToSelected(dialog.event())) {
            return;
        }
    }
}

Result<bool> CaseEvidencePanel::verifySelected() {
    EvidenceStore store(m_context);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto intact = store.verify(selectedId());
    QApplication::restoreOverrideCursor();
    showVerification(intact);
    return intact;
}

void CaseEvidencePanel::startVerify() {
    const QString id = selectedId();
    if (isBusy() || id.isEmpty()) {
        return;
    }
    m_message->dismiss();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Verifying… %p%"));
    m_progress->show();
    m_cancelButton->show();
    RepositoryContext* context = &m_context;
    m_job = m_context.jobs().start<Result<bool>>(
        tr("Verifying evidence"), this,
        [context, id](JobControl& control) { return EvidenceStore(*context).verify(id, control.progressCallback()); },
        [this](Result<bool>&& intact) {
            m_job = nullptr;
            m_progress->hide();
            m_cancelButton->hide();
            updateButtons();
            showVerification(intact);
            emit verified(intact.value_or(false));
        });
    connect(m_job, &Job::progressChanged, this, [this](qint64 done, qint64 total, const QString&) {
        if (total > 0) {
            m_progress->setValue(static_cast<int>(1000 * done / total));
        }
    });
    updateButtons();
}

void CaseEvidencePanel::showVerification(const Result<bool>& intact) {
    if (!intact) {
        m_message->showMessage(intact.error().message, MessageBar::Type::Error);
    } else if (*intact) {
        m_message->showMessage(tr("The stored file matches the SHA-256 taken at intake."), MessageBar::Type::Info);
    } else {
        m_message->showMessage(tr("The stored file no longer matches the SHA-256 taken at intake. Report this to "
                                  "your supervisor; do not use the file as evidence."),
                               MessageBar::Type::Error);
    }
}

Result<QString> CaseEvidencePanel::openSelected(bool launchViewer) {
    auto path = m_tempFiles.open(m_context, selectedId());
    if (!path) {
        m_message->showMessage(path.error().message, MessageBar::Type::Error);
        return path;
    }
    if (launchViewer && !QDesktopServices::openUrl(QUrl::fromLocalFile(*path))) {
        m_message->showMessage(tr("No viewer is installed for this kind of file."), MessageBar::Type::Warning);
    }
    return path;
}

void CaseEvidencePanel::exportCase() {
    ExportCaseDialog dialog(m_context, m_caseId, this);
    dialog.exec();
}

} // namespace caselink
