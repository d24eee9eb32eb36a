#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/language.h"
#include "ui/settings.h"

namespace caselink {

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_autoLock(new QSpinBox(this)) {
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(u"languageCombo"_s);
    m_autoLock->setObjectName(u"autoLockSpin"_s);
    Settings& settings = Settings::instance();
    for (const QString& code : availableLanguages()) {
        m_language->addItem(languageNativeName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_autoLock->setRange(1, 240);
    m_autoLock->setValue(settings.autoLockMinutes());
    m_autoLock->setSuffix(tr(" min"));

    auto* languageNote = new QLabel(tr("A new language takes effect the next time CaseLink starts."), this);
    languageNote->setWordWrap(true);
    auto* lockNote = new QLabel(tr("The database is locked and its keys wiped after this much time without keyboard "
                                   "or mouse input."),
                                this);
    lockNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Lock after idle:"), m_autoLock);
    form->addRow(QString(), lockNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    translateStandardButtons(buttons);
    // Qt has no Urdu catalogue for its standard buttons.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PreferencesDialog::accept() {
    Settings& settings = Settings::instance();
    settings.setValue(Settings::Key::Language, m_language->currentData());
    settings.setValue(Settings::Key::AutoLockMinutes, m_autoLock->value());
    settings.sync();
    QDialog::accept();
}

} // namespace caselink
