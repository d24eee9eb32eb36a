#include "namesearchforms.h"

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
