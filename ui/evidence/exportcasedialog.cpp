#include "ui/evidence/exportcasedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "exchange/bundlewriter.h"
#include "jobs/jobrunner.h"
#include "repo/caserepository.h"
#include "ui/language.h"

namespace caselink {

ExportCaseDialog::ExportCaseDialog(RepositoryContext& context, const QString& caseId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_caseId(caseId)
    , m_profile(new QComboBox(this))
    , m_profileNote(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_classification(new QLineEdit(this))
    , m_rtl(new QCheckBox(tr("Urdu layout (right to left)"), this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel export"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setWindowTitle(tr("Export case file"));
    for (RedactionProfile p : {RedactionProfile::Prosecutor, RedactionProfile::Partner, RedactionProfile::Statistics}) {
        m_profile->addItem(redactionProfileDisplayName(p), static_cast<int>(p));
    }
    m_profileNote->setWordWrap(true);
    // Word-wrapped labels in a form layout get one line's height; the longest note needs four.
    m_profileNote->setMinimumHeight(m_profileNote->fontMetrics().lineSpacing() * 4 + 4);
    m_profileNote->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_classification->setPlaceholderText(tr("CONFIDENTIAL"));
    m_rtl->setChecked(layoutDirection() == Qt::RightToLeft);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional; at least 10 characters"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    CaseRepository cases(context);
    QString label = caseId;
    if (auto c = cases.get(caseId); c) {
        label = c->label();
    }
    const QString fileName = label;
    m_output->setText(
        QDir::home().filePath(QString(fileName).replace(QLatin1Char('/'), QLatin1Char('-')) + QStringLiteral(".zip")));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseButton);

    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(label, this));
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(QString(), m_profileNote);
    form->addRow(tr("Save as:"), outputRow);
    form->addRow(tr("Marking:"), m_classification);
    form->addRow(QString(), m_rtl);
    form->addRow(tr("Transport password:"), m_password);
    form->addRow(tr("Repeat password:"), m_confirm);
    auto* exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    translateStandardButtons(m_buttons);
    layout->addWidget(m_buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ExportCaseDialog::updateProfileNote);
    connect(browseButton, &QPushButton::clicked, this, &ExportCaseDialog::browse);
    connect(exportButton, &QPushButton::clicked, this, &ExportCaseDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportCaseDialog::cancelExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateProfileNote();
    resize(560, sizeHint().height());
}

ExportCaseDialog::~ExportCaseDialog() {
    cancelExport();
}

void ExportCaseDialog::cancelExport() {
    if (m_job) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportCaseDialog::updateProfileNote() {
    switch (static_cast<RedactionProfile>(m_profile->currentData().toInt())) {
    case RedactionProfile::Prosecutor:
        m_profileNote->setText(tr("Everything you may see, with the evidence files. For the prosecution only."));
        break;
    case RedactionProfile::Partner:
        m_profileNote->setText(tr("Victims, witnesses, complainants and family members appear as numbered "
                                  "pseudonyms without identifiers, contacts or addresses; their names are removed "
                                  "from all text. Accused are kept. No evidence files."));
        break;
    case RedactionProfile::Statistics:
        m_profileNote->setText(tr("Counts only: no names, no text, no evidence."));
        break;
    }
}

void ExportCaseDialog::browse() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save case bundle"), m_output->text(), tr("Case bundles (*.zip *.enc)"));
    if (!path.isEmpty()) {
        m_output->setText(path);
    }
}

void ExportCaseDialog::setProfile(RedactionProfile profile) {
    m_profile->setCurrentIndex(m_profile->findData(static_cast<int>(profile)));
}

void ExportCaseDialog::setOutputPath(const QString& path) {
    m_output->setText(path);
}

void ExportCaseDialog::setTransportPassword(const QString& password) {
    m_password->setText(password);
    m_confirm->setText(password);
}

QString ExportCaseDialog::statusText() const {
    return m_status->text();
}

void ExportCaseDialog::startExport() {
    if (isBusy()) {
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        m_status->setText(tr("The two passwords differ."));
        emit finished(false, m_status->text());
        return;
    }
    QString out = m_output->text().trimmed();
    if (out.isEmpty()) {
        m_status->setText(tr("Choose where to save the bundle."));
        emit finished(false, m_status->text());
        return;
    }
    if (!m_password->text().isEmpty() && !out.endsWith(QStringLiteral(".enc"))) {
        out += QStringLiteral(".enc");
    }
    const auto profile = static_cast<RedactionProfile>(m_profile->currentData().toInt());
    auto options = std::make_shared<BundleExportOptions>();
    options->pdf.classification = m_classification->text().trimmed();
    options->pdf.direction = m_rtl->isChecked() ? Qt::RightToLeft : Qt::LeftToRight;
    const QByteArray password = m_password->text().toUtf8();
    options->transportPassword = SecureBytes(reinterpret_cast<const std::uint8_t*>(password.constData()),
                                             static_cast<std::size_t>(password.size()));
    m_password->clear();
    m_confirm->clear();
    m_progress->show();
    m_status->setText(tr("Exporting…"));
    m_buttons->setEnabled(false);
    RepositoryContext* context = &m_context;
    m_cancel->show();
    m_job = m_context.jobs().start<Result<BundleExport>>(
        tr("Exporting %1").arg(QFileInfo(out).fileName()), this,
        [context, caseId = m_caseId, options, out, profile](JobControl& control) {
            options->progress = control.progressCallback();
            return BundleWriter::exportCase(*context, caseId, profile, out, *options);
        },
        [this](Result<BundleExport>&& result) {
            QString message;
            if (result) {
                message = tr("Saved %1 (%2 files). The recipient can check it with caselink-cli verify-bundle or the "
                             "openssl commands in its README.txt.")
                              .arg(QDir::toNativeSeparators(result->path))
                              .arg(result->files);
                if (result->encrypted) {
                    message += QLatin1Char(' ') + tr("Give the transport password through another channel.");
                }
            } else {
                message = m_job && m_job->isCancelled() ? tr("The export was cancelled; nothing was saved.")
                                                        : result.error().message;
            }
            m_job = nullptr;
            m_progress->hide();
            m_cancel->hide();
            m_buttons->setEnabled(true);
            m_status->setText(message);
            emit finished(result.has_value(), message);
        });
    connect(m_job, &Job::progressChanged, m_progress, [bar = m_progress](qint64 done, qint64 total, const QString&) {
        if (total > 0) {
            bar->setRange(0, 1000);
            bar->setValue(static_cast<int>(1000 * done / total));
        }
    });
}

} // namespace caselink
