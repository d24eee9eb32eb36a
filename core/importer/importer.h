// The import of one file: every row read through the domain validators, rejected rows reported with their reasons,
// incoming persons matched to existing records, and written in parts of a few thousand rows, each committed with an
// audit entry carrying the source file's SHA-256 and the counts (never a name or an identifier), so that an import
// never holds the database's write lock for long. A stop (cancel, error, a killed process) keeps the committed parts
// and leaves the batch STOPPED; importing the same file again continues after its last committed row. A dry run
// writes nothing (one transaction, rolled back), and a cancel before the first part is committed leaves the database
// exactly as it was.
#pragma once

#include <atomic>
#include <functional>

#include <QString>
#include <QStringList>

#include "importer/importfields.h"
#include "importer/rowparser.h"
#include "importer/rowsource.h"
#include "repo/repositorycontext.h"

namespace caselink {

struct ImportOptions {
    ImportKind kind = ImportKind::Persons;
    ColumnMapping mapping;
    bool dryRun = false;
    bool matchNames = true; // look for name + father's name candidates (review queue) when no identifier matches
    QString defaultList;    // watch lists: the list for rows without a list column
    int edition = 0;        // Red Book: the edition for rows without an edition column
    int editionYear = 0;    // Red Book: its year (needed when the edition is not recorded yet)
    QString fileName;       // recorded with the batch (base name)
    QString sha256;         // of the source file, hex
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(qint64 rows, double fraction)> progress; // called every few thousand rows
    std::function<void(const ImportIssue&)> onIssue;            // every error and warning, in row order
};

struct ImportSummary {
    qint64 rows = 0;     // data rows read (blank lines not counted)
    qint64 imported = 0; // rows written with a new person (or with no person: a case's general route leg)
    qint64 matched = 0;  // rows whose persons are all existing records (written, or already recorded: skipped)
    qint64 rejected = 0; // rows with an error, written nowhere
    qint64 review = 0;   // of imported: new persons that may be an existing one (held for review)
    qint64 warnings = 0; // rows written with a warning
    qint64 blankLines = 0;
    QString batchId;
    bool dryRun = false;
    bool committed = false; // this run committed something
    bool cancelled = false;
    qint64 committedRows = 0; // rows of the file now in the database (after a stop: those of the committed parts)
    qint64 resumedFrom = 0;   // rows an earlier, stopped run of the same file had committed (read past, not redone)
    QStringList notes;        // about the file as a whole (legacy encoding, ...)
};

class Importer {
public:
    explicit Importer(RepositoryContext& context);

    // Refused (Permission) when the account may not import the kind: victims need the victim grant, Red Book
    // editions are compiled by administrators and supervisors.
    Result<ImportSummary> run(RowSource& source, const ImportOptions& options);
    // The rules rows are read by, with the reference data they name (countries, zones); the wizard's preview uses it.
    Result<RowParseContext> parseContext(const ImportOptions& options, const QStringList& headers);
    Status mayImport(ImportKind kind) const;

private:
    RepositoryContext& m_context;
};

} // namespace caselink
