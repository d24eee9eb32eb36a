// Character classes the identifier parsers share.
#pragma once

#include <QChar>

namespace caselink {

// Word processors turn typed hyphens into en dashes and similar; on a document they all mean the same separator.
inline bool isDashLike(QChar ch) {
    const char16_t u = ch.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63 || u == 0xFF0D;
}

inline bool isAsciiDigit(QChar ch) {
    return ch.unicode() >= u'0' && ch.unicode() <= u'9';
}

inline bool isAsciiLetter(QChar ch) {
    const char16_t u = ch.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

} // namespace caselink
