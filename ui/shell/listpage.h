// One sidebar list (cases, people, organisations, arrests, audit log): a paged model in a table, sorted in SQL by a
// header click, a filter field applied as the user types, the row count, and double-click or Enter to open a row.
#pragma once

#include <QString>
#include <QVariant>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

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
    // Counts the rows matching the filter (COUNT over the same scoped query) and shows it. Runs once the page is
    // shown, not while the first screen is painted.
    void updateCount();

signals:
    // The row's key (the record id) when a row is double-clicked or Enter is pressed on it.
    void activated(const QVariant& key);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void showLoaded();

    PagedTableModel* m_model;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_view = nullptr;
    QTimer* m_filterTimer = nullptr;
    qint64 m_total = -1;
    bool m_countPending = true;
};

} // namespace caselink
