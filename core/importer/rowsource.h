// One interface over the readers: a file's header row, then its data rows one at a time with the row number the
// officer sees in Excel or a text editor, so every message can point at the row.
#pragma once

#include <memory>

#include <QFile>
#include <QString>
#include <QStringList>

#include "io/csvreader.h"
#include "io/xlsxreader.h"
#include "util/result.h"

namespace caselink {

struct SourceRow {
    qint64 number = 0; // line (CSV) or sheet row (XLSX), 1-based
    QStringList cells;
};

class RowSource {
public:
    // Opens a .csv/.txt/.tsv or .xlsx file (by content: a zip is a workbook). sheet: name or 0-based index, XLSX only.
    static Result<std::unique_ptr<RowSource>> open(const QString& path, const QString& sheet = {});

    const QStringList& headers() const { return m_headers; }
    qint64 headerRow() const { return m_headerRow; }
    // The next data row; false at the end.
    Result<bool> next(SourceRow& row);
    QStringList sheetNames() const;
    bool isWorkbook() const { return m_xlsx != nullptr; }
    // What the officer should know about the file as a whole: a legacy encoding, replaced bytes, blank lines.
    QStringList notes() const;
    qint64 blankLines() const;
    // Fraction of the file read so far, 0..1 (for progress bars).
    double progress() const;

    // SHA-256 of the file's bytes, hex, read in chunks.
    static Result<QString> sha256(const QString& path);

private:
    QFile m_file;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<XlsxReader> m_xlsx;
    QStringList m_headers;
    qint64 m_headerRow = 0;
    qint64 m_xlsxRows = 0;
};

} // namespace caselink
