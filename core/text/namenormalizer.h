// Person-name normalisation for search and duplicate detection: one spelling-independent form of a name in either
// script, split into given names, honorifics and clan names so that matching can weigh them differently.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caselink {

enum class NameTokenKind {
    Given,     // given names and surnames that identify the person
    Honorific, // Ch., Rana, Syed, Haji, Mst., Bibi: titles people gain, drop and abbreviate
    Clan,      // Khan, Butt, Jutt, Gujjar: caste, tribe or family names written inconsistently
};

struct NameToken {
    QString folded; // as written, after NameNormalizer::fold (Urdu stays Urdu)
    QString latin;  // canonical Latin spelling: "muhammad" for Mohd, "aslam" for اسلم
    QString key;    // vowel-free phonetic key, see PhoneticKey
    NameTokenKind kind = NameTokenKind::Given;
    double weight = 1.0;  // share in name similarity: low for Muhammad, Ghulam, "ur"
    bool known = false;   // the spelling came from the lexicon rather than from rules
    bool guessed = false; // Latin transliterated by rules from Urdu: the vowels are guesses
};

struct NameParts {
    QList<NameToken> tokens; // every token, in written order
    QStringList given;       // canonical Latin of the Given tokens
    QStringList honorifics;  // canonical Latin of the Honorific tokens
    QStringList clans;       // canonical Latin of the Clan tokens

    bool isEmpty() const { return tokens.isEmpty(); }
    // All canonical Latin tokens in written order, e.g. "chaudhry muhammad tariq jutt".
    QString latin() const;
};

class NameNormalizer {
public:
    // Longer inputs are cut: no real name has more tokens, and matching costs grow with the product of counts.
    static constexpr int kMaxTokens = 16;
    static constexpr int kMaxTokenLength = 40;

    // Script-preserving fold for comparison and indexing: NFKC, case folding, Latin diacritics removed, Urdu
    // letter variants unified (ي/ى->ی, ك->ک, ه/ۀ/ة/ۃ->ہ, أ/إ/آ->ا, ؤ->و, ئ->ی), Arabic diacritics, tatweel,
    // zero-width and bidi controls removed, Eastern digits to ASCII, punctuation to spaces, spaces collapsed.
    static QString fold(const QString& text);

    // True when the text contains Arabic-script letters.
    static bool hasUrdu(const QString& text);

    // Folds, transliterates Urdu tokens, maps spelling variants to canonical Latin and classifies the tokens.
    static NameParts analyze(const QString& name);

    // Canonical Latin form of a name in either script: "Ch. Mohd Tariq" and "چوہدری محمد طارق" both give
    // "chaudhry muhammad tariq".
    static QString normalize(const QString& name) { return analyze(name).latin(); }
};

} // namespace caselink
