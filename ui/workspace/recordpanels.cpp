#include "ui/workspace/recordpanels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "domain/cnic.h"
#include "ui/navigator.h"
#include "ui/workspace/recorddialogs.h"

namespace caselink {

PaymentsPanel::PaymentsPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_table = makeTable(
        {tr("Date"), tr("Paid by"), tr("Paid to"), tr("Amount"), tr("In PKR"), tr("Channel"), tr("FMU reference")},
        this);
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("paymentTotals"));
    layout->addWidget(m_table);
    layout->addWidget(m_totals);
    auto* row = new QHBoxLayout;
    auto* add = makeButton(tr("Add payment…"), this, QStringLiteral("addPaymentButton"));
    row->addWidget(add);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &PaymentsPanel::addPayment);
}

PaymentDialog* PaymentsPanel::addPayment() {
    return present(new PaymentDialog(m_env.context, m_env.undoStack, *m_snapshot, this));
}

void PaymentsPanel::render(const CaseSnapshot& s) {
    m_table->setRowCount(0);
    int r = 0;
    for (const Payment& p : s.payments) {
        setTableRow(m_table, r++,
                    {displayDate(p.paidOn), s.personName(p.payerPersonId), s.personName(p.payeePersonId),
                     p.amount.display(), p.pkr ? p.pkr->display() : tr("no rate"), paymentChannelName(p.channel),
                     p.fmuReference},
                    p.id);
    }
    m_table->resizeColumnsToContents();
    const Money total{s.paymentTotals.pkrMinor, QStringLiteral("PKR")};
    QString text = tr("%n payment(s), %1 in PKR", nullptr, s.paymentTotals.payments).arg(total.display());
    if (s.paymentTotals.withoutPkr > 0) {
        text = tr("%1; %n without a known rate", nullptr, s.paymentTotals.withoutPkr).arg(text);
    }
    m_totals->setText(text);
}

DocumentsPanel::DocumentsPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_table = makeTable(
        {tr("Type"), tr("Number"), tr("Issuing state"), tr("Holder"), tr("Authenticity"), tr("Malkhana"), tr("Notes")},
        this);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    auto* add = makeButton(tr("Add document…"), this, QStringLiteral("addDocumentButton"));
    row->addWidget(add);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &DocumentsPanel::addDocument);
}

DocumentDialog* DocumentsPanel::addDocument() {
    return present(new DocumentDialog(m_env.context, m_env.undoStack, *m_snapshot, this));
}

void DocumentsPanel::render(const CaseSnapshot& s) {
    m_table->setRowCount(0);
    int r = 0;
    for (const Document& d : s.documents) {
        const QString number =
            d.type == DocumentType::Cnic && d.number.size() == 13 ? Cnic{d.number}.display() : d.number;
        setTableRow(m_table, r++,
                    {documentTypeName(d.type), number, d.issuingState, s.personName(d.personId),
                     authenticityName(d.authenticity), d.malkhanaRef, d.notes},
                    d.id);
    }
    m_table->resizeColumnsToContents();
}

EvidencePanel::EvidencePanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("No evidence has been registered for this case."), this);
    m_table = makeTable(
        {tr("Title"), tr("Kind"), tr("Size"), tr("Malkhana"), tr("Collected by"), tr("Collected"), tr("SHA-256")},
        this);
    m_table->setObjectName(QStringLiteral("evidenceTable"));
    layout->addWidget(m_empty);
    layout->addWidget(m_table);
    auto* row = new QHBoxLayout;
    auto* open = makeButton(tr("Open the evidence store"), this, QStringLiteral("openEvidenceButton"));
    row->addStretch();
    row->addWidget(open);
    layout->addLayout(row);
    connect(open, &QPushButton::clicked, this, [this] { emit m_env.navigator.openEvidence(m_env.caseId); });
}

void EvidencePanel::render(const CaseSnapshot& s) {
    m_empty->setVisible(s.evidence.empty());
    m_table->setRowCount(0);
    int r = 0;
    const QLocale locale;
    for (const EvidenceListItem& e : s.evidence) {
        setTableRow(m_table, r++,
                    {e.title, e.kind == u"FILE" ? tr("File") : tr("Exhibit"),
                     e.sizeBytes > 0 ? locale.formattedDataSize(e.sizeBytes) : QString(), e.malkhanaRef, e.collectedBy,
                     displayDateTime(e.collectedAt), e.sha256.left(16)},
                    e.id);
    }
    m_table->resizeColumnsToContents();
}

HistoryPanel::HistoryPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_table = makeTable({tr("When"), tr("Who"), tr("What"), tr("Details")}, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    layout->addWidget(m_table);
}

void HistoryPanel::render(const CaseSnapshot& s) {
    m_table->setRowCount(0);
    int r = 0;
    for (const CaseHistoryEntry& e : s.history) {
        QStringList details;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
            if (it.key() == u"case") {
                continue;
            }
            const QJsonValue v = it.value();
            QString value = v.isString() ? v.toString()
                            : v.isBool() ? (v.toBool() ? tr("yes") : tr("no"))
                                         : QString::number(v.toDouble());
            if (v.isString() && parseStoredInstant(value).isValid()) {
                value = displayStoredDateTime(value); // an instant reads in office time, as everywhere else
            }
            // Ids mean nothing to a reader: persons by name, other records left out.
            const bool isId = value.size() == 36 && value.count(u'-') == 4;
            if (isId && !s.roleOf(value)) {
                continue;
            }
            details << QStringLiteral("%1=%2").arg(it.key(), isId ? s.personName(value) : value);
        }
        setTableRow(m_table, r++, {displayDateTime(e.at), e.username, e.text(), details.join(QStringLiteral(", "))},
                    QString::number(e.seq));
    }
    m_table->resizeColumnsToContents();
}

} // namespace caselink
