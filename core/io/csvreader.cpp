#include "io/csvreader.h"

#include <array>
#include <map>

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CsvReader)
};

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr std::array<char16_t, 4> kCandidates{u',', u';', u'\t', u'|'};

} // namespace

CsvReader::CsvReader(QIODevice& device)
    : CsvReader(device, Options{}) {
}

CsvReader::CsvReader(QIODevice& device, Options options)
    : m_device(device)
    , m_options(options) {
}

bool CsvReader::decodingErrors() const {
    return m_decoder && m_decoder->hasErrors();
}

QChar CsvReader::detectDelimiter(QStringView sample) {
    // Per candidate: how many of the sample's lines hold each count of it (outside quotes).
    std::array<std::map<int, int>, kCandidates.size()> histogram;
    std::array<int, kCandidates.size()> counts{};
    bool quoted = false;
    int lines = 0;
    auto endLine = [&] {
        bool any = false;
        for (size_t i = 0; i < kCandidates.size(); ++i) {
            any = any || counts[i] > 0;
        }
        if (any) {
            for (size_t i = 0; i < kCandidates.size(); ++i) {
                ++histogram[i][counts[i]];
            }
            ++lines;
        }
        counts.fill(0);
    };
    for (QChar c : sample) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            endLine();
            if (lines >= 50) {
                break;
            }
        } else if (!quoted) {
            for (size_t i = 0; i < kCandidates.size(); ++i) {
                counts[i] += c == QChar(kCandidates[i]) ? 1 : 0;
            }
        }
    }
    if (lines < 50) {
        endLine();
    }
    QChar best = u',';
    int bestLines = 0;
    int bestCount = 0;
    for (size_t i = 0; i < kCandidates.size(); ++i) {
        for (const auto& [count, n] : histogram[i]) {
            if (count == 0) {
                continue;
            }
            if (n > bestLines || (n == bestLines && count > bestCount)) {
                best = QChar(kCandidates[i]);
                bestLines = n;
                bestCount = count;
            }
        }
    }
    return best;
}

bool CsvReader::fill() {
    if (m_eof) {
        return false;
    }
    const QByteArray bytes = m_device.read(kChunkBytes);
    QString decoded;
    if (bytes.isEmpty()) {
        m_eof = true;
        decoded = m_decoder->finish();
        if (decoded.isEmpty()) {
            return false;
        }
    } else {
        decoded = m_decoder->decode(bytes);
    }
    if (m_pos >= m_text.size()) {
        m_text = decoded;
    } else {
        m_text = m_text.mid(m_pos) + decoded;
    }
    m_pos = 0;
    return true;
}

Status CsvReader::open() {
    QByteArray head = m_device.read(kChunkBytes);
    m_encoding = m_options.encoding ? DetectedEncoding{*m_options.encoding, 0, false} : detectEncoding(head);
    if (m_options.encoding) {
        const DetectedEncoding sniffed = detectEncoding(head);
        if (sniffed.encoding == *m_options.encoding) {
            m_encoding.bomLength = sniffed.bomLength;
        }
    }
    m_decoder.emplace(m_encoding.encoding);
    m_text = m_decoder->decode(QByteArrayView(head).sliced(m_encoding.bomLength));
    m_eof = head.size() < kChunkBytes && m_device.atEnd();
    if (m_eof) {
        m_text += m_decoder->finish();
    }
    m_pos = 0;
    // Excel's "sep=;" line names the delimiter and is not data.
    if (m_text.startsWith(u"sep="_s, Qt::CaseInsensitive) && m_text.size() >= 5) {
        const qsizetype end = m_text.indexOf(u'\n');
        const QString line = (end < 0 ? m_text : m_text.left(end)).trimmed();
        if (line.size() == 5) {
            m_delimiter = line.at(4);
            m_sepLine = true;
            m_pos = end < 0 ? m_text.size() : end + 1;
            m_line = 2;
        }
    }
    if (!m_sepLine) {
        m_delimiter = m_options.delimiter.isNull() ? detectDelimiter(m_text) : m_options.delimiter;
    }
    return ok();
}

Result<bool> CsvReader::next(QStringList& fields) {
    if (!m_decoder) {
        return fail(ErrorCode::Usage, Tr::tr("The file was not opened."));
    }
    const QChar delimiter = m_delimiter;
    while (true) {
        fields.clear();
        QString field;
        bool quoted = false;     // inside quotes
        bool afterQuote = false; // a quote inside quotes: closing, or the first of a doubled pair
        bool wasQuoted = false;  // the current field started with a quote
        bool anyContent = false; // the record holds a character other than the line break
        qint64 fieldLine = m_line;
        m_recordLine = m_line;
        bool endOfRecord = false;
        bool crInQuotes = false;
        while (!endOfRecord) {
            if (m_pos >= m_text.size() && !fill()) {
                // End of file.
                if (quoted && !afterQuote) {
                    return fail(ErrorCode::Input, Tr::tr("Line %1, column %2: a quoted field is never closed.")
                                                      .arg(fieldLine)
                                                      .arg(fields.size() + 1));
                }
                if (!anyContent && fields.isEmpty() && field.isEmpty()) {
                    return false;
                }
                break;
            }
            const QChar c = m_text.at(m_pos++);
            if (m_skipLf) {
                m_skipLf = false;
                if (c == u'\n') {
                    continue;
                }
            }
            if (quoted) {
                if (afterQuote) {
                    afterQuote = false;
                    if (c == u'"') {
                        field += c; // doubled quote
                        continue;
                    }
                    quoted = false; // the quote closed the field; c is handled below as unquoted
                } else if (c == u'"') {
                    afterQuote = true;
                    continue;
                } else {
                    // Line breaks inside quotes are data; \r\n counts as one line.
                    if (c == u'\r' || (c == u'\n' && !crInQuotes)) {
                        ++m_line;
                    }
                    crInQuotes = c == u'\r';
                    field += c;
                    if (field.size() > m_options.maxFieldChars) {
                        return fail(ErrorCode::Input,
                                    Tr::tr("Line %1, column %2: a field is longer than %3 characters (is a quote "
                                           "never closed?).")
                                        .arg(fieldLine)
                                        .arg(fields.size() + 1)
                                        .arg(m_options.maxFieldChars));
                    }
                    continue;
                }
            }
            if (c == delimiter) {
                fields << field;
                field.clear();
                wasQuoted = false;
                anyContent = true;
                fieldLine = m_line;
                if (fields.size() > m_options.maxColumns) {
                    return fail(ErrorCode::Input,
                                Tr::tr("Line %1: more than %2 columns.").arg(m_recordLine).arg(m_options.maxColumns));
                }
            } else if (c == u'\n' || c == u'\r') {
                ++m_line;
                m_skipLf = c == u'\r';
                endOfRecord = true;
            } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                anyContent = true;
            } else {
                // A quote inside an unquoted field, or text after a closing quote, is kept as written.
                field += c;
                anyContent = true;
                if (field.size() > m_options.maxFieldChars) {
                    return fail(ErrorCode::Input, Tr::tr("Line %1, column %2: a field is longer than %3 characters.")
                                                      .arg(fieldLine)
                                                      .arg(fields.size() + 1)
                                                      .arg(m_options.maxFieldChars));
                }
            }
        }
        fields << field;
        bool blank = true;
        for (const QString& f : std::as_const(fields)) {
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (blank) {
            ++m_blankLines;
            if (m_eof && m_pos >= m_text.size()) {
                fields.clear();
                return false;
            }
            continue;
        }
        return true;
    }
}

} // namespace caselink
