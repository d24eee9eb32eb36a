#include "ui/bundle/trustedkeyspage.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "repo/orgunitrepository.h"
#include "security/officekeys.h"
#include "security/session.h"
#include "ui/language.h"
#include "ui/messagebar.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFingerprintRole = Qt::UserRole + 1;
constexpr int kRevocableRole = Qt::UserRole + 2;

// Two lines of eight groups, so the table fits the section without scrolling sideways.
QString twoLines(const QString& fingerprint) {
    const QStringList groups = fingerprint.split(u' ');
    return isolatedLatin(groups.mid(0, 8).join(u' ')) + u'\n' + isolatedLatin(groups.mid(8).join(u' '));
}

QString shortDate(const QString& iso) {
    const QDateTime t = parseStoredInstant(iso);
    return t.isValid() ? displayDate(officeDate(t)) : iso.left(10);
}

} // namespace

AddTrustedKeyDialog::AddTrustedKeyDialog(RepositoryContext& context, const QByteArray& pem, const QString& fileName,
                                         QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_pem(pem)
    , m_fingerprint(new QLabel(this))
    , m_office(new QComboBox(this))
    , m_confirmed(new QLineEdit(this))
    , m_match(new QLabel(this))
    , m_compared(new QCheckBox(tr("I compared this fingerprint with the office by phone or in person"), this))
    , m_note(new QLineEdit(this))
    , m_message(new MessageBar(this)) {
    setWindowTitle(tr("Trust an office key"));
    auto* intro = new QLabel(interfaceParagraph(tr("Anyone can sign a bundle with a key of their own. Trust this key "
                                                   "only after the office has read its fingerprint out to you "
                                                   "through another channel than the file (phone, in person), and "
                                                   "it is the same as below.")),
                             this);
    intro->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setAlignment(leadingAlignment());
    m_message->hide();
    if (auto key = publicKeyFromPem(pem, fileName)) {
        m_fingerprintText = keyFingerprint(*key);
        // Four groups a line, as people read it out.
        QStringList lines;
        const QStringList groups = m_fingerprintText.split(u' ');
        for (qsizetype i = 0; i < groups.size(); i += 4) {
            lines << isolatedLatin(groups.mid(i, 4).join(u' '));
        }
        m_fingerprint->setText(lines.join(u'\n'));
    } else {
        m_message->showMessage(key.error().message, MessageBar::Type::Error);
    }
    m_office->addItem(tr("Choose the office…"), QString());
    if (auto units = OrgUnitRepository(context).list()) {
        for (const OrgUnit& unit : *units) {
            m_office->addItem(tr("%1 — %2").arg(unit.code, unit.nameEn), unit.code);
        }
    }
    m_confirmed->setPlaceholderText(tr("Type the fingerprint as the office reads it out"));
    m_confirmed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_confirmed->setLayoutDirection(Qt::LeftToRight);
    m_match->setWordWrap(true);
    m_note->setPlaceholderText(tr("Optional: who confirmed it, and how"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    translateStandardButtons(buttons);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Trust key"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* form = new QFormLayout;
    auto* file = new QLabel(isolatedLatin(QFileInfo(fileName).fileName()), this);
    file->setAlignment(leadingAlignment());
    form->addRow(tr("File:"), file);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(tr("Office:"), m_office);
    form->addRow(tr("Read out by the office:"), m_confirmed);
    form->addRow(QString(), m_match);
    form->addRow(QString(), m_compared);
    form->addRow(tr("Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_confirmed, &QLineEdit::textChanged, this, &AddTrustedKeyDialog::compare);
    connect(m_office, &QComboBox::currentIndexChanged, this, &AddTrustedKeyDialog::compare);
    connect(m_compared, &QCheckBox::toggled, this, &AddTrustedKeyDialog::compare);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddTrustedKeyDialog::trustKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    compare();
    resize(600, sizeHint().height());
}

void AddTrustedKeyDialog::setOffice(const QString& code) {
    m_office->setCurrentIndex(std::max(0, m_office->findData(code)));
}

void AddTrustedKeyDialog::setConfirmedFingerprint(const QString& fingerprint) {
    m_confirmed->setText(fingerprint);
}

void AddTrustedKeyDialog::setNote(const QString& note) {
    m_note->setText(note);
}

// Compares the digits typed so far with the file's, so a mistake shows at the group where it happens.
void AddTrustedKeyDialog::compare() {
    const QString typed = fingerprintDigits(m_confirmed->text());
    const QString actual = fingerprintDigits(m_fingerprintText);
    bool mismatch = false;
    if (typed.isEmpty()) {
        m_match->setText(tr("Not compared yet."));
    } else if (!actual.startsWith(typed)) {
        mismatch = true;
        m_match->setText(tr("Does not match the key in the file. Do not trust this file: ask the office for its key "
                            "again."));
    } else if (typed.size() < actual.size()) {
        m_match->setText(tr("Matches so far (%1 of %2 digits).").arg(typed.size()).arg(actual.size()));
    } else {
        m_match->setText(tr("Matches the key in the file."));
        if (!m_compared->isChecked()) {
            m_compared->setChecked(true); // compare() runs again through toggled
            return;
        }
    }
    m_match->setStyleSheet(mismatch ? u"color: #b00020; font-weight: bold;"_s : QString());
    m_ok->setEnabled(hasValidKey() && !mismatch && m_compared->isChecked() && m_office->currentIndex() > 0);
}

void AddTrustedKeyDialog::trustKey() {
    if (!m_ok->isEnabled()) {
        return;
    }
    TrustedKeyRepository keys(m_context);
    auto trusted = keys.trust({m_office->currentData().toString(), m_pem, m_confirmed->text(), m_note->text()});
    if (!trusted) {
        m_message->showMessage(trusted.error().message, MessageBar::Type::Error);
        return;
    }
    accept();
}

TrustedKeysPage::TrustedKeysPage(RepositoryContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_own(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_table(new QTreeWidget(this))
    , m_add(new QPushButton(tr("Add key from file…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_export(new QPushButton(tr("Export this office's key…"), this)) {
    setObjectName(u"trustedKeysPage"_s);
    auto* note = new QLabel(interfaceParagraph(tr("Bundles from other offices are imported only when they are signed "
                                                  "by one of these keys or by this database's own. Send your key "
                                                  "to the offices that import your bundles and read its "
                                                  "fingerprint to them by phone.")),
                            this);
    note->setWordWrap(true);
    m_own->setWordWrap(true);
    m_own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_table->setObjectName(u"trustedKeys"_s);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(false);
    m_table->setHeaderLabels({tr("Office"), tr("Fingerprint"), tr("State"), tr("Added"), tr("Note")});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_own);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &TrustedKeysPage::chooseFile);
    connect(m_revoke, &QPushButton::clicked, this, &TrustedKeysPage::revokeSelected);
    connect(m_export, &QPushButton::clicked, this, &TrustedKeysPage::exportOwnKey);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &TrustedKeysPage::updateButtons);
    connect(&m_context.notifier(), &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        if (event.isExternal() || event.entity == RecordKind::TrustedKey) {
            refresh();
        }
    });
    refresh();
}

void TrustedKeysPage::refresh() {
    TrustedKeyRepository keys(m_context);
    m_table->clear();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const auto addRow = [&](const QStringList& cells, const QString& fingerprint, bool revocable, bool greyed) {
        auto* item = new QTreeWidgetItem(m_table, cells);
        item->setData(0, kFingerprintRole, fingerprint);
        item->setData(0, kRevocableRole, revocable);
        item->setFont(1, mono);
        if (greyed) {
            for (int c = 0; c < cells.size(); ++c) {
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    };
    if (auto own = keys.ownKey()) {
        m_own->setText(interfaceParagraph(tr("This database signs its bundles as %1 with its own key, the first row "
                                             "below.")
                                              .arg(isolatedLatin(own->officeCode))));
        addRow({isolatedLatin(own->officeCode), twoLines(own->fingerprint), tr("Own key of this database"), QString(),
                QString()},
               own->fingerprint, false, false);
    }
    auto list = keys.list();
    if (!list) {
        m_message->showMessage(list.error().message, MessageBar::Type::Error);
        return;
    }
    for (const TrustedKey& k : *list) {
        const QString state = k.isRevoked()
                                  ? tr("Revoked on %1 by %2").arg(shortDate(k.revokedAt), isolatedLatin(k.revokedBy))
                                  : tr("Trusted");
        addRow({isolatedLatin(k.officeCode), twoLines(k.fingerprint), state,
                tr("%1, %2").arg(isolatedLatin(k.addedBy), shortDate(k.addedAt)),
                k.isRevoked() && !k.revokeReason.isEmpty() ? k.revokeReason : k.note},
               k.fingerprint, !k.isRevoked(), k.isRevoked());
    }
    for (int c = 0; c < m_table->columnCount() - 1; ++c) {
        m_table->resizeColumnToContents(c);
    }
    updateButtons();
}

void TrustedKeysPage::updateButtons() {
    const bool administrator = m_context.session().user().role == Role::Administrator && m_context.requireWrite();
    QTreeWidgetItem* item = m_table->currentItem();
    m_add->setEnabled(administrator);
    m_revoke->setEnabled(administrator && item && item->isSelected() && item->data(0, kRevocableRole).toBool());
}

void TrustedKeysPage::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an office's public key"), QDir::homePath(),
                                                      tr("Public keys (*.pem);;All files (*)"));
    if (!path.isEmpty()) {
        addFromFile(path);
    }
}

void TrustedKeysPage::addFromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showMessage(tr("%1 cannot be read: %2").arg(isolatedLatin(path), file.errorString()),
                               MessageBar::Type::Error);
        return;
    }
    AddTrustedKeyDialog dialog(m_context, file.read(64 * 1024), path, this);
    if (m_dialogHook) {
        m_dialogHook(dialog);
    } else {
        dialog.exec();
    }
    if (dialog.result() == QDialog::Accepted) {
        m_message->showMessage(tr("The key %1 is trusted now.").arg(isolatedLatin(dialog.fingerprint())),
                               MessageBar::Type::Info);
    }
}

void TrustedKeysPage::revokeSelected() {
    QTreeWidgetItem* item = m_table->currentItem();
    if (!item || !item->data(0, kRevocableRole).toBool()) {
        return;
    }
    const QString fingerprint = item->data(0, kFingerprintRole).toString();
    const QString question = tr("Bundles signed by the key %1 of %2 will be refused from now on. Why is it revoked?")
                                 .arg(isolatedLatin(fingerprint), item->text(0));
    std::optional<QString> reason;
    if (m_reasonPrompt) {
        reason = m_reasonPrompt(question);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Revoke key"), question, QLineEdit::Normal, {}, &ok);
        if (ok) {
            reason = text;
        }
    }
    if (!reason) {
        return;
    }
    auto revoked = TrustedKeyRepository(m_context).revoke(fingerprint, *reason);
    if (!revoked) {
        m_message->showMessage(revoked.error().message, MessageBar::Type::Error);
        return;
    }
    m_message->showMessage(tr("The key of %1 is revoked.").arg(isolatedLatin(revoked->officeCode)),
                           MessageBar::Type::Info);
}

void TrustedKeysPage::exportOwnKey() {
    auto own = TrustedKeyRepository(m_context).ownKey();
    if (!own) {
        m_message->showMessage(own.error().message, MessageBar::Type::Error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save this office's public key"),
                                                      QDir::home().filePath(own->officeCode.toLower() + u".pub.pem"_s),
                                                      tr("Public keys (*.pem)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(own->pem) != own->pem.size()) {
        m_message->showMessage(tr("%1 could not be written: %2").arg(isolatedLatin(path), file.errorString()),
                               MessageBar::Type::Error);
        return;
    }
    m_message->showMessage(tr("Saved %1. Read the fingerprint %2 to the receiving office by phone.")
                               .arg(isolatedLatin(QDir::toNativeSeparators(path)), isolatedLatin(own->fingerprint)),
                           MessageBar::Type::Info);
}

} // namespace caselink
