// CSV written for spreadsheets: RFC 4180 quoting, UTF-8 (with a byte-order mark so Excel reads Urdu correctly), and
// spreadsheet formula injection neutralised. Used by statistics exports and import error reports.
#pragma once

#include <QString>
#include <QStringList>

#include "util/result.h"

class QIODevice;

namespace caselink {

class CsvWriter {
public:
    struct Options {
        QChar delimiter = u',';
        bool byteOrderMark = true; // Excel needs it to read UTF-8
        bool neutraliseFormulas = true;
    };

    explicit CsvWriter(QIODevice& device);
    CsvWriter(QIODevice& device, Options options);

    // Writes one record; fields are quoted when they hold the delimiter, a quote or a line break.
    Status writeRow(const QStringList& fields);
    qint64 rowsWritten() const { return m_rows; }

    // A cell a spreadsheet would evaluate (starting with = + - @, a tab or a carriage return) gets a leading
    // apostrophe so it is shown as text. Plain numbers such as "-12.5" are left alone.
    static QString neutraliseFormula(const QString& cell);
    static bool looksLikeFormula(const QString& cell);
    // One field as it appears in the file.
    static QString quoteField(const QString& field, QChar delimiter = u',');

private:
    QIODevice& m_device;
    Options m_options;
    qint64 m_rows = 0;
    bool m_started = false;
};

} // namespace caselink
