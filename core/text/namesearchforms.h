// The strings the FTS5 index stores for a name, and the ones a query is turned into, so that a name is found in
// either script and any common spelling: a query goes through searchForms() too and matches token for token.
#pragma once

#include <functional>

#include <QString>
#include <QStringList>

namespace caselink {

struct NameSearchForms {
    QString original; // as entered, trimmed
    QString folded;   // NameNormalizer::fold: script kept, letter variants and case unified
    QString latin;    // canonical Latin of every token, Urdu transliterated: "chaudhry muhammad tariq jutt"
    QStringList keys; // phonetic keys of the tokens, distinct, in written order (a column of their own)

    // Distinct words of folded and latin, for a text column (the original is folded rather than stored raw).
    QStringList terms() const;
    // terms() joined with spaces, ready to store.
    QString text() const { return terms().join(QLatin1Char(' ')); }
};

NameSearchForms searchForms(const QString& name);

// The two columns of a person's person_search row, from every name they carry (own name in both scripts, father's
// or husband's name, aliases). formsOf lets a bulk writer cache searchForms() per distinct name.
struct PersonSearchRow {
    QString names; // the terms of every name
    QString keys;  // their phonetic keys, each once
};
PersonSearchRow personSearchRow(const QStringList& names,
                                const std::function<NameSearchForms(const QString&)>& formsOf = searchForms);

// The FTS5 MATCH expression that finds a person_search row for a typed name: every word must match as itself or as
// the start of a stored word (two letters or more), in canonical Latin or as written (so an Urdu prefix finds Urdu
// names the lexicon does not know), or every phonetic key must match. Empty when the text holds no word.
QString personMatchQuery(const QString& text);

// The key "shares an address" compares: locality, tehsil and district in canonical Latin, whatever the script.
QString addressKey(const QString& locality, const QString& tehsil, const QString& district);

} // namespace caselink
