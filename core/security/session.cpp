#include "security/session.h"

#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include "domain/localtime.h"
#include "security/databasemaintenance.h"
#include "security/keyjournal.h"
#include "security/recoverykey.h"
#include "security/rollbackanchor.h"
#include "security/sessioninternals.h"
#include "security/unlockthrottle.h"
#include "storage/backup.h"
#include "storage/keyslots.h"
#include "storage/maintenance.h"
#include "storage/migrations.h"

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace caselink {

QString detail::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
QString detail::nowIso(Clock clock) {
    return clock().toUTC().toString(Qt::ISODateWithMs);
}

namespace {

using detail::newId;
using detail::nowIso;

using detail::Tr;

// Values read from meta or users are written by CaseLink; a missing one means a damaged database.
Result<QString> metaValue(Database& db, const QString& key) {
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::Integrity, Tr::tr("The database has no %1 record; it is damaged.").arg(key));
    }
    return stmt->columnText(0);
}

Status insertMeta(Database& db, const QString& key, const QString& value) {
    auto stmt = db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Result<QString> seedOrganisation(Database& db, const QString& officeCode) {
    QFile f(QStringLiteral(":/data/org_units.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Internal, Tr::tr("The built-in organisation tree is missing."));
    }
    const QJsonArray units = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("units")).toArray();
    auto stmt = db.prepare(QStringLiteral("INSERT INTO org_units (id, code, parent_id, unit_type, name_en, name_ur) "
                                          "VALUES (?, ?, (SELECT id FROM org_units WHERE code = ?), ?, ?, ?)"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    QString officeId;
    for (const QJsonValue& v : units) {
        const QJsonObject u = v.toObject();
        const QString id = newId();
        const QString code = u.value(QLatin1String("code")).toString();
        stmt->reset();
        stmt->bind(1, id)
            .bind(2, code)
            .bind(3, u.value(QLatin1String("parent")).toString())
            .bind(4, u.value(QLatin1String("type")).toString())
            .bind(5, u.value(QLatin1String("name_en")).toString())
            .bind(6, u.value(QLatin1String("name_ur")).toString());
        if (auto st = stmt->run(); !st) {
            return std::unexpected(st.error());
        }
        if (code.compare(officeCode, Qt::CaseInsensitive) == 0) {
            officeId = id;
        }
    }
    if (officeId.isEmpty()) {
        return fail(ErrorCode::Input,
                    Tr::tr("There is no office with the code \"%1\" in the organisation tree.").arg(officeCode));
    }
    return officeId;
}

Status createOfficeKey(Database& db, const QString& officeId, Clock clock) {
    auto pair = crypto::ed25519Generate();
    if (!pair) {
        return std::unexpected(pair.error());
    }
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO office_keys (id, office_id, public_key, private_key, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const QByteArray privateKey(reinterpret_cast<const char*>(pair->privateKey.data()),
                                static_cast<qsizetype>(pair->privateKey.size()));
    stmt->bind(1, newId())
        .bind(2, officeId)
        .bindBlob(3, pair->publicKey)
        .bindBlob(4, privateKey)
        .bind(5, nowIso(clock));
    return stmt->run();
}

} // namespace

namespace detail {

Status validatePassword(const SecureBytes& password) {
    if (password.size() < 10) {
        return fail(ErrorCode::Input, Tr::tr("A password needs at least 10 characters."));
    }
    return ok();
}

Status validateUsername(const QString& username) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$"));
    if (!pattern.match(username).hasMatch()) {
        return fail(ErrorCode::Input, Tr::tr("A user name has 2 to 64 letters, digits, dots, hyphens or underscores, "
                                             "and starts with a letter or digit."));
    }
    return ok();
}

// Signs the audit chain head with the database office's active Ed25519 key.
Status signAuditHead(Database& db, AuditLog& audit) {
    auto stmt = db.prepare(QStringLiteral("SELECT id, private_key FROM office_keys WHERE retired_at IS NULL "
                                          "AND office_id = (SELECT value FROM meta WHERE key = 'office_id') "
                                          "ORDER BY created_at DESC LIMIT 1"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::Integrity, Tr::tr("The database has no office signing key."));
    }
    const QString keyId = stmt->columnText(0);
    const SecureBytes privateKey = stmt->columnSecret(1);
    return audit.checkpoint(keyId, privateKey);
}

} // namespace detail

namespace {

using namespace detail;

} // namespace

crypto::Argon2Params defaultKdfParams() {
    // Measured on the 2-core reference machine: about 0.5 s per unlock (tests/bench/bench_unlock).
    return crypto::Argon2Params{5, 256 * 1024, 2};
}

DatabaseFiles::DatabaseFiles(const QString& databasePath)
    : database(databasePath)
    , keys(databasePath + QStringLiteral("-keys"))
    , pendingKeys(databasePath + QStringLiteral("-keys.new"))
    , wal(databasePath + QStringLiteral("-wal"))
    , shm(databasePath + QStringLiteral("-shm")) {
}

Session::Session(DatabaseFiles files, Database db, SecureBytes dataKey, Clock clock)
    : m_files(std::move(files))
    , m_db(std::move(db))
    , m_dataKey(std::move(dataKey))
    , m_audit(m_db, clock)
    , m_clock(clock) {
}

Session::~Session() {
    if (m_db.isOpen()) {
        if (auto st = close(); !st) {
            qCWarning(lcStorage) << "closing the session failed";
        }
    }
}

Database& Session::database() {
    if (m_db.ownedByCurrentThread() || !m_db.isOpen()) {
        return m_db;
    }
    const std::lock_guard lock(m_threadsMutex);
    std::unique_ptr<Database>& connection = m_threadConnections[std::this_thread::get_id()];
    if (!connection) {
        auto opened = Database::open(m_files.database, m_dataKey,
                                     m_db.isReadOnly() ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
        if (opened) {
            connection = std::make_unique<Database>(std::move(*opened));
        } else {
            qCWarning(lcStorage) << "a worker connection could not be opened:" << opened.error().message;
            connection = std::make_unique<Database>(); // closed: its statements fail and say so
        }
    }
    return *connection;
}

Status Session::attachCurrentThread() {
    Database& db = database();
    if (!db.isOpen()) {
        return fail(ErrorCode::Io, Tr::tr("A second connection to %1 could not be opened.").arg(m_files.database));
    }
    return ok();
}

void Session::detachCurrentThread() {
    std::unique_ptr<Database> connection;
    {
        const std::lock_guard lock(m_threadsMutex);
        const auto it = m_threadConnections.find(std::this_thread::get_id());
        if (it == m_threadConnections.end()) {
            return;
        }
        connection = std::move(it->second);
        m_threadConnections.erase(it);
    }
    connection.reset(); // closed outside the lock: closing may checkpoint
}

int Session::threadConnectionCount() const {
    const std::lock_guard lock(m_threadsMutex);
    return static_cast<int>(m_threadConnections.size());
}

void Session::closeThreadConnections() {
    std::map<std::thread::id, std::unique_ptr<Database>> connections;
    {
        const std::lock_guard lock(m_threadsMutex);
        connections.swap(m_threadConnections);
    }
    for (auto& [thread, connection] : connections) {
        if (connection && connection->isOpen()) {
            // Jobs detach when they end; one still attached here outlived its job, and its connection is closed from
            // this thread, which SQLite allows once no statement of it is running.
            qCWarning(lcStorage) << "closing a worker connection its thread did not release";
            connection->adoptCurrentThread();
        }
    }
}

AuditActor Session::actor() const {
    return AuditActor{m_user.id, m_user.username, m_user.officeCode};
}

Result<CreateResult> Session::create(const CreateOptions& options, const SecureBytes& adminPassword) {
    if (auto st = validateUsername(options.adminUsername); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = validatePassword(adminPassword); !st) {
        return std::unexpected(st.error());
    }
    const DatabaseFiles files(options.path);
    if (QFile::exists(files.database) || QFile::exists(files.keys)) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("%1 already exists; CaseLink will not overwrite a database.").arg(options.path));
    }
    const Clock clock = &systemClockUtc;
    const SecureBytes dataKey = crypto::randomSecret(crypto::kKeySize);
    const QString databaseId = newId();
    const QString recoveryKey = generateRecoveryKey();
    auto cleanup = [&files] {
        removeDatabaseFiles(files.database);
        QFile::remove(files.keys);
    };
    auto result = [&]() -> Result<QString> {
        auto db = Database::open(files.database, dataKey, Database::Mode::Create);
        if (!db) {
            return std::unexpected(db.error());
        }
        // An empty file accepts any key: migrate() writes user_version and the schema at once.
        if (auto st = migrate(*db); !st) {
            return std::unexpected(st.error());
        }
        Transaction tx(*db);
        if (auto st = tx.begin(); !st) {
            return std::unexpected(st.error());
        }
        const QString created = nowIso(clock);
        const std::pair<QString, QString> meta[] = {
            {QStringLiteral("database_id"), databaseId},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("synthetic"), options.synthetic ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("created_by"), QStringLiteral("CaseLink ") + QCoreApplication::applicationVersion()}};
        for (const auto& [key, value] : meta) {
            if (auto st = insertMeta(*db, key, value); !st) {
                return std::unexpected(st.error());
            }
        }
        auto officeId = seedOrganisation(*db, options.officeCode);
        if (!officeId) {
            return std::unexpected(officeId.error());
        }
        if (auto st = insertMeta(*db, QStringLiteral("office_id"), *officeId); !st) {
            return std::unexpected(st.error());
        }
        if (auto st = createOfficeKey(*db, *officeId, clock); !st) {
            return std::unexpected(st.error());
        }
        const QString adminId = newId();
        auto insert =
            db->prepare(QStringLiteral("INSERT INTO users (id, username, display_name, role, office_id, "
                                       "victim_grant, created_at) VALUES (?, ?, ?, 'administrator', ?, 0, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        const QString display = options.adminDisplayName.isEmpty() ? options.adminUsername : options.adminDisplayName;
        insert->bind(1, adminId).bind(2, options.adminUsername).bind(3, display).bind(4, *officeId).bind(5, created);
        if (auto st = insert->run(); !st) {
            return std::unexpected(st.error());
        }
        AuditLog audit(*db, clock);
        const AuditActor actor{adminId, options.adminUsername, options.officeCode.toUpper()};
        const QJsonObject details{{QLatin1String("office"), options.officeCode.toUpper()},
                                  {QLatin1String("synthetic"), options.synthetic}};
        if (auto seq =
                audit.append(actor, QStringLiteral("database.create"), QStringLiteral("database"), databaseId, details);
            !seq) {
            return std::unexpected(seq.error());
        }
        const QJsonObject userFields{{QLatin1String("username"), options.adminUsername},
                                     {QLatin1String("role"), QLatin1String("administrator")}};
        if (auto seq = audit.append(actor, QStringLiteral("user.add"), QStringLiteral("user"), adminId, userFields);
            !seq) {
            return std::unexpected(seq.error());
        }
        KeyslotFile keys = KeyslotFile::create(databaseId);
        if (auto st =
                keys.putSlot(adminId, KeySlot::Kind::User, options.adminUsername, adminPassword, options.kdf, dataKey);
            !st) {
            return std::unexpected(st.error());
        }
        if (auto st = keys.putSlot(QStringLiteral("recovery"), KeySlot::Kind::Recovery, {},
                                   recoveryKeySecret(recoveryKey), options.kdf, dataKey);
            !st) {
            return std::unexpected(st.error());
        }
        if (auto st = signAuditHead(*db, audit); !st) {
            return std::unexpected(st.error());
        }
        if (auto st = keyjournal::record(*db, keys); !st) {
            return std::unexpected(st.error());
        }
        if (auto st = keys.save(files.keys, dataKey); !st) {
            return std::unexpected(st.error());
        }
        if (auto st = tx.commit(); !st) {
            return std::unexpected(st.error());
        }
        return adminId;
    }();
    if (!result) {
        cleanup();
        return std::unexpected(result.error());
    }
    return CreateResult{databaseId, recoveryKey};
}

Result<QString> Session::databaseIdOf(const QString& path) {
    auto keys = keyjournal::loadKeys(DatabaseFiles(path));
    if (!keys) {
        return std::unexpected(keys.error());
    }
    return keys->databaseId();
}

Result<std::unique_ptr<Session>> Session::unlock(const QString& path, const QString& username,
                                                 const SecureBytes& password, const UnlockOptions& options) {
    const DatabaseFiles files(path);
    if (!QFile::exists(files.database)) {
        return fail(ErrorCode::NotFound, Tr::tr("There is no database at %1.").arg(path));
    }
    auto keys = keyjournal::loadKeys(files);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (options.throttle) {
        const auto wait = options.throttle->remainingDelay(keys->databaseId());
        if (wait.count() > 0) {
            return fail(ErrorCode::Authentication, Tr::tr("Too many failed attempts. Try again in %n second(s).",
                                                          nullptr, static_cast<int>(wait.count())));
        }
    }
    const auto userSlot = [&](const KeyslotFile& file) {
        return file.findUser(username);
    };
    auto opened = [&]() -> Result<keyjournal::Opened> {
        if (!keys->findUser(username) && !QFile::exists(files.pendingKeys)) {
            // Spend the same effort as a real attempt so timing does not reveal which user names exist.
            (void)keys->unlock(keys->keySlots().front(), password);
            return fail(ErrorCode::Authentication, Tr::tr("Wrong user name or password."));
        }
        return keyjournal::open(files, *keys, userSlot, password,
                                options.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
    }();
    if (!opened) {
        if (opened.error().code == ErrorCode::Authentication && options.throttle) {
            const KeySlot* slot = keys->findUser(username);
            options.throttle->recordFailure(keys->databaseId(), slot ? slot->userTag : QByteArray());
        }
        return std::unexpected(opened.error());
    }
    std::optional<SecureBytes> newKey = std::move(opened->newKey);
    std::unique_ptr<Session> session(new Session(files, std::move(opened->db), std::move(opened->key), options.clock));
    if (auto st = session->loadContext(opened->slotId); !st) {
        return std::unexpected(st.error());
    }
    if (session->m_databaseId != keys->databaseId()) {
        return fail(ErrorCode::Integrity, Tr::tr("The keyslot file belongs to another database."));
    }
    // Another process may have the file to itself for a while (re-encryption, an upgrade): say who and why.
    auto notice = readMaintenanceNotice(session->m_db);
    if (!notice) {
        return std::unexpected(notice.error());
    }
    if (*notice && !(*notice)->isStale() && !(*notice)->isThisProcess()) {
        return fail(
            ErrorCode::Busy,
            Tr::tr("The database is being maintained: %1 Try again when it has finished.").arg((*notice)->describe()));
    }
    if (options.anchor) {
        session->m_anchor = options.anchor;
        if (auto st = session->checkAgainstAnchor(*options.anchor); !st) {
            return std::unexpected(st.error());
        }
    }
    if (session->isReadOnly()) {
        return session;
    }
    if (auto st = session->finishMaintenance(*notice); !st) {
        return std::unexpected(st.error());
    }
    if (newKey) {
        if (auto st = session->finishReencryption(std::move(*newKey)); !st) {
            return std::unexpected(st.error());
        }
    }
    Transaction tx(session->m_db);
    if (auto st = tx.begin(); !st) {
        return std::unexpected(st.error());
    }
    // A keyslot change a crash interrupted is completed or undone, as the database committed it (keyjournal.h).
    if (auto st = keyjournal::settle(session->m_db, files, session->m_dataKey); !st) {
        return std::unexpected(st.error());
    }
    if (options.throttle) {
        const auto failures = options.throttle->takeFailures(keys->databaseId());
        const auto names = failures.empty() ? Result<std::map<QByteArray, QString>>{} : session->accountTags();
        if (!names) {
            return std::unexpected(names.error());
        }
        for (const FailedUnlock& failure : failures) {
            // The account tried, by name, when the tag is an account's; nothing of a name that is none.
            const auto name = names->find(failure.accountTag);
            const QString attempted = name != names->end() ? name->second : QString();
            const QJsonObject fields{{QLatin1String("attempted_user"),
                                      attempted.isEmpty() ? QStringLiteral("(no such account)") : attempted},
                                     {QLatin1String("at"), failure.at.toString(Qt::ISODateWithMs)}};
            if (auto seq = session->m_audit.append(AuditActor{{}, attempted, session->m_user.officeCode},
                                                   QStringLiteral("session.unlock_failed"), QStringLiteral("database"),
                                                   session->m_databaseId, fields);
                !seq) {
                return std::unexpected(seq.error());
            }
        }
    }
    // The secret behind protected persons' pseudonyms (recordtext::Pseudonyms), made once per database.
    if (auto st = session->m_db.exec(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) "
                                                    "VALUES ('pseudonym_key', lower(hex(randomblob(32))))"));
        !st) {
        return std::unexpected(st.error());
    }
    if (auto seq = session->m_audit.append(session->actor(), QStringLiteral("session.open"), QStringLiteral("database"),
                                           session->m_databaseId);
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = tx.commit(); !st) {
        return std::unexpected(st.error());
    }
    session->rememberState();
    return session;
}

Result<std::map<QByteArray, QString>> Session::accountTags() {
    auto stmt = m_db.prepare(QStringLiteral("SELECT username FROM users"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::map<QByteArray, QString> tags;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        const QString name = stmt->columnText(0);
        tags.emplace(KeyslotFile::userTag(m_databaseId, name), name);
    }
    return tags;
}

Status Session::loadContext(const QString& userId) {
    auto id = metaValue(m_db, QStringLiteral("database_id"));
    if (!id) {
        return std::unexpected(id.error());
    }
    m_databaseId = *id;
    auto synthetic = metaValue(m_db, QStringLiteral("synthetic"));
    m_synthetic = synthetic && *synthetic == QLatin1String("1");
    // Every text this process shows reads instants in the office's zone; a database that names none is Asia/Karachi.
    auto zone = metaValue(m_db, QString::fromLatin1(kOfficeTimeZoneMetaKey));
    caselink::setOfficeTimeZone(zone ? zone->toLatin1() : QByteArray(kDefaultOfficeTimeZone));
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.username, u.display_name, u.role, u.office_id, o.code, u.victim_grant, u.created_at, "
        "u.revoked_at FROM users u JOIN org_units o ON o.id = u.office_id WHERE u.id = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, userId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || !stmt->columnIsNull(8)) {
        // A slot without an active account: revoked, or left over from an interrupted change.
        return fail(ErrorCode::Authentication, Tr::tr("This account has been revoked or does not exist."));
    }
    m_user.id = stmt->columnText(0);
    m_user.username = stmt->columnText(1);
    m_user.displayName = stmt->columnText(2);
    m_user.role = roleFromKey(stmt->columnText(3)).value_or(Role::ProsecutorReader);
    m_user.officeId = stmt->columnText(4);
    m_user.officeCode = stmt->columnText(5);
    m_user.victimGrant = stmt->columnInt(6) != 0;
    m_user.createdAt = QDateTime::fromString(stmt->columnText(7), Qt::ISODateWithMs);
    return ok();
}

Status Session::signCheckpoint() {
    return signAuditHead(m_db, m_audit);
}

Status Session::close() {
    if (!m_db.isOpen()) {
        return ok();
    }
    closeThreadConnections();
    Status result = ok();
    if (!m_db.isReadOnly()) {
        Transaction tx(m_db);
        result = tx.begin();
        if (result) {
            auto seq =
                m_audit.append(actor(), QStringLiteral("session.close"), QStringLiteral("database"), m_databaseId);
            result = seq ? signCheckpoint() : Status(std::unexpected(seq.error()));
        }
        if (result) {
            result = tx.commit();
        }
    }
    if (result) {
        rememberState();
    }
    m_db.close();
    m_dataKey.clear();
    return result;
}

Status Session::setOfficeZone(const QByteArray& ianaId) {
    if (auto st = requireRole(Role::Administrator); !st) {
        return st;
    }
    if (!QTimeZone(ianaId).isValid()) {
        return fail(ErrorCode::Input, Tr::tr("\"%1\" is not a time zone CaseLink knows; give an IANA name such as "
                                             "Asia/Karachi.")
                                          .arg(QString::fromLatin1(ianaId)));
    }
    const QString zone = QString::fromLatin1(ianaId);
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    if (auto st = insertMeta(m_db, QString::fromLatin1(kOfficeTimeZoneMetaKey), zone); !st) {
        return st;
    }
    if (auto seq = m_audit.append(actor(), QStringLiteral("database.time_zone"), QStringLiteral("database"),
                                  m_databaseId, QJsonObject{{QLatin1String("zone"), zone}});
        !seq) {
        return std::unexpected(seq.error());
    }
    if (auto st = tx.commit(); !st) {
        return st;
    }
    caselink::setOfficeTimeZone(ianaId);
    return ok();
}

Status Session::requireRole(Role role) const {
    if (m_user.role != role) {
        return fail(ErrorCode::Permission, Tr::tr("Only an administrator can do this."));
    }
    if (m_db.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    return ok();
}

Result<std::vector<OrgUnit>> Session::orgUnits() {
    auto stmt = m_db.prepare(QStringLiteral("SELECT u.id, u.code, coalesce(u.parent_id, ''), u.unit_type, u.name_en, "
                                            "u.name_ur FROM org_units u WHERE u.active = 1 ORDER BY u.rowid"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<OrgUnit> out;
    const Status read = stmt->forEachRow([&](Statement& row) {
        out.push_back(OrgUnit{row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3),
                              row.columnText(4), row.columnText(5)});
    });
    if (!read) {
        return std::unexpected(read.error());
    }
    return out;
}

Result<OrgUnit> Session::office() {
    auto units = orgUnits();
    if (!units) {
        return std::unexpected(units.error());
    }
    for (const OrgUnit& unit : *units) {
        if (unit.id == m_user.officeId) {
            return unit;
        }
    }
    return fail(ErrorCode::NotFound, Tr::tr("The user's office is not in the organisation tree."));
}

} // namespace caselink
