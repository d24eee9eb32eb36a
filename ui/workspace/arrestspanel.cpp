#include "ui/workspace/arrestspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/workspace/arrestdialogs.h"
#include "ui/workspace/overviewpanel.h"

namespace caselink {

namespace {

// Why an unusual date of arrest or a late production is right, as the officer recorded it.
QString reasonsText(const Arrest& a) {
    QStringList reasons;
    if (!a.dateReason.isEmpty()) {
        reasons << ArrestsPanel::tr("Date: %1").arg(a.dateReason);
    }
    if (!a.productionDelayReason.isEmpty()) {
        reasons << ArrestsPanel::tr("Late production: %1").arg(a.productionDelayReason);
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace

ArrestsPanel::ArrestsPanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_deadlines = new QLabel(this);
    m_deadlines->setObjectName(QStringLiteral("arrestDeadlines"));
    m_deadlines->setWordWrap(true);
    m_deadlines->setTextFormat(Qt::RichText);
    layout->addWidget(m_deadlines);
    m_arrests = makeTable({tr("Accused"), tr("Arrested"), tr("Place"), tr("Category"), tr("Produced"),
                           tr("Physical remand"), tr("Remaining"), tr("Judicial"), tr("Reasons recorded")},
                          this);
    m_arrests->setObjectName(QStringLiteral("arrestsTable"));
    layout->addWidget(m_arrests, 3);
    layout->addWidget(new QLabel(tr("Remand orders of the selected arrest"), this));
    m_custody = makeTable({tr("Custody"), tr("From"), tr("To"), tr("Days"), tr("Magistrate"), tr("Order")}, this);
    m_custody->setObjectName(QStringLiteral("custodyTable"));
    layout->addWidget(m_custody, 2);
    auto* row = new QHBoxLayout;
    auto* record = makeButton(tr("Record arrest…"), this, QStringLiteral("recordArrestButton"));
    auto* remand = makeButton(tr("Add remand…"), this, QStringLiteral("addRemandButton"));
    row->addWidget(record);
    row->addWidget(remand);
    row->addStretch();
    layout->addLayout(row);
    connect(record, &QPushButton::clicked, this, &ArrestsPanel::recordArrest);
    connect(remand, &QPushButton::clicked, this, &ArrestsPanel::addRemand);
    connect(m_arrests, &QTableWidget::currentCellChanged, this, &ArrestsPanel::showCustody);
}

ArrestDialog* ArrestsPanel::recordArrest() {
    return present(new ArrestDialog(m_env.context, m_env.undoStack, *m_snapshot, {}, this));
}

RemandDialog* ArrestsPanel::addRemand() {
    return present(new RemandDialog(m_env.context, m_env.undoStack, *m_snapshot, selectedRecordId(m_arrests), this));
}

void ArrestsPanel::render(const CaseSnapshot& s) {
    const QString selected = selectedRecordId(m_arrests);
    const QString deadlines = deadlinesText(s);
    m_deadlines->setText(deadlines.isEmpty() ? tr("No open deadlines for this case.")
                                             : tr("<b>Deadlines</b><br>%1").arg(deadlines));
    m_arrests->setRowCount(0);
    int r = 0;
    for (const ArrestView& view : s.arrests) {
        const Arrest& a = view.arrest;
        setTableRow(m_arrests, r++,
                    {s.personName(a.personId), displayDateTime(a.arrestedAt), a.place,
                     arrestCategoryDisplayName(a.category),
                     a.producedBeforeMagistrateAt ? displayDateTime(*a.producedBeforeMagistrateAt) : tr("not recorded"),
                     tr("%n day(s)", nullptr, view.remand.physicalDays),
                     tr("%n day(s)", nullptr, view.remand.remainingPhysicalDays),
                     tr("%n day(s)", nullptr, view.remand.judicialDays), reasonsText(a)},
                    a.id);
        if (a.id == selected) {
            m_arrests->setCurrentCell(r - 1, 0);
        }
    }
    if (m_arrests->currentRow() < 0 && m_arrests->rowCount() > 0) {
        m_arrests->setCurrentCell(0, 0);
    }
    m_arrests->resizeColumnsToContents();
    showCustody();
}

void ArrestsPanel::showCustody() {
    m_custody->setRowCount(0);
    if (!m_snapshot) {
        return;
    }
    const QString arrestId = selectedRecordId(m_arrests);
    for (const ArrestView& view : m_snapshot->arrests) {
        if (view.arrest.id != arrestId) {
            continue;
        }
        int r = 0;
        for (const CustodyPeriod& p : view.custody) {
            setTableRow(m_custody, r++,
                        {custodyKindDisplayName(p.kind), displayDate(p.from), displayDate(p.to),
                         QString::number(RemandPeriod{p.from, p.to}.days()), p.magistrate, p.orderRef},
                        p.id);
        }
    }
    m_custody->resizeColumnsToContents();
}

} // namespace caselink
