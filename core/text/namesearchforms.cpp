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
