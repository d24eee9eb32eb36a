#include "text/namematcher.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QLocale>

namespace caselink {

namespace {

// Below this a name or a relative's name is taken to disagree.
constexpr double kAgree = 0.6;

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::NameMatcher)
};

QString number(double value) {
    return QLocale().toString(value, 'f', 2);
}

// Jaro-Winkler rates near-misses generously (Aslam/Akram 0.76); stretching the range below 0.9 keeps different
// names apart while spelling variants (0.9 and up) keep their score.
double stretch(double s) {
    constexpr double floor = 0.7;
    constexpr double knee = 0.9;
    return s >= knee ? s : std::max(0.0, (s - floor) / (knee - floor) * knee);
}

using Tokens = std::vector<const NameToken*>;

Tokens tokensOf(const NameParts& parts, NameTokenKind kind) {
    Tokens out;
    for (const NameToken& t : parts.tokens) {
        if (t.kind == kind) {
            out.push_back(&t);
        }
    }
    return out;
}

// Weighted token-set similarity: each token pairs with at most one on the other side, best pairs first, so
// word order does not matter and an extra name costs less than a different one.
double setSimilarity(const Tokens& a, const Tokens& b) {
    if (a.empty() || b.empty()) {
        return 0.0;
    }
    struct Pair {
        size_t i, j;
        double sim, weight;
    };
    std::vector<Pair> pairs;
    for (size_t i = 0; i < a.size(); ++i) {
        for (size_t j = 0; j < b.size(); ++j) {
            const double sim = NameMatcher::tokenSimilarity(*a[i], *b[j]);
            if (sim > 0.0) {
                pairs.push_back({i, j, sim, (a[i]->weight + b[j]->weight) / 2});
            }
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& x, const Pair& y) { return x.sim != y.sim ? x.sim > y.sim : x.weight > y.weight; });
    std::vector<bool> usedA(a.size()), usedB(b.size());
    double matched = 0.0;
    for (const Pair& p : pairs) {
        if (!usedA[p.i] && !usedB[p.j]) {
            usedA[p.i] = usedB[p.j] = true;
            matched += p.sim * p.weight;
        }
    }
    double sumA = 0.0, sumB = 0.0;
    for (const NameToken* t : a) {
        sumA += t->weight;
    }
    for (const NameToken* t : b) {
        sumB += t->weight;
    }
    const double dice = matched / ((sumA + sumB) / 2);
    // A name contained in the other (Muhammad Tariq, Muhammad Tariq Mehmood) is likely the same person, unless
    // what is contained is only "Muhammad".
    const double containment = std::min(1.0, matched / std::max(std::min(sumA, sumB), 1.0));
    return std::clamp(0.6 * dice + 0.4 * containment, 0.0, 1.0);
}

bool sameTokens(const QStringList& a, const QStringList& b) {
    QStringList x = a, y = b;
    x.sort();
    y.sort();
    return x == y;
}

enum class Subject { Name, Relative };

QString sameText(Subject s) {
    return s == Subject::Name ? Tr::tr("same name") : Tr::tr("father's or husband's name the same");
}
QString sameAfterNormalisation(Subject s) {
    return s == Subject::Name ? Tr::tr("same name after spelling normalisation")
                              : Tr::tr("father's or husband's name the same after spelling normalisation");
}
QString sameAcrossScripts(Subject s) {
    return s == Subject::Name ? Tr::tr("same name in Urdu and Latin script")
                              : Tr::tr("father's or husband's name the same in Urdu and Latin script");
}
QString similar(Subject s, double v) {
    return (s == Subject::Name ? Tr::tr("name similar (%1)") : Tr::tr("father's or husband's name similar (%1)"))
        .arg(number(v));
}
QString differs(Subject s, double v) {
    return (s == Subject::Name ? Tr::tr("names differ (%1)") : Tr::tr("father's or husband's name differs (%1)"))
        .arg(number(v));
}

void describe(Subject subject, const QString& rawA, const QString& rawB, const NameParts& a, const NameParts& b,
              double score, QStringList& reasons) {
    if (score >= 0.999) {
        if (NameNormalizer::fold(rawA) == NameNormalizer::fold(rawB)) {
            reasons.append(sameText(subject));
        } else if (NameNormalizer::hasUrdu(rawA) != NameNormalizer::hasUrdu(rawB)) {
            reasons.append(sameAcrossScripts(subject));
        } else {
            reasons.append(sameAfterNormalisation(subject));
        }
    } else if (score >= kAgree) {
        reasons.append(similar(subject, score));
    } else {
        reasons.append(differs(subject, score));
    }
    if (subject != Subject::Name) {
        return;
    }
    if (!a.clans.isEmpty() && !b.clans.isEmpty()) {
        if (sameTokens(a.clans, b.clans)) {
            reasons.append(Tr::tr("same family or caste name (%1)").arg(a.clans.join(QLatin1Char(' '))));
        } else {
            reasons.append(Tr::tr("family or caste names differ (%1, %2)")
                               .arg(a.clans.join(QLatin1Char(' ')), b.clans.join(QLatin1Char(' '))));
        }
    }
    if (!sameTokens(a.honorifics, b.honorifics)) {
        QStringList titles = a.honorifics + b.honorifics;
        titles.removeDuplicates();
        reasons.append(Tr::tr("titles not compared (%1)").arg(titles.join(QLatin1String(", "))));
    }
}

} // namespace

double NameMatcher::jaroWinkler(QStringView a, QStringView b) {
    if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
    }
    if (a == b) {
        return 1.0;
    }
    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    std::vector<bool> matchedA(size_t(a.size())), matchedB(size_t(b.size()));
    qsizetype matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(b.size(), i + window + 1);
        for (qsizetype j = from; j < to; ++j) {
            if (!matchedB[size_t(j)] && a[i] == b[j]) {
                matchedA[size_t(i)] = matchedB[size_t(j)] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0) {
        return 0.0;
    }
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < a.size(); ++i) {
        if (!matchedA[size_t(i)]) {
            continue;
        }
        while (!matchedB[size_t(j)]) {
            ++j;
        }
        if (a[i] != b[j]) {
            ++transpositions;
        }
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2) / m) / 3;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
        ++prefix;
    }
    return jaro + double(prefix) * 0.1 * (1 - jaro);
}

double NameMatcher::tokenSimilarity(const NameToken& a, const NameToken& b) {
    if (a.latin == b.latin) {
        return 1.0;
    }
    const double jw = jaroWinkler(a.latin, b.latin);
    if (a.known && b.known) {
        // The lexicon lists spelling variants together, so two different entries are two different names
        // however alike they look (Aslam, Akram; Hassan, Hussain).
        return stretch(jw * 0.85);
    }
    double s = jw;
    if (!a.key.isEmpty() && a.key == b.key) {
        // Same sounds in another spelling; when vowels were guessed from Urdu, the key is the better evidence.
        s = std::max(s, a.guessed || b.guessed ? 0.95 : 0.9);
    }
    return stretch(s);
}

double NameMatcher::similarity(const NameParts& a, const NameParts& b) {
    const double given = setSimilarity(tokensOf(a, NameTokenKind::Given), tokensOf(b, NameTokenKind::Given));
    if (a.clans.isEmpty() || b.clans.isEmpty()) {
        return given;
    }
    // Clan names are often left out or written differently, so they only nudge the score.
    const double clan = setSimilarity(tokensOf(a, NameTokenKind::Clan), tokensOf(b, NameTokenKind::Clan));
    return 0.8 * given + 0.2 * clan;
}

double NameMatcher::similarity(const QString& a, const QString& b) {
    return similarity(NameNormalizer::analyze(a), NameNormalizer::analyze(b));
}

NameMatch NameMatcher::matchScore(const QString& nameA, const QString& fatherA, const QString& nameB,
                                  const QString& fatherB) {
    const NameParts a = NameNormalizer::analyze(nameA);
    const NameParts b = NameNormalizer::analyze(nameB);
    const NameParts fa = NameNormalizer::analyze(fatherA);
    const NameParts fb = NameNormalizer::analyze(fatherB);
    return matchScore({nameA, a}, {fatherA, fa}, {nameB, b}, {fatherB, fb});
}

NameMatch NameMatcher::matchScore(Analysed nameA, Analysed fatherA, Analysed nameB, Analysed fatherB) {
    NameMatch result;
    const NameParts& a = nameA.parts;
    const NameParts& b = nameB.parts;
    if (a.isEmpty() || b.isEmpty()) {
        result.reasons.append(Tr::tr("a name is missing"));
        return result;
    }
    const double name = similarity(a, b);
    describe(Subject::Name, nameA.text, nameB.text, a, b, name, result.reasons);

    const NameParts& fa = fatherA.parts;
    const NameParts& fb = fatherB.parts;
    if (fa.isEmpty() || fb.isEmpty()) {
        // Without the relative's name even an identical name is weak evidence: Muhammad Asif is thousands of men.
        result.score = name * 0.8;
        result.reasons.append(Tr::tr("father's or husband's name missing on a record; the name alone decides"));
        return result;
    }
    const double father = similarity(fa, fb);
    describe(Subject::Relative, fatherA.text, fatherB.text, fa, fb, father, result.reasons);
    result.score = 0.5 * name + 0.5 * father;
    if (name < kAgree || father < kAgree) {
        // Same name with another father is another person (how women are told apart); same father with another
        // name is a sibling.
        result.score = std::min(result.score, kPossible - 0.05);
    }
    return result;
}

} // namespace caselink
