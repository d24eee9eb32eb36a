// One source row read into domain values through the domain validators, with every problem tied to its column.
// Nothing here touches the database, so the wizard's preview and the import share the same rules.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "domain/casefile.h"
#include "domain/firnumber.h"
#include "domain/person.h"
#include "domain/validation.h"
#include "importer/importfields.h"
#include "importer/rowsource.h"

namespace caselink {

struct ImportIssue {
    qint64 row = 0;
    QString column; // the file's header (or "column N"); empty for the row as a whole
    Severity severity = Severity::Error;
    QString code;
    QString message;
};

struct ParsedRow {
    qint64 row = 0;
    Person person; // normalised: CNIC digits, E.164 phones, passport numbers
    // Arrests
    FirNumber fir;
    QString station;
    QDateTime arrestedAt;
    QString place;
    ArrestCategory category = ArrestCategory::General;
    QString role = QStringLiteral("AGENT");
    // Watch lists
    QString list;
    QString reference;
    QDate placedOn;
};

struct RowParseContext {
    ImportKind kind = ImportKind::Persons;
    ColumnMapping mapping;
    QStringList headers;
    QDate today;
    QDateTime now;
    QString defaultList; // watch lists: the list when the file has no list column
};

// Parses one row; issues are appended. Returns false when the row has an error and must be rejected.
bool parseRow(const RowParseContext& context, const SourceRow& source, ParsedRow& out,
              std::vector<ImportIssue>& issues);

// The lists a watch-list import can fill (watchlist_entries.list).
QStringList watchListKeys();
// Whether the text holds Arabic-script letters (Urdu names go to the Urdu name fields).
bool isArabicScript(const QString& text);

} // namespace caselink
