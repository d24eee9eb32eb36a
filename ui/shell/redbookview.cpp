#include "redbookview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "domain/localtime.h"
#include "models/coalescedrefresh.h"
#include "repo/personrepository.h"
#include "repo/redbookrepository.h"
#include "repo/repositorycontext.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTreeView* makeView(QStandardItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setUniformRowHeights(true);
    return view;
}

QStandardItem* number(int value) {
    auto* item = new QStandardItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

} // namespace

RedBookView::RedBookView(RepositoryContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_edition(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_zones(new QStandardItemModel(this))
    , m_entries(new QStandardItemModel(this)) {
    setObjectName(u"redBookPage"_s);
    auto* heading = new QLabel(tr("Red Book"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_edition->setObjectName(u"redBookEdition"_s);
    m_summary->setObjectName(u"redBookSummary"_s);
    m_summary->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();

    m_zoneView = makeView(m_zones, u"redBookZones"_s, this);
    m_entryView = makeView(m_entries, u"redBookEntries"_s, this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_zoneView);
    splitter->addWidget(m_entryView);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(new QLabel(tr("Edition:"), this));
    top->addWidget(m_edition);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_edition, &QComboBox::currentIndexChanged, this, &RedBookView::showEdition);
    connect(m_zoneView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showZone(current.siblingAtColumn(0).data(kIdRole).toString()); });
    connect(m_entryView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.siblingAtColumn(0).data(kIdRole).toString();
        if (!id.isEmpty()) {
            emit openPerson(id);
        }
    });
    followChanges();
}

void RedBookView::followChanges() {
    auto* refresher = new CoalescedRefresh([this] { reload(); }, this);
    connect(&m_context.notifier(), &ChangeNotifier::changed, this, [this, refresher](const ChangeEvent& event) {
        const bool relevant =
            event.isExternal() || event.entity == RecordKind::RedBook || event.entity == RecordKind::Person;
        if (m_loaded && relevant) {
            refresher->schedule();
        }
    });
}

void RedBookView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded) {
        reload();
    }
}

void RedBookView::reload() {
    m_loaded = true;
    RedBookRepository redBook(m_context);
    auto editions = redBook.editions();
    m_editions = editions ? std::move(*editions) : std::vector<RedBookEdition>{};
    const QSignalBlocker blocker(m_edition);
    m_edition->clear();
    for (const RedBookEdition& edition : m_editions) {
        m_edition->addItem(tr("Edition %1 (%2)").arg(edition.edition).arg(edition.year), edition.id);
    }
    if (!editions) {
        m_error->setText(tr("The Red Book could not be read: %1").arg(editions.error().message));
        m_error->show();
    }
    showEdition();
}

void RedBookView::showEdition() {
    m_zones->clear();
    m_entries->clear();
    m_zones->setHorizontalHeaderLabels(
        {tr("Zone"), tr("Wanted"), tr("Arrested"), tr("Abroad"), tr("Deceased"), tr("Removed"), tr("Total")});
    const int index = m_edition->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_editions.size())) {
        m_summary->setText(tr("No Red Book edition is recorded in this database."));
        return;
    }
    const RedBookEdition& edition = m_editions[index];
    RedBookRepository redBook(m_context);
    auto progress = redBook.progressByZone(edition.id);
    if (!progress) {
        m_error->setText(tr("The Red Book could not be read: %1").arg(progress.error().message));
        m_error->show();
        return;
    }
    int total = 0;
    int arrested = 0;
    for (const ZoneProgress& zone : *progress) {
        auto* name = new QStandardItem(zone.zoneName.isEmpty() ? zone.zoneCode : zone.zoneName);
        name->setData(zone.zoneId, kIdRole);
        m_zones->appendRow({name, number(zone.wanted), number(zone.arrested), number(zone.abroad),
                            number(zone.deceased), number(zone.removed), number(zone.total())});
        total += zone.total();
        arrested += zone.arrested;
    }
    // Arrests since the edition: entries whose status became ARRESTED on or after its publication.
    int arrestedSince = 0;
    auto entries = redBook.entries(edition.id);
    if (entries) {
        for (const RedBookEntry& entry : *entries) {
            if (entry.status == RedBookStatus::Arrested &&
                (!edition.publishedOn.isValid() || !entry.statusOn.isValid() ||
                 entry.statusOn >= edition.publishedOn)) {
                ++arrestedSince;
            }
        }
    }
    m_summary->setText(tr("Edition %1, published %2: %n entries", nullptr, total)
                           .arg(edition.edition)
                           .arg(displayDate(edition.publishedOn)) +
                       u" · "_s + tr("%n arrested since publication", nullptr, arrestedSince));
    Q_UNUSED(arrested);
    for (int c = 0; c < m_zones->columnCount(); ++c) {
        m_zoneView->resizeColumnToContents(c);
    }
    if (m_zones->rowCount() > 0) {
        m_zoneView->setCurrentIndex(m_zones->index(0, 0));
    }
}

void RedBookView::showZone(const QString& zoneId) {
    m_entries->clear();
    m_entries->setHorizontalHeaderLabels({tr("Serial"), tr("Person"), tr("Status"), tr("Since")});
    const int index = m_edition->currentIndex();
    if (zoneId.isEmpty() || index < 0 || index >= static_cast<int>(m_editions.size())) {
        return;
    }
    RedBookRepository redBook(m_context);
    auto entries = redBook.entries(m_editions[index].id, zoneId);
    if (!entries) {
        return;
    }
    PersonRepository persons(m_context);
    for (const RedBookEntry& entry : *entries) {
        // Through the repository: scoped and redacted as everywhere else.
        auto person = persons.get(entry.personId);
        auto* serial = number(entry.serial);
        serial->setData(person ? entry.personId : QString(), kIdRole);
        m_entries->appendRow({serial, new QStandardItem(person ? person->displayName() : tr("(not in your scope)")),
                              new QStandardItem(redBookStatusName(entry.status)),
                              new QStandardItem(displayDate(entry.statusOn))});
    }
    for (int c = 0; c < m_entries->columnCount(); ++c) {
        m_entryView->resizeColumnToContents(c);
    }
}

} // namespace caselink
