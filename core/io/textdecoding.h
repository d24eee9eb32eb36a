// Text files as offices produce them: UTF-8 with or without a byte-order mark, UTF-16 from Excel's "Unicode text",
// and legacy Windows-1252 from old Excel versions. Detection looks at the start of the file; decoding is
// incremental, so a file of any size is read in chunks.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace caselink {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

struct DetectedEncoding {
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;   // bytes to skip at the start of the file
    bool legacy = false; // not Unicode: the officer is told the file was read as Windows-1252
};

// Looks at the first bytes of a file (a few KiB are enough): a byte-order mark decides; otherwise NUL bytes at odd or
// even positions mean UTF-16 without a mark; otherwise valid UTF-8 (an incomplete sequence cut at the end of head is
// fine) is UTF-8 and anything else is Windows-1252.
DetectedEncoding detectEncoding(QByteArrayView head);
QString encodingName(TextEncoding encoding); // "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"

// Whether bytes are well-formed UTF-8; an incomplete sequence at the very end counts as valid when allowTruncated.
bool isValidUtf8(QByteArrayView bytes, bool allowTruncated);

// Decodes a byte stream chunk by chunk; a character split across two chunks is decoded once both are seen.
class TextDecoder {
public:
    explicit TextDecoder(TextEncoding encoding);

    QString decode(QByteArrayView chunk);
    // Flushes an incomplete sequence at the end of the input (it becomes U+FFFD and counts as an error).
    QString finish();
    // Bytes that were not valid in the encoding (each replaced by U+FFFD).
    bool hasErrors() const;
    TextEncoding encoding() const { return m_encoding; }

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    bool m_errors = false;
};

} // namespace caselink
