#include "importer/importfields.h"

#include <map>

#include <QCoreApplication>
#include <QJsonValue>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ImportFields)
};

QStringList norm(std::initializer_list<const char16_t*> names) {
    QStringList out;
    for (const char16_t* n : names) {
        out << normaliseHeader(QString::fromUtf16(n));
    }
    return out;
}

std::vector<ImportField> personFields() {
    return {
        {u"name"_s, Tr::tr("Name"), true,
         norm({u"name", u"full name", u"person name", u"accused name", u"name of accused", u"passenger name", u"nam",
               u"نام", u"پورا نام", u"نام ملزم", u"ملزم کا نام"})},
        {u"name_urdu"_s, Tr::tr("Name (Urdu)"), false, norm({u"name urdu", u"urdu name", u"نام اردو"})},
        {u"father"_s, Tr::tr("Father's or husband's name"), false,
         norm({u"father name", u"father's name", u"fathers name", u"father", u"f name", u"s/o", u"so", u"d/o", u"w/o",
               u"s/o d/o w/o", u"parentage", u"husband name", u"guardian", u"ولدیت", u"والد کا نام", u"ولد", u"والد",
               u"شوہر کا نام"})},
        {u"cnic"_s, Tr::tr("CNIC"), false,
         norm({u"cnic", u"cnic no", u"cnic number", u"nic", u"nicop", u"id card", u"identity card", u"cnic #",
               u"شناختی کارڈ", u"شناختی کارڈ نمبر", u"شناختی کارڈ نمبر", u"قومی شناختی کارڈ"})},
        {u"passport"_s, Tr::tr("Passport number"), false,
         norm({u"passport", u"passport no", u"passport number", u"ppt no", u"پاسپورٹ", u"پاسپورٹ نمبر"})},
        {u"phone"_s, Tr::tr("Phone"), false,
         norm({u"phone", u"mobile", u"mobile no", u"cell", u"cell no", u"contact", u"contact no", u"phone number",
               u"فون", u"موبائل", u"موبائل نمبر", u"فون نمبر"})},
        {u"sex"_s, Tr::tr("Sex"), false, norm({u"sex", u"gender", u"جنس"})},
        {u"birth_date"_s, Tr::tr("Date of birth"), false,
         norm({u"dob", u"date of birth", u"birth date", u"d.o.b", u"تاریخ پیدائش"})},
        {u"notes"_s, Tr::tr("Notes"), false, norm({u"notes", u"remarks", u"note", u"کیفیت", u"ریمارکس"})},
    };
}

std::vector<ImportField> build(ImportKind kind) {
    std::vector<ImportField> fields = personFields();
    switch (kind) {
    case ImportKind::Persons:
        break;
    case ImportKind::Arrests:
        fields.push_back({u"fir"_s, Tr::tr("FIR number"), true,
                          norm({u"fir", u"fir no", u"fir number", u"fir #", u"case fir", u"ایف آئی آر",
                                u"ایف آئی آر نمبر", u"مقدمہ نمبر"})});
        fields.push_back({u"station"_s, Tr::tr("Police station or circle"), false,
                          norm({u"station", u"police station", u"ps", u"circle", u"تھانہ", u"سرکل"})});
        fields.push_back({u"arrested_at"_s, Tr::tr("Date of arrest"), true,
                          norm({u"date of arrest", u"arrest date", u"arrested on", u"arrested at", u"doa",
                                u"تاریخ گرفتاری", u"گرفتاری کی تاریخ"})});
        fields.push_back({u"place"_s, Tr::tr("Place of arrest"), false,
                          norm({u"place", u"place of arrest", u"location", u"جائے گرفتاری", u"مقام"})});
        fields.push_back({u"category"_s, Tr::tr("Category"), false, norm({u"category", u"type", u"زمرہ"})});
        fields.push_back({u"role"_s, Tr::tr("Role in the case"), false, norm({u"role", u"کردار"})});
        break;
    case ImportKind::WatchList:
        fields.push_back({u"list"_s, Tr::tr("List"), false, norm({u"list", u"list type", u"watch list", u"فہرست"})});
        fields.push_back({u"reference"_s, Tr::tr("Reference"), false,
                          norm({u"reference", u"ref", u"ref no", u"order no", u"letter no", u"حوالہ"})});
        fields.push_back({u"placed_on"_s, Tr::tr("Placed on"), false,
                          norm({u"placed on", u"date placed", u"date", u"order date", u"تاریخ"})});
        break;
    }
    return fields;
}

} // namespace

QString importKindKey(ImportKind kind) {
    switch (kind) {
    case ImportKind::Persons:
        return u"persons"_s;
    case ImportKind::Arrests:
        return u"arrests"_s;
    case ImportKind::WatchList:
        return u"watchlist"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(const QString& key) {
    for (ImportKind k : {ImportKind::Persons, ImportKind::Arrests, ImportKind::WatchList}) {
        if (importKindKey(k) == key.toLower()) {
            return k;
        }
    }
    return std::nullopt;
}

QStringList importKindKeys() {
    return {u"persons"_s, u"arrests"_s, u"watchlist"_s};
}

QString importKindLabel(ImportKind kind) {
    switch (kind) {
    case ImportKind::Persons:
        return Tr::tr("Persons");
    case ImportKind::Arrests:
        return Tr::tr("Arrests");
    case ImportKind::WatchList:
        return Tr::tr("Watch list (ECL, PCL, stop list, offload list)");
    }
    return {};
}

const std::vector<ImportField>& importFields(ImportKind kind) {
    // Built once per interface language (labels are translated; the user may switch to Urdu and back), kept for
    // the process so references stay valid. Import workers read it too, hence the lock.
    static QMutex mutex;
    static std::map<std::pair<QString, int>, std::vector<ImportField>> cache;
    const std::pair<QString, int> key{Tr::tr("Name"), int(kind)};
    const QMutexLocker lock(&mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        it = cache.emplace(key, build(kind)).first;
    }
    return it->second;
}

const ImportField* findImportField(ImportKind kind, const QString& key) {
    for (const ImportField& f : importFields(kind)) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

QString normaliseHeader(const QString& header) {
    QString out;
    for (QChar c : header.normalized(QString::NormalizationForm_KC)) {
        if (c.isLetterOrNumber()) {
            out += c.toCaseFolded();
        }
    }
    // Urdu keyboards type Arabic yeh and kaf as well as the Urdu letters.
    out.replace(QChar(0x064A), QChar(0x06CC)).replace(QChar(0x0643), QChar(0x06A9));
    return out;
}

QJsonObject ColumnMapping::toJson(ImportKind kind, const QStringList& headers) const {
    QJsonObject fields;
    for (const auto& [field, column] : columns) {
        if (column >= 0 && column < headers.size() && !headers[column].trimmed().isEmpty()) {
            fields[field] = headers[column];
        } else {
            fields[field] = column + 1;
        }
    }
    return QJsonObject{{u"kind"_s, importKindKey(kind)}, {u"fields"_s, fields}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& json, ImportKind kind, const QStringList& headers) {
    if (json.contains(u"kind"_s) && json.value(u"kind"_s).toString() != importKindKey(kind)) {
        return fail(
            ErrorCode::Input,
            Tr::tr("The mapping is for %1, not %2.").arg(json.value(u"kind"_s).toString(), importKindKey(kind)));
    }
    const QJsonObject fields = json.value(u"fields"_s).toObject();
    ColumnMapping mapping;
    QStringList problems;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!findImportField(kind, it.key())) {
            problems << Tr::tr("unknown field \"%1\"").arg(it.key());
            continue;
        }
        int column = -1;
        if (it.value().isDouble()) {
            column = it.value().toInt() - 1;
            if (column < 0 || column >= headers.size()) {
                problems << Tr::tr("column %1 does not exist").arg(it.value().toInt());
                continue;
            }
        } else {
            const QString wanted = normaliseHeader(it.value().toString());
            for (int i = 0; i < headers.size(); ++i) {
                if (normaliseHeader(headers[i]) == wanted) {
                    column = i;
                    break;
                }
            }
            if (column < 0) {
                problems << Tr::tr("no column \"%1\"").arg(it.value().toString());
                continue;
            }
        }
        mapping.columns[it.key()] = column;
    }
    if (!problems.isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("The mapping does not fit this file: %1.").arg(problems.join(u"; "_s)));
    }
    return mapping;
}

ColumnMapping suggestMapping(ImportKind kind, const QStringList& headers) {
    ColumnMapping mapping;
    std::vector<bool> used(size_t(headers.size()), false);
    for (const ImportField& field : importFields(kind)) {
        for (int i = 0; i < headers.size(); ++i) {
            if (!used[size_t(i)] && field.synonyms.contains(normaliseHeader(headers[i]))) {
                mapping.columns[field.key] = i;
                used[size_t(i)] = true;
                break;
            }
        }
    }
    // Headers that name a field with extra words ("Accused Name (English)").
    for (const ImportField& field : importFields(kind)) {
        if (mapping.columns.contains(field.key)) {
            continue;
        }
        for (int i = 0; i < headers.size(); ++i) {
            const QString h = normaliseHeader(headers[i]);
            if (used[size_t(i)] || h.isEmpty()) {
                continue;
            }
            bool hit = false;
            for (const QString& s : field.synonyms) {
                hit = hit || (s.size() >= 4 && h.contains(s));
            }
            if (hit) {
                mapping.columns[field.key] = i;
                used[size_t(i)] = true;
                break;
            }
        }
    }
    return mapping;
}

QStringList missingRequired(ImportKind kind, const ColumnMapping& mapping) {
    QStringList missing;
    for (const ImportField& f : importFields(kind)) {
        if (f.required && mapping.column(f.key) < 0) {
            missing << f.label;
        }
    }
    return missing;
}

} // namespace caselink
