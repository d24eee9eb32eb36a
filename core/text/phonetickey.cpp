#include "text/phonetickey.h"

#include "text/namelexicon.h"
#include "text/namenormalizer.h"

namespace caselink {

namespace {

bool isLatinVowel(QChar c) {
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

// Latin digraphs to one letter each, so the key compares sounds rather than spellings.
QString singleLetters(const QString& word) {
    static const std::pair<const char16_t*, const char16_t*> digraphs[] = {
        {u"kh", u"x"}, {u"gh", u"q"}, {u"sh", u"c"}, {u"ch", u"v"}, {u"zh", u"z"}, {u"ph", u"p"},
        {u"th", u"t"}, {u"dh", u"d"}, {u"bh", u"b"}, {u"jh", u"j"}, {u"rh", u"r"}, {u"ck", u"k"}};
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        bool matched = false;
        for (const auto& [from, to] : digraphs) {
            if (word.mid(i, 2) == QStringView(from)) {
                out.append(QStringView(to));
                ++i;
                matched = true;
                break;
            }
        }
        if (matched) {
            continue;
        }
        switch (word.at(i).unicode()) {
        case u'q':
        case u'c':
            out.append(u'k');
            break;
        case u'v':
            out.append(u'w');
            break;
        case u'x':
            out.append(u"ks");
            break;
        default:
            out.append(word.at(i));
        }
    }
    return out;
}

void appendCollapsed(QString& key, QChar c) {
    if (key.isEmpty() || key.back() != c) {
        key.append(c);
    }
}

QChar urduConsonant(char16_t c) {
    switch (c) {
    case u'ب':
        return u'b';
    case u'پ':
        return u'p';
    case u'ت':
    case u'ٹ':
    case u'ط':
        return u't';
    case u'ث':
    case u'س':
    case u'ص':
        return u's';
    case u'ج':
        return u'j';
    case u'چ':
        return u'v';
    case u'ح':
    case u'ہ':
        return u'h';
    case u'خ':
        return u'x';
    case u'د':
    case u'ڈ':
        return u'd';
    case u'ذ':
    case u'ز':
    case u'ض':
    case u'ظ':
    case u'ژ':
        return u'z';
    case u'ر':
    case u'ڑ':
        return u'r';
    case u'ش':
        return u'c';
    case u'غ':
        return u'q';
    case u'ف':
        return u'f';
    case u'ق':
    case u'ک':
        return u'k';
    case u'گ':
        return u'g';
    case u'ل':
        return u'l';
    case u'م':
        return u'm';
    case u'ن':
    case u'ں':
        return u'n';
    default:
        return {};
    }
}

bool aspirates(char16_t c) {
    return QStringView(u"بپتٹجچدڈکگرڑ").contains(QChar(c));
}

} // namespace

QString PhoneticKey::forLatin(const QString& foldedLatin) {
    const QString s = singleLetters(foldedLatin);
    QString key;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (i == 0) {
            appendCollapsed(key, isLatinVowel(c) ? QChar(u'a') : c);
            continue;
        }
        if (isLatinVowel(c) || c == u'w' || c == u'y') {
            continue;
        }
        if (c == u'h') {
            const bool afterConsonant = !isLatinVowel(s.at(i - 1));
            const bool final = i + 1 == s.size();
            if (afterConsonant || final) {
                continue;
            }
        }
        appendCollapsed(key, c);
    }
    return key;
}

QString PhoneticKey::forUrdu(const QString& foldedUrdu) {
    QString key;
    const qsizetype n = foldedUrdu.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = foldedUrdu.at(i).unicode();
        if (i == 0) {
            if (c == u'ا' || c == u'ع') {
                key.append(u'a');
                continue;
            }
            if (c == u'و') {
                key.append(u'w');
                continue;
            }
            if (c == u'ی') {
                key.append(u'y');
                continue;
            }
        }
        if (c == u'ھ') {
            // After a consonant that aspirates it is aspiration (بھ); elsewhere a typist's ہ (شھزاد).
            if (i > 0 && aspirates(foldedUrdu.at(i - 1).unicode())) {
                continue;
            }
            if (i + 1 < n && i > 0) {
                appendCollapsed(key, u'h');
            }
            continue;
        }
        if (c == u'ہ' && i + 1 == n && i > 0) {
            continue; // final he is a vowel: فاطمہ Fatima, شاہ Shah
        }
        if (const QChar latin = urduConsonant(c); !latin.isNull()) {
            appendCollapsed(key, latin);
        } else if (QChar(c).isDigit() || (c < 0x80 && QChar(c).isLetter())) {
            appendCollapsed(key, QChar(c));
        }
    }
    return key;
}

QString PhoneticKey::forWord(const QString& folded) {
    if (const NameLexicon::Entry* entry = NameLexicon::instance().find(folded); entry && entry->canonical.size() == 1) {
        return forLatin(entry->canonical.first());
    }
    return NameNormalizer::hasUrdu(folded) ? forUrdu(folded) : forLatin(folded);
}

} // namespace caselink
