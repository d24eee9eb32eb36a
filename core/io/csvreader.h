// Streaming CSV reader for files saved by Excel, LibreOffice and office scripts: delimiter , ; tab or | detected
// (or Excel's "sep=;" first line), RFC 4180 quoting with embedded line breaks and doubled quotes, UTF-8/UTF-16 with
// or without a byte-order mark, Windows-1252 as a reported fallback. Only one record and one decoded chunk are held
// in memory, so a file of a million rows costs no more than a file of ten.
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "io/textdecoding.h"
#include "util/result.h"

class QIODevice;

namespace caselink {

class CsvReader {
public:
    struct Options {
        QChar delimiter;                      // null: detected from the first lines
        std::optional<TextEncoding> encoding; // empty: detected
        qsizetype maxFieldChars = 1 << 20;    // a longer field is an error (usually a quote never closed)
        int maxColumns = 16384;
    };

    explicit CsvReader(QIODevice& device);
    CsvReader(QIODevice& device, Options options);

    // Reads the start of the file: encoding, "sep=" line, delimiter. Call once before next().
    Status open();
    // The next non-blank record; false at the end of the file. Errors name the line and column.
    Result<bool> next(QStringList& fields);

    QChar delimiter() const { return m_delimiter; }
    DetectedEncoding encoding() const { return m_encoding; }
    bool hadSepLine() const { return m_sepLine; }
    // Bytes that were not valid in the detected encoding were replaced by U+FFFD.
    bool decodingErrors() const;
    // The physical line (1-based) where the last record returned by next() starts.
    qint64 recordLine() const { return m_recordLine; }
    qint64 blankLines() const { return m_blankLines; }

    // The delimiter that splits the sample's lines most consistently (',' when nothing does).
    static QChar detectDelimiter(QStringView sample);

private:
    bool fill();

    QIODevice& m_device;
    Options m_options;
    DetectedEncoding m_encoding;
    std::optional<TextDecoder> m_decoder;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_skipLf = false;
    bool m_sepLine = false;
    QChar m_delimiter = u',';
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_blankLines = 0;
};

} // namespace caselink
