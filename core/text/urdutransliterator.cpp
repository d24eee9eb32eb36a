#include "text/urdutransliterator.h"

#include <memory>

#include <QFile>
#include <QLoggingCategory>
#include <QStringList>

#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "text/namelexicon.h"
#include "text/namenormalizer.h"

Q_DECLARE_LOGGING_CATEGORY(lcText)

namespace caselink {

namespace {

constexpr char16_t kBoundary = 0xE000; // marks word start and end for the rules' contexts

QString loadRules() {
    QFile file(QStringLiteral(":/data/names/urdu-latin.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcText) << "Urdu transliteration rules missing";
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Built once per thread from the resource: compiling the rules is slow, and instances are not shared.
const icu::Transliterator* rules() {
    thread_local const std::unique_ptr<icu::Transliterator> instance = []() -> std::unique_ptr<icu::Transliterator> {
        static const QString text = loadRules();
        if (text.isEmpty()) {
            return {};
        }
        UErrorCode status = U_ZERO_ERROR;
        UParseError parseError{};
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
            icu::UnicodeString(u"caselink-Urdu-Latin"),
            icu::UnicodeString(reinterpret_cast<const char16_t*>(text.constData()), int32_t(text.size())),
            UTRANS_FORWARD, parseError, status));
        if (U_FAILURE(status)) {
            qCWarning(lcText) << "Urdu transliteration rules rejected:" << u_errorName(status) << "line"
                              << parseError.line << "offset" << parseError.offset;
            return {};
        }
        return t;
    }();
    return instance.get();
}

} // namespace

QString UrduTransliterator::byRules(const QString& foldedWord) {
    const icu::Transliterator* t = rules();
    if (!t || foldedWord.isEmpty()) {
        return foldedWord;
    }
    icu::UnicodeString u;
    u.append(kBoundary);
    u.append(icu::UnicodeString(reinterpret_cast<const char16_t*>(foldedWord.constData()), int32_t(foldedWord.size())));
    u.append(kBoundary);
    t->transliterate(u);
    QString out = QString::fromUtf16(u.getBuffer(), u.length());
    out.remove(QChar(kBoundary));
    return out;
}

QString UrduTransliterator::toLatin(const QString& text) {
    const NameLexicon& lexicon = NameLexicon::instance();
    QStringList out;
    for (const QString& word : NameNormalizer::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!NameNormalizer::hasUrdu(word)) {
            out.append(word);
        } else if (const NameLexicon::Entry* entry = lexicon.find(word)) {
            out.append(entry->canonical);
        } else {
            out.append(byRules(word));
        }
    }
    return out.join(QLatin1Char(' '));
}

} // namespace caselink
