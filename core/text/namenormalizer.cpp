#include "text/namenormalizer.h"

#include <memory>

#include <QLoggingCategory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "text/namelexicon.h"
#include "text/phonetickey.h"
#include "text/urdutransliterator.h"

Q_DECLARE_LOGGING_CATEGORY(lcText)

namespace caselink {

namespace {

// Transliterator instances are not documented as safe for concurrent use, so each thread builds its own once.
const icu::Transliterator* latinStripper() {
    thread_local const std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString(u"NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qCWarning(lcText) << "ICU transliterator unavailable:" << u_errorName(status);
            return std::unique_ptr<icu::Transliterator>();
        }
        return t;
    }();
    return instance.get();
}

// Urdu text arrives typed on Arabic and Persian keyboards and copied from PDFs; these are the letters that differ
// only by keyboard. Returns 0 for characters to drop.
char32_t foldArabicLetter(char32_t c) {
    switch (c) {
    case 0x064A: // Arabic yeh
    case 0x0649: // alef maksura
    case 0x0626: // yeh with hamza
    case 0x06D0:
    case 0x06CD:
    case 0x0620:
        return 0x06CC;
    case 0x0643: // Arabic kaf
    case 0x06AA:
        return 0x06A9;
    case 0x0647: // Arabic heh
    case 0x06C0:
    case 0x06C2:
    case 0x06D5:
    case 0x0629: // teh marbuta, written for final he in Arabic spellings (حمزة)
    case 0x06C3:
        return 0x06C1;
    case 0x0622: // alef with madda: آصف is Asif, and many write اصف
    case 0x0623:
    case 0x0625:
    case 0x0671:
    case 0x0672:
    case 0x0673:
        return 0x0627;
    case 0x0624:
        return 0x0648;
    case 0x06D3:
        return 0x06D2;
    case 0x0640: // tatweel
    case 0x0621: // hamza: written or not at whim (ثناء, ثنا)
    case 0x0674:
    case 0x06E5:
    case 0x06E6:
        return 0;
    default:
        break;
    }
    if (c >= 0x0660 && c <= 0x0669) {
        return U'0' + (c - 0x0660);
    }
    if (c >= 0x06F0 && c <= 0x06F9) {
        return U'0' + (c - 0x06F0);
    }
    return c;
}

bool isApostrophe(char32_t c) {
    // Apostrophes mark elisions (Mas'ood) and transcribe ain: joined, never a word break.
    return c == U'\'' || c == U'`' || c == 0x00B4 || c == 0x02BC || c == 0x02BB || c == 0x2018 || c == 0x2019;
}

// Lone surrogates would make ICU and later UTF-8 conversion emit replacement characters; they carry no name.
QString withoutLoneSurrogates(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.unicode() == 0x200B) {
            out.append(QLatin1Char(' ')); // zero-width space separates words; NFKC_Casefold would join them
        } else if (!c.isSurrogate()) {
            out.append(c);
        }
    }
    return out;
}

struct Pending {
    NameToken token;
    unsigned roles = 0;
};

QStringList foldedWords(const QString& name) {
    const NameLexicon& lexicon = NameLexicon::instance();
    QStringList words;
    for (QString word : NameNormalizer::fold(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (words.size() >= NameNormalizer::kMaxTokens) {
            break;
        }
        word.truncate(NameNormalizer::kMaxTokenLength);
        const QStringList parts = lexicon.find(word) ? QStringList() : lexicon.splitAffix(word);
        words.append(parts.isEmpty() ? QStringList{word} : parts);
    }
    if (words.size() > NameNormalizer::kMaxTokens) {
        words.resize(NameNormalizer::kMaxTokens);
    }
    return words;
}

void appendKnown(QList<Pending>& out, const QString& folded, const NameLexicon::Entry& entry) {
    for (const QString& latin : entry.canonical) {
        NameToken t;
        t.folded = folded;
        t.latin = latin;
        t.key = PhoneticKey::forLatin(latin);
        t.known = true;
        out.append({t, entry.roles});
    }
}

void appendUnknown(QList<Pending>& out, const QString& word) {
    const NameLexicon& lexicon = NameLexicon::instance();
    NameToken t;
    t.folded = word;
    if (!NameNormalizer::hasUrdu(word)) {
        t.latin = word;
        t.key = PhoneticKey::forLatin(word);
        out.append({t, 0});
        return;
    }
    t.latin = UrduTransliterator::byRules(word);
    // When the rules happen to produce a spelling the lexicon knows, its canonical form is the better guess.
    if (const NameLexicon::Entry* entry = lexicon.find(t.latin); entry && entry->canonical.size() == 1) {
        appendKnown(out, word, *entry);
        return;
    }
    t.guessed = true;
    t.key = PhoneticKey::forUrdu(word);
    out.append({t, 0});
}

QList<Pending> canonicalTokens(const QStringList& words) {
    const NameLexicon& lexicon = NameLexicon::instance();
    QList<Pending> out;
    for (qsizetype i = 0; i < words.size();) {
        // Longest phrase first, so "abdur rehman" and "بی بی" win over their single words.
        qsizetype length = std::min<qsizetype>(lexicon.longestPhrase(), words.size() - i);
        const NameLexicon::Entry* entry = nullptr;
        for (; length >= 1; --length) {
            entry = lexicon.find(words.mid(i, length).join(QLatin1Char(' ')));
            if (entry) {
                break;
            }
        }
        if (entry) {
            appendKnown(out, words.mid(i, length).join(QLatin1Char(' ')), *entry);
            i += length;
        } else {
            appendUnknown(out, words.at(i));
            ++i;
        }
    }
    return out;
}

// Titles lead a name, clan names and trailing titles end it; a word in between is a given name whatever the
// lexicon says ("Khan Muhammad" is a given name). At least one token always stays Given.
void classify(QList<Pending>& tokens) {
    const qsizetype n = tokens.size();
    qsizetype first = 0;
    while (first < n && (tokens[first].roles & NameLexicon::Title)) {
        tokens[first++].token.kind = NameTokenKind::Honorific;
    }
    qsizetype last = n - 1;
    constexpr unsigned trailing = NameLexicon::Clan | NameLexicon::TrailingTitle | NameLexicon::Title;
    while (last >= first && (tokens[last].roles & trailing)) {
        const bool title =
            (tokens[last].roles & NameLexicon::TrailingTitle) && !(tokens[last].roles & NameLexicon::Clan);
        tokens[last--].token.kind = title ? NameTokenKind::Honorific : NameTokenKind::Clan;
    }
    if (first <= last || n == 0) {
        return;
    }
    // Nothing left: a name like "Malik Khan" or "Bibi" is what the person is called, so it is the given name.
    bool changed = false;
    for (Pending& p : tokens) {
        if (p.token.kind == NameTokenKind::Clan) {
            p.token.kind = NameTokenKind::Given;
            changed = true;
        }
    }
    if (!changed) {
        for (Pending& p : tokens) {
            p.token.kind = NameTokenKind::Given;
        }
    }
}

double weightOf(const NameToken& token) {
    const NameLexicon& lexicon = NameLexicon::instance();
    if (lexicon.isConnector(token.latin)) {
        return 0.15;
    }
    return lexicon.isWeak(token.latin) ? 0.3 : 1.0;
}

} // namespace

QString NameNormalizer::fold(const QString& text) {
    UErrorCode status = U_ZERO_ERROR;
    const QString clean = withoutLoneSurrogates(text);
    icu::UnicodeString u(reinterpret_cast<const char16_t*>(clean.constData()), int32_t(clean.size()));
    // NFKC_Casefold also maps Arabic presentation forms (text copied from PDFs) to letters and removes default
    // ignorables: zero-width joiners, bidi controls, soft hyphens.
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_SUCCESS(status)) {
        u = nfkc->normalize(u, status);
    }
    if (U_FAILURE(status)) {
        qCWarning(lcText) << "ICU normalisation failed:" << u_errorName(status);
        u = icu::UnicodeString(reinterpret_cast<const char16_t*>(clean.constData()), int32_t(clean.size()));
        u.foldCase();
    }
    if (const icu::Transliterator* stripper = latinStripper()) {
        stripper->transliterate(u);
        u.foldCase(); // Latin-ASCII writes some symbols as capitals: ® becomes "(R)"
    }

    QString out;
    out.reserve(u.length());
    bool pendingSpace = false;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        const char32_t c = foldArabicLetter(char32_t(u.char32At(i)));
        if (c == 0 || isApostrophe(c)) {
            continue;
        }
        if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
    }
    return out;
}

bool NameNormalizer::hasUrdu(const QString& text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFEFF)) {
            if (c.isLetter()) {
                return true;
            }
        }
    }
    return false;
}

NameParts NameNormalizer::analyze(const QString& name) {
    QList<Pending> pending = canonicalTokens(foldedWords(name));
    classify(pending);
    NameParts parts;
    parts.tokens.reserve(pending.size());
    for (Pending& p : pending) {
        p.token.weight = weightOf(p.token);
        switch (p.token.kind) {
        case NameTokenKind::Given:
            parts.given.append(p.token.latin);
            break;
        case NameTokenKind::Honorific:
            parts.honorifics.append(p.token.latin);
            break;
        case NameTokenKind::Clan:
            parts.clans.append(p.token.latin);
            break;
        }
        parts.tokens.append(p.token);
    }
    return parts;
}

QString NameParts::latin() const {
    QStringList out;
    out.reserve(tokens.size());
    for (const NameToken& t : tokens) {
        out.append(t.latin);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace caselink
