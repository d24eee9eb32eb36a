#include "models/pagedtablemodel.h"

#include <QLoggingCategory>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include "repo/repositorycontext.h"
#include "storage/database.h"

Q_LOGGING_CATEGORY(lcModels, "caselink.models", QtWarningMsg)

namespace caselink {
namespace {

// Keyset and limit parameters use fixed high numbers so they never collide with the named parameters of the scope
// fragments and the subclasses, which SQLite numbers from 1 in order of appearance.
constexpr int kAfterSort = 500;
constexpr int kAfterKey = 501;
constexpr int kLimit = 502;

void bindParameter(Statement& statement, const SqlParameter& parameter) {
    const QVariant& value = parameter.second;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        statement.bindNamed(parameter.first.constData(), static_cast<std::int64_t>(value.toLongLong()));
        break;
    default:
        statement.bindNamed(parameter.first.constData(), value.toString());
    }
}

// '' and NULL read back as a null QString, which would bind NULL and break the row-value comparison.
QVariant bindable(const QVariant& value) {
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isNull())) {
        return QVariant(QStringLiteral(""));
    }
    return value;
}

} // namespace

PagedTableModel::PagedTableModel(RepositoryContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_refresher(new CoalescedRefresh([this] { refresh(); }, this)) {
    connect(&context.notifier(), &ChangeNotifier::changed, this, &PagedTableModel::onChanged);
    // The database closed (lock, sign-out): nothing of it may stay on screen.
    connect(&context.notifier(), &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_atEnd = true;
        m_detached = true;
        endResetModel();
    });
}

PagedTableModel::~PagedTableModel() = default;

void PagedTableModel::setQuery(PagedQuery query) {
    m_query = std::move(query);
    m_roleColumns.clear();
    for (int i = 0; i < static_cast<int>(m_query.columns.size()); ++i) {
        if (m_query.columns[i].role >= 0) {
            m_roleColumns.insert(m_query.columns[i].role, i);
        }
    }
    for (auto it = m_query.extraRoles.cbegin(); it != m_query.extraRoles.cend(); ++it) {
        m_roleColumns.insert(it.key(), static_cast<int>(m_query.columns.size()) + it.value());
    }
    m_filter = m_query.filter && !m_filterText.isEmpty() ? m_query.filter(m_filterText) : PagedFilter{};
    reset(m_pageSize);
}

void PagedTableModel::setParameter(const QByteArray& name, const QVariant& value) {
    for (SqlParameter& p : m_query.parameters) {
        if (p.first == name) {
            p.second = value;
            reset(static_cast<int>(m_rows.size()));
            return;
        }
    }
    m_query.parameters.emplace_back(name, value);
    reset(static_cast<int>(m_rows.size()));
}

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_query.columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const PagedColumn& column = m_query.columns[static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return column.display ? column.display(row.values) : row.values.at(index.column());
    case Qt::EditRole:
        return row.values.at(index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment((column.numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case KeyRole:
        return row.key;
    case SortValueRole:
        return row.sortValue;
    default:
        if (auto it = m_roleColumns.constFind(role); it != m_roleColumns.cend()) {
            return row.values.at(*it);
        }
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= static_cast<int>(m_query.columns.size())) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const PagedColumn& column = m_query.columns[static_cast<std::size_t>(section)];
    if (role == Qt::DisplayRole) {
        return column.header;
    }
    if (role == SortableRole) {
        return column.sortable;
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::Alignment((column.numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    return {};
}

QHash<int, QByteArray> PagedTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, QByteArrayLiteral("key"));
    for (auto it = m_roleColumns.cbegin(); it != m_roleColumns.cend(); ++it) {
        names.insert(it.key(), QByteArrayLiteral("value") + QByteArray::number(it.value()));
    }
    return names;
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    // Listeners of the insert and reset signals (QAbstractItemModelTester among them) may ask for more while a
    // change is being announced; inserting rows then would nest two changes. A view asks again later.
    if (parent.isValid() || m_atEnd || m_emitting) {
        return;
    }
    auto page = load(m_pageSize, m_rows.empty() ? nullptr : &m_rows.back());
    if (!page) {
        m_atEnd = true; // a failing query must not make a view ask again and again
        reportError(page.error());
        return;
    }
    m_atEnd = static_cast<int>(page->size()) < m_pageSize;
    if (page->empty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_emitting = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    std::move(page->begin(), page->end(), std::back_inserter(m_rows));
    endInsertRows();
    m_emitting = false;
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= static_cast<int>(m_query.columns.size()) ||
        (column >= 0 && !m_query.columns[static_cast<std::size_t>(column)].sortable)) {
        return;
    }
    m_query.sortColumn = column;
    m_query.sortOrder = order;
    reset(m_pageSize);
}

void PagedTableModel::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    m_filter = m_query.filter && !m_filterText.isEmpty() ? m_query.filter(m_filterText) : PagedFilter{};
    reset(m_pageSize);
}

QString PagedTableModel::sortExpression() const {
    if (m_query.sortColumn < 0) {
        return m_query.key;
    }
    const PagedColumn& column = m_query.columns[static_cast<std::size_t>(m_query.sortColumn)];
    return column.sortExpression.isEmpty() ? QStringLiteral("coalesce(%1, '')").arg(column.expression)
                                           : column.sortExpression;
}

QString PagedTableModel::selectList() const {
    QStringList list{m_query.key, sortExpression()};
    for (const PagedColumn& column : m_query.columns) {
        list << column.expression;
    }
    list << m_query.extras;
    return list.join(QLatin1String(", "));
}

QString PagedTableModel::whereClause(const PagedFilter& filter, bool keyset, bool single) const {
    QString where = QStringLiteral("WHERE (%1)").arg(m_query.where.isEmpty() ? QStringLiteral("1") : m_query.where);
    if (!filter.sql.isEmpty()) {
        where += QStringLiteral(" AND (%1)").arg(filter.sql);
    }
    if (single) {
        where += QStringLiteral(" AND %1 = ?%2").arg(m_query.key).arg(kAfterKey);
    } else if (keyset) {
        const QString op = m_query.sortOrder == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        where += m_query.sortColumn < 0 ? QStringLiteral(" AND %1 %2 ?%3").arg(m_query.key, op).arg(kAfterKey)
                                        : QStringLiteral(" AND (%1, %2) %3 (?%4, ?%5)")
                                              .arg(sortExpression(), m_query.key, op)
                                              .arg(kAfterSort)
                                              .arg(kAfterKey);
    }
    return where;
}

Result<Statement> PagedTableModel::prepare(const QString& sql, const PagedFilter& filter) {
    // The SQL template only: parameters (names, numbers typed in a filter) are never logged.
    qCDebug(lcModels).noquote() << sql;
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    for (const SqlParameter& p : m_query.parameters) {
        bindParameter(*stmt, p);
    }
    for (const SqlParameter& p : filter.parameters) {
        bindParameter(*stmt, p);
    }
    m_context.scope().bind(*stmt);
    return stmt;
}

Result<std::vector<PagedTableModel::Row>> PagedTableModel::load(int limit, const Row* after) {
    if (m_detached) {
        return std::vector<Row>{};
    }
    const QString dir = m_query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString order = m_query.sortColumn < 0
                              ? QStringLiteral("ORDER BY %1 %2").arg(m_query.key, dir)
                              : QStringLiteral("ORDER BY %1 %2, %3 %2").arg(sortExpression(), dir, m_query.key);
    const QString sql = QStringLiteral("SELECT %1 %2 %3 %4 LIMIT ?%5")
                            .arg(selectList(), m_query.from, whereClause(m_filter, after != nullptr, false), order)
                            .arg(kLimit);
    auto stmt = prepare(sql, m_filter);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (after) {
        stmt->bind(kAfterSort, bindable(after->sortValue));
        stmt->bind(kAfterKey, after->key);
    }
    stmt->bindInt(kLimit, limit);
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(limit));
    const int valueCount = stmt->columnCount() - 2;
    while (true) {
        auto more = stmt->step();
        if (!more) {
            return std::unexpected(more.error());
        }
        if (!*more) {
            break;
        }
        Row row{stmt->columnValue(0), bindable(stmt->columnValue(1)), {}};
        row.values.reserve(valueCount);
        for (int i = 0; i < valueCount; ++i) {
            row.values << stmt->columnValue(i + 2);
        }
        rows.push_back(std::move(row));
    }
    m_lastError.reset();
    return rows;
}

Result<std::optional<PagedTableModel::Row>> PagedTableModel::loadKey(const QVariant& key) {
    const QString sql =
        QStringLiteral("SELECT %1 %2 %3").arg(selectList(), m_query.from, whereClause(m_filter, false, true));
    auto stmt = prepare(sql, m_filter);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(kAfterKey, key);
    auto found = stmt->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return std::optional<Row>{};
    }
    Row row{stmt->columnValue(0), bindable(stmt->columnValue(1)), {}};
    for (int i = 2; i < stmt->columnCount(); ++i) {
        row.values << stmt->columnValue(i);
    }
    return std::optional<Row>(std::move(row));
}

Result<qint64> PagedTableModel::totalCount() {
    if (m_detached) {
        return 0;
    }
    const QString sql = QStringLiteral("SELECT count(*) %1 %2").arg(m_query.from, whereClause(m_filter, false, false));
    auto stmt = prepare(sql, m_filter);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->columnInt(0) : 0;
}

QVariant PagedTableModel::keyAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)].key : QVariant();
}

int PagedTableModel::rowOfKey(const QVariant& key) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void PagedTableModel::refresh() {
    m_refresher->done();
    reset(static_cast<int>(m_rows.size()));
}

void PagedTableModel::reset(int rows) {
    const int limit = qMax(rows, m_pageSize);
    auto loaded = load(limit, nullptr);
    m_emitting = true;
    beginResetModel();
    if (loaded) {
        m_rows = std::move(*loaded);
        m_atEnd = static_cast<int>(m_rows.size()) < limit;
    } else {
        m_rows.clear();
        m_atEnd = true;
    }
    endResetModel();
    m_emitting = false;
    if (!loaded) {
        reportError(loaded.error());
    }
}

void PagedTableModel::onChanged(const ChangeEvent& event) {
    if (event.isExternal()) {
        m_refresher->schedule();
        return;
    }
    if (!m_query.anyEntity && !m_query.entities.contains(event.entity)) {
        return;
    }
    if (event.change != ChangeKind::Updated || event.entity != m_query.rowEntity || m_refresher->isPending()) {
        m_refresher->schedule();
        return;
    }
    const int row = rowOfKey(event.id);
    if (row < 0) {
        m_refresher->schedule(); // it may now sort into the fetched rows or match the filter
        return;
    }
    auto fresh = loadKey(event.id);
    if (!fresh) {
        reportError(fresh.error());
        return;
    }
    Row& current = m_rows[static_cast<std::size_t>(row)];
    if (!fresh->has_value() || (*fresh)->sortValue != current.sortValue) {
        m_refresher->schedule(); // left the filter or scope, or moved in the sort order
        return;
    }
    current = std::move(**fresh);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedTableModel::reportError(const Error& error) {
    m_lastError = error;
    emit queryFailed(error.message);
}

} // namespace caselink
