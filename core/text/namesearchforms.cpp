#include "text/namesearchforms.h"

#include "text/namenormalizer.h"

namespace caselink {

NameSearchForms searchForms(const QString& name) {
    NameSearchForms forms;
    forms.original = name.trimmed();
    forms.folded = NameNormalizer::fold(name);
    const NameParts parts = NameNormalizer::analyze(name);
    forms.latin = parts.latin();
    for (const NameToken& t : parts.tokens) {
        if (!t.key.isEmpty() && !forms.keys.contains(t.key)) {
            forms.keys.append(t.key);
        }
    }
    return forms;
}

PersonSearchRow personSearchRow(const QStringList& names,
                                const std::function<NameSearchForms(const QString&)>& formsOf) {
    QStringList terms;
    QStringList keys;
    for (const QString& name : names) {
        if (name.isEmpty()) {
            continue;
        }
        const NameSearchForms forms = formsOf(name);
        terms << forms.text();
        keys << forms.keys;
    }
    keys.removeDuplicates();
    return {terms.join(QLatin1Char(' ')), keys.join(QLatin1Char(' '))};
}

namespace {

QString ftsQuote(const QString& term) {
    return QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// "a"* AND "b"*: one-letter words match only whole words, as a prefix that short would match most of the index.
QString allWords(const QString& form) {
    QStringList terms;
    for (const QString& word : form.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        terms << ftsQuote(word) + (word.size() >= 2 ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1String(" AND "));
}

} // namespace

QString personMatchQuery(const QString& text) {
    const NameSearchForms forms = searchForms(text);
    QStringList parts;
    for (const QString& form : {forms.latin, forms.folded}) {
        const QString words = allWords(form);
        const QString part = QStringLiteral("names : (%1)").arg(words);
        if (!words.isEmpty() && !parts.contains(part)) {
            parts << part;
        }
    }
    QStringList keyTerms;
    for (const QString& key : forms.keys) {
        keyTerms << ftsQuote(key);
    }
    if (!keyTerms.isEmpty()) {
        parts << QStringLiteral("keys : (%1)").arg(keyTerms.join(QLatin1String(" AND ")));
    }
    return parts.join(QLatin1String(" OR "));
}

QString addressKey(const QString& locality, const QString& tehsil, const QString& district) {
    return searchForms(locality + QLatin1Char(' ') + tehsil + QLatin1Char(' ') + district).latin;
}

QStringList NameSearchForms::terms() const {
    // Folded rather than raw: the FTS5 tokenizer would keep bidi controls and Arabic yeh as they are.
    QStringList out;
    for (const QString& form : {folded, latin}) {
        for (const QString& word : form.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!out.contains(word)) {
                out.append(word);
            }
        }
    }
    return out;
}

} // namespace caselink
