// What can be imported and into which fields: the kinds of list offices keep, the fields of each, and the mapping
// from a file's columns to fields, suggested from header names in English and Urdu and saved for reuse.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "util/result.h"

namespace caselink {

enum class ImportKind { Persons, Arrests, WatchList, Victims, Payments, Routes, RedBook, Offloads };

// "persons", "arrests", "watchlist", "victims", "payments", "routes", "redbook", "offloads"
QString importKindKey(ImportKind kind);
std::optional<ImportKind> importKindFromKey(const QString& key);
const std::vector<ImportKind>& allImportKinds(); // in the order the wizard offers them
QStringList importKindKeys();
QString importKindLabel(ImportKind kind); // translated
// Kinds whose rows attach to a registered case, found by FIR number (and station).
bool importKindNeedsCase(ImportKind kind);

struct ImportField {
    QString key;   // "cnic", "name", "father", "fir", ...
    QString label; // translated
    bool required = false;
    QStringList synonyms; // normalised header names (English and Urdu) that suggest this field
};

const std::vector<ImportField>& importFields(ImportKind kind);
const ImportField* findImportField(ImportKind kind, const QString& key);

// A header as compared with synonyms: case folded, punctuation and spaces removed ("Father's Name" -> "fathersname").
QString normaliseHeader(const QString& header);

// Field key -> 0-based column.
struct ColumnMapping {
    std::map<QString, int> columns;

    int column(const QString& field) const {
        const auto it = columns.find(field);
        return it == columns.end() ? -1 : it->second;
    }
    // {"kind": "arrests", "fields": {"cnic": "CNIC No", ...}}: columns by header name, so a reordered file still maps.
    QJsonObject toJson(ImportKind kind, const QStringList& headers) const;
    // Resolves header names against this file's headers; a number is a 1-based column. Unknown fields and missing
    // headers are errors naming them.
    static Result<ColumnMapping> fromJson(const QJsonObject& json, ImportKind kind, const QStringList& headers);
};

// The best field for each header (each field used once, required fields first).
ColumnMapping suggestMapping(ImportKind kind, const QStringList& headers);
// Required fields the mapping leaves out (labels), for an error message.
QStringList missingRequired(ImportKind kind, const ColumnMapping& mapping);

} // namespace caselink
