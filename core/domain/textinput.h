// Defences every text field of the domain shares: invisible direction controls, damaged Unicode, control characters,
// overlong input, and the non-ASCII digits Urdu keyboards type.
#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "domain/validation.h"

namespace caselink {

enum class LineMode { SingleLine, MultiLine };

// For free text such as names, places and notes. Invisible direction controls, other invisible formatting and
// control characters are stripped with a warning: names are copied from Urdu documents that carry direction marks,
// and refusing them would make officers retype names they cannot always type. Damaged text (lone surrogates, U+FFFD
// left by a lossy decode, non-characters) is an error, because stripping would silently change a name. Whitespace
// is collapsed (SingleLine) and the text is put in Unicode NFC so equal-looking names compare equal. Too long is an
// error rather than a truncation, which would lose part of a name without anyone noticing. Length counts code points.
// ZWNJ and ZWJ are kept: Urdu spelling needs them. Empty text is valid here; whether a field is required is the
// caller's rule. Codes: text.*.
ValidatedValue<QString> sanitizeText(const QString& text, qsizetype maxLength, LineMode mode = LineMode::SingleLine);

// Strict UTF-8 decoding for bytes from files and other programs, followed by sanitizeText. Invalid sequences are an
// error (text.invalid_utf8) instead of the replacement characters a lenient decoder would insert.
ValidatedValue<QString> decodeUtf8(const QByteArray& bytes, qsizetype maxLength, LineMode mode = LineMode::SingleLine);

// For identifiers (CNIC, passport, phone, FIR number, amounts, dates): anything invisible or damaged is an error,
// never stripped. Direction controls can make an identifier display in a different order from how it is stored, and
// an officer confirms what the screen shows; identifiers are also matched exactly, so hidden characters must not
// reach storage. Adds errors <codePrefix>.too_long, .invalid_unicode, .bidi_control, .control_character and
// .invisible_character; returns false when it added any. label is the translated field name for messages.
bool checkIdentifierText(const QString& raw, const QString& codePrefix, const QString& label, qsizetype maxLength,
                         std::vector<Issue>& issues);

// Extended Arabic-Indic digits (Urdu, U+06F0..U+06F9) and Arabic-Indic digits (U+0660..U+0669) to ASCII digits.
QString foldDigits(const QString& text);

// A rendering of user input that is safe to embed in a message: invisible and control characters appear as
// <U+XXXX> so a hostile input cannot reorder the message around it, and long input is shortened.
QString visibleInput(const QString& text, qsizetype maxChars = 40);

bool isBidiControl(char32_t c);

} // namespace caselink
