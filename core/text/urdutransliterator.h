// Urdu to Latin in the spelling Pakistani records use ("محمد اسلم" -> "muhammad aslam"), not the scholarly
// romanisation of ICU's Arabic-Latin: the name lexicon first, then the rules of :/data/names/urdu-latin.txt.
#pragma once

#include <QString>

namespace caselink {

class UrduTransliterator {
public:
    // Latin for text in either script: each Urdu word from the lexicon, else by rules; Latin words are folded
    // and left as written. Not name-aware (no title or clan handling): see NameNormalizer for names.
    static QString toLatin(const QString& text);

    // One folded Urdu word by the rules alone. Urdu writes no short vowels, so the vowels are guesses.
    static QString byRules(const QString& foldedWord);
};

} // namespace caselink
