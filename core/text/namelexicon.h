// The names, titles and clan names CaseLink knows, loaded from :/data/names/lexicon.json so offices can extend
// the lists without a code change. Immutable after loading, so it is shared freely between threads.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace caselink {

class NameLexicon {
public:
    enum Role : unsigned {
        Name = 1u << 0,          // a given name or surname with a canonical spelling
        Title = 1u << 1,         // honorific that precedes a name: Ch., Rana, Syed, Haji
        TrailingTitle = 1u << 2, // honorific that follows a name: Bibi, Begum, Sahib
        Clan = 1u << 3,          // caste, tribe or family name that usually ends a name: Khan, Butt, Jutt
    };

    struct Entry {
        QStringList canonical; // canonical Latin tokens, e.g. {"abdul", "rehman"}
        unsigned roles = 0;
    };

    // The lexicon of the application resource, loaded on first use.
    static const NameLexicon& instance();

    // Builds a lexicon from JSON in the resource's format; returns an empty lexicon when the JSON is unusable.
    static NameLexicon fromJson(const QByteArray& json);

    // The entry for a phrase of one or more folded tokens (see NameNormalizer::fold), or nullptr.
    const Entry* find(const QString& foldedPhrase) const;
    int longestPhrase() const { return m_longestPhrase; }

    bool isWeak(const QString& canonicalToken) const { return m_weak.contains(canonicalToken); }
    bool isConnector(const QString& canonicalToken) const { return m_connectors.contains(canonicalToken); }

    // Splits a token written joined with a known affix ("abdurrehman" -> "abdur", "rehman"); empty if none.
    QStringList splitAffix(const QString& foldedToken) const;

    bool isEmpty() const { return m_entries.isEmpty(); }

    // The key a folded token is looked up under: folds the Urdu letters typists use interchangeably.
    static QString lookupKey(const QString& folded);

private:
    void add(const QString& line, unsigned role);

    QHash<QString, Entry> m_entries;
    QSet<QString> m_weak;
    QSet<QString> m_connectors;
    QStringList m_prefixes;
    QStringList m_suffixes;
    int m_longestPhrase = 1;
};

} // namespace caselink
