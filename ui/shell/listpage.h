// One sidebar list (cases, people, organisations, arrests, audit log): a paged model in a table, sorted in SQL by a
// header click, a filter field applied as the user types, the row count, and double-click or Enter to open a row.
#pragma once

#include <QString>
#include <QVariant>
#include <QWidget>

class QAction;
class QLabel;
class QHBoxLayout;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace caselink {

class PagedTableModel;

class ListPage : public QWidget {
    Q_OBJECT
public:
    // Takes ownership of model. objectName names the page ("casesPage") and prefixes its children's names.
    ListPage(PagedTableModel* model, const QString& title, const QString& filterHint, const QString& objectName,
             QWidget* parent = nullptr);

    PagedTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    // Counts the rows matching the filter (COUNT over the same scoped query) and shows it. Runs when the user asks
    // (the Count button): until then the label says how many rows are loaded ("200+ rows"), or the exact number
    // when every row is loaded.
    void updateCount();
    // Offers action on the page: a button beside the heading (named after the action, "newCaseAction" gives
    // "newCaseButton") and an entry in the list's context menu. The action stays its owner's.
    void addPageAction(QAction* action);
    // Puts text in the filter field and applies it at once.
    void setFilter(const QString& text);

signals:
    // The row's key (the record id) when a row is double-clicked or Enter is pressed on it.
    void activated(const QVariant& key);

private:
    void applyFilter();
    void showLoaded();

    PagedTableModel* m_model;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QToolButton* m_countButton = nullptr;
    QHBoxLayout* m_top = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_filterTimer = nullptr;
    qint64 m_total = -1;
};

} // namespace caselink
