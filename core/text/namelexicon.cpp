#include "text/namelexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include "text/namenormalizer.h"

Q_LOGGING_CATEGORY(lcText, "caselink.text")

namespace caselink {

namespace {

QStringList strings(const QJsonValue& value) {
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

const NameLexicon& NameLexicon::instance() {
    // A function-local static is initialised once even when several threads get here first.
    static const NameLexicon lexicon = [] {
        QFile file(QStringLiteral(":/data/names/lexicon.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcText) << "name lexicon resource missing; names are compared without it";
            return NameLexicon();
        }
        NameLexicon loaded = fromJson(file.readAll());
        if (loaded.isEmpty()) {
            qCWarning(lcText) << "name lexicon resource unusable; names are compared without it";
        }
        return loaded;
    }();
    return lexicon;
}

NameLexicon NameLexicon::fromJson(const QByteArray& json) {
    NameLexicon lexicon;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return lexicon;
    }
    const QJsonObject root = doc.object();
    const std::pair<const char*, unsigned> sections[] = {
        {"names", Name}, {"titles", Title}, {"trailing_titles", TrailingTitle}, {"clans", Clan}};
    for (const auto& [section, role] : sections) {
        for (const QString& line : strings(root.value(QLatin1String(section)))) {
            lexicon.add(line, role);
        }
    }
    for (const QString& w : strings(root.value(QLatin1String("weak")))) {
        lexicon.m_weak.insert(NameNormalizer::fold(w));
    }
    for (const QString& w : strings(root.value(QLatin1String("connectors")))) {
        lexicon.m_connectors.insert(NameNormalizer::fold(w));
    }
    for (const QString& p : strings(root.value(QLatin1String("split_prefixes")))) {
        lexicon.m_prefixes.append(lookupKey(NameNormalizer::fold(p)));
    }
    for (const QString& s : strings(root.value(QLatin1String("split_suffixes")))) {
        lexicon.m_suffixes.append(lookupKey(NameNormalizer::fold(s)));
    }
    return lexicon;
}

void NameLexicon::add(const QString& line, unsigned role) {
    const QStringList forms = line.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (forms.isEmpty()) {
        return;
    }
    const QStringList canonical = NameNormalizer::fold(forms.first()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (canonical.isEmpty()) {
        return;
    }
    for (const QString& form : forms) {
        const QString key = lookupKey(NameNormalizer::fold(form));
        if (key.isEmpty()) {
            continue;
        }
        // A word can be both a title and a clan (Malik, Rana); the first canonical spelling stays.
        auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            it = m_entries.insert(key, Entry{canonical, 0});
        }
        it->roles |= role;
        m_longestPhrase = std::max<int>(m_longestPhrase, key.count(QLatin1Char(' ')) + 1);
    }
}

const NameLexicon::Entry* NameLexicon::find(const QString& foldedPhrase) const {
    const auto it = m_entries.constFind(lookupKey(foldedPhrase));
    return it == m_entries.constEnd() ? nullptr : &*it;
}

QStringList NameLexicon::splitAffix(const QString& foldedToken) const {
    const QString key = lookupKey(foldedToken);
    // The remainder must still look like a name, so "abdul" itself or "ullah" alone are not split.
    constexpr qsizetype minimumRest = 3;
    for (const QString& prefix : m_prefixes) {
        if (key.size() >= prefix.size() + minimumRest && key.startsWith(prefix)) {
            return {key.left(prefix.size()), key.mid(prefix.size())};
        }
    }
    for (const QString& suffix : m_suffixes) {
        if (key.size() >= suffix.size() + minimumRest && key.endsWith(suffix)) {
            return {key.left(key.size() - suffix.size()), key.right(suffix.size())};
        }
    }
    return {};
}

QString NameLexicon::lookupKey(const QString& folded) {
    // Typists use do-chashmi he for gol he (شھزاد for شہزاد) and bari ye for choti ye; the folded text keeps the
    // difference because transliteration needs it, lookups do not.
    QString key = folded;
    key.replace(QChar(0x06BE), QChar(0x06C1));
    key.replace(QChar(0x06D2), QChar(0x06CC));
    return key;
}

} // namespace caselink
