#include "ui/bundle/importbundledialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "exchange/bundlecipher.h"
#include "exchange/bundleverifier.h"
#include "io/casefiledata.h"
#include "jobs/jobrunner.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "ui/language.h"
#include "ui/messagebar.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

SecureBytes secretOf(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    return SecureBytes(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
}

QLabel* valueLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString shortDate(const QString& iso) {
    const QDateTime t = parseStoredInstant(iso);
    return t.isValid() ? displayDateTime(t) : iso.left(10);
}

} // namespace

ImportBundleDialog::ImportBundleDialog(RepositoryContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_path(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check bundle"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_message(new MessageBar(this))
    , m_bundleBox(new QGroupBox(tr("Bundle"), this))
    , m_integrity(valueLabel(this))
    , m_case(valueLabel(this))
    , m_profile(valueLabel(this))
    , m_created(valueLabel(this))
    , m_office(valueLabel(this))
    , m_fingerprint(valueLabel(this))
    , m_trustIcon(new QLabel(this))
    , m_trust(valueLabel(this))
    , m_reportBox(new QGroupBox(tr("Import report"), this))
    , m_reportSummary(valueLabel(this))
    , m_reportView(new QTreeWidget(this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_importAnyway(new QPushButton(tr("Import anyway…"), this))
    , m_openCase(new QPushButton(tr("Open case"), this)) {
    setWindowTitle(tr("Import case bundle"));
    auto* intro = new QLabel(interfaceParagraph(tr("A case bundle from another office is checked before anything in it "
                                                   "is read: its signature, every file's SHA-256, and whether the "
                                                   "signing office's key is trusted in this database.")),
                             this);
    intro->setWordWrap(true);
    m_path->setPlaceholderText(tr("A .zip bundle, or .zip.enc when encrypted for transport"));
    m_password->setEchoMode(QLineEdit::Password);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancelButton->hide();
    m_message->hide();
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("Bundle:"), pathRow);
    form->addRow(tr("Transport password:"), m_password);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_progress, 1);
    checkRow->addWidget(m_cancelButton);
    checkRow->addStretch();

    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Latin data alone on their line: left to right, on the layout's leading edge.
    for (QLabel* label : {m_case, m_fingerprint}) {
        label->setAlignment(leadingAlignment());
    }
    auto* trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trustIcon, 0, Qt::AlignTop);
    trustRow->addWidget(m_trust, 1);
    auto* details = new QFormLayout(m_bundleBox);
    details->addRow(tr("Integrity:"), m_integrity);
    details->addRow(tr("Case:"), m_case);
    details->addRow(tr("Profile:"), m_profile);
    details->addRow(tr("Created:"), m_created);
    details->addRow(tr("Sending office:"), m_office);
    details->addRow(tr("Key fingerprint:"), m_fingerprint);
    details->addRow(tr("Key:"), trustRow);
    m_bundleBox->hide();

    m_reportView->setHeaderHidden(true);
    m_reportView->setRootIsDecorated(true);
    m_reportView->setWordWrap(true);
    m_reportView->setMinimumHeight(160);
    auto* reportLayout = new QVBoxLayout(m_reportBox);
    reportLayout->addWidget(m_reportSummary);
    reportLayout->addWidget(m_reportView, 1);
    m_reportBox->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateStandardButtons(buttons);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importAnyway, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openCase, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(checkRow);
    layout->addWidget(m_message);
    layout->addWidget(m_bundleBox);
    layout->addWidget(m_reportBox, 1);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportBundleDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportBundleDialog::pathChanged);
    connect(m_path, &QLineEdit::returnPressed, this, &ImportBundleDialog::startCheck);
    connect(m_password, &QLineEdit::returnPressed, this, &ImportBundleDialog::startCheck);
    connect(m_check, &QPushButton::clicked, this, &ImportBundleDialog::startCheck);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportBundleDialog::cancel);
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(false); });
    connect(m_importAnyway, &QPushButton::clicked, this, &ImportBundleDialog::importAnyway);
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        emit openCase(importedCaseId());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pathChanged();
    resize(680, sizeHint().height());
}

ImportBundleDialog::~ImportBundleDialog() {
    cancel();
}

void ImportBundleDialog::done(int result) {
    cancel();
    QDialog::done(result);
}

bool ImportBundleDialog::isAdministrator() const {
    return m_context.session().user().role == Role::Administrator;
}

void ImportBundleDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a case bundle"), m_path->text(),
                                                      tr("Case bundles (*.zip *.enc);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
        if (!BundleCipher::looksEncrypted(path)) {
            startCheck();
        }
    }
}

void ImportBundleDialog::setBundlePath(const QString& path) {
    m_path->setText(path);
}

void ImportBundleDialog::setTransportPassword(const QString& password) {
    m_password->setText(password);
}

// A new file forgets the previous one's check and report.
void ImportBundleDialog::pathChanged() {
    const QString path = m_path->text().trimmed();
    const bool encrypted = !path.isEmpty() && BundleCipher::looksEncrypted(path);
    m_password->setEnabled(encrypted);
    m_password->setPlaceholderText(encrypted ? tr("Encrypted for transport: the password the office gave you")
                                             : tr("Needed only for an encrypted bundle (.zip.enc)"));
    if (!encrypted) {
        m_password->clear();
    }
    m_verified.reset();
    m_origin.reset();
    m_report.reset();
    m_bundleBox->hide();
    m_reportBox->hide();
    m_message->dismiss();
    updateButtons();
}

QString ImportBundleDialog::statusText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ImportBundleDialog::trustText() const {
    return m_trust->text();
}

void ImportBundleDialog::setBusy(bool busy, const QString& format) {
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setValue(0);
    m_progress->setFormat(format);
    m_path->setEnabled(!busy);
    updateButtons();
}

void ImportBundleDialog::cancel() {
    if (m_job) {
        m_cancelled = true;
        m_job->cancel();
    }
}

void ImportBundleDialog::startCheck() {
    if (isBusy()) {
        return;
    }
    const QString path = m_path->text().trimmed();
    pathChanged();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_message->showMessage(tr("Choose the bundle file to import."), MessageBar::Type::Error);
        emit checked(false, m_message->text());
        return;
    }
    const bool encrypted = BundleCipher::looksEncrypted(path);
    if (encrypted && m_password->text().isEmpty()) {
        m_message->showMessage(tr("This bundle is encrypted for transport: enter its password first."),
                               MessageBar::Type::Error);
        emit checked(false, m_message->text());
        return;
    }
    if (encrypted) {
        // Decrypted into a file without a name: closing CaseLink, or its crash, leaves nothing readable behind.
        auto plain = AnonymousFile::create();
        if (!plain) {
            m_message->showMessage(plain.error().message, MessageBar::Type::Error);
            emit checked(false, m_message->text());
            return;
        }
        m_work = std::shared_ptr<AnonymousFile>(std::move(*plain));
    }
    auto password = std::make_shared<SecureBytes>(secretOf(m_password->text()));
    m_password->clear();
    const QString zip = encrypted ? m_work->path() : path;
    m_cancelled = false;
    setBusy(true, encrypted ? tr("Decrypting and checking… %p%") : tr("Checking signature and hashes… %p%"));
    m_job = m_context.jobs().start<Result<VerifiedBundle>>(
        tr("Checking %1").arg(QFileInfo(path).fileName()), this,
        [path, zip, encrypted, password, work = m_work](JobControl& control) -> Result<VerifiedBundle> {
            // The bar in permille: decryption first (when needed), then the signature and hashes.
            const qint64 split = encrypted ? 300 : 0;
            const auto slice = [&control](qint64 from, qint64 to) {
                return [&control, from, to](qint64 done, qint64 total) {
                    control.setProgress(from + (total > 0 ? (to - from) * done / total : 0), 1000);
                    return !control.isCancelled();
                };
            };
            if (encrypted) {
                if (Status decrypted = BundleCipher::decryptFile(path, zip, *password, slice(0, split)); !decrypted) {
                    return std::unexpected(decrypted.error());
                }
            }
            return BundleVerifier::verify(zip, {}, slice(split, 1000));
        },
        [this, zip](Result<VerifiedBundle>&& verified) {
            m_job = nullptr;
            setBusy(false, {});
            showChecked(verified, zip);
        });
    connect(m_job, &Job::progressChanged, m_progress, &QProgressBar::setValue);
}

void ImportBundleDialog::showChecked(const Result<VerifiedBundle>& verified, const QString& zipPath) {
    if (!verified) {
        const bool cancelled = m_cancelled;
        m_message->showMessage(cancelled ? tr("The check was cancelled.")
                                         : tr("The bundle cannot be imported: %1").arg(verified.error().message),
                               cancelled ? MessageBar::Type::Info : MessageBar::Type::Error);
        emit checked(false, m_message->text());
        return;
    }
    m_verified = *verified;
    m_zipPath = zipPath;
    const QJsonObject manifest = m_verified->manifest;
    const QJsonObject c = manifest.value(u"case"_s).toObject();
    m_integrity->setText(
        interfaceParagraph(tr("Signature valid; the SHA-256 of all %n file(s) match the signed manifest.", nullptr,
                              static_cast<int>(m_verified->files.size()))));
    m_case->setText(isolatedLatin(c.value(u"label"_s).toString()));
    const auto profile = redactionProfileFromKey(manifest.value(u"profile"_s).toString());
    m_profile->setText(profile ? redactionProfileDisplayName(*profile) : manifest.value(u"profile"_s).toString());
    m_created->setText(interfaceParagraph(tr("%1 by %2")
                                              .arg(shortDate(manifest.value(u"created_at"_s).toString()),
                                                   isolatedLatin(manifest.value(u"created_by"_s).toString()))));
    m_office->setText(interfaceParagraph(officeLabel()));
    // Two lines of eight groups: readable aloud, and never wider than the dialog.
    const QStringList groups = m_verified->keyFingerprint.split(u' ');
    m_fingerprint->setText(isolatedLatin(groups.mid(0, 8).join(u' ')) + u'\n' +
                           isolatedLatin(groups.mid(8).join(u' ')));
    auto origin = BundleImporter::origin(m_context, *m_verified);
    if (!origin) {
        m_message->showMessage(origin.error().message, MessageBar::Type::Error);
        m_verified.reset();
        emit checked(false, m_message->text());
        return;
    }
    m_origin = *origin;
    showTrust();
    m_bundleBox->show();
    growToFit();
    if (profile == RedactionProfile::Statistics) {
        m_message->showMessage(tr("This is a statistics bundle: it holds counts only, so there is nothing to import."),
                               MessageBar::Type::Info);
    }
    updateButtons();
    emit checked(true, m_integrity->text());
}

QString ImportBundleDialog::officeLabel() const {
    const QJsonObject office = m_verified->manifest.value(u"office"_s).toObject();
    return tr("%1 (%2)").arg(office.value(u"name"_s).toString(), isolatedLatin(office.value(u"code"_s).toString()));
}

void ImportBundleDialog::showTrust() {
    const KeyAssessment& o = *m_origin;
    const TrustedKey* e = o.entry ? &*o.entry : nullptr;
    const QString office = isolatedLatin(o.keyOffice);
    QString text;
    switch (o.trust) {
    case KeyTrust::Own:
        text = tr("This database's own office key (%1).").arg(office);
        break;
    case KeyTrust::Trusted:
        text = tr("Trusted: the key of %1, added by %2 on %3.")
                   .arg(office, isolatedLatin(e->addedBy), shortDate(e->addedAt));
        break;
    case KeyTrust::OtherOffice:
        text = tr("Not trusted for this office: the key is trusted for %1, but the bundle says it comes from %2.")
                   .arg(office, isolatedLatin(o.claimedOffice));
        break;
    case KeyTrust::Revoked:
        text = tr("Revoked: the key of %1 was revoked on %2 by %3.")
                   .arg(office, shortDate(e->revokedAt), isolatedLatin(e->revokedBy));
        if (!e->revokeReason.isEmpty()) {
            text += u' ' + tr("Reason: %1").arg(e->revokeReason);
        }
        break;
    case KeyTrust::Unknown:
        text = tr("Unknown: this key is not among the trusted office keys of this database.");
        break;
    }
    m_trust->setText(interfaceParagraph(text));
    const QString icon = o.originVerified()             ? u":/icons/info.svg"_s
                         : o.trust == KeyTrust::Unknown ? u":/icons/warning.svg"_s
                                                        : u":/icons/error.svg"_s;
    m_trustIcon->setPixmap(QIcon(icon).pixmap(18, 18));
    if (o.originVerified()) {
        return;
    }
    const QString claimed = isolatedLatin(o.claimedOffice);
    m_message->showMessage(
        isAdministrator()
            ? tr("The bundle is intact, but nothing proves that it comes from %1. Compare the fingerprint with %1 "
                 "by phone or in person and add their key under Reference data > Trusted office keys, then import. "
                 "\"Import anyway\" imports it now, marked as of unverified origin, and records your decision in "
                 "the audit log.")
                  .arg(claimed)
            : tr("The bundle is intact, but nothing proves that it comes from %1, so it cannot be imported. Ask an "
                 "administrator to compare the fingerprint with %1 and add their key to the trusted office keys; "
                 "then import it again.")
                  .arg(claimed),
        MessageBar::Type::Warning);
}

void ImportBundleDialog::updateButtons() {
    const bool checkedOk = m_verified.has_value() && m_origin.has_value() && !m_report.has_value();
    const bool statistics = checkedOk && m_verified->manifest.value(u"profile"_s).toString() == u"statistics"_s;
    const bool canWrite = bool(m_context.requireWrite());
    const bool trusted = checkedOk && m_origin->originVerified();
    m_check->setEnabled(!isBusy());
    m_import->setEnabled(!isBusy() && checkedOk && trusted && canWrite && !statistics);
    m_importAnyway->setVisible(checkedOk && !trusted && isAdministrator());
    m_importAnyway->setEnabled(!isBusy() && canWrite && !statistics);
    m_import->setVisible(!m_report.has_value());
    m_openCase->setVisible(m_report.has_value());
}

void ImportBundleDialog::importAnyway() {
    if (!m_origin || m_origin->originVerified() || !isAdministrator()) {
        return;
    }
    const QString warning =
        tr("Import a bundle whose origin is not verified?\n\nIts signing key %1 is %2 here. Anyone can sign a bundle "
           "with a key of their own, so only continue if you have confirmed with %3 that this is their key. The "
           "import is recorded in the audit log as your decision.")
            .arg(m_origin->fingerprint, m_origin->trust == KeyTrust::Revoked ? tr("revoked") : tr("not trusted"),
                 m_origin->claimedOffice);
    const bool confirmed =
        m_confirm ? m_confirm(warning)
                  : QMessageBox::warning(this, tr("Unverified origin"), warning, QMessageBox::Yes | QMessageBox::No,
                                         QMessageBox::No) == QMessageBox::Yes;
    if (confirmed) {
        startImport(true);
    }
}

void ImportBundleDialog::startImport(bool acceptUntrustedKey) {
    if (isBusy() || !m_verified || !m_origin || m_report) {
        return;
    }
    if (!m_origin->originVerified() && !acceptUntrustedKey) {
        emit imported(false, m_message->text());
        return;
    }
    m_cancelled = false;
    m_message->dismiss();
    setBusy(true, tr("Checking again and importing… %p%"));
    RepositoryContext* context = &m_context;
    m_job = m_context.jobs().start<Result<BundleImportReport>>(
        tr("Importing a case bundle"), this,
        [context, acceptUntrustedKey, zip = m_zipPath, work = m_work](JobControl& control) {
            BundleImportOptions options;
            options.acceptUntrustedKey = acceptUntrustedKey;
            options.progress = [&control](qint64 done, qint64 total) {
                control.setProgress(total > 0 ? 900 * done / total : 0, 1000);
                return !control.isCancelled();
            };
            return BundleImporter::importBundle(*context, zip, options);
        },
        [this](Result<BundleImportReport>&& report) {
            m_job = nullptr;
            setBusy(false, {});
            if (!report) {
                const bool cancelled = m_cancelled;
                m_message->showMessage(cancelled ? tr("Cancelled; nothing was imported.")
                                                 : tr("Nothing was imported: %1").arg(report.error().message),
                                       cancelled ? MessageBar::Type::Info : MessageBar::Type::Error);
                emit imported(false, m_message->text());
                return;
            }
            // importBundle writes in one transaction of its own; lists and open workspaces learn of it here.
            for (RecordKind entity : {RecordKind::Case, RecordKind::Person, RecordKind::Arrest, RecordKind::Evidence}) {
                m_context.notifier().notify(entity, report->caseId, ChangeNotifier::Kind::Created, report->caseId);
            }
            showReport(*report);
            emit imported(true, m_reportSummary->text());
        });
    connect(m_job, &Job::progressChanged, m_progress, &QProgressBar::setValue);
}

void ImportBundleDialog::showReport(const BundleImportReport& report) {
    m_report = report;
    const int held = report.heldForReview;
    const int matched = static_cast<int>(report.matched.size()) - held;
    m_reportSummary->setText(interfaceParagraph(tr("Case %1 imported: %2 added, %3 already here, %4 held for "
                                                   "duplicate review, %5 skipped.")
                                                    .arg(isolatedLatin(report.caseLabel))
                                                    .arg(report.added.size())
                                                    .arg(matched)
                                                    .arg(held)
                                                    .arg(report.skipped.size())));
    m_reportView->clear();
    const auto section = [this](const QString& title, const QStringList& lines) {
        auto* top = new QTreeWidgetItem(m_reportView, {tr("%1 (%2)").arg(title).arg(lines.size())});
        for (const QString& line : lines) {
            new QTreeWidgetItem(top, {line});
        }
        top->setExpanded(!lines.isEmpty());
    };
    section(tr("Added"), report.added);
    section(tr("Already here or held for review"), report.matched);
    section(tr("Skipped"), report.skipped);
    if (!report.origin.originVerified()) {
        m_message->showMessage(tr("Imported with its origin unverified, on your decision; the audit log records it."),
                               MessageBar::Type::Warning);
    } else if (held > 0) {
        m_message->showMessage(tr("%n person(s) who may already be recorded here wait for duplicate review; nothing "
                                  "was merged or overwritten.",
                                  nullptr, held),
                               MessageBar::Type::Info);
    }
    m_reportBox->show();
    updateButtons();
    growToFit();
}

// Shown parts (the bundle's details, the report) make the dialog taller rather than squeezing each other.
void ImportBundleDialog::growToFit() {
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    resize(width(), std::max(height(), needed));
}

} // namespace caselink
