#include "domain/textinput.h"

#include <QStringDecoder>

#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;
constexpr char32_t kByteOrderMark = 0xFEFF;

// Calls f(codePoint, position, lone) for each code point; position is 1-based in code points, lone marks an
// unpaired surrogate (passed as its own value).
template <typename F>
void forEachCodePoint(const QString& text, F&& f) {
    qsizetype position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        ++position;
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            f(QChar::surrogateToUcs4(unit, text.at(i + 1).unicode()), position, false);
            ++i;
        } else {
            f(char32_t(unit), position, QChar::isSurrogate(unit));
        }
    }
}

bool isDamaged(char32_t c, bool lone) {
    return lone || QChar::isNonCharacter(c);
}

bool isLineBreak(char32_t c) {
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// ZWNJ and ZWJ shape Urdu words (e.g. keeping a letter in its non-joining form); they are spelling, not junk.
bool isSpellingJoiner(char32_t c) {
    return c == 0x200C || c == 0x200D;
}

QString codePointName(char32_t c) {
    return u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
}

void appendCodePoint(QString& out, char32_t c) {
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

qsizetype codePointCount(const QString& text) {
    qsizetype n = 0;
    for (QChar ch : text) {
        if (!ch.isLowSurrogate()) {
            ++n;
        }
    }
    return n;
}

Issue tooLong(const QString& code, const QString& label, qsizetype length, qsizetype maxLength) {
    return errorIssue(code, ValidationText::tr("The %1 is %2 characters long; at most %n characters are allowed. It is "
                                               "not shortened automatically.",
                                               nullptr, int(maxLength))
                                .arg(label)
                                .arg(length));
}

// Damaged text and stripped characters found while sanitising free text.
struct TextScan {
    QString kept;
    qsizetype damagedAt = 0;
    char32_t damaged = 0;
    int bidi = 0;
    int invisible = 0;
    int control = 0;
    char32_t firstBidi = 0;
};

TextScan scanText(const QString& text, LineMode mode) {
    TextScan scan;
    scan.kept.reserve(text.size());
    bool afterCarriageReturn = false;
    forEachCodePoint(text, [&](char32_t c, qsizetype position, bool lone) {
        const bool crlf = afterCarriageReturn && c == u'\n';
        afterCarriageReturn = c == u'\r';
        if ((isDamaged(c, lone) || c == kReplacementCharacter) && scan.damagedAt == 0) {
            scan.damagedAt = position;
            scan.damaged = c;
        } else if (isBidiControl(c)) {
            scan.firstBidi = scan.bidi++ == 0 ? c : scan.firstBidi;
        } else if (isLineBreak(c) || c == u'\t') {
            if (mode == LineMode::SingleLine || c == u'\t') {
                scan.kept.append(u' ');
            } else if (!crlf) {
                scan.kept.append(u'\n');
            }
        } else if (QChar::category(c) == QChar::Other_Control) {
            ++scan.control;
        } else if (QChar::category(c) == QChar::Other_Format && !isSpellingJoiner(c)) {
            ++scan.invisible;
        } else {
            appendCodePoint(scan.kept, c);
        }
    });
    return scan;
}

QString tidyWhitespace(const QString& text, LineMode mode) {
    if (mode == LineMode::SingleLine) {
        return text.simplified();
    }
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace()) {
            line.chop(1);
        }
    }
    return lines.join(u'\n').trimmed();
}

// Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF. Returns the offset
// of the first byte that breaks it, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        int extra = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (b < 0x80) {
            ++i;
            continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2;
            lo = b == 0xE0 ? 0xA0 : 0x80; // overlong
            hi = b == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3;
            lo = b == 0xF0 ? 0x90 : 0x80; // overlong
            hi = b == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n) {
                return i;
            }
            const unsigned char c = p[i + k];
            if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) {
                return i;
            }
        }
        i += extra + 1;
    }
    return -1;
}

} // namespace

bool isBidiControl(char32_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

ValidatedValue<QString> sanitizeText(const QString& text, qsizetype maxLength, LineMode mode) {
    const QString label = ValidationText::tr("text");
    // Bounds the work on absurd input (a pasted file) before any normalisation runs over it.
    if (text.size() > 4 * maxLength + 1024) {
        return refused<QString>({tooLong(u"text.too_long"_s, label, codePointCount(text), maxLength)});
    }
    std::vector<Issue> issues;
    TextScan scan = scanText(text, mode);
    if (scan.damagedAt > 0) {
        if (scan.damaged == kReplacementCharacter) {
            issues.push_back(errorIssue(u"text.replacement_character"_s,
                                        ValidationText::tr("The text contains the replacement character \uFFFD at "
                                                           "position %1, a sign that it was damaged when it was read "
                                                           "from a file or another program. Enter it again from the "
                                                           "original.")
                                            .arg(scan.damagedAt)));
        } else {
            issues.push_back(errorIssue(u"text.invalid_unicode"_s,
                                        ValidationText::tr("The text contains an invalid character (%1) at position "
                                                           "%2, so it was damaged on the way in. Enter it again from "
                                                           "the original.")
                                            .arg(codePointName(scan.damaged))
                                            .arg(scan.damagedAt)));
        }
    }
    if (scan.bidi > 0) {
        issues.push_back(
            warningIssue(u"text.bidi_removed"_s,
                         ValidationText::tr("Invisible text-direction characters such as %1 were removed (%n in all). "
                                            "They can make text display in a different order from how it is stored.",
                                            nullptr, scan.bidi)
                             .arg(codePointName(scan.firstBidi))));
    }
    if (scan.invisible > 0) {
        issues.push_back(warningIssue(u"text.invisible_removed"_s,
                                      ValidationText::tr("Invisible formatting characters such as zero-width "
                                                         "spaces were removed (%n in all).",
                                                         nullptr, scan.invisible)));
    }
    if (scan.control > 0) {
        issues.push_back(warningIssue(u"text.control_removed"_s,
                                      ValidationText::tr("Control characters, which cannot be part of readable "
                                                         "text, were removed (%n in all).",
                                                         nullptr, scan.control)));
    }
    QString clean = tidyWhitespace(scan.kept.normalized(QString::NormalizationForm_C), mode);
    const qsizetype length = codePointCount(clean);
    if (length > maxLength) {
        issues.push_back(tooLong(u"text.too_long"_s, label, length, maxLength));
    }
    return validated(std::move(clean), std::move(issues));
}

ValidatedValue<QString> decodeUtf8(const QByteArray& bytes, qsizetype maxLength, LineMode mode) {
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        return refused<QString>({errorIssue(
            u"text.invalid_utf8"_s, ValidationText::tr("The text is not valid UTF-8: the byte at offset %1 "
                                                       "(0x%2) cannot start or continue a character. Save the "
                                                       "source as UTF-8 and read it again.")
                                        .arg(bad)
                                        .arg(QString::number(uint(static_cast<unsigned char>(bytes.at(bad))), 16)
                                                 .toUpper()
                                                 .rightJustified(2, u'0')))});
    }
    QString text = QString::fromUtf8(bytes);
    // A byte order mark at the start is how some editors label UTF-8 files, not part of the text.
    if (text.startsWith(QChar(char16_t(kByteOrderMark)))) {
        text.remove(0, 1);
    }
    return sanitizeText(text, maxLength, mode);
}

bool checkIdentifierText(const QString& raw, const QString& codePrefix, const QString& label, qsizetype maxLength,
                         std::vector<Issue>& issues) {
    if (raw.size() > maxLength) {
        issues.push_back(tooLong(codePrefix + u".too_long"_s, label, codePointCount(raw), maxLength));
        return false;
    }
    const std::size_t before = issues.size();
    bool damaged = false;
    bool bidi = false;
    bool control = false;
    bool invisible = false;
    forEachCodePoint(raw, [&](char32_t c, qsizetype position, bool lone) {
        if ((isDamaged(c, lone) || c == kReplacementCharacter) && !damaged) {
            damaged = true;
            issues.push_back(errorIssue(codePrefix + u".invalid_unicode"_s,
                                        ValidationText::tr("The %1 contains an invalid or damaged character (%2) at "
                                                           "position %3. Type it again from the document.")
                                            .arg(label, codePointName(c))
                                            .arg(position)));
        } else if (isBidiControl(c) && !bidi) {
            bidi = true;
            issues.push_back(errorIssue(codePrefix + u".bidi_control"_s,
                                        ValidationText::tr("The %1 contains an invisible text-direction character "
                                                           "(%2) at position %3. It can make the %1 display "
                                                           "differently from how it is stored; type the %1 instead of "
                                                           "pasting it.")
                                            .arg(label, codePointName(c))
                                            .arg(position)));
        } else if (QChar::category(c) == QChar::Other_Control && !QChar::isSpace(c) && !control) {
            control = true;
            issues.push_back(errorIssue(codePrefix + u".control_character"_s,
                                        ValidationText::tr("The %1 contains a control character (%2) at position %3.")
                                            .arg(label, codePointName(c))
                                            .arg(position)));
        } else if (QChar::category(c) == QChar::Other_Format && !isBidiControl(c) && !invisible) {
            invisible = true;
            issues.push_back(errorIssue(codePrefix + u".invisible_character"_s,
                                        ValidationText::tr("The %1 contains an invisible character (%2) at position "
                                                           "%3; type the %1 instead of pasting it.")
                                            .arg(label, codePointName(c))
                                            .arg(position)));
        }
    });
    return issues.size() == before;
}

QString foldDigits(const QString& text) {
    QString out = text;
    for (QChar& ch : out) {
        const char16_t u = ch.unicode();
        if (u >= 0x06F0 && u <= 0x06F9) {
            ch = QChar(char16_t(u'0' + (u - 0x06F0)));
        } else if (u >= 0x0660 && u <= 0x0669) {
            ch = QChar(char16_t(u'0' + (u - 0x0660)));
        }
    }
    return out;
}

QString visibleInput(const QString& text, qsizetype maxChars) {
    QString out;
    qsizetype count = 0;
    bool truncated = false;
    forEachCodePoint(text, [&](char32_t c, qsizetype, bool lone) {
        if (truncated) {
            return;
        }
        if (++count > maxChars) {
            truncated = true;
            out.append(u'\u2026');
            return;
        }
        const auto category = QChar::category(c);
        if (lone || isBidiControl(c) || category == QChar::Other_Control || category == QChar::Other_Format ||
            QChar::isNonCharacter(c)) {
            out += QLatin1Char('<');
            out += codePointName(c);
            out += QLatin1Char('>');
        } else {
            appendCodePoint(out, c);
        }
    });
    return out;
}

} // namespace caselink
