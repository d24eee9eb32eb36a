#include "ui/evidence/evidencedialogs.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "ui/language.h"
#include "ui/officetimeedit.h"

namespace caselink {

namespace {

QDateTimeEdit* dateTimeEdit(QWidget* parent) {
    return makeOfficeDateTimeEdit(parent, 60);
}

QDialogButtonBox* buttons(QDialog* dialog) {
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    translateStandardButtons(box);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

ExhibitDialog::ExhibitDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_malkhana(new QLineEdit(this))
    , m_collectedBy(new QLineEdit(this))
    , m_collectedAt(dateTimeEdit(this))
    , m_place(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Add seized exhibit"));
    m_title->setPlaceholderText(tr("What was seized, e.g. forged visa stamps, 14 pieces"));
    m_malkhana->setPlaceholderText(tr("e.g. M-114/2024"));
    m_description->setMaximumHeight(80);
    auto* form = new QFormLayout;
    form->addRow(tr("Exhibit:"), m_title);
    form->addRow(tr("Malkhana register no.:"), m_malkhana);
    form->addRow(tr("Seized by:"), m_collectedBy);
    form->addRow(tr("Seized at:"), m_collectedAt);
    form->addRow(tr("Place of seizure:"), m_place);
    form->addRow(tr("Description:"), m_description);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons(this));
    resize(480, sizeHint().height());
}

ExhibitDraft ExhibitDialog::draft() const {
    return {m_title->text(),
            m_malkhana->text(),
            m_description->toPlainText(),
            m_collectedBy->text(),
            officeDateTimeOf(m_collectedAt),
            m_place->text()};
}

void ExhibitDialog::setDraft(const ExhibitDraft& d) {
    m_title->setText(d.title);
    m_malkhana->setText(d.malkhanaRef);
    m_description->setPlainText(d.description);
    m_collectedBy->setText(d.collectedBy);
    if (d.collectedAt.isValid()) {
        setOfficeDateTime(m_collectedAt, d.collectedAt);
    }
    m_place->setText(d.place);
}

CustodyEventDialog::CustodyEventDialog(const QString& evidenceTitle, QWidget* parent)
    : QDialog(parent)
    , m_action(new QComboBox(this))
    , m_at(dateTimeEdit(this))
    , m_by(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Chain of custody"));
    for (CustodyAction action : allCustodyActions()) {
        m_action->addItem(custodyActionDisplayName(action), static_cast<int>(action));
    }
    m_action->setCurrentIndex(1);
    m_notes->setMaximumHeight(80);
    auto* title = new QLabel(evidenceTitle.toHtmlEscaped(), this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* form = new QFormLayout;
    form->addRow(tr("Event:"), m_action);
    form->addRow(tr("When:"), m_at);
    form->addRow(tr("By (who acted):"), m_by);
    form->addRow(tr("To (who received):"), m_to);
    form->addRow(tr("Where:"), m_place);
    form->addRow(tr("Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons(this));
    const auto updateReceiver = [this] {
        m_to->setEnabled(m_action->currentData().toInt() != static_cast<int>(CustodyAction::Examined));
    };
    connect(m_action, &QComboBox::currentIndexChanged, this, updateReceiver);
    updateReceiver();
    resize(460, sizeHint().height());
}

CustodyEvent CustodyEventDialog::event() const {
    CustodyEvent e;
    e.action = static_cast<CustodyAction>(m_action->currentData().toInt());
    e.at = officeDateTimeOf(m_at);
    e.byWhom = m_by->text();
    e.toWhom = m_to->isEnabled() ? m_to->text() : QString();
    e.place = m_place->text();
    e.notes = m_notes->toPlainText();
    return e;
}

void CustodyEventDialog::setEvent(const CustodyEvent& e) {
    m_action->setCurrentIndex(m_action->findData(static_cast<int>(e.action)));
    if (e.at.isValid()) {
        setOfficeDateTime(m_at, e.at);
    }
    m_by->setText(e.byWhom);
    m_to->setText(e.toWhom);
    m_place->setText(e.place);
    m_notes->setPlainText(e.notes);
}

} // namespace caselink
