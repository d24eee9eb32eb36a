#include "globalsearchfield.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QScreen>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

#include "repo/globalsearch.h"
#include "ui/navigator.h"

namespace caselink {

Q_LOGGING_CATEGORY(lcSearchField, "caselink.ui.search")

using namespace Qt::StringLiterals;

namespace {

constexpr int kPerKind = 8;
constexpr int kHeaderKind = -1;

QString kindTitle(GlobalSearchHit::Kind kind) {
    switch (kind) {
    case GlobalSearchHit::Kind::Person:
        return GlobalSearchField::tr("Persons");
    case GlobalSearchHit::Kind::Case:
        return GlobalSearchField::tr("Cases");
    case GlobalSearchHit::Kind::Organisation:
        return GlobalSearchField::tr("Organisations");
    }
    return {};
}

QString matchedByText(const QString& key) {
    if (key == u"cnic"_s) {
        return GlobalSearchField::tr("CNIC");
    }
    if (key == u"passport"_s) {
        return GlobalSearchField::tr("passport");
    }
    if (key == u"phone"_s) {
        return GlobalSearchField::tr("phone");
    }
    return {};
}

} // namespace

GlobalSearchField::GlobalSearchField(QWidget* parent)
    : QLineEdit(parent)
    , m_results(new QStandardItemModel(this))
    , m_popup(new QTreeView)
    , m_timer(new QTimer(this)) {
    setObjectName(u"globalSearch"_s);
    setPlaceholderText(tr("Search persons, CNIC, passport, phone, FIR, organisations (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumWidth(360);

    m_popup->setObjectName(u"globalSearchPopup"_s);
    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setFocusProxy(this);
    m_popup->setModel(m_results);
    m_popup->setHeaderHidden(true);
    m_popup->setRootIsDecorated(false);
    m_popup->setItemsExpandable(false);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_popup->setMouseTracking(true);
    m_popup->installEventFilter(this);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, [this] { search(text()); });
    connect(m_popup, &QAbstractItemView::clicked, this, &GlobalSearchField::open);
    setEnabled(false);
}

GlobalSearchField::~GlobalSearchField() {
    delete m_popup;
}

void GlobalSearchField::setContext(RepositoryContext* context, Navigator* navigator) {
    auditShownSearch(); // still on the session that ran it
    m_context = context;
    m_navigator = navigator;
    m_timer->stop();
    hidePopup();
    m_results->clear();
    m_lastQuery.clear();
    m_unaudited.reset();
    clear();
    setEnabled(context != nullptr);
}

void GlobalSearchField::search(const QString& text) {
    m_timer->stop();
    m_results->clear();
    if (!m_context) {
        hidePopup();
        return;
    }
    GlobalSearch search(*m_context);
    const auto found = search.run(text, kPerKind);
    m_unaudited.reset(); // the prefix typed on the way is not a search of its own
    m_lastQuery = text.simplified();
    if (!found) {
        auto* item = new QStandardItem(tr("Search failed: %1").arg(found.error().message));
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(kHeaderKind, KindRole);
        m_results->appendRow(item);
        showPopup();
        return;
    }
    if (m_lastQuery.size() >= 2) {
        m_unaudited = ShownSearch{found->personTotal, found->personsShown};
    }
    const std::vector<GlobalSearchHit>* hits = &found->hits;
    if (hits->empty()) {
        if (text.simplified().size() >= 2) {
            auto* item = new QStandardItem(tr("No matches in your scope"));
            item->setFlags(Qt::ItemIsEnabled);
            item->setData(kHeaderKind, KindRole);
            m_results->appendRow(item);
            showPopup();
        } else {
            hidePopup();
        }
        return;
    }
    std::optional<GlobalSearchHit::Kind> group;
    for (const GlobalSearchHit& hit : *hits) {
        if (group != hit.kind) {
            group = hit.kind;
            auto* header = new QStandardItem(kindTitle(hit.kind));
            QFont bold = font();
            bold.setBold(true);
            header->setFont(bold);
            header->setFlags(Qt::ItemIsEnabled);
            header->setData(kHeaderKind, KindRole);
            m_results->appendRow(header);
        }
        QString line = hit.title;
        if (!hit.detail.isEmpty()) {
            line += u"   "_s + hit.detail;
        }
        if (const QString by = matchedByText(hit.matchedBy); !by.isEmpty()) {
            line += u"   ("_s + tr("by %1").arg(by) + u')';
        }
        auto* item = new QStandardItem(line);
        item->setData(static_cast<int>(hit.kind), KindRole);
        item->setData(hit.id, IdRole);
        item->setToolTip(line);
        m_results->appendRow(item);
        if (hit.kind == GlobalSearchHit::Kind::Person && found->personTotal > found->personsShown &&
            (&hit == &hits->back() || (&hit + 1)->kind != GlobalSearchHit::Kind::Person)) {
            showMoreEntries(m_lastQuery, found->personTotal, found->personsShown);
        }
    }
    showPopup();
    moveSelection(1);
}

// Under the persons shown: how many more match, and the entry that lists them all.
void GlobalSearchField::showMoreEntries(const QString& query, qint64 total, int shown) {
    auto* more = new QStandardItem(tr("and %n more", nullptr, static_cast<int>(qMin<qint64>(total - shown, INT_MAX))));
    more->setFlags(Qt::ItemIsEnabled);
    more->setData(kHeaderKind, KindRole);
    more->setForeground(palette().brush(QPalette::PlaceholderText));
    m_results->appendRow(more);
    auto* all = new QStandardItem(tr("Show all results"));
    all->setData(kShowAllKind, KindRole);
    all->setData(query, IdRole);
    all->setToolTip(tr("Every person in your scope that the search finds, as a list"));
    QFont italic = font();
    italic.setItalic(true);
    all->setFont(italic);
    m_results->appendRow(all);
}

void GlobalSearchField::auditShownSearch() {
    if (!m_unaudited || !m_context) {
        return;
    }
    const ShownSearch shown = *m_unaudited;
    m_unaudited.reset();
    if (const Status audited = GlobalSearch(*m_context).auditPersonSearch(shown.found, shown.shown); !audited) {
        qCWarning(lcSearchField) << "the search could not be audited, code" << static_cast<int>(audited.error().code);
    }
}

void GlobalSearchField::showPopup() {
    if (!isVisible()) {
        return;
    }
    const int rows = qMin(m_results->rowCount(), 16);
    const int rowHeight = qMax(m_popup->sizeHintForRow(0), fontMetrics().height() + 4);
    const int width = qMax(this->width(), 520);
    QPoint origin = mapToGlobal(QPoint(0, height()));
    if (layoutDirection() == Qt::RightToLeft) {
        origin.rx() -= width - this->width();
    }
    m_popup->setGeometry(origin.x(), origin.y(), width, rows * rowHeight + 6);
    m_popup->setLayoutDirection(layoutDirection());
    if (!m_popup->isVisible()) {
        m_popup->show();
    }
    setFocus();
}

void GlobalSearchField::hidePopup() {
    m_popup->hide();
    auditShownSearch();
}

void GlobalSearchField::moveSelection(int step) {
    const int rows = m_results->rowCount();
    if (rows == 0) {
        return;
    }
    int row = m_popup->currentIndex().isValid() ? m_popup->currentIndex().row() : (step > 0 ? -1 : rows);
    for (int tries = 0; tries < rows; ++tries) {
        row += step;
        if (row < 0 || row >= rows) {
            return;
        }
        if (m_results->item(row)->data(KindRole).toInt() != kHeaderKind) {
            m_popup->setCurrentIndex(m_results->index(row, 0));
            return;
        }
    }
}

void GlobalSearchField::openCurrent() {
    open(m_popup->currentIndex());
}

void GlobalSearchField::open(const QModelIndex& index) {
    if (!index.isValid() || !m_navigator) {
        return;
    }
    const int kind = index.data(KindRole).toInt();
    const QString id = index.data(IdRole).toString();
    if (kind == kHeaderKind || id.isEmpty()) {
        return;
    }
    hidePopup();
    if (kind == kShowAllKind) {
        emit m_navigator->openSearchResults(id);
        return;
    }
    switch (static_cast<GlobalSearchHit::Kind>(kind)) {
    case GlobalSearchHit::Kind::Person:
        emit m_navigator->openPerson(id);
        break;
    case GlobalSearchHit::Kind::Case:
        emit m_navigator->openCase(id);
        break;
    case GlobalSearchHit::Kind::Organisation:
        emit m_navigator->openOrganisation(id);
        break;
    }
}

void GlobalSearchField::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Down:
        if (!m_popup->isVisible() && m_results->rowCount() > 0) {
            showPopup();
        }
        moveSelection(1);
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_timer->isActive()) {
            search(text()); // Enter before the pause: search now, then open the best match.
        }
        openCurrent();
        return;
    case Qt::Key_Escape:
        if (m_popup->isVisible()) {
            hidePopup();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

// The popup takes keyboard input while shown (Qt::Popup); typing goes back to the field, navigation stays.
bool GlobalSearchField::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_popup) {
        return QLineEdit::eventFilter(watched, event);
    }
    if (event->type() == QEvent::MouseButtonPress &&
        !m_popup->rect().contains(
            m_popup->mapFromGlobal(static_cast<QMouseEvent*>(event)->globalPosition()).toPoint())) {
        hidePopup();
        setFocus();
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
            keyPressEvent(key);
            return true;
        default:
            QApplication::sendEvent(this, event);
            return true;
        }
    }
    return false;
}

} // namespace caselink
