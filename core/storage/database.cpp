#include "storage/database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include "storage/processlocks.h"

Q_LOGGING_CATEGORY(lcStorage, "caselink.storage")

namespace caselink {
namespace {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Database)
};

// SQLCipher takes a raw key as the text x'<64 hex digits>'; built in a wiped buffer, never as SQL text.
SecureBytes rawKeySpec(const SecureBytes& key) {
    static const char digits[] = "0123456789abcdef";
    SecureBytes spec(key.size() * 2 + 3);
    std::uint8_t* out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<std::uint8_t>(digits[key.data()[i] >> 4]);
        *out++ = static_cast<std::uint8_t>(digits[key.data()[i] & 0x0f]);
    }
    *out = '\'';
    return spec;
}

bool isCorruption(int rc) {
    return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_CORRUPT;
}

bool isBusy(int rc) {
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

Error busyError() {
    return Error{ErrorCode::Busy, Tr::tr("The database is busy in another CaseLink window or command. Try again in a "
                                         "moment.")};
}

ErrorCode errorCodeOf(int rc) {
    if (isCorruption(rc)) {
        return ErrorCode::Integrity;
    }
    if (isBusy(rc)) {
        return ErrorCode::Busy;
    }
    if ((rc & 0xff) == SQLITE_CONSTRAINT) {
        return ErrorCode::Conflict;
    }
    if ((rc & 0xff) == SQLITE_READONLY) {
        return ErrorCode::Permission;
    }
    return ErrorCode::Io;
}

Error closedError() {
    return Error{ErrorCode::Io, Tr::tr("The database is not open.")};
}

Error wrongThread() {
    qCCritical(lcStorage) << "a database connection was used from a thread that does not own it";
    return Error{ErrorCode::Internal,
                 Tr::tr("Internal error: a database connection was used from a thread that does not own it.")};
}

} // namespace

void SqliteCloser::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}
void StatementFinalizer::operator()(sqlite3_stmt* stmt) const {
    sqlite3_finalize(stmt);
}

// ---- Statement ----

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db)
    : m_stmt(stmt)
    , m_db(db) {
}

Statement& Statement::bindInt(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt.get(), index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    if (value.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value) {
    if (value.isNull()) {
        return bindNull(index);
    }
    sqlite3_bind_blob(m_stmt.get(), index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindSecret(int index, const SecureBytes& value) {
    // SQLITE_TRANSIENT: SQLite takes its own copy, which secure_delete and its allocator handle from here.
    sqlite3_bind_blob(m_stmt.get(), index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNamed(const char* name, const QString& value) {
    const int index = sqlite3_bind_parameter_index(m_stmt.get(), name);
    return index > 0 ? bind(index, value) : *this;
}

Statement& Statement::bindNamed(const char* name, std::int64_t value) {
    const int index = sqlite3_bind_parameter_index(m_stmt.get(), name);
    return index > 0 ? bindInt(index, value) : *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt.get(), index);
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value) {
    if (!value.isValid() || value.isNull()) {
        return bindNull(index);
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bindInt(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    if (isBusy(rc)) {
        return std::unexpected(busyError());
    }
    return fail(errorCodeOf(rc), Tr::tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Status Statement::run() {
    while (true) {
        auto row = step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return ok();
        }
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

std::int64_t Statement::columnInt(int column) const {
    return sqlite3_column_int64(m_stmt.get(), column);
}
double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_stmt.get(), column);
}

QString Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    if (!text) {
        return {};
    }
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::columnBlob(int column) const {
    const void* blob = sqlite3_column_blob(m_stmt.get(), column);
    return QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(m_stmt.get(), column));
}

QVariant Statement::columnValue(int column) const {
    switch (sqlite3_column_type(m_stmt.get(), column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(columnInt(column)));
    case SQLITE_FLOAT:
        return QVariant(columnDouble(column));
    case SQLITE_BLOB:
        return QVariant(columnBlob(column));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(columnText(column));
    }
}

SecureBytes Statement::columnSecret(int column) const {
    const auto* blob = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt.get(), column));
    return SecureBytes(blob, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt.get(), column)));
}

bool Statement::columnIsNull(int column) const {
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}
int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt.get());
}

// ---- Database ----

Database::Database() = default;
Database::~Database() = default;
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;

Result<Database> Database::open(const QString& path, const SecureBytes& key, Mode mode) {
    if (!key.isEmpty() && key.size() != 32) {
        return fail(ErrorCode::Internal, Tr::tr("The database key has the wrong size."));
    }
    installProcessLocks();
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::Create && exists) {
        return fail(ErrorCode::Conflict, Tr::tr("A file already exists at %1.").arg(path));
    }
    if (mode != Mode::Create && !exists) {
        return fail(ErrorCode::NotFound, Tr::tr("No database at %1.").arg(path));
    }
    // A rollback journal left by a writer that was killed (during a re-encryption, which runs in rollback mode) is
    // "hot": SQLite restores the pages it saved before anyone reads the file, which a read-only connection cannot do.
    // So a read-only open first lets a read-write connection do it (if it may: on read-only media it cannot either).
    if (mode == Mode::ReadOnly && QFileInfo(path + QStringLiteral("-journal")).size() > 0 &&
        QFileInfo(path).isWritable()) {
        auto recovering = open(path, key, Mode::ReadWrite);
        if (recovering) {
            recovering->close();
        }
    }
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFileInfo(path).absoluteFilePath().toUtf8();
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    Database db;
    db.m_db.reset(raw);
    db.m_path = path;
    db.m_readOnly = mode == Mode::ReadOnly;
    if (rc != SQLITE_OK) {
        return std::unexpected(db.lastError(ErrorCode::Io, Tr::tr("Cannot open %1").arg(path)));
    }
    sqlite3_extended_result_codes(raw, 1);
    // Before the first read: a connection that opens while another process briefly holds the file alone (the last
    // connection of a process checkpointing on close) waits instead of failing.
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    // SQLCipher logs page-level failures to stderr itself; we report them as typed errors instead.
    sqlite3_exec(raw, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
    if (!key.isEmpty()) {
        const SecureBytes spec = rawKeySpec(key);
        if (sqlite3_key_v2(raw, "main", spec.data(), static_cast<int>(spec.size())) != SQLITE_OK) {
            return std::unexpected(db.lastError(ErrorCode::Internal, Tr::tr("Cannot set the database key")));
        }
        // Part of the file format, so set on every open: page HMACs with SHA-256, which this hardware computes in
        // silicon (SHA-NI); bench_insert measured 8% more rows/s than SQLCipher's default SHA-512.
        if (sqlite3_exec(raw, "PRAGMA cipher_hmac_algorithm = HMAC_SHA256", nullptr, nullptr, nullptr) != SQLITE_OK) {
            return std::unexpected(db.lastError(ErrorCode::Internal, Tr::tr("Cannot set the database key")));
        }
    }
    // Prove the key (and that this is a database at all) before anything else touches the file.
    auto proof = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    // The file may have been replaced (a restore) while this open waited for its lock: then it read the old one, which
    // nobody will see again. Open the file that is at the path now instead.
    if (proof && mode != Mode::Create && !sqliteOpenStillCurrent(path)) {
        db.close();
        static thread_local int reopening = 0;
        if (reopening >= 3) {
            return fail(ErrorCode::Busy, Tr::tr("%1 was replaced several times while it was being opened.").arg(path));
        }
        ++reopening;
        auto again = open(path, key, mode);
        --reopening;
        return again;
    }
    if (!proof) {
        if (proof.error().code == ErrorCode::Integrity) {
            return fail(ErrorCode::Authentication,
                        Tr::tr("%1 cannot be read with this key: the key does not belong to it, or the file is not a "
                               "CaseLink database or is damaged.")
                            .arg(path));
        }
        return std::unexpected(proof.error());
    }
    static const char* const setup[] = {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                                        "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON"};
    for (const char* pragma : setup) {
        if (auto st = db.exec(QString::fromLatin1(pragma)); !st) {
            return std::unexpected(st.error());
        }
    }
    // Decrypted pages stay cached: each page read from disk costs an AES decryption and an HMAC, which dominated
    // search time at SQLite's default 2 MB.
    if (auto st = db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kPageCacheKiB)); !st) {
        return std::unexpected(st.error());
    }
    // A database is in WAL mode from its creation on. Switching modes needs the file alone, so an ordinary open never
    // does it: an operation that needs DELETE mode for a while (re-encryption) holds the file exclusively meanwhile,
    // and one that was interrupted is finished by Session before anything else is written.
    if (mode == Mode::Create) {
        if (auto st = db.exec(QStringLiteral("PRAGMA journal_mode = WAL")); !st) {
            return std::unexpected(st.error());
        }
    }
    return db;
}

Status Database::exec(const QString& sql) {
    if (!m_db) {
        return std::unexpected(closedError());
    }
    if (!ownedByCurrentThread()) {
        return std::unexpected(wrongThread());
    }
    char* message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(m_db.get(), utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        if (isBusy(rc)) {
            return std::unexpected(busyError());
        }
        return fail(isCorruption(rc) ? ErrorCode::Integrity : ErrorCode::Io, Tr::tr("Database error: %1").arg(text));
    }
    return ok();
}

Result<Statement> Database::prepare(const QString& sql) {
    if (!m_db) {
        return std::unexpected(closedError());
    }
    if (!ownedByCurrentThread()) {
        return std::unexpected(wrongThread());
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db.get(), utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        if (isBusy(rc)) {
            return std::unexpected(busyError());
        }
        return std::unexpected(
            lastError(isCorruption(rc) ? ErrorCode::Integrity : ErrorCode::Internal, Tr::tr("Cannot prepare a query")));
    }
    return Statement(stmt, m_db.get());
}

Result<QVariant> Database::scalar(const QString& sql) {
    auto stmt = prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("The query returned no row."));
    }
    return stmt->columnValue(0);
}

Result<int> Database::userVersion() {
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    if (!v) {
        return std::unexpected(v.error());
    }
    return v->toInt();
}

Status Database::setUserVersion(int version) {
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db.get());
}
int Database::changes() const {
    return sqlite3_changes(m_db.get());
}

Status Database::rekey(const SecureBytes& newKey) {
    const SecureBytes spec = rawKeySpec(newKey);
    const int rc = sqlite3_rekey_v2(m_db.get(), "main", spec.data(), static_cast<int>(spec.size()));
    if (isBusy(rc)) {
        return std::unexpected(busyError());
    }
    if (rc != SQLITE_OK) {
        return std::unexpected(lastError(ErrorCode::Io, Tr::tr("Re-encrypting the database failed")));
    }
    return ok();
}

void Database::close() {
    m_db.reset();
}

bool Database::inTransaction() const {
    return m_db && sqlite3_get_autocommit(m_db.get()) == 0;
}

void Database::setBusyTimeout(int milliseconds) {
    if (m_db) {
        sqlite3_busy_timeout(m_db.get(), milliseconds);
    }
}

bool Database::ownedByCurrentThread() const {
    return m_owner == std::this_thread::get_id();
}

void Database::adoptCurrentThread() {
    m_owner = std::this_thread::get_id();
}

Result<std::int64_t> Database::dataVersion() {
    auto v = scalar(QStringLiteral("PRAGMA data_version"));
    if (!v) {
        return std::unexpected(v.error());
    }
    return v->toLongLong();
}

Result<QString> Database::journalMode() {
    auto v = scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!v) {
        return std::unexpected(v.error());
    }
    return v->toString().toLower();
}

Error Database::lastError(ErrorCode code, const QString& context) const {
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get())) : QString();
    return Error{code, detail.isEmpty() ? context : Tr::tr("%1: %2").arg(context, detail)};
}

// ---- Transaction ----

Transaction::Transaction(Database& db)
    : m_db(db) {
}

Transaction::~Transaction() {
    if (m_active) {
        // A nested transaction undoes only its own work; the outer one decides about the rest.
        const QString rollback = m_nested ? QStringLiteral("ROLLBACK TO caselink_nested; RELEASE caselink_nested")
                                          : QStringLiteral("ROLLBACK");
        if (!m_db.exec(rollback)) {
            qCWarning(lcStorage) << "rollback failed";
        }
    }
}

Status Transaction::begin() {
    // Inside an open transaction (e.g. a bundle import that must be all or nothing) this one becomes a savepoint.
    m_nested = m_db.handle() && sqlite3_get_autocommit(m_db.handle()) == 0;
    auto st = m_db.exec(m_nested ? QStringLiteral("SAVEPOINT caselink_nested") : QStringLiteral("BEGIN IMMEDIATE"));
    m_active = st.has_value();
    return st;
}

Status Transaction::commit() {
    auto st = m_db.exec(m_nested ? QStringLiteral("RELEASE caselink_nested") : QStringLiteral("COMMIT"));
    if (st) {
        m_active = false;
    }
    return st;
}

} // namespace caselink
