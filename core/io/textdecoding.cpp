#include "io/textdecoding.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five undefined bytes map to themselves, as Windows does.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QStringDecoder::Encoding qtEncoding(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringDecoder::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringDecoder::Utf16BE;
    case TextEncoding::Utf8:
    case TextEncoding::Windows1252:
        break;
    }
    return QStringDecoder::Utf8;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes, bool allowTruncated) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            minimum = 0x80;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            minimum = 0x800;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            minimum = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n) { // the sequence runs past the end of the bytes seen
            for (qsizetype k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return allowTruncated;
        }
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

DetectedEncoding detectEncoding(QByteArrayView head) {
    const auto* p = reinterpret_cast<const unsigned char*>(head.data());
    const qsizetype n = head.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        return {TextEncoding::Utf8, 3, false};
    }
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        return {TextEncoding::Utf16LE, 2, false};
    }
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        return {TextEncoding::Utf16BE, 2, false};
    }
    // UTF-16 without a mark: ASCII-range text has a NUL in every other byte.
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    const qsizetype pairs = std::min<qsizetype>(n, 4096) / 2;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += p[2 * i] == 0 ? 1 : 0;
        oddNul += p[2 * i + 1] == 0 ? 1 : 0;
    }
    if (pairs >= 2) {
        if (oddNul * 10 >= pairs * 3 && evenNul * 10 < pairs) {
            return {TextEncoding::Utf16LE, 0, false};
        }
        if (evenNul * 10 >= pairs * 3 && oddNul * 10 < pairs) {
            return {TextEncoding::Utf16BE, 0, false};
        }
    }
    if (isValidUtf8(head, true)) {
        return {TextEncoding::Utf8, 0, false};
    }
    return {TextEncoding::Windows1252, 0, true};
}

QString encodingName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding), QStringDecoder::Flag::Default) {
}

QString TextDecoder::decode(QByteArrayView chunk) {
    if (m_encoding == TextEncoding::Windows1252) {
        QString out(chunk.size(), Qt::Uninitialized);
        char16_t* d = reinterpret_cast<char16_t*>(out.data());
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const auto c = static_cast<unsigned char>(chunk[i]);
            d[i] = (c >= 0x80 && c < 0xA0) ? kCp1252High[c - 0x80] : char16_t(c);
        }
        return out;
    }
    QString out = m_decoder.decode(chunk);
    if (m_decoder.hasError()) {
        m_errors = true;
    }
    return out;
}

QString TextDecoder::finish() {
    if (m_encoding == TextEncoding::Windows1252) {
        return {};
    }
    // A sequence cut off by the end of the file is still held by the decoder: it is an error.
    QString rest = m_decoder.decode(QByteArrayView());
    if (m_decoder.hasError()) {
        m_errors = true;
    }
    return rest;
}

bool TextDecoder::hasErrors() const {
    return m_errors;
}

} // namespace caselink
