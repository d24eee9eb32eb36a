// The supervisors' dashboard: a filter bar, one chart card per statistics table, a drill-down list of the records
// behind a clicked bar or slice (double-click opens the case), and exports (XLSX, CSV, PDF with vector charts, PNG).
#pragma once

#include <map>
#include <memory>
#include <vector>

#include <QPointer>
#include <QWidget>

#include "analysis/statistics.h"
#include "jobs/jobrunner.h"

QT_BEGIN_NAMESPACE
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QSpinBox;
class QTableWidget;
class QCheckBox;
QT_END_NAMESPACE

namespace caselink {

class MessageBar;
class Navigator;
class RepositoryContext;

class StatisticsDashboard : public QWidget {
    Q_OBJECT

public:
    StatisticsDashboard(RepositoryContext& context, Navigator& navigator, QWidget* parent = nullptr);
    ~StatisticsDashboard() override;

    StatisticsFilter filter() const;
    void setFilter(const StatisticsFilter& filter);
    const std::vector<StatTable>& tables() const { return m_tables; }
    QChartView* chartView(const QString& tableId) const;
    QTableWidget* drillTable() const { return m_drill; }

    // Recomputes every aggregate under the current filter; problems show in the message bar.
    bool refresh();
    // The same on a worker thread (national databases take seconds); the charts update when it is done. The
    // dashboard starts one when it is first shown and on Refresh.
    void refreshInBackground();
    bool isRefreshing() const;
    // Lists the records behind one cell in the drill-down table.
    bool drillDown(const QString& tableId, const QString& rowKey, const QString& columnKey);

    Status exportXlsx(const QString& path);
    Status exportCsv(const QString& path);
    Status exportPdf(const QString& path);
    // One PNG per chart into directory, named after the table ids; returns the files written.
    Result<QStringList> exportPngs(const QString& directory);

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void apply(Result<std::vector<StatTable>> tables);
    void buildFilterBar(QWidget* bar);
    void rebuildCards();
    void openDrillRow(int row);
    static QString recordHeading(const QString& kind); // the drill-down's name column for that record kind
    void chooseExport();
    Status auditExport(const QString& format);

    RepositoryContext& m_context;
    Navigator& m_navigator;
    std::unique_ptr<StatisticsQuery> m_query;
    std::vector<StatTable> m_tables;
    std::map<QString, QChartView*> m_views;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_useDates = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_offence = nullptr;
    QComboBox* m_category = nullptr;
    QSpinBox* m_year = nullptr;
    QGridLayout* m_grid = nullptr;
    QWidget* m_cards = nullptr;
    QLabel* m_drillTitle = nullptr;
    QTableWidget* m_drill = nullptr;
    MessageBar* m_messages = nullptr;
    QPointer<Job> m_job;
    int m_generation = 0; // a result of an older refresh than the last one started is dropped
    bool m_loaded = false;
};

} // namespace caselink
