#include "importer/importer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

#include "domain/localtime.h"
#include "importer/importrecords.h"
#include "importer/importwriter.h"
#include "matching/personmatcher.h"
#include "security/session.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Importer)
};

constexpr qint64 kProgressEvery = 4096;
// Rows per committed part of a real import: short write-lock holds, and little to redo after a stop.
constexpr qint64 kRowsPerPart = 5000;
constexpr int kImportCacheKiB = 256 * 1024;

struct PendingReview {
    qint64 row;
    QString personId;
    MatchCandidate candidate;
};

// Names officers write for countries beside the reference table's own (ISO code, English and Urdu name).
constexpr std::pair<const char16_t*, const char16_t*> kCountryAliases[] = {
    {u"UAE", u"AE"},     {u"U.A.E", u"AE"},  {u"Dubai", u"AE"},  {u"امارات", u"AE"},    {u"Turkiye", u"TR"},
    {u"Türkiye", u"TR"}, {u"Turkey", u"TR"}, {u"UK", u"GB"},     {u"Britain", u"GB"},   {u"England", u"GB"},
    {u"KSA", u"SA"},     {u"Saudia", u"SA"}, {u"Bosnia", u"BA"}, {u"Macedonia", u"MK"}, {u"Pak", u"PK"},
    {u"ایران", u"IR"},   {u"یونان", u"GR"},  {u"لیبیا", u"LY"},  {u"ترکی", u"TR"},      {u"اٹلی", u"IT"},
};

// One person slot of a row: the record it is linked to, or a new one to create (with a look-alike for review).
struct Slot {
    const Person* person = nullptr;
    PersonMatch match;
    QString id;
};

} // namespace

Importer::Importer(RepositoryContext& context)
    : m_context(context) {
}

Status Importer::mayImport(ImportKind kind) const {
    const Scope& scope = m_context.scope();
    if (kind == ImportKind::Victims && !scope.victimGrant()) {
        return fail(ErrorCode::Permission,
                    Tr::tr("Importing victims needs the victim grant: their identities are shown only to officers "
                           "who hold it. Ask an administrator for the grant."));
    }
    if (kind == ImportKind::RedBook && scope.role() != Role::Administrator && scope.role() != Role::Supervisor) {
        return fail(ErrorCode::Permission,
                    Tr::tr("Red Book editions and entries are compiled by administrators and supervisors."));
    }
    return m_context.requireWrite();
}

Result<RowParseContext> Importer::parseContext(const ImportOptions& options, const QStringList& headers) {
    RowParseContext parse;
    parse.kind = options.kind;
    parse.mapping = options.mapping;
    parse.headers = headers;
    parse.now = QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
    parse.today = officeToday(parse.now);
    parse.defaultList = options.defaultList;
    parse.defaultEdition = options.edition;
    parse.defaultEditionYear = options.editionYear;
    Database& db = m_context.db();
    if (options.kind == ImportKind::Routes) {
        auto countries = db.prepare(u"SELECT iso2, name_en, name_ur FROM ref_countries"_s);
        if (!countries) {
            return std::unexpected(countries.error());
        }
        auto st = countries->forEachRow([&](Statement& s) {
            const QString iso = s.columnText(0);
            for (int column : {0, 1, 2}) {
                if (const QString key = referenceKey(s.columnText(column)); !key.isEmpty()) {
                    parse.countries.insert(key, iso);
                }
            }
        });
        if (!st) {
            return std::unexpected(st.error());
        }
        for (const auto& [alias, iso] : kCountryAliases) {
            const QString key = referenceKey(QString::fromUtf16(alias));
            if (!parse.countries.contains(key) && parse.countries.contains(referenceKey(QString::fromUtf16(iso)))) {
                parse.countries.insert(key, QString::fromUtf16(iso));
            }
        }
    }
    if (options.kind == ImportKind::RedBook) {
        auto zones = db.prepare(u"SELECT id, code, name_en, name_ur FROM org_units WHERE unit_type = 'ZONE'"_s);
        if (!zones) {
            return std::unexpected(zones.error());
        }
        auto st = zones->forEachRow([&](Statement& s) {
            const QString id = s.columnText(0);
            const QString en = s.columnText(2);
            const QString ur = s.columnText(3);
            // "GRW", "Gujranwala Zone", "Gujranwala", "زون گوجرانوالہ", "گوجرانوالہ"
            for (const QString& name : {s.columnText(1), en, QString(en).remove(u"Zone"_s, Qt::CaseInsensitive), ur,
                                        QString(ur).remove(u"زون"_s)}) {
                if (const QString key = referenceKey(name); !key.isEmpty()) {
                    parse.zones.insert(key, id);
                }
            }
        });
        if (!st) {
            return std::unexpected(st.error());
        }
    }
    return parse;
}

Result<ImportSummary> Importer::run(RowSource& source, const ImportOptions& options) {
    if (const QStringList missing = missingRequired(options.kind, options.mapping); !missing.isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("Map a column to each required field: %1.").arg(missing.join(u", "_s)));
    }
    if (options.sha256.size() != 64) {
        return fail(ErrorCode::Usage, Tr::tr("The source file's SHA-256 is needed to audit the import."));
    }
    if (auto st = mayImport(options.kind); !st) {
        return std::unexpected(st.error());
    }
    auto context = parseContext(options, source.headers());
    if (!context) {
        return std::unexpected(context.error());
    }
    const RowParseContext& parse = *context;
    const ImportKind kind = options.kind;

    ImportSummary summary;
    summary.dryRun = options.dryRun;
    summary.batchId = newUuid();
    ImportWriter writer(m_context);
    ImportRecords kindRecords(m_context, parse);
    PersonMatcher matcher(m_context);
    Database& db = m_context.db();
    // A real import commits a part every kRowsPerPart rows, each with its audit entry, so that it never holds the
    // write lock for long and a stop (cancel, error, crash) keeps what was committed; the batch then stands STOPPED
    // and importing the same file again continues after its last committed row. A dry run, and a kind whose
    // records wait for the whole file (route legs, in chain order), are one transaction.
    const bool inParts = !options.dryRun && !kindRecords.waitsForWholeFile();
    qint64 resumeAfter = 0;
    if (inParts) {
        auto stopped = writer.stoppedBatch(importKindKey(kind), options.sha256);
        if (!stopped) {
            return std::unexpected(stopped.error());
        }
        if (*stopped) {
            const ImportBatchCounts& c = **stopped;
            summary.batchId = c.id;
            summary.rows = c.rows;
            summary.imported = c.imported;
            summary.matched = c.matched;
            summary.rejected = c.rejected;
            summary.review = c.review;
            resumeAfter = c.rows;
            summary.resumedFrom = c.rows;
        }
    }
    ImportSummary committed = summary; // the counts as of the last committed part
    bool batchRowWritten = resumeAfter > 0;
    std::vector<PendingReview> reviews;
    std::optional<Transaction> tx;
    auto begin = [&]() -> Status {
        for (int attempt = 1;; ++attempt) {
            tx.emplace(db);
            Status st = tx->begin();
            if (st || st.error().code != ErrorCode::Busy || attempt >= RepositoryContext::kJobBusyRetries) {
                return st;
            }
        }
    };
    auto auditFields = [&]() {
        QJsonObject fields{{u"kind"_s, importKindKey(kind)}, {u"file_sha256"_s, options.sha256},
                           {u"rows"_s, summary.rows},        {u"imported"_s, summary.imported},
                           {u"matched"_s, summary.matched},  {u"rejected"_s, summary.rejected},
                           {u"review"_s, summary.review}};
        const QJsonObject extra = kindRecords.auditFields();
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            fields.insert(it.key(), it.value());
        }
        return fields;
    };
    // Writes the batch row (STOPPED until the last part says COMPLETE), the reviews found since the last part and the
    // part's audit entry, in the open transaction.
    auto writeProgress = [&](bool complete) -> Status {
        summary.review += qint64(reviews.size());
        const QString status = complete ? u"COMPLETE"_s : u"STOPPED"_s;
        Status st = batchRowWritten ? writer.updateBatch(summary.batchId, summary.rows, summary.imported,
                                                         summary.matched, summary.rejected, summary.review, status)
                                    : writer.insertBatch(summary.batchId, importKindKey(kind),
                                                         QFileInfo(options.fileName).fileName(), options.sha256,
                                                         summary.rows, summary.imported, summary.matched,
                                                         summary.rejected, summary.review, status);
        if (!st) {
            return st;
        }
        batchRowWritten = true;
        for (const PendingReview& r : reviews) {
            if (auto added = writer.insertReview(summary.batchId, r.row, r.personId, r.candidate.personId,
                                                 r.candidate.score, r.candidate.reasons);
                !added) {
                return added;
            }
        }
        reviews.clear();
        auto seq = m_context.session().audit().append(m_context.session().actor(),
                                                      complete ? u"import.commit"_s : u"import.part"_s,
                                                      u"import_batch"_s, summary.batchId, auditFields());
        return seq ? ok() : Status(std::unexpected(seq.error()));
    };
    auto commitPart = [&]() -> Status {
        if (auto st = writeProgress(false); !st) {
            return st;
        }
        if (auto st = tx->commit(); !st) {
            return st;
        }
        tx.reset();
        committed = summary;
        return begin();
    };

    bool stopped = false; // a dry run or a cancel
    auto work = [&]() -> Status {
        if (auto st = writer.prepare(); !st) {
            return st;
        }
        if (auto st = kindRecords.prepare(); !st) {
            return st;
        }
        if (auto st = matcher.prepare(); !st) {
            return st;
        }
        matcher.setFormsProvider([&writer](const QString& name) { return writer.forms(name); });
        std::vector<ImportIssue> issues;
        SourceRow row;
        ParsedRow parsed;
        auto rowError = [&](const Error& error) {
            return Error{error.code, Tr::tr("Row %1: %2").arg(row.number).arg(error.message)};
        };
        // Rows an earlier run of this file committed are read past, not processed again.
        for (qint64 skipped = 0; skipped < resumeAfter; ++skipped) {
            auto more = source.next(row);
            if (!more) {
                return std::unexpected(more.error());
            }
            if (!*more) {
                break;
            }
        }
        qint64 sincePart = 0;
        while (true) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                summary.cancelled = true;
                stopped = true;
                return fail(ErrorCode::Usage, Tr::tr("The import was cancelled."));
            }
            auto more = source.next(row);
            if (!more) {
                return std::unexpected(more.error());
            }
            if (!*more) {
                break;
            }
            if (inParts && sincePart >= kRowsPerPart) {
                if (auto st = commitPart(); !st) {
                    return st;
                }
                sincePart = 0;
            }
            ++sincePart;
            ++summary.rows;
            if (options.progress && summary.rows % kProgressEvery == 0) {
                options.progress(summary.rows, source.progress());
            }
            issues.clear();
            bool valid = parseRow(parse, row, parsed, issues);
            QString caseId;
            if (valid && importKindNeedsCase(kind)) {
                auto found = writer.findCase(parsed.fir, parsed.station);
                if (!found) {
                    if (found.error().code != ErrorCode::NotFound && found.error().code != ErrorCode::Input) {
                        return std::unexpected(found.error());
                    }
                    issues.push_back({row.number, importColumnName(parse, u"fir"_s), Severity::Error,
                                      u"import.case_missing"_s, found.error().message});
                    valid = false;
                } else {
                    caseId = *found;
                    // As ArrestRepository::record: an arrest before the case was registered needs the reason.
                    const QDate registered = writer.registrationDay(caseId);
                    if (kind == ImportKind::Arrests && registered.isValid() && parsed.dateReason.isEmpty() &&
                        parsed.arrestedAt.toUTC().addSecs(5 * 3600).date() < registered) {
                        issues.push_back({row.number, importColumnName(parse, u"arrested_at"_s), Severity::Error,
                                          u"arrest.before_registration"_s,
                                          Tr::tr("The arrest is dated before the case was registered on %1; "
                                                 "correct the date or give the reason in the date reason "
                                                 "column.")
                                              .arg(displayDate(registered))});
                        valid = false;
                    }
                }
            }
            // The row's persons: linked to existing records, or to be created.
            Slot parties[2];
            int partyCount = 0;
            if (valid && parsed.hasPerson) {
                parties[partyCount++].person = &parsed.person;
            }
            if (valid && parsed.hasPayee) {
                parties[partyCount++].person = &parsed.payee;
            }
            for (int i = 0; i < partyCount; ++i) {
                auto match = matcher.match(*parties[i].person, options.matchNames);
                if (!match) {
                    return std::unexpected(match.error());
                }
                parties[i].match = std::move(*match);
                parties[i].id = parties[i].match.linkedId;
            }
            RowVerdict verdict = valid ? RowVerdict::Write : RowVerdict::Reject;
            if (valid &&
                (kind != ImportKind::Persons && kind != ImportKind::Arrests && kind != ImportKind::WatchList)) {
                RowPersons linked{parsed.hasPerson ? parties[0].id : QString(),
                                  parsed.hasPayee ? parties[partyCount - 1].id : QString()};
                auto checked = kindRecords.check(parsed, caseId, linked, issues);
                if (!checked) {
                    return std::unexpected(rowError(checked.error()));
                }
                verdict = *checked;
            }
            if (options.onIssue) {
                for (const ImportIssue& issue : issues) {
                    options.onIssue(issue);
                }
            }
            if (verdict == RowVerdict::Reject) {
                ++summary.rejected;
                continue;
            }
            summary.warnings += issues.empty() ? 0 : 1;
            if (verdict == RowVerdict::Skip) {
                ++summary.matched;
                continue;
            }
            bool created = partyCount == 0;
            for (int i = 0; i < partyCount; ++i) {
                if (!parties[i].id.isEmpty()) {
                    continue;
                }
                auto inserted = writer.insertPerson(*parties[i].person);
                if (!inserted) {
                    return std::unexpected(rowError(inserted.error()));
                }
                parties[i].id = *inserted;
                matcher.personCreated(parties[i].id, *parties[i].person);
                created = true;
                if (parties[i].match.review) {
                    reviews.push_back({row.number, parties[i].id, *parties[i].match.review});
                }
            }
            ++(created ? summary.imported : summary.matched);
            const QString personId = partyCount > 0 && parsed.hasPerson ? parties[0].id : QString();
            Status written = ok();
            switch (kind) {
            case ImportKind::Persons:
                break;
            case ImportKind::Arrests:
                written = writer.insertArrest(parsed, caseId, personId, created);
                break;
            case ImportKind::WatchList: {
                auto added = writer.insertWatchListEntry(parsed, personId);
                written = added ? ok() : Status(std::unexpected(added.error()));
                break;
            }
            case ImportKind::Victims:
            case ImportKind::Payments:
            case ImportKind::Routes:
            case ImportKind::RedBook:
            case ImportKind::Offloads:
                written = kindRecords.write(
                    parsed, caseId, RowPersons{personId, parsed.hasPayee ? parties[partyCount - 1].id : QString()});
                break;
            }
            if (!written) {
                return std::unexpected(rowError(written.error()));
            }
        }
        if (auto st = kindRecords.finish(); !st) {
            return st;
        }
        summary.blankLines = source.blankLines();
        if (options.dryRun) {
            summary.review += qint64(reviews.size());
            stopped = true;
            return fail(ErrorCode::Usage, Tr::tr("Dry run: nothing was written."));
        }
        if (auto st = writeProgress(true); !st) {
            return st;
        }
        return tx->commit();
    };
    // A large import touches random pages of every table's UUID-keyed B-trees: a bigger page cache for its
    // transactions keeps them decrypted in memory instead of spilling and re-reading. Restored afterwards.
    const auto cache = db.scalar(u"PRAGMA cache_size"_s);
    (void)db.exec(u"PRAGMA cache_size = -%1"_s.arg(kImportCacheKiB));
    Status status = [&]() -> Status {
        if (auto st = begin(); !st) {
            return st;
        }
        return work();
    }();
    tx.reset(); // rolls back the part in progress, if any
    if (cache) {
        (void)db.exec(u"PRAGMA cache_size = %1"_s.arg(cache->toLongLong()));
    }
    summary.notes = source.notes();
    if (status) {
        summary.committed = true;
        summary.committedRows = summary.rows;
    } else {
        // What stands in the database is what the committed parts hold.
        const bool cancelled = summary.cancelled;
        const qint64 read = summary.rows;
        const QStringList notes = summary.notes;
        const qint64 blank = summary.blankLines;
        if (!options.dryRun) {
            summary = committed;
        }
        summary.cancelled = cancelled;
        summary.notes = notes;
        summary.blankLines = blank;
        summary.committedRows = options.dryRun ? 0 : committed.rows;
        summary.committed = summary.committedRows > resumeAfter;
        if (options.dryRun) {
            summary.rows = read;
        }
        if (!stopped) {
            if (summary.committedRows > resumeAfter) {
                // Said plainly: the committed rows stay, and the same file continues after them.
                return fail(status.error().code,
                            Tr::tr("%1 The first %n row(s) were imported and stay; import the same file again to "
                                   "continue after them.",
                                   nullptr, int(summary.committedRows))
                                .arg(status.error().message));
            }
            return std::unexpected(status.error());
        }
    }
    if (summary.committedRows > resumeAfter || status) {
        m_context.notifier().notify(RecordKind::ImportBatch, summary.batchId, ChangeNotifier::Kind::Created);
    }
    return summary;
}

} // namespace caselink
