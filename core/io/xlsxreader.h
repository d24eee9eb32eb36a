// Streaming reader for .xlsx workbooks (Office Open XML): the sheet's XML is read through QXmlStreamReader straight
// from the zip entry, one row at a time. Shared strings, inline strings, booleans and errors become text; numbers
// become text without float noise (a CNIC typed as a number stays 13 digits); cells with a date format become ISO
// dates, with Excel's 1900 leap-year bug and the 1904 date system handled.
#pragma once

#include <memory>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

#include "util/result.h"

class QIODevice;

namespace caselink {

class XlsxReader {
public:
    XlsxReader();
    ~XlsxReader();
    XlsxReader(const XlsxReader&) = delete;
    XlsxReader& operator=(const XlsxReader&) = delete;

    // Opens a workbook from a file path or from a device (kept open by the caller while reading).
    Status open(const QString& path);
    Status open(QIODevice& device);
    QStringList sheetNames() const;
    // Chooses the sheet to read by name (case-insensitive) or 0-based index; the first sheet by default.
    Status selectSheet(const QString& name);
    Status selectSheet(int index);

    // The next row that holds a value, with empty cells for gaps; false at the end of the sheet.
    Result<bool> next(QStringList& cells);
    // The sheet's row number (1-based, as Excel shows it) of the last row returned.
    qint64 rowNumber() const;
    bool date1904() const;

    // Excel's serial day number as a date: 1900 system (serial 60 is the non-existent 29 February 1900) or 1904.
    static QDate serialToDate(double serial, bool date1904);
    // A number cell's text as a person typed it: 3520112345671 rather than 3.520112345671E+12, 0.3 rather than
    // 0.30000000000000004.
    static QString numberText(const QString& raw);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace caselink
