#include "ui/workspace/routepanel.h"

#include <map>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/language.h"
#include "ui/workspace/recorddialogs.h"
#include "ui/workspace/routechainwidget.h"

namespace caselink {

RoutePanel::RoutePanel(WorkspaceEnv& env, QWidget* parent)
    : CasePanel(env, parent) {
    auto* layout = new QVBoxLayout(this);
    m_chain = new RouteChainWidget(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_chain);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 2);
    m_table = makeTable(
        {tr("#"), tr("Traveller"), tr("From"), tr("To"), tr("Mode"), tr("Border point"), tr("Date"), tr("Outcome")},
        this);
    m_table->setObjectName(QStringLiteral("routeTable"));
    layout->addWidget(m_table, 2);
    auto* row = new QHBoxLayout;
    auto* add = makeButton(tr("Add leg…"), this, QStringLiteral("addLegButton"));
    row->addWidget(add);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &RoutePanel::addLeg);
}

RouteLegDialog* RoutePanel::addLeg() {
    return present(new RouteLegDialog(m_env.context, m_env.undoStack, *m_snapshot, this));
}

void RoutePanel::render(const CaseSnapshot& s) {
    std::vector<RouteChainWidget::Chain> chains;
    QString current;
    m_table->setRowCount(0);
    int r = 0;
    auto placeText = [](const QString& place, const QString& country) -> QString {
        return country.isEmpty() ? place : tr("%1 (%2)").arg(place, country);
    };
    for (const RouteLeg& leg : s.route) {
        const QString traveller = leg.personId.isEmpty() ? tr("General route of the case") : s.personName(leg.personId);
        if (chains.empty() || leg.personId != current || leg.seq == 1) {
            chains.push_back({traveller, {placeText(leg.fromPlace, leg.fromCountry)}, {}});
            current = leg.personId;
        }
        RouteChainWidget::Chain& chain = chains.back();
        QStringList hop{travelModeName(leg.mode)};
        if (leg.date.isValid()) {
            hop << isolatedLatin(displayDate(leg.date));
        }
        if (!leg.borderPoint.isEmpty()) {
            hop << isolatedLatin(leg.borderPoint);
        }
        if (leg.outcome != LegOutcome::Unknown && leg.outcome != LegOutcome::Crossed) {
            hop << legOutcomeName(leg.outcome);
        }
        chain.hops << hop.join(QStringLiteral(", "));
        chain.places << placeText(leg.toPlace, leg.toCountry);
        setTableRow(m_table, r++,
                    {QString::number(leg.seq), traveller, placeText(leg.fromPlace, leg.fromCountry),
                     placeText(leg.toPlace, leg.toCountry), travelModeName(leg.mode), leg.borderPoint,
                     displayDate(leg.date), legOutcomeName(leg.outcome)},
                    leg.id);
    }
    m_chain->setChains(std::move(chains));
    m_table->resizeColumnsToContents();
}

} // namespace caselink
