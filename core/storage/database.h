// RAII access to one SQLCipher database through its C API: connection, prepared statements with bound parameters,
// a transaction guard. SQL dialect details stay in storage/ and repo/.
#pragma once

#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <thread>

#include <QByteArray>
#include <QString>
#include <QVariant>

#include "crypto/securebytes.h"
#include "util/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace caselink {

struct SqliteCloser {
    void operator()(sqlite3* db) const;
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* stmt) const;
};

// NOT NULL text columns: a null QString binds as SQL NULL, so text bound to them goes through nn.
inline QString nn(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

class Statement {
public:
    Statement() = default;
    Statement(sqlite3_stmt* stmt, sqlite3* db);

    // Parameters are 1-based, as in SQLite. A null QString binds SQL NULL.
    template <std::integral T>
    Statement& bind(int index, T value) {
        return bindInt(index, static_cast<std::int64_t>(value));
    }
    Statement& bindInt(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bindBlob(int index, const QByteArray& value);
    // Key material: SQLite copies it into its own (encrypted-at-rest) pages; no unwiped copy is made here.
    Statement& bindSecret(int index, const SecureBytes& value);
    Statement& bindNull(int index);
    // Named parameters (":name"); a name the statement does not use is ignored, so shared fragments such as the
    // scope filter can bind unconditionally.
    Statement& bindNamed(const char* name, const QString& value);
    Statement& bindNamed(const char* name, std::int64_t value);
    Statement& bind(int index, const QVariant& value);

    // Returns true when a row is available, false when done.
    Result<bool> step();
    // Runs to completion, ignoring rows.
    Status run();
    // Runs to completion, handing each row to onRow (which reads the columns of this statement).
    template <typename F>
    Status forEachRow(F&& onRow) {
        while (true) {
            auto row = step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                return {};
            }
            onRow(*this);
        }
    }
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    SecureBytes columnSecret(int column) const;
    QVariant columnValue(int column) const;
    bool columnIsNull(int column) const;
    int columnCount() const;

private:
    std::unique_ptr<sqlite3_stmt, StatementFinalizer> m_stmt;
    sqlite3* m_db = nullptr;
};

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly, Create };
    // Decrypted pages kept in memory per connection (PRAGMA cache_size = -kPageCacheKiB).
    static constexpr int kPageCacheKiB = 64 * 1024;
    // How long a statement waits for another connection's lock before it fails with ErrorCode::Busy.
    static constexpr int kBusyTimeoutMs = 5000;

    // An empty key opens an unencrypted database (benchmark baselines only). A non-empty key must be 32 raw bytes.
    static Result<Database> open(const QString& path, const SecureBytes& key, Mode mode);

    Database();
    ~Database();
    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db.get(); }

    Status exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    // Convenience for single-value queries; an empty result is NotFound.
    Result<QVariant> scalar(const QString& sql);

    Result<int> userVersion();
    Status setUserVersion(int version);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    Status rekey(const SecureBytes& newKey);
    void close();

    // Inside an open transaction (BEGIN ... not yet committed) on this connection.
    bool inTransaction() const;
    // How long statements wait for another connection's lock (kBusyTimeoutMs unless changed).
    void setBusyTimeout(int milliseconds);

    // PRAGMA data_version: changes when another connection (of this or another process) commits.
    Result<std::int64_t> dataVersion();
    // "wal" normally; "delete" only while an exclusive operation re-encrypts the file (or after one was interrupted).
    Result<QString> journalMode();

    // A connection belongs to the thread that opened it (one connection per thread): SQLite's transaction state is
    // the connection's, so two threads sharing one would nest their transactions into each other. Use from another
    // thread is refused with an Internal error. adoptCurrentThread() hands a connection over explicitly.
    bool ownedByCurrentThread() const;
    void adoptCurrentThread();

    Error lastError(ErrorCode code, const QString& context) const;

private:
    std::unique_ptr<sqlite3, SqliteCloser> m_db;
    QString m_path;
    bool m_readOnly = false;
    std::thread::id m_owner = std::this_thread::get_id();
};

// Rolls back on destruction unless commit() succeeded. BEGIN IMMEDIATE so writers queue instead of failing late.
// Nesting is decided by the connection's own state: each thread has its own connection, so a transaction only ever
// becomes a savepoint inside another transaction of the same thread.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();

private:
    Database& m_db;
    bool m_active = false;
    bool m_nested = false; // a savepoint inside an open transaction
};

} // namespace caselink
