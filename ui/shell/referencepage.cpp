#include "referencepage.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "domain/event.h"
#include "repo/referencerepository.h"
#include "ui/bundle/trustedkeyspage.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

QTreeView* tableOf(QStandardItemModel* model, const QString& name) {
    auto* view = new QTreeView;
    view->setObjectName(name);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setUniformRowHeights(true);
    return view;
}

QString yesNo(const std::optional<bool>& value) {
    if (!value) {
        return ReferencePage::tr("unknown");
    }
    return *value ? ReferencePage::tr("yes") : ReferencePage::tr("no");
}

} // namespace

ReferencePage::ReferencePage(RepositoryContext& context, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_offences(new QStandardItemModel(this))
    , m_eventTypes(new QStandardItemModel(this))
    , m_countries(new QStandardItemModel(this)) {
    setObjectName(u"referencePage"_s);
    auto* heading = new QLabel(tr("Reference data"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* note = new QLabel(tr("Offence sections, event types and countries used across the database. Uncertain "
                               "entries come from secondary sources and are marked."),
                            this);
    note->setWordWrap(true);
    m_tabs->addTab(tableOf(m_offences, u"referenceOffences"_s), tr("Offences"));
    m_tabs->addTab(tableOf(m_eventTypes, u"referenceEventTypes"_s), tr("Event types"));
    m_tabs->addTab(tableOf(m_countries, u"referenceCountries"_s), tr("Countries"));
    m_tabs->addTab(new TrustedKeysPage(context), tr("Trusted office keys"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_tabs, 1);
    load(context);
}

void ReferencePage::load(RepositoryContext& context) {
    ReferenceRepository reference(context);
    m_offences->setHorizontalHeaderLabels({tr("Code"), tr("Act"), tr("Section"), tr("Title"), tr("Title (Urdu)"),
                                           tr("Cognizable"), tr("Bailable"), tr("Penalty"), tr("Source")});
    if (auto offences = reference.offences(true)) {
        for (const Offence& o : *offences) {
            m_offences->appendRow({new QStandardItem(o.code), new QStandardItem(o.act), new QStandardItem(o.section),
                                   new QStandardItem(o.titleEn), new QStandardItem(o.titleUr),
                                   new QStandardItem(yesNo(o.cognizable)), new QStandardItem(yesNo(o.bailable)),
                                   new QStandardItem(o.penalty),
                                   new QStandardItem(o.uncertain ? tr("uncertain") : QString())});
        }
    }
    m_eventTypes->setHorizontalHeaderLabels(
        {tr("Code"), tr("Phase"), tr("Legal reference"), tr("Title"), tr("Title (Urdu)")});
    if (auto types = reference.eventTypes()) {
        for (const EventType& t : *types) {
            m_eventTypes->appendRow({new QStandardItem(t.code), new QStandardItem(eventPhaseName(t.phase)),
                                     new QStandardItem(t.legalRef), new QStandardItem(t.titleEn),
                                     new QStandardItem(t.titleUr)});
        }
    }
    m_countries->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Name (Urdu)")});
    if (auto countries = reference.countries()) {
        for (const Country& c : *countries) {
            m_countries->appendRow(
                {new QStandardItem(c.iso2), new QStandardItem(c.nameEn), new QStandardItem(c.nameUr)});
        }
    }
    for (QTreeView* view : findChildren<QTreeView*>()) {
        for (int c = 0; c < view->model()->columnCount() - 1; ++c) {
            view->resizeColumnToContents(c);
        }
    }
}

} // namespace caselink
