// Deadlines across the cases in the user's scope (DeadlineQuery): remand expiries, production before a magistrate,
// interim challans, proclamation periods and hearings, earliest first. Overdue rows stand out by colour, a warning
// icon and the word "Overdue" (never colour alone). Filters by office and investigating officer; Enter or a
// double-click opens the case. The 1,000 most urgent rows are shown, with the total.
#pragma once

#include <vector>

#include <QDate>
#include <QWidget>

#include "repo/deadlinequery.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTreeView;

namespace caselink {

class RepositoryContext;

class DeadlinesView : public QWidget {
    Q_OBJECT
public:
    enum Columns { Due, Status, Kind, Case, Person, Office, Officer, Detail, ColumnCount };
    enum Roles { CaseIdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr int kShownRows = 1000; // the most urgent; the summary says how many there are in all

    explicit DeadlinesView(RepositoryContext& context, QWidget* parent = nullptr);

    // Tests and the dashboard use a fixed day; the default is today (the session's clock).
    void setToday(QDate today);
    void reload();
    QStandardItemModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    const std::vector<DeadlineItem>& items() const { return m_items; }

signals:
    void openCase(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    void applyFilter();

    RepositoryContext& m_context;
    bool m_loaded = false;
    QDate m_today;
    std::vector<DeadlineItem> m_items;
    qsizetype m_total = 0;
    QComboBox* m_office;
    QComboBox* m_officer;
    QSpinBox* m_horizon;
    QLabel* m_summary;
    QLabel* m_error;
    QStandardItemModel* m_model;
    QTreeView* m_view;
};

} // namespace caselink
