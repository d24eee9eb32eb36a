// Bulk inserts for the synthetic generator: one prepared statement per table, rows committed in large batches, a
// progress callback after each batch that may cancel (the open batch is rolled back, committed ones stay).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>

#include <QString>

#include "storage/database.h"
#include "util/result.h"

namespace caselink::synthetic {

enum class Table {
    Persons,
    PersonAliases,
    PersonPassports,
    PersonPhones,
    PersonAddresses,
    Watchlist,
    Organisations,
    Memberships,
    Officers,
    Incidents,
    Cases,
    CaseOffences,
    CasePersons,
    Arrests,
    Custody,
    Documents,
    RouteLegs,
    Payments,
    Assets,
    CourtProceedings,
    Hearings,
    Events,
    Links,
    RedBookEditions,
    RedBookEntries,
    PersonSearch,
    CaseSearch,
    Count
};
inline constexpr int kTableCount = static_cast<int>(Table::Count);

const char* tableName(Table table);

struct Null {};
inline constexpr Null null{};

using ProgressCallback = std::function<bool(std::int64_t done, std::int64_t total)>;

class BulkWriter {
public:
    BulkWriter(Database& db, int batchRows, ProgressCallback progress, std::int64_t expectedRows);
    ~BulkWriter();

    Status start();
    template <typename... Args>
    Status row(Table table, const Args&... args) {
        Statement& s = m_statements[static_cast<std::size_t>(table)];
        int index = 0;
        (bindOne(s, ++index, args), ...);
        return afterBind(table);
    }
    // Runs last inside the open batch, then commits it: the final audit entry goes in with the last rows.
    Status finish(const std::function<Status()>& last);

    bool cancelled() const { return m_cancelled; }
    std::int64_t rows(Table table) const { return m_counts[static_cast<std::size_t>(table)]; }
    std::int64_t totalRows() const { return m_total; }
    std::int64_t committedRows() const { return m_committed; }
    void setExpectedRows(std::int64_t rows) { m_expected = rows; }

private:
    static void bindOne(Statement& s, int index, const QString& value) { s.bind(index, value); }
    static void bindOne(Statement& s, int index, int value) { s.bindInt(index, value); }
    static void bindOne(Statement& s, int index, std::int64_t value) { s.bindInt(index, value); }
    static void bindOne(Statement& s, int index, double value) { s.bind(index, value); }
    static void bindOne(Statement& s, int index, Null) { s.bindNull(index); }
    static void bindOne(Statement& s, int index, const std::optional<std::int64_t>& value) {
        value ? s.bindInt(index, *value) : s.bindNull(index);
    }
    Status afterBind(Table table);
    Status commitBatch();

    Database& m_db;
    int m_batchRows;
    ProgressCallback m_progress;
    std::int64_t m_expected;
    std::array<Statement, kTableCount> m_statements;
    std::array<std::int64_t, kTableCount> m_counts{};
    std::array<std::int64_t, kTableCount> m_committedCounts{};
    std::optional<Transaction> m_transaction;
    std::int64_t m_total = 0;
    std::int64_t m_committed = 0;
    int m_inBatch = 0;
    bool m_cancelled = false;
};

} // namespace caselink::synthetic
