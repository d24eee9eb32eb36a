#include "importer/importer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "importer/importwriter.h"
#include "importer/personmatcher.h"
#include "security/session.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Importer)
};

constexpr qint64 kProgressEvery = 4096;
constexpr int kImportCacheKiB = 256 * 1024;

struct PendingReview {
    qint64 row;
    QString personId;
    MatchCandidate candidate;
};

} // namespace

Importer::Importer(RepositoryContext& context)
    : m_context(context) {
}

Result<ImportSummary> Importer::run(RowSource& source, const ImportOptions& options) {
    if (const QStringList missing = missingRequired(options.kind, options.mapping); !missing.isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("Map a column to each required field: %1.").arg(missing.join(u", "_s)));
    }
    if (options.sha256.size() != 64) {
        return fail(ErrorCode::Usage, Tr::tr("The source file's SHA-256 is needed to audit the import."));
    }
    RowParseContext parse;
    parse.kind = options.kind;
    parse.mapping = options.mapping;
    parse.headers = source.headers();
    parse.now = QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
    parse.today = parse.now.toUTC().addSecs(5 * 3600).date();
    parse.defaultList = options.defaultList;

    ImportSummary summary;
    summary.dryRun = options.dryRun;
    summary.batchId = newUuid();
    std::vector<AuditRecord> records{{u"import.commit"_s, u"import_batch"_s, summary.batchId, {}}};
    bool stopped = false; // a dry run or a cancel: the transaction is rolled back on purpose
    ImportWriter writer(m_context);
    PersonMatcher matcher(m_context);

    auto work = [&]() -> Status {
        if (auto st = writer.prepare(); !st) {
            return st;
        }
        if (auto st = matcher.prepare(); !st) {
            return st;
        }
        std::vector<PendingReview> reviews;
        std::vector<ImportIssue> issues;
        SourceRow row;
        ParsedRow parsed;
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
            ++summary.rows;
            if (options.progress && summary.rows % kProgressEvery == 0) {
                options.progress(summary.rows, source.progress());
            }
            issues.clear();
            bool valid = parseRow(parse, row, parsed, issues);
            QString caseId;
            if (valid && options.kind == ImportKind::Arrests) {
                auto found = writer.findCase(parsed.fir, parsed.station);
                if (!found) {
                    if (found.error().code != ErrorCode::NotFound && found.error().code != ErrorCode::Input) {
                        return std::unexpected(found.error());
                    }
                    const int column = options.mapping.column(u"fir"_s);
                    issues.push_back({row.number,
                                      column >= 0 && column < parse.headers.size() ? parse.headers[column] : QString(),
                                      Severity::Error, u"import.case_missing"_s, found.error().message});
                    valid = false;
                } else {
                    caseId = *found;
                }
            }
            if (options.onIssue) {
                for (const ImportIssue& issue : issues) {
                    options.onIssue(issue);
                }
            }
            if (!valid) {
                ++summary.rejected;
                continue;
            }
            summary.warnings += issues.empty() ? 0 : 1;
            auto match = matcher.match(parsed.person, options.matchNames);
            if (!match) {
                return std::unexpected(match.error());
            }
            QString personId = match->linkedId;
            if (personId.isEmpty()) {
                auto created = writer.insertPerson(parsed.person);
                if (!created) {
                    return std::unexpected(
                        Error{created.error().code, Tr::tr("Row %1: %2").arg(row.number).arg(created.error().message)});
                }
                personId = *created;
                ++summary.imported;
                if (match->review) {
                    reviews.push_back({row.number, personId, *match->review});
                }
            } else {
                ++summary.matched;
            }
            Status written = ok();
            if (options.kind == ImportKind::Arrests) {
                written = writer.insertArrest(parsed, caseId, personId);
            } else if (options.kind == ImportKind::WatchList) {
                auto added = writer.insertWatchListEntry(parsed, personId);
                written = added ? ok() : Status(std::unexpected(added.error()));
            }
            if (!written) {
                return std::unexpected(
                    Error{written.error().code, Tr::tr("Row %1: %2").arg(row.number).arg(written.error().message)});
            }
        }
        summary.review = qint64(reviews.size());
        summary.blankLines = source.blankLines();
        if (auto st = writer.insertBatch(summary.batchId, importKindKey(options.kind),
                                         QFileInfo(options.fileName).fileName(), options.sha256, summary.rows,
                                         summary.imported, summary.matched, summary.rejected, summary.review);
            !st) {
            return st;
        }
        for (const PendingReview& r : reviews) {
            if (auto st = writer.insertReview(summary.batchId, r.row, r.personId, r.candidate.personId,
                                              r.candidate.score, r.candidate.reasons);
                !st) {
                return st;
            }
        }
        records.front().fields = QJsonObject{{u"kind"_s, importKindKey(options.kind)},
                                             {u"file_sha256"_s, options.sha256},
                                             {u"rows"_s, summary.rows},
                                             {u"imported"_s, summary.imported},
                                             {u"matched"_s, summary.matched},
                                             {u"rejected"_s, summary.rejected},
                                             {u"review"_s, summary.review}};
        if (options.dryRun) {
            stopped = true;
            return fail(ErrorCode::Usage, Tr::tr("Dry run: nothing was written."));
        }
        return ok();
    };
    // A large import touches random pages of every table's UUID-keyed B-trees: a bigger page cache for its one
    // transaction keeps them decrypted in memory instead of spilling and re-reading. Restored afterwards.
    Database& db = m_context.db();
    const auto cache = db.scalar(u"PRAGMA cache_size"_s);
    (void)db.exec(u"PRAGMA cache_size = -%1"_s.arg(kImportCacheKiB));
    const Status status = m_context.writeMany(records, ChangeNotifier::Kind::Created, work);
    if (cache) {
        (void)db.exec(u"PRAGMA cache_size = %1"_s.arg(cache->toLongLong()));
    }
    summary.notes = source.notes();
    if (!status && !stopped) {
        return std::unexpected(status.error());
    }
    summary.committed = status.has_value();
    return summary;
}

} // namespace caselink
