#include "listpage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/pagedtablemodel.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFilterDelayMs = 200;

// Enter on a row opens it, as a double-click does.
class ListView : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void(const QModelIndex&)> onEnter;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            onEnter(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

ListPage::ListPage(PagedTableModel* model, const QString& title, const QString& filterHint, const QString& objectName,
                   QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_countButton(new QToolButton(this))
    , m_filterTimer(new QTimer(this)) {
    setObjectName(objectName);
    m_model->setParent(this);
    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_filter->setObjectName(objectName + u"Filter"_s);
    m_filter->setPlaceholderText(filterHint);
    m_filter->setClearButtonEnabled(true);
    m_count->setObjectName(objectName + u"Count"_s);
    m_error->setObjectName(objectName + u"Error"_s);
    // Counting a million scoped rows takes a second or more, so it runs when asked for, not with every screen.
    m_countButton->setObjectName(objectName + u"CountButton"_s);
    m_countButton->setText(tr("Count"));
    m_countButton->setToolTip(tr("Count every row that matches the filter"));
    m_countButton->setAutoRaise(true);
    connect(m_countButton, &QToolButton::clicked, this, &ListPage::updateCount);
    m_error->setWordWrap(true);
    m_error->hide();

    auto* view = new ListView(this);
    view->onEnter = [this](const QModelIndex& index) {
        emit activated(m_model->keyAt(index.row()));
    };
    m_view = view;
    m_view->setObjectName(objectName + u"View"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    // Sorted in SQL on a header click. Not setSortingEnabled(): it would sort once more by the first column on
    // construction, which on a million persons costs seconds before the first screen.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });

    auto* top = new QHBoxLayout;
    m_top = top;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_count);
    top->addWidget(m_countButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &ListPage::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterTimer->stop();
        applyFilter();
        m_view->setFocus();
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { emit activated(m_model->keyAt(index.row())); });
    connect(m_model, &PagedTableModel::queryFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::showLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::showLoaded);
    showLoaded();
}

void ListPage::addPageAction(QAction* action) {
    auto* button = new QToolButton(this);
    QString name = action->objectName();
    name.replace(u"Action"_s, u"Button"_s);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_top->insertWidget(1, button);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(action);
}

void ListPage::applyFilter() {
    m_error->hide();
    m_model->setFilterText(m_filter->text().trimmed());
    m_total = -1;
    showLoaded();
}

void ListPage::setFilter(const QString& text) {
    m_filter->setText(text);
    m_filterTimer->stop();
    applyFilter();
}

void ListPage::updateCount() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> total = m_model->totalCount();
    QApplication::restoreOverrideCursor();
    m_total = total ? *total : -1;
    showLoaded();
}

void ListPage::showLoaded() {
    const bool more = m_total < 0 && m_model->canFetchMore({});
    if (m_total >= 0) {
        m_count->setText(tr("%n row(s)", nullptr, static_cast<int>(qMin<qint64>(m_total, INT_MAX))));
    } else if (more) {
        m_count->setText(tr("%n+ rows", nullptr, m_model->rowCount()));
    } else {
        m_count->setText(tr("%n row(s)", nullptr, m_model->rowCount()));
    }
    m_countButton->setVisible(more);
}

} // namespace caselink
