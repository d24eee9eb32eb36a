// import: reads a CSV or .xlsx file into the database in one transaction (or checks it with --dry-run), writing
// every rejected row with its reason to an error report. match: runs a watch list or the Red Book against every
// person in scope and lists the hits with scores and reasons.
#include "importcommands.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "domain/textinput.h"
#include "importer/importer.h"
#include "io/csvwriter.h"
#include "matching/watchlistmatch.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

Result<ColumnMapping> loadMapping(const QString& path, ImportKind kind, const QStringList& headers) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, ImportCommands::tr("Cannot open the mapping %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (!json.isObject()) {
        return fail(ErrorCode::Input,
                    ImportCommands::tr("The mapping %1 is not a JSON object: %2").arg(path, error.errorString()));
    }
    return ColumnMapping::fromJson(json.object(), kind, headers);
}

// The columns a file has, for a message: each one short and with control characters shown by name, so a wrong
// file (a binary, someone's private text) is not poured onto the terminal.
QString quotedHeaders(const QStringList& headers) {
    constexpr qsizetype kShown = 12;
    QStringList shown;
    for (qsizetype i = 0; i < headers.size() && i < kShown; ++i) {
        shown << visibleInput(headers[i], 24);
    }
    if (headers.size() > kShown) {
        shown << ImportCommands::tr("and %n more", nullptr, int(headers.size() - kShown));
    }
    return shown.join(u", "_s);
}

} // namespace

int ImportCommands::import(const QStringList& arguments) {
    CommandLine commandLine(
        u"import"_s,
        tr("Imports a CSV or .xlsx file in one transaction: persons, arrests, a watch list, the victims,\n"
           "payments or route legs of registered cases (by FIR number), a Red Book edition, or an airport\n"
           "offload list (each offloading becomes an 'intercepted at airport' event on the person).\n"
           "Columns are mapped to fields from their header names (English or Urdu) or by --mapping.\n"
           "Rejected rows are listed with their reason in --report; nothing is skipped silently.\n"
           "Persons with the same CNIC, passport or phone as an existing record are linked to it;\n"
           "persons whose name and father's name only look alike are held for review, never merged.\n"
           "Victims need an account with the victim grant; Red Book editions an administrator or supervisor."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(u"kind"_s, tr("What the file holds: %1.").arg(importKindKeys().join(u", "_s)), tr("kind"));
    commandLine.addOption(u"file"_s, tr("The CSV or .xlsx file."), tr("path"));
    commandLine.addOption(u"sheet"_s, tr("The workbook's sheet, by name or 0-based number (first by default)."),
                          tr("sheet"));
    commandLine.addOption(u"mapping"_s, tr("A JSON mapping {\"fields\": {\"cnic\": \"CNIC No\", ...}}."), tr("path"));
    commandLine.addOption(u"list"_s, tr("Watch lists: the list for rows without a list column (ECL, PCL, ...)."),
                          tr("list"));
    commandLine.addOption(u"edition"_s, tr("Red Book: the edition for rows without an edition column (e.g. 13)."),
                          tr("number"));
    commandLine.addOption(u"edition-year"_s,
                          tr("Red Book: the edition's year, needed when the edition is not recorded yet."), tr("year"));
    commandLine.addOption(u"dry-run"_s, tr("Check every row and report, but write nothing."));
    commandLine.addOption(u"no-name-matching"_s,
                          tr("Match incoming persons by CNIC, passport and phone only (much faster on very large "
                             "files); look-alikes by name are then not held for review."));
    commandLine.addOption(u"report"_s, tr("Write rejected rows and warnings to this CSV file."), tr("path"));
    commandLine.addOption(u"save-mapping"_s, tr("Write the mapping used to this JSON file for reuse."), tr("path"));
    commandLine.addPasswordFileOption();
    commandLine.require({u"kind"_s, u"file"_s});
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const auto kind = importKindFromKey(commandLine.value(u"kind"_s));
    if (!kind) {
        return Console::report(commandLine.usageError(
            tr("unknown kind '%1' (use %2)").arg(commandLine.value(u"kind"_s), importKindKeys().join(u", "_s))));
    }
    const Result<std::int64_t> edition = commandLine.integer(u"edition"_s, 0, 999, 0);
    const Result<std::int64_t> editionYear = commandLine.integer(u"edition-year"_s, 0, 2100, 0);
    if (!edition || !editionYear) {
        return Console::report(edition ? editionYear.error() : edition.error());
    }
    const QString path = commandLine.value(u"file"_s);
    auto source = RowSource::open(path, commandLine.value(u"sheet"_s));
    if (!source) {
        return Console::report(source.error());
    }
    auto sha = RowSource::sha256(path);
    if (!sha) {
        return Console::report(sha.error());
    }
    ImportOptions options;
    options.kind = *kind;
    options.dryRun = commandLine.isSet(u"dry-run"_s);
    options.matchNames = !commandLine.isSet(u"no-name-matching"_s);
    options.defaultList = commandLine.value(u"list"_s);
    options.edition = int(*edition);
    options.editionYear = int(*editionYear);
    options.fileName = QFileInfo(path).fileName();
    options.sha256 = *sha;
    if (commandLine.isSet(u"mapping"_s)) {
        auto mapping = loadMapping(commandLine.value(u"mapping"_s), *kind, (*source)->headers());
        if (!mapping) {
            return Console::report(mapping.error());
        }
        options.mapping = *mapping;
    } else {
        options.mapping = suggestMapping(*kind, (*source)->headers());
    }
    if (const QStringList missing = missingRequired(*kind, options.mapping); !missing.isEmpty()) {
        return Console::report(
            Error{ErrorCode::Input, tr("No column was found for %1; the file's columns are: %2. "
                                       "Give a --mapping.")
                                        .arg(missing.join(u", "_s), quotedHeaders((*source)->headers()))});
    }
    if (commandLine.isSet(u"save-mapping"_s)) {
        QFile out(commandLine.value(u"save-mapping"_s));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Console::report(Error{ErrorCode::Io, tr("Cannot write %1.").arg(out.fileName())});
        }
        const QByteArray json = QJsonDocument(options.mapping.toJson(*kind, (*source)->headers())).toJson();
        if (out.write(json) != json.size() || !out.flush()) {
            return Console::report(
                Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(out.fileName(), out.errorString())});
        }
    }
    QFile reportFile;
    std::unique_ptr<CsvWriter> report;
    if (commandLine.isSet(u"report"_s)) {
        reportFile.setFileName(commandLine.value(u"report"_s));
        if (!reportFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return Console::report(Error{ErrorCode::Io, tr("Cannot write the report %1.").arg(reportFile.fileName())});
        }
        report = std::make_unique<CsvWriter>(reportFile);
        (void)report->writeRow({tr("row"), tr("column"), tr("severity"), tr("code"), tr("reason")});
    }
    qint64 errorsShown = 0;
    QString reportError;
    options.onIssue = [&](const ImportIssue& issue) {
        if (report) {
            if (auto st = report->writeRow({QString::number(issue.row), issue.column,
                                            issue.severity == Severity::Error ? tr("error") : tr("warning"), issue.code,
                                            issue.message});
                !st && reportError.isEmpty()) {
                reportError = st.error().message;
            }
        } else if (issue.severity == Severity::Error && errorsShown++ < 20) {
            Console::message(tr("row %1, %2: %3").arg(issue.row).arg(issue.column, issue.message));
        }
    };
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        Importer importer(context);
        const Result<ImportSummary> summary = importer.run(**source, options);
        if (!summary) {
            return std::unexpected(summary.error());
        }
        for (const QString& note : summary->notes) {
            Console::message(note);
        }
        if (!report && errorsShown > 20) {
            Console::message(tr("... %1 more errors; use --report to list them all.").arg(errorsShown - 20));
        }
        if (summary->resumedFrom > 0) {
            Console::printLine(tr("Continued after the %1 rows an earlier, stopped import of this file committed.")
                                   .arg(summary->resumedFrom));
        }
        Console::printLine(summary->dryRun ? tr("Dry run: nothing was written.") : tr("Import committed."));
        Console::printLine(tr("rows %1: imported %2, matched %3, rejected %4; held for review %5; with warnings %6")
                               .arg(summary->rows)
                               .arg(summary->imported)
                               .arg(summary->matched)
                               .arg(summary->rejected)
                               .arg(summary->review)
                               .arg(summary->warnings));
        Console::printLine(tr("file SHA-256 %1").arg(options.sha256));
        if (!summary->dryRun) {
            Console::printLine(tr("batch %1").arg(summary->batchId));
        }
        if (report && reportError.isEmpty() && !reportFile.flush()) {
            reportError = reportFile.errorString();
        }
        if (!reportError.isEmpty()) {
            // The rows are in (or, on a dry run, were checked); what failed is the list of rejected rows, which the
            // user asked for and would otherwise think empty.
            return fail(ErrorCode::Io, tr("The report %1 could not be written (%2); run the import again with "
                                          "--dry-run and another --report path to list the rejected rows.")
                                           .arg(reportFile.fileName(), reportError));
        }
        return ok();
    });
}

int ImportCommands::match(const QStringList& arguments) {
    CommandLine commandLine(u"match"_s,
                            tr("Runs a watch list or the Red Book against every person in your scope and lists the\n"
                               "hits: the same CNIC, passport or phone number, or a name and father's name alike\n"
                               "across scripts and spellings, each with a score and its reasons."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(u"list"_s, tr("The list: %1.").arg(WatchListMatcher::lists().join(u", "_s)), tr("list"));
    commandLine.addOption(u"min-score"_s, tr("Leave out name hits below this score in percent (default 65)."),
                          tr("percent"));
    commandLine.addOption(u"csv"_s, tr("Write the hits to this CSV file as well."), tr("path"));
    commandLine.addFormatOption();
    commandLine.addPasswordFileOption();
    commandLine.require({u"list"_s});
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<std::int64_t> minimum = commandLine.integer(u"min-score"_s, 0, 100, 65);
    const Result<OutputFormat> format = commandLine.format();
    if (!minimum || !format) {
        return Console::report(minimum ? format.error() : minimum.error());
    }
    const QString list = commandLine.value(u"list"_s).toUpper();
    if (!WatchListMatcher::lists().contains(list)) {
        return Console::report(commandLine.usageError(
            tr("unknown list '%1' (use %2)").arg(list, WatchListMatcher::lists().join(u", "_s))));
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        WatchListMatcher matcher(context);
        auto hits = matcher.run(list, double(*minimum) / 100.0);
        if (!hits) {
            return std::unexpected(hits.error());
        }
        const QStringList headers{tr("SCORE"), tr("LIST"),    tr("LISTED AS"), tr("PERSON"),
                                  tr("CNIC"),  tr("REASONS"), tr("PERSON ID")};
        QList<QStringList> rows;
        for (const WatchListHit& h : *hits) {
            rows << QStringList{QString::number(qRound(h.score * 100)),
                                h.list,
                                h.listedName,
                                h.personName,
                                h.personCnic,
                                h.reasons.join(u"; "_s),
                                h.personId};
        }
        if (commandLine.isSet(u"csv"_s)) {
            QFile out(commandLine.value(u"csv"_s));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                return fail(ErrorCode::Io, tr("Cannot write %1.").arg(out.fileName()));
            }
            CsvWriter csv(out);
            (void)csv.writeRow(headers);
            for (const QStringList& r : std::as_const(rows)) {
                (void)csv.writeRow(r);
            }
        }
        if (*format == OutputFormat::Json) {
            QJsonArray array;
            for (const WatchListHit& h : *hits) {
                array.append(QJsonObject{{u"score"_s, h.score},
                                         {u"list"_s, h.list},
                                         {u"listed_person_id"_s, h.listedPersonId},
                                         {u"person_id"_s, h.personId},
                                         {u"person"_s, h.personName},
                                         {u"reasons"_s, QJsonArray::fromStringList(h.reasons)}});
            }
            Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            Console::printTable(headers, rows);
            Console::printLine(tr("%n hit(s)", nullptr, int(hits->size())));
        }
        return ok();
    });
}

} // namespace caselink
