#include "ui/importer/watchlisthitsview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/navigator.h"

using namespace Qt::StringLiterals;

namespace caselink {

WatchListHitsView::WatchListHitsView(RepositoryContext& context, Navigator& navigator, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_list = new QComboBox;
    for (const QString& list : WatchListMatcher::lists()) {
        m_list->addItem(list == u"RED_BOOK"_s    ? tr("Red Book")
                        : list == u"OFFLOADED"_s ? tr("Offloaded passengers (airport lists)")
                                                 : list,
                        list);
    }
    auto* run = new QPushButton(tr("Run against all persons"));
    auto* confirm = new QPushButton(tr("Confirm hit"));
    auto* dismiss = new QPushButton(tr("Dismiss hit"));
    bar->addWidget(new QLabel(tr("List")));
    bar->addWidget(m_list);
    bar->addWidget(run);
    bar->addStretch();
    bar->addWidget(confirm);
    bar->addWidget(dismiss);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 7);
    m_table->setHorizontalHeaderLabels(
        {tr("Score"), tr("List"), tr("Listed as"), tr("Person"), tr("CNIC"), tr("Reasons"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(run, &QPushButton::clicked, this, [this] { runList(m_list->currentData().toString()); });
    connect(m_list, &QComboBox::currentIndexChanged, this, &WatchListHitsView::reload);
    connect(confirm, &QPushButton::clicked, this, [this] { setStatus(u"CONFIRMED"_s); });
    connect(dismiss, &QPushButton::clicked, this, [this] { setStatus(u"DISMISSED"_s); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < int(m_hits.size())) {
            emit m_navigator.openPerson(m_hits[size_t(row)].personId);
        }
    });
    reload();
}

void WatchListHitsView::runList(const QString& list) {
    const int index = m_list->findData(list);
    if (index >= 0 && index != m_list->currentIndex()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentIndex(index);
    }
    WatchListMatcher matcher(m_context);
    display(matcher.run(list));
}

void WatchListHitsView::reload() {
    WatchListMatcher matcher(m_context);
    display(matcher.hits(m_list->currentData().toString()));
}

void WatchListHitsView::display(const Result<std::vector<WatchListHit>>& hits) {
    if (!hits) {
        m_message->setText(hits.error().message);
        return;
    }
    m_hits = *hits;
    m_table->setRowCount(int(m_hits.size()));
    for (int r = 0; r < int(m_hits.size()); ++r) {
        const WatchListHit& h = m_hits[size_t(r)];
        const QString status = h.status == u"CONFIRMED"_s   ? tr("Confirmed")
                               : h.status == u"DISMISSED"_s ? tr("Dismissed")
                                                            : tr("Open");
        const QStringList cells{QString::number(qRound(h.score * 100)) + u'%',
                                h.list,
                                h.listedName,
                                h.personName,
                                h.personCnic,
                                h.reasons.join(u"; "_s),
                                status};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    m_table->resizeColumnsToContents();
    m_message->setText(tr("%n hit(s). Double-click a hit to open the person.", nullptr, int(m_hits.size())));
}

void WatchListHitsView::setStatus(const QString& status) {
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_hits.size())) {
        return;
    }
    WatchListMatcher matcher(m_context);
    if (auto st = matcher.setStatus(m_hits[size_t(row)].id, status); !st) {
        m_message->setText(st.error().message);
        return;
    }
    reload();
}

} // namespace caselink
