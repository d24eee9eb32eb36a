// How alike two person names are, across scripts and spellings, and whether two records (name plus father's or
// husband's name) look like the same person, with reasons an investigator can read. Identifiers (CNIC, phone)
// are weighed by the duplicate detector, not here.
#pragma once

#include <QString>
#include <QStringList>

#include "text/namenormalizer.h"

namespace caselink {

struct NameMatch {
    double score = 0.0;  // 0..1
    QStringList reasons; // translated, one short phrase each, strongest first
};

class NameMatcher {
public:
    // Scores at or above these: worth proposing as the same person / worth showing as a candidate.
    static constexpr double kLikely = 0.85;
    static constexpr double kPossible = 0.65;

    // Jaro-Winkler similarity of two strings, 0..1.
    static double jaroWinkler(QStringView a, QStringView b);

    // Similarity of two canonical tokens: 1 for the same canonical spelling, lower for spelling variants, near 0
    // for different names.
    static double tokenSimilarity(const NameToken& a, const NameToken& b);

    // Name similarity 0..1: given names as a weighted token set (order-free, Muhammad and Ghulam weigh little),
    // clan names a small part when both names have them, honorifics ignored.
    static double similarity(const NameParts& a, const NameParts& b);
    static double similarity(const QString& a, const QString& b);

    // Person-level score: name and father's (or husband's) name together. Women are told apart by the father's
    // or husband's name, so a different one keeps the score below kPossible however alike the names are; a
    // missing one keeps it below kLikely.
    static NameMatch matchScore(const QString& nameA, const QString& fatherA, const QString& nameB,
                                const QString& fatherB);
    // The same with the names already analysed (NameNormalizer::analyze), for callers that score one name against
    // many and keep the analyses.
    struct Analysed {
        const QString& text;
        const NameParts& parts;
    };
    static NameMatch matchScore(Analysed nameA, Analysed fatherA, Analysed nameB, Analysed fatherB);
};

} // namespace caselink
