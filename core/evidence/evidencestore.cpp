#include "evidence/evidencestore.h"

#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QScopeGuard>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

#include "crypto/crypto.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

const QString kItemColumns = u"e.id, e.case_id, e.kind, e.title, e.file_name, e.sha256, e.size_bytes, e.mime, "
                             "e.malkhana_ref, e.description, e.collected_by, e.collected_at, e.created_at, "
                             "e.created_by"_s;

EvidenceItem readItem(const Statement& s) {
    EvidenceItem item;
    item.id = s.columnText(0);
    item.caseId = s.columnText(1);
    item.kind = s.columnText(2) == u"EXHIBIT"_s ? EvidenceKind::Exhibit : EvidenceKind::File;
    item.title = s.columnText(3);
    item.fileName = s.columnText(4);
    item.sha256 = s.columnText(5);
    item.sizeBytes = s.columnInt(6);
    item.mime = s.columnText(7);
    item.malkhanaRef = s.columnText(8);
    item.description = s.columnText(9);
    item.collectedBy = s.columnText(10);
    item.collectedAt = QDateTime::fromString(s.columnText(11), Qt::ISODateWithMs);
    item.createdAt = QDateTime::fromString(s.columnText(12), Qt::ISODateWithMs);
    item.createdBy = s.columnText(13);
    return item;
}

QString iso(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A null QString binds SQL NULL; the NOT NULL text columns take an empty string.
QString text(const QString& s) {
    return s.isNull() ? u""_s : s;
}

// Who is streaming an incomplete item in: this computer and process.
QString uploadOwner() {
    return QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

bool uploadOwnerAlive(const QString& owner) {
    const qsizetype colon = owner.lastIndexOf(u':');
    if (colon < 0 || owner.left(colon) != QSysInfo::machineHostName()) {
        return true; // another computer's: only age tells
    }
    const qint64 pid = owner.mid(colon + 1).toLongLong();
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
#else
    return pid > 0;
#endif
}

QString baseName(const QString& fileName) {
    QString name = fileName;
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1);
    return name.trimmed();
}

} // namespace

QString evidenceKindKey(EvidenceKind kind) {
    return kind == EvidenceKind::Exhibit ? u"EXHIBIT"_s : u"FILE"_s;
}

QString evidenceKindDisplayName(EvidenceKind kind) {
    return kind == EvidenceKind::Exhibit ? EvidenceStore::tr("Exhibit") : EvidenceStore::tr("File");
}

const std::vector<CustodyAction>& allCustodyActions() {
    static const std::vector<CustodyAction> all{CustodyAction::Collected, CustodyAction::HandedOver,
                                                CustodyAction::Examined, CustodyAction::Returned};
    return all;
}

QString custodyActionKey(CustodyAction action) {
    switch (action) {
    case CustodyAction::Collected:
        return u"COLLECTED"_s;
    case CustodyAction::HandedOver:
        return u"HANDED_OVER"_s;
    case CustodyAction::Examined:
        return u"EXAMINED"_s;
    case CustodyAction::Returned:
        return u"RETURNED"_s;
    }
    return {};
}

std::optional<CustodyAction> custodyActionFromKey(const QString& key) {
    for (CustodyAction action : allCustodyActions()) {
        if (custodyActionKey(action) == key) {
            return action;
        }
    }
    return std::nullopt;
}

QString custodyActionDisplayName(CustodyAction action) {
    switch (action) {
    case CustodyAction::Collected:
        return EvidenceStore::tr("Collected");
    case CustodyAction::HandedOver:
        return EvidenceStore::tr("Handed over");
    case CustodyAction::Examined:
        return EvidenceStore::tr("Examined");
    case CustodyAction::Returned:
        return EvidenceStore::tr("Returned");
    }
    return {};
}

Status EvidenceStore::requireVisibleCase(const QString& caseId) {
    auto stmt = m_context.db().prepare(
        u"SELECT 1 FROM cases c WHERE c.id = :id AND %1"_s.arg(m_context.scope().caseVisible(u"c"_s)));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", caseId);
    m_context.scope().bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The case does not exist or is outside your scope."));
    }
    return ok();
}

Result<QString> EvidenceStore::streamChunks(const QString& id, QIODevice& device, qint64 total,
                                            const EvidenceProgress& progress, qint64& size, int& chunks,
                                            int chunksPerCommit) {
    auto insert = m_context.db().prepare(u"INSERT INTO evidence_chunks (evidence_id, seq, data) VALUES (?, ?, ?)"_s);
    if (!insert) {
        return std::unexpected(insert.error());
    }
    // With chunksPerCommit > 0 each batch is a transaction of its own, so other windows and commands can write
    // between two batches; otherwise the chunks go into the caller's transaction.
    std::optional<Transaction> batch;
    auto commitBatch = [&]() -> Status {
        if (!batch) {
            return ok();
        }
        Status s = batch->commit();
        batch.reset();
        return s;
    };
    crypto::Sha256Stream hash;
    QByteArray buffer;
    size = 0;
    chunks = 0;
    while (true) {
        buffer.resize(kChunkSize);
        qint64 filled = 0;
        while (filled < kChunkSize) {
            const qint64 n = device.read(buffer.data() + filled, kChunkSize - filled);
            if (n < 0) {
                return fail(ErrorCode::Io, tr("The file could not be read: %1").arg(device.errorString()));
            }
            if (n == 0 && (device.atEnd() || !device.waitForReadyRead(30000))) {
                break;
            }
            filled += n;
        }
        if (filled == 0) {
            break;
        }
        buffer.truncate(filled);
        hash.addData(buffer);
        if (chunksPerCommit > 0 && !batch) {
            batch.emplace(m_context.db());
            if (Status s = batch->begin(); !s) {
                return std::unexpected(s.error());
            }
        }
        insert->reset();
        insert->bind(1, id).bindInt(2, chunks).bindBlob(3, buffer);
        if (Status s = insert->run(); !s) {
            return std::unexpected(s.error());
        }
        ++chunks;
        size += filled;
        if (chunksPerCommit > 0 && chunks % chunksPerCommit == 0) {
            if (Status s = commitBatch(); !s) {
                return std::unexpected(s.error());
            }
        }
        if (progress && !progress(size, total)) {
            return fail(ErrorCode::Usage, tr("The intake was cancelled; nothing was stored."));
        }
        if (filled < kChunkSize) {
            break;
        }
    }
    if (Status s = commitBatch(); !s) {
        return std::unexpected(s.error());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status EvidenceStore::insertItem(const EvidenceItem& item, int chunks, bool incomplete) {
    auto stmt = m_context.db().prepare(
        u"INSERT INTO evidence_items (id, case_id, kind, title, sha256, size_bytes, mime, malkhana_ref, collected_by, "
        "collected_at, file_name, chunk_count, description, created_at, created_by, complete, upload_owner) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, item.id)
        .bind(2, item.caseId)
        .bind(3, evidenceKindKey(item.kind))
        .bind(4, text(item.title))
        .bind(7, text(item.mime))
        .bind(8, text(item.malkhanaRef))
        .bind(9, text(item.collectedBy))
        .bind(10, iso(item.collectedAt))
        .bind(11, text(item.fileName))
        .bindInt(12, chunks)
        .bind(13, text(item.description))
        .bind(14, iso(item.createdAt))
        .bind(15, text(item.createdBy))
        .bindInt(16, incomplete ? 0 : 1)
        .bind(17, incomplete ? uploadOwner() : QString());
    if (item.kind == EvidenceKind::File) {
        stmt->bind(5, item.sha256).bindInt(6, item.sizeBytes);
    } else {
        stmt->bindNull(5).bindNull(6);
    }
    return stmt->run();
}

Status EvidenceStore::insertCustody(const CustodyEvent& e) {
    auto stmt = m_context.db().prepare(
        u"INSERT INTO evidence_custody (id, evidence_id, action, at, by_whom, to_whom, place, notes, recorded_by, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, e.id)
        .bind(2, e.evidenceId)
        .bind(3, custodyActionKey(e.action))
        .bind(4, iso(e.at))
        .bind(5, text(e.byWhom))
        .bind(6, text(e.toWhom))
        .bind(7, text(e.place))
        .bind(8, text(e.notes))
        .bind(9, text(e.recordedBy))
        .bind(10, iso(e.recordedAt));
    return stmt->run();
}

Result<EvidenceItem> EvidenceStore::addFile(const QString& caseId, const QString& path, const FileIntake& intake) {
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The file \"%1\" could not be opened.").arg(QFileInfo(path).fileName()));
    }
    return addFromDevice(caseId, file, QFileInfo(path).fileName(), intake);
}

Result<EvidenceItem> EvidenceStore::addFromDevice(const QString& caseId, QIODevice& device, const QString& fileName,
                                                  const FileIntake& options, const QString& id) {
    return intake(caseId, device, fileName, options, id, nullptr);
}

Result<EvidenceItem> EvidenceStore::intake(const QString& caseId, QIODevice& device, const QString& fileName,
                                           const FileIntake& intake, const QString& id,
                                           const std::vector<CustodyEvent>* history) {
    if (Status s = m_context.requireWrite(); !s) {
        return std::unexpected(s.error());
    }
    if (Status s = requireVisibleCase(caseId); !s) {
        return std::unexpected(s.error());
    }
    const QDateTime now = QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
    EvidenceItem item;
    item.id = id.isEmpty() ? newUuid() : id;
    item.caseId = caseId;
    item.kind = EvidenceKind::File;
    item.fileName = baseName(fileName);
    item.title = intake.title.trimmed().isEmpty() ? item.fileName : intake.title.trimmed();
    if (item.title.isEmpty()) {
        return fail(ErrorCode::Input, tr("An evidence file needs a name or a title."));
    }
    item.description = intake.description.trimmed();
    item.collectedBy =
        intake.collectedBy.trimmed().isEmpty() ? m_context.session().user().displayName : intake.collectedBy.trimmed();
    item.collectedAt = intake.collectedAt.isValid() ? intake.collectedAt.toUTC() : now;
    item.createdAt = now;
    item.createdBy = m_context.session().user().username;
    item.mime = intake.mime.isEmpty()
                    ? QMimeDatabase().mimeTypeForFile(item.fileName, QMimeDatabase::MatchExtension).name()
                    : intake.mime;
    const qint64 total = device.isSequential() ? -1 : device.size();

    const CustodyEvent collected{newUuid(),        item.id, CustodyAction::Collected, item.collectedAt,
                                 item.collectedBy, {},      intake.place.trimmed(),   {},
                                 item.createdBy,   now};
    const std::vector<CustodyEvent> custody = history ? *history : std::vector<CustodyEvent>{collected};
    // Inside a caller's transaction (a bundle import, all or nothing) the stream is part of it; on its own the intake
    // commits the content in batches and makes the item visible in a last, audited transaction.
    Status stored = m_context.db().inTransaction()
                        ? intakeInOneTransaction(item, device, total, intake.progress, custody)
                        : intakeInBatches(item, device, total, intake.progress, custody);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return item;
}

Status EvidenceStore::finishItem(EvidenceItem& item, const QString& sha, qint64 size, int chunks,
                                 const std::vector<CustodyEvent>& custody) {
    item.sha256 = sha;
    item.sizeBytes = size;
    auto update = m_context.db().prepare(u"UPDATE evidence_items SET sha256 = ?, size_bytes = ?, chunk_count = ?, "
                                         "complete = 1, upload_owner = NULL WHERE id = ?"_s);
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bind(1, item.sha256).bindInt(2, size).bindInt(3, chunks).bind(4, item.id);
    if (Status s = update->run(); !s) {
        return s;
    }
    for (CustodyEvent e : custody) {
        e.evidenceId = item.id;
        if (Status st = insertCustody(e); !st) {
            return st;
        }
    }
    return ok();
}

AuditRecord EvidenceStore::intakeRecord(const EvidenceItem& item) const {
    return AuditRecord{u"evidence.add"_s, u"evidence"_s, item.id,
                       QJsonObject{{u"case"_s, item.caseId}, {u"sha256"_s, item.sha256}, {u"size"_s, item.sizeBytes}}};
}

Status EvidenceStore::intakeInOneTransaction(EvidenceItem& item, QIODevice& device, qint64 total,
                                             const EvidenceProgress& progress,
                                             const std::vector<CustodyEvent>& custody) {
    // The audit record carries the hash, known once the stream is read: the work fills it in before writeMany appends
    // the records (it reads this vector after the work ran).
    std::vector<AuditRecord> records{intakeRecord(item)};
    return m_context.writeMany(records, ChangeNotifier::Kind::Created, [&]() -> Status {
        if (Status s = insertItem(item, 0, false); !s) {
            return s;
        }
        qint64 size = 0;
        int chunks = 0;
        auto sha = streamChunks(item.id, device, total, progress, size, chunks, 0);
        if (!sha) {
            return std::unexpected(sha.error());
        }
        if (Status s = finishItem(item, *sha, size, chunks, custody); !s) {
            return s;
        }
        records.front() = intakeRecord(item);
        return ok();
    });
}

Status EvidenceStore::intakeInBatches(EvidenceItem& item, QIODevice& device, qint64 total,
                                      const EvidenceProgress& progress, const std::vector<CustodyEvent>& custody) {
    sweepAbandonedUploads();
    // 1. The hidden row the chunks hang from.
    {
        Transaction tx(m_context.db());
        if (Status s = tx.begin(); !s) {
            return s;
        }
        if (Status s = insertItem(item, 0, true); !s) {
            return s;
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
    }
    auto discard = qScopeGuard([&] { discardUpload(item.id); });
    // 2. The content, kChunksPerCommit chunks per transaction.
    qint64 size = 0;
    int chunks = 0;
    auto sha = streamChunks(item.id, device, total, progress, size, chunks, kChunksPerCommit);
    if (!sha) {
        return std::unexpected(sha.error());
    }
    // 3. Visible, with its hash, custody and audit entry, in one transaction.
    item.sha256 = *sha;
    item.sizeBytes = size;
    Status finished = m_context.write(intakeRecord(item), ChangeNotifier::Kind::Created,
                                      [&]() -> Status { return finishItem(item, *sha, size, chunks, custody); });
    if (!finished) {
        return finished;
    }
    discard.dismiss();
    return ok();
}

void EvidenceStore::discardUpload(const QString& id) {
    // Leaves nothing of an intake that did not finish; its chunks go with the row (ON DELETE CASCADE).
    Transaction tx(m_context.db());
    if (!tx.begin()) {
        return;
    }
    auto stmt = m_context.db().prepare(u"DELETE FROM evidence_items WHERE id = ? AND complete = 0"_s);
    if (stmt && stmt->bind(1, id).run()) {
        (void)tx.commit();
    }
}

void EvidenceStore::sweepAbandonedUploads() {
    // Intakes whose process died (on this computer) or that are older than a day left hidden rows behind.
    auto stmt = m_context.db().prepare(u"SELECT id, upload_owner, created_at FROM evidence_items WHERE complete = 0"_s);
    if (!stmt) {
        return;
    }
    QStringList abandoned;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    (void)stmt->forEachRow([&](const Statement& row) {
        const QString owner = row.columnText(1);
        const QDateTime created = QDateTime::fromString(row.columnText(2), Qt::ISODateWithMs);
        if (!uploadOwnerAlive(owner) || !created.isValid() || created < dayAgo) {
            abandoned << row.columnText(0);
        }
    });
    for (const QString& id : abandoned) {
        discardUpload(id);
    }
}

Result<EvidenceItem> EvidenceStore::addExhibit(const QString& caseId, const ExhibitDraft& draft) {
    if (Status s = m_context.requireWrite(); !s) {
        return std::unexpected(s.error());
    }
    if (Status s = requireVisibleCase(caseId); !s) {
        return std::unexpected(s.error());
    }
    if (draft.title.trimmed().isEmpty()) {
        return fail(ErrorCode::Input, tr("An exhibit needs a description of what was seized."));
    }
    if (draft.malkhanaRef.trimmed().isEmpty()) {
        return fail(ErrorCode::Input, tr("An exhibit needs its malkhana (seizure register) reference."));
    }
    const QDateTime now = QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
    EvidenceItem item;
    item.id = newUuid();
    item.caseId = caseId;
    item.kind = EvidenceKind::Exhibit;
    item.title = draft.title.trimmed();
    item.malkhanaRef = draft.malkhanaRef.trimmed();
    item.description = draft.description.trimmed();
    item.collectedBy =
        draft.collectedBy.trimmed().isEmpty() ? m_context.session().user().displayName : draft.collectedBy.trimmed();
    item.collectedAt = draft.collectedAt.isValid() ? draft.collectedAt.toUTC() : now;
    item.createdAt = now;
    item.createdBy = m_context.session().user().username;
    AuditRecord record{u"evidence.add"_s, u"evidence"_s, item.id,
                       QJsonObject{{u"case"_s, caseId}, {u"kind"_s, u"EXHIBIT"_s}, {u"malkhana"_s, item.malkhanaRef}}};
    Status written = m_context.write(record, ChangeNotifier::Kind::Created, [&]() -> Status {
        if (Status s = insertItem(item, 0); !s) {
            return s;
        }
        return insertCustody(CustodyEvent{newUuid(),
                                          item.id,
                                          CustodyAction::Collected,
                                          item.collectedAt,
                                          item.collectedBy,
                                          {},
                                          draft.place.trimmed(),
                                          {},
                                          item.createdBy,
                                          now});
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return item;
}

Result<EvidenceItem> EvidenceStore::importItem(const EvidenceItem& incoming, const std::vector<CustodyEvent>& custody,
                                               QIODevice* content) {
    if (incoming.kind == EvidenceKind::File) {
        if (!content) {
            return fail(ErrorCode::Integrity,
                        tr("The content of the evidence file \"%1\" is missing.").arg(incoming.title));
        }
        FileIntake options;
        options.title = incoming.title;
        options.description = incoming.description;
        options.collectedBy = incoming.collectedBy;
        options.collectedAt = incoming.collectedAt;
        options.mime = incoming.mime;
        auto item = intake(incoming.caseId, *content, incoming.fileName, options, incoming.id, &custody);
        if (!item) {
            return item;
        }
        if (item->sha256 != incoming.sha256) {
            // The caller's transaction is rolled back on this error, so the mismatching content is not kept.
            return fail(ErrorCode::Integrity,
                        tr("The evidence file \"%1\" does not match its SHA-256.").arg(incoming.title));
        }
        return item;
    }
    if (Status s = m_context.requireWrite(); !s) {
        return std::unexpected(s.error());
    }
    if (Status s = requireVisibleCase(incoming.caseId); !s) {
        return std::unexpected(s.error());
    }
    EvidenceItem item = incoming;
    item.createdAt = QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
    item.createdBy = m_context.session().user().username;
    AuditRecord record{u"evidence.add"_s, u"evidence"_s, item.id,
                       QJsonObject{{u"case"_s, item.caseId}, {u"kind"_s, u"EXHIBIT"_s}, {u"imported"_s, true}}};
    Status written = m_context.write(record, ChangeNotifier::Kind::Created, [&]() -> Status {
        if (Status s = insertItem(item, 0); !s) {
            return s;
        }
        for (CustodyEvent e : custody) {
            e.evidenceId = item.id;
            if (Status s = insertCustody(e); !s) {
                return s;
            }
        }
        return ok();
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return item;
}

Result<std::vector<EvidenceItem>> EvidenceStore::list(const QString& caseId) {
    auto stmt =
        m_context.db().prepare(u"SELECT %1 FROM evidence_items e JOIN cases c ON c.id = e.case_id "
                               "WHERE e.case_id = :case AND e.complete = 1 AND %2 ORDER BY e.collected_at, e.id"_s.arg(
                                   kItemColumns, m_context.scope().caseVisible(u"c"_s)));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":case", caseId);
    m_context.scope().bind(*stmt);
    std::vector<EvidenceItem> items;
    Status s = stmt->forEachRow([&](const Statement& row) { items.push_back(readItem(row)); });
    if (!s) {
        return std::unexpected(s.error());
    }
    return items;
}

Result<EvidenceItem> EvidenceStore::get(const QString& id) {
    auto stmt = m_context.db().prepare(
        u"SELECT %1 FROM evidence_items e JOIN cases c ON c.id = e.case_id "
        "WHERE e.id = :id AND e.complete = 1 AND %2"_s.arg(kItemColumns, m_context.scope().caseVisible(u"c"_s)));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", id);
    m_context.scope().bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The evidence item does not exist or is outside your scope."));
    }
    return readItem(*stmt);
}

Result<QString> EvidenceStore::addCustody(const CustodyEvent& draft) {
    if (Status s = m_context.requireWrite(); !s) {
        return std::unexpected(s.error());
    }
    auto item = get(draft.evidenceId);
    if (!item) {
        return std::unexpected(item.error());
    }
    CustodyEvent e = draft;
    e.id = newUuid();
    e.byWhom = e.byWhom.trimmed();
    e.toWhom = e.toWhom.trimmed();
    e.place = e.place.trimmed();
    e.notes = e.notes.trimmed();
    if (e.byWhom.isEmpty()) {
        return fail(ErrorCode::Input, tr("A custody event needs the person who acted."));
    }
    if (e.place.isEmpty()) {
        return fail(ErrorCode::Input, tr("A custody event needs the place where it happened."));
    }
    if (e.action == CustodyAction::HandedOver && e.toWhom.isEmpty()) {
        return fail(ErrorCode::Input, tr("A hand-over needs the person who received the evidence."));
    }
    const QDateTime now = QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
    if (!e.at.isValid()) {
        return fail(ErrorCode::Input, tr("A custody event needs its date and time."));
    }
    if (e.at.toUTC() > now.addSecs(300)) {
        return fail(ErrorCode::Input, tr("A custody event cannot be in the future."));
    }
    if (item->collectedAt.isValid() && e.at.toUTC() < item->collectedAt) {
        return fail(ErrorCode::Input, tr("A custody event cannot be before the evidence was collected."));
    }
    e.recordedBy = m_context.session().user().username;
    e.recordedAt = now;
    AuditRecord record{u"evidence.custody"_s, u"evidence"_s, e.evidenceId,
                       QJsonObject{{u"action"_s, custodyActionKey(e.action)},
                                   {u"at"_s, iso(e.at)},
                                   {u"by"_s, e.byWhom},
                                   {u"to"_s, e.toWhom},
                                   {u"place"_s, e.place}}};
    Status written = m_context.write(record, ChangeNotifier::Kind::Updated, [&]() { return insertCustody(e); });
    if (!written) {
        return std::unexpected(written.error());
    }
    return e.id;
}

Result<std::vector<CustodyEvent>> EvidenceStore::custody(const QString& evidenceId) {
    if (auto item = get(evidenceId); !item) {
        return std::unexpected(item.error());
    }
    auto stmt = m_context.db().prepare(u"SELECT id, evidence_id, action, at, by_whom, to_whom, place, notes, "
                                       "recorded_by, recorded_at FROM evidence_custody WHERE evidence_id = ? "
                                       "ORDER BY at, recorded_at, id"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, evidenceId);
    std::vector<CustodyEvent> events;
    Status s = stmt->forEachRow([&](const Statement& r) {
        CustodyEvent e;
        e.id = r.columnText(0);
        e.evidenceId = r.columnText(1);
        e.action = custodyActionFromKey(r.columnText(2)).value_or(CustodyAction::Collected);
        e.at = QDateTime::fromString(r.columnText(3), Qt::ISODateWithMs);
        e.byWhom = r.columnText(4);
        e.toWhom = r.columnText(5);
        e.place = r.columnText(6);
        e.notes = r.columnText(7);
        e.recordedBy = r.columnText(8);
        e.recordedAt = QDateTime::fromString(r.columnText(9), Qt::ISODateWithMs);
        events.push_back(e);
    });
    if (!s) {
        return std::unexpected(s.error());
    }
    return events;
}

Status EvidenceStore::writeTo(const QString& id, QIODevice& out, const EvidenceProgress& progress) {
    auto item = get(id);
    if (!item) {
        return std::unexpected(item.error());
    }
    if (item->kind != EvidenceKind::File) {
        return fail(ErrorCode::Usage, tr("A physical exhibit has no stored file."));
    }
    auto stmt = m_context.db().prepare(u"SELECT seq, data FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    crypto::Sha256Stream hash;
    qint64 done = 0;
    std::int64_t expected = 0;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        if (stmt->columnInt(0) != expected++) {
            return fail(ErrorCode::Integrity, tr("A part of the evidence file \"%1\" is missing.").arg(item->title));
        }
        const QByteArray chunk = stmt->columnBlob(1);
        hash.addData(chunk);
        if (out.isOpen() && out.write(chunk) != chunk.size()) {
            return fail(ErrorCode::Io, tr("The evidence could not be written: %1").arg(out.errorString()));
        }
        done += chunk.size();
        if (progress && !progress(done, item->sizeBytes)) {
            return fail(ErrorCode::Usage, tr("Cancelled."));
        }
    }
    if (done != item->sizeBytes || QString::fromLatin1(hash.result().toHex()) != item->sha256) {
        return fail(ErrorCode::Integrity,
                    tr("The evidence file \"%1\" no longer matches the SHA-256 taken at intake.").arg(item->title));
    }
    return ok();
}

Result<bool> EvidenceStore::verify(const QString& id, const EvidenceProgress& progress) {
    QFile sink; // not open: writeTo only hashes
    Status checked = writeTo(id, sink, progress);
    const bool intact = checked.has_value();
    if (!checked && checked.error().code != ErrorCode::Integrity) {
        return std::unexpected(checked.error());
    }
    Status audited = m_context.auditRead({u"evidence.verify"_s, u"evidence"_s, id, QJsonObject{{u"intact"_s, intact}}});
    if (!audited) {
        return std::unexpected(audited.error());
    }
    return intact;
}

} // namespace caselink
