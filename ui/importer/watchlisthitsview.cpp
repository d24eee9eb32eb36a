#include "ui/importer/watchlisthitsview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "jobs/jobrunner.h"
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
    m_run = new QPushButton(tr("Run against all persons"));
    m_run->setObjectName(u"runWatchList"_s);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    m_progress = new QProgressBar;
    m_progress->hide();
    auto* confirm = new QPushButton(tr("Confirm hit"));
    auto* dismiss = new QPushButton(tr("Dismiss hit"));
    bar->addWidget(new QLabel(tr("List")));
    bar->addWidget(m_list);
    bar->addWidget(m_run);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
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
    connect(m_run, &QPushButton::clicked, this, [this] { runList(m_list->currentData().toString()); });
    connect(m_cancel, &QPushButton::clicked, this, &WatchListHitsView::cancelRun);
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
    if (m_job) {
        return;
    }
    m_run->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_message->setText(tr("Matching %1 against all persons…").arg(m_list->currentText()));
    RepositoryContext* context = &m_context;
    m_job = m_context.jobs().start<Result<std::vector<WatchListHit>>>(
        tr("Matching %1").arg(m_list->currentText()), this,
        [context, list](JobControl& control) {
            WatchListMatcher matcher(*context);
            return matcher.run(list, 0.65, control.progressCallback());
        },
        [this](Result<std::vector<WatchListHit>>&& hits) {
            m_job = nullptr;
            m_run->setEnabled(true);
            m_cancel->hide();
            m_progress->hide();
            display(hits);
            emit runFinished(hits.has_value());
        });
    connect(m_job, &Job::progressChanged, m_progress, [bar = m_progress](qint64 done, qint64 total, const QString&) {
        if (total > 0) {
            bar->setRange(0, static_cast<int>(total));
            bar->setValue(static_cast<int>(done));
        }
    });
}

void WatchListHitsView::cancelRun() {
    if (m_job) {
        m_job->cancel();
    }
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
