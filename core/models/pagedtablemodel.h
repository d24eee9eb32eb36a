// A table model that pages through one scoped SQL query with keyset pagination: sorting and filtering happen in
// SQL, rowCount() is what has been fetched, and a million rows scroll without a million rows in memory.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVariant>

#include "models/coalescedrefresh.h"
#include "repo/changenotifier.h"
#include "util/result.h"

namespace caselink {

class RepositoryContext;
class Statement;

// A named SQL parameter and its value (QString or an integer).
using SqlParameter = std::pair<QByteArray, QVariant>;

struct PagedColumn {
    QString header;     // translated
    QString expression; // SQL selected for the column
    bool sortable = true;
    bool numeric = false; // right-aligned
    int role = -1;        // a role under which the raw value is also returned from any column of the row
    // The text shown (Qt::DisplayRole) from every selected value of the row; the raw value when unset.
    std::function<QVariant(const QVariantList& row)> display;
    // What ORDER BY uses; when empty, coalesce(expression, '') so NULLs take part in the keyset comparison.
    QString sortExpression;
};

struct PagedFilter {
    QString sql; // a boolean SQL expression; empty means no filter
    std::vector<SqlParameter> parameters;
};

struct PagedQuery {
    QString from;  // "FROM persons p LEFT JOIN ..."
    QString where; // scope fragments and fixed conditions; Scope::bind is applied to every statement
    QString key;   // a unique, non-null expression: the keyset tie-breaker and the row identity
    std::vector<PagedColumn> columns;
    QStringList extras;         // further selected expressions the display functions read (after the columns)
    QHash<int, int> extraRoles; // role -> index into extras, for values that have no column (protected, ...)
    std::vector<SqlParameter> parameters;
    std::function<PagedFilter(const QString& text)> filter;
    QList<RecordKind> entities;               // the kinds of change that make the model refresh
    bool anyEntity = false;                   // every change does (the audit log)
    RecordKind rowEntity = RecordKind::Other; // the kind the key identifies: its updates are applied in place
    int sortColumn = -1;                      // -1 sorts by the key
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles {
        KeyRole = Qt::UserRole, // the row's key (id, seq)
        SortValueRole,          // the value SQL ordered the row by
        SortableRole,           // headerData: whether sort() accepts the column
        FirstCustomRole = Qt::UserRole + 16
    };
    static constexpr int kDefaultPageSize = 200;

    ~PagedTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    int sortColumn() const { return m_query.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder; }

    // Rows matching the filter in the user's scope, however many are fetched: COUNT(*) over the same WHERE.
    Result<qint64> totalCount();
    QVariant keyAt(int row) const;
    int rowOfKey(const QVariant& key) const; // -1 when not fetched
    // Reloads from the first page (as many rows as were fetched, so a view keeps its place).
    void refresh();
    // The last query error; empty after a successful query.
    const std::optional<Error>& lastError() const { return m_lastError; }

signals:
    void queryFailed(const QString& message);

protected:
    PagedTableModel(RepositoryContext& context, QObject* parent);
    // Subclasses call this once, from their constructor, and may change parameters later.
    void setQuery(PagedQuery query);
    void setParameter(const QByteArray& name, const QVariant& value);
    RepositoryContext& context() { return m_context; }

private:
    struct Row {
        QVariant key;
        QVariant sortValue;
        QVariantList values;
    };
    QString sortExpression() const;
    QString selectList() const;
    QString whereClause(const PagedFilter& filter, bool keyset, bool single) const;
    Result<Statement> prepare(const QString& sql, const PagedFilter& filter);
    Result<std::vector<Row>> load(int limit, const Row* after);
    Result<std::optional<Row>> loadKey(const QVariant& key);
    void reset(int rows);
    void onChanged(const ChangeEvent& event);
    void reportError(const Error& error);

    RepositoryContext& m_context;
    PagedQuery m_query;
    QString m_filterText;
    PagedFilter m_filter;
    std::vector<Row> m_rows;
    bool m_atEnd = false;
    CoalescedRefresh* m_refresher = nullptr;
    bool m_detached = false;
    bool m_emitting = false;
    QHash<int, int> m_roleColumns; // custom role -> column
    int m_pageSize = kDefaultPageSize;
    std::optional<Error> m_lastError;
};

} // namespace caselink
