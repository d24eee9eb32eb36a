#include "ui/workspace/recorddialogs.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QUndoStack>

#include "domain/localtime.h"
#include "domain/money.h"
#include "domain/passportnumber.h"
#include "models/commands/recordcommands.h"
#include "models/undocommand.h"
#include "repo/caseroles.h"
#include "repo/documentrepository.h"
#include "repo/paymentrepository.h"
#include "repo/recordremoval.h"
#include "repo/referencerepository.h"
#include "repo/routerepository.h"
#include "ui/language.h"
#include "ui/officetimeedit.h"
#include "ui/workspace/panelsupport.h"

namespace caselink {
namespace {

QComboBox* personBox(const CaseSnapshot& snapshot, QWidget* parent, const QString& none) {
    auto* box = new QComboBox(parent);
    box->addItem(none, QString());
    for (const CaseRoleView& view : snapshot.roles) {
        if (box->findData(view.person.id) < 0) {
            box->addItem(view.person.displayName(), view.person.id);
        }
    }
    return box;
}

QComboBox* countryBox(RepositoryContext& context, QWidget* parent, bool allowNone) {
    auto* box = new QComboBox(parent);
    if (allowNone) {
        box->addItem(RecordDialog::tr("(unknown)"), QString());
    }
    if (auto countries = ReferenceRepository(context).countries()) {
        const bool urdu = currentLanguage() == u"ur";
        for (const Country& c : *countries) {
            box->addItem(urdu && !c.nameUr.isEmpty() ? c.nameUr : c.nameEn, c.iso2);
        }
    }
    return box;
}

QLineEdit* lineEdit(QWidget* parent, const QString& name, const QString& placeholder = {}) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

PaymentDialog::PaymentDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                             QWidget* parent)
    : RecordDialog(tr("Add payment"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_caseId(snapshot.caseFile.id) {
    m_payer = personBox(snapshot, this, tr("(unknown)"));
    m_payee = personBox(snapshot, this, tr("(unknown)"));
    m_amount = lineEdit(this, QStringLiteral("amountEdit"), tr("e.g. 25 lakh, EUR 8,000"));
    m_currency = new QComboBox(this);
    for (const char* code : {"PKR", "EUR", "USD", "AED", "SAR", "GBP", "LYD", "IRR", "TRY", "OMR"}) {
        m_currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    }
    m_date = lineEdit(this, QStringLiteral("paidOnEdit"), tr("DD-MM-YYYY"));
    m_rate = lineEdit(this, QStringLiteral("rateEdit"), tr("rupees per unit, e.g. 300.50"));
    for (QLineEdit* digits : {m_amount, m_date, m_rate}) {
        keepLeftToRight(digits);
    }
    m_channel = new QComboBox(this);
    for (PaymentChannel channel : {PaymentChannel::Cash, PaymentChannel::Bank, PaymentChannel::HawalaHundi,
                                   PaymentChannel::MobileWallet, PaymentChannel::Other}) {
        m_channel->addItem(paymentChannelName(channel), paymentChannelKey(channel));
    }
    m_fmu = lineEdit(this, QStringLiteral("fmuEdit"));
    addField(tr("Paid by"), m_payer);
    addField(tr("Paid to"), m_payee);
    addField(tr("Amount"), m_amount,
             [this] { return validateMoney(m_amount->text(), m_currency->currentText()).issues; });
    addField(tr("Currency"), m_currency);
    addField(tr("Date"), m_date, [this] { return checkDateText(m_date->text(), false, true); });
    addField(tr("Rate to PKR"), m_rate, [this]() -> std::vector<Issue> {
        const auto money = validateMoney(m_amount->text(), m_currency->currentText());
        if (m_rate->text().trimmed().isEmpty() || !money.value || money.value->currency == u"PKR") {
            return {};
        }
        const QDate date = parseDateText(m_date->text());
        return parseExchangeRate(money.value->currency, m_rate->text(), date.isValid() ? date : officeToday()).issues;
    });
    addField(tr("Channel"), m_channel);
    addField(tr("FMU reference"), m_fmu);
    revalidate();
}

Status PaymentDialog::save() {
    PaymentDraft d;
    d.caseId = m_caseId;
    d.payerPersonId = m_payer->currentData().toString();
    d.payeePersonId = m_payee->currentData().toString();
    d.amountText = m_amount->text();
    d.currency = m_currency->currentText();
    d.paidOn = parseDateText(m_date->text());
    d.rateText = m_rate->text().trimmed();
    d.channel = paymentChannelFromKey(m_channel->currentData().toString()).value_or(PaymentChannel::Cash);
    d.fmuReference = m_fmu->text().trimmed();
    return pushCommand(m_undoStack, new AddPaymentCommand(m_context, d));
}

RouteLegDialog::RouteLegDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                               QWidget* parent)
    : RecordDialog(tr("Add route leg"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_caseId(snapshot.caseFile.id) {
    m_traveller = personBox(snapshot, this, tr("(the case's general route)"));
    m_fromCountry = countryBox(context, this, false);
    m_fromCountry->setCurrentIndex(std::max(0, m_fromCountry->findData(QStringLiteral("PK"))));
    m_fromPlace = lineEdit(this, QStringLiteral("fromPlaceEdit"), tr("e.g. Gujrat"));
    m_toCountry = countryBox(context, this, false);
    m_toPlace = lineEdit(this, QStringLiteral("toPlaceEdit"), tr("e.g. Quetta"));
    m_mode = new QComboBox(this);
    for (TravelMode mode : {TravelMode::Land, TravelMode::Air, TravelMode::Sea}) {
        m_mode->addItem(travelModeName(mode), travelModeKey(mode));
    }
    m_border = lineEdit(this, QStringLiteral("borderEdit"), tr("e.g. Taftan"));
    m_date = lineEdit(this, QStringLiteral("legDateEdit"), tr("DD-MM-YYYY"));
    keepLeftToRight(m_date);
    m_outcome = new QComboBox(this);
    for (LegOutcome outcome : {LegOutcome::Unknown, LegOutcome::Crossed, LegOutcome::Intercepted, LegOutcome::Deported,
                               LegOutcome::Died, LegOutcome::Missing, LegOutcome::Offloaded}) {
        m_outcome->addItem(legOutcomeName(outcome), legOutcomeKey(outcome));
    }
    addField(tr("Traveller"), m_traveller);
    addField(tr("From country"), m_fromCountry);
    addField(tr("From place"), m_fromPlace,
             [this] { return requireText(m_fromPlace->text(), tr("Enter where the leg starts.")); });
    addField(tr("To country"), m_toCountry);
    addField(tr("To place"), m_toPlace,
             [this] { return requireText(m_toPlace->text(), tr("Enter where the leg ends.")); });
    addField(tr("Mode"), m_mode);
    addField(tr("Border point"), m_border);
    addField(tr("Date"), m_date, [this] { return checkDateText(m_date->text(), false, true); });
    addField(tr("Outcome"), m_outcome);
    revalidate();
}

Status RouteLegDialog::save() {
    RouteLeg leg;
    leg.caseId = m_caseId;
    leg.personId = m_traveller->currentData().toString();
    leg.fromCountry = m_fromCountry->currentData().toString();
    leg.fromPlace = m_fromPlace->text().trimmed();
    leg.toCountry = m_toCountry->currentData().toString();
    leg.toPlace = m_toPlace->text().trimmed();
    leg.mode = travelModeFromKey(m_mode->currentData().toString()).value_or(TravelMode::Land);
    leg.borderPoint = m_border->text().trimmed();
    leg.date = parseDateText(m_date->text());
    leg.outcome = legOutcomeFromKey(m_outcome->currentData().toString()).value_or(LegOutcome::Unknown);
    return pushCommand(m_undoStack, new AddRouteLegCommand(m_context, leg));
}

DocumentDialog::DocumentDialog(RepositoryContext& context, QUndoStack& undoStack, const CaseSnapshot& snapshot,
                               QWidget* parent)
    : RecordDialog(tr("Add document"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_caseId(snapshot.caseFile.id) {
    m_type = new QComboBox(this);
    for (DocumentType type : {DocumentType::Passport, DocumentType::Visa, DocumentType::Cnic, DocumentType::Nicop,
                              DocumentType::JobOffer, DocumentType::EntryExitStamp, DocumentType::ProtectorRegistration,
                              DocumentType::Ticket, DocumentType::Other}) {
        m_type->addItem(documentTypeName(type), documentTypeKey(type));
    }
    m_number = lineEdit(this, QStringLiteral("documentNumberEdit"));
    m_state = countryBox(context, this, true);
    m_holder = personBox(snapshot, this, tr("(no holder)"));
    m_authenticity = new QComboBox(this);
    for (Authenticity a : {Authenticity::Unknown, Authenticity::Genuine, Authenticity::Forged, Authenticity::Tampered,
                           Authenticity::FraudulentlyObtained, Authenticity::Impostor, Authenticity::GenuineMisused}) {
        m_authenticity->addItem(authenticityName(a), authenticityKey(a));
    }
    m_malkhana = lineEdit(this, QStringLiteral("malkhanaEdit"));
    m_notes = lineEdit(this, QStringLiteral("documentNotesEdit"));
    addField(tr("Type"), m_type);
    addField(tr("Number"), m_number, [this]() -> std::vector<Issue> {
        if (m_type->currentData().toString() == documentTypeKey(DocumentType::Passport) &&
            !m_number->text().trimmed().isEmpty()) {
            return validatePassportNumber(m_number->text()).issues;
        }
        return {};
    });
    addField(tr("Issuing state"), m_state);
    addField(tr("Holder"), m_holder);
    addField(tr("Authenticity"), m_authenticity);
    addField(tr("Malkhana reference"), m_malkhana);
    addField(tr("Notes"), m_notes);
    revalidate();
}

Status DocumentDialog::save() {
    Document d;
    d.caseId = m_caseId;
    d.personId = m_holder->currentData().toString();
    d.type = documentTypeFromKey(m_type->currentData().toString()).value_or(DocumentType::Other);
    d.number = m_number->text().trimmed();
    d.issuingState = m_state->currentData().toString();
    d.authenticity = authenticityFromKey(m_authenticity->currentData().toString()).value_or(Authenticity::Unknown);
    d.malkhanaRef = m_malkhana->text().trimmed();
    d.notes = m_notes->text().trimmed();
    return pushCommand(m_undoStack, new AddDocumentCommand(m_context, d));
}

LinkCaseDialog::LinkCaseDialog(RepositoryContext& context, QUndoStack& undoStack, const QString& caseId,
                               QWidget* parent)
    : RecordDialog(tr("Link a case"), parent)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_caseId(caseId) {
    m_search = lineEdit(this, QStringLiteral("caseSearchEdit"), tr("FIR or enquiry number, or words of the title"));
    m_results = new QListWidget(this);
    m_results->setMaximumHeight(120);
    m_note = lineEdit(this, QStringLiteral("linkNoteEdit"), tr("why the cases are linked"));
    addField(tr("Find a case"), m_search);
    addField(tr("Matches"), m_results, [this]() -> std::vector<Issue> {
        if (!m_results->currentItem()) {
            return {{Severity::Error, QStringLiteral("case.link_missing"), tr("Pick the case to link.")}};
        }
        return {};
    });
    addField(tr("Note"), m_note);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_results->clear();
        if (text.trimmed().size() >= 2) {
            if (auto found = CaseRepository(m_context).search(text, 20)) {
                for (const CaseSummary& c : *found) {
                    if (c.id != m_caseId) {
                        auto* item = new QListWidgetItem(tr("%1 — %2").arg(c.label, c.title), m_results);
                        item->setData(Qt::UserRole, c.id);
                    }
                }
            }
        }
        revalidate();
    });
    revalidate();
}

Status LinkCaseDialog::save() {
    const QString other = m_results->currentItem()->data(Qt::UserRole).toString();
    const QString note = m_note->text().trimmed();
    return pushCommand(m_undoStack, new LinkCasesCommand(m_context, m_caseId, other, note, true));
}

} // namespace caselink
