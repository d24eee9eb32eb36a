#include "deadlinesview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPalette>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "models/coalescedrefresh.h"
#include "repo/repositorycontext.h"
#include "security/session.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

// Enter on a row opens its case, as a double-click does.
class DeadlineTree : public QTreeView {
public:
    using QTreeView::QTreeView;
    std::function<void(const QModelIndex&)> onEnter;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            onEnter(currentIndex());
            return;
        }
        QTreeView::keyPressEvent(event);
    }
};

} // namespace

DeadlinesView::DeadlinesView(RepositoryContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_office(new QComboBox(this))
    , m_officer(new QComboBox(this))
    , m_horizon(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_model(new QStandardItemModel(this)) {
    setObjectName(u"deadlinesPage"_s);
    auto* heading = new QLabel(tr("Deadlines"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_office->setObjectName(u"deadlinesOffice"_s);
    m_officer->setObjectName(u"deadlinesOfficer"_s);
    m_horizon->setObjectName(u"deadlinesHorizon"_s);
    m_horizon->setRange(1, 365);
    m_horizon->setValue(30);
    m_horizon->setSuffix(tr(" days"));
    m_summary->setObjectName(u"deadlinesSummary"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* tree = new DeadlineTree(this);
    tree->onEnter = [this](const QModelIndex& index) {
        emit openCase(index.siblingAtColumn(0).data(CaseIdRole).toString());
    };
    m_view = tree;
    m_view->setObjectName(u"deadlinesView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->header()->setResizeContentsPrecision(200); // column widths from the first rows, not from thousands
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { emit openCase(index.siblingAtColumn(0).data(CaseIdRole).toString()); });

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Office:"), this));
    filters->addWidget(m_office);
    filters->addWidget(new QLabel(tr("Investigating officer:"), this));
    filters->addWidget(m_officer);
    filters->addWidget(new QLabel(tr("Due within:"), this));
    filters->addWidget(m_horizon);
    filters->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_office, &QComboBox::currentIndexChanged, this, &DeadlinesView::reload);
    connect(m_officer, &QComboBox::currentIndexChanged, this, &DeadlinesView::reload);
    connect(m_horizon, &QSpinBox::editingFinished, this, &DeadlinesView::reload);
    m_today = officeToday(parseStoredInstant(m_context.now()));
    // Deadlines follow arrests, custody orders, productions, case status and hearings as they are recorded here or
    // in another window.
    auto* refresher = new CoalescedRefresh([this] { reload(); }, this);
    connect(&m_context.notifier(), &ChangeNotifier::changed, this, [this, refresher](const ChangeEvent& event) {
        const bool relevant = event.isExternal() || event.entity == RecordKind::Arrest ||
                              event.entity == RecordKind::Case || event.entity == RecordKind::Event ||
                              event.entity == RecordKind::CourtProceeding;
        if (m_loaded && relevant) {
            refresher->schedule();
        }
    });
}

void DeadlinesView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded) {
        reload();
    }
}

void DeadlinesView::setToday(QDate today) {
    m_today = today;
    if (m_loaded) {
        reload();
    }
}

void DeadlinesView::reload() {
    m_loaded = true;
    m_error->hide();
    fillFilters();
    DeadlineFilter filter;
    filter.officeId = m_office->currentData().toString();
    filter.officerId = m_officer->currentData().toString();
    filter.limit = kShownRows;
    auto list = DeadlineQuery(m_context).list(m_today, m_horizon->value(), filter);
    if (!list) {
        m_items.clear();
        m_total = 0;
        m_error->setText(tr("The deadlines could not be read: %1").arg(list.error().message));
        m_error->show();
    } else {
        m_items = std::move(list->items);
        m_total = list->total;
    }
    // Officers known so far (those of the most urgent rows); offices come from the organisation tree.
    for (const DeadlineItem& item : m_items) {
        if (!item.officerId.isEmpty() && m_officer->findData(item.officerId) < 0) {
            const QSignalBlocker blocker(m_officer);
            m_officer->addItem(item.officerName, item.officerId);
        }
    }
    applyFilter();
}

// The offices in the user's scope, once per session.
void DeadlinesView::fillFilters() {
    if (m_office->count() > 0) {
        return;
    }
    const QSignalBlocker officeBlocker(m_office);
    const QSignalBlocker officerBlocker(m_officer);
    m_office->addItem(tr("All offices"), QString());
    m_officer->addItem(tr("All officers"), QString());
    const QStringList inScope = m_context.scope().officeIds();
    if (const auto units = m_context.session().orgUnits()) {
        QMap<QString, QString> offices;
        for (const OrgUnit& unit : *units) {
            if (inScope.contains(unit.id)) {
                offices.insert(unit.code, unit.id);
            }
        }
        for (auto it = offices.cbegin(); it != offices.cend(); ++it) {
            m_office->addItem(it.key(), it.value());
        }
    }
}

void DeadlinesView::applyFilter() {
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Due"), tr("Status"), tr("Deadline"), tr("Case"), tr("Person"), tr("Office"),
                                        tr("Investigating officer"), tr("Details")});
    const QIcon warning(u":/icons/warning.svg"_s);
    const QColor overdueBackground = QColor(0xfd, 0xe2, 0xe1);
    const QColor overdueText = QColor(0x8a, 0x10, 0x10);
    int shown = 0;
    int overdue = 0;
    for (const DeadlineItem& item : m_items) {
        QString status;
        if (item.overdue) {
            status = tr("Overdue by %n day(s)", nullptr, static_cast<int>(item.due.daysTo(m_today)));
        } else if (item.due == m_today) {
            status = tr("Due today");
        } else {
            status = tr("In %n day(s)", nullptr, static_cast<int>(m_today.daysTo(item.due)));
        }
        QList<QStandardItem*> row = {
            new QStandardItem(item.dueAt.isValid() ? displayDateTime(item.dueAt) : displayDate(item.due)),
            new QStandardItem(status),
            new QStandardItem(DeadlineQuery::kindName(item.kind)),
            new QStandardItem(item.caseLabel),
            new QStandardItem(item.personName),
            new QStandardItem(item.officeCode),
            new QStandardItem(item.officerName),
            new QStandardItem(item.detail)};
        row[0]->setData(item.caseId, CaseIdRole);
        row[0]->setData(item.overdue, OverdueRole);
        if (item.overdue) {
            ++overdue;
            row[Status]->setIcon(warning);
            for (QStandardItem* cell : row) {
                cell->setBackground(overdueBackground);
                cell->setForeground(overdueText);
            }
            QFont bold = font();
            bold.setBold(true);
            row[Status]->setFont(bold);
        }
        m_model->appendRow(row);
        ++shown;
    }
    for (int c = 0; c < ColumnCount - 1; ++c) {
        m_view->resizeColumnToContents(c);
    }
    if (m_total > shown) {
        m_summary->setText(
            tr("The %1 most urgent of %2 deadlines").arg(QLocale().toString(shown), QLocale().toString(m_total)));
    } else {
        m_summary->setText(tr("%n deadline(s)", nullptr, shown) + u" · "_s + tr("%n overdue", nullptr, overdue));
    }
}

} // namespace caselink
