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
         norm({u"name",           u"full name",   u"person name",    u"accused name", u"name of accused",
               u"passenger name", u"nam",         u"passenger",      u"traveller",    u"traveler",
               u"traveller name", u"victim name", u"name of victim", u"migrant name", u"نام",
               u"پورا نام",       u"نام ملزم",    u"ملزم کا نام",    u"مسافر",        u"مسافر کا نام",
               u"متاثرہ کا نام"})},
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

ImportField caseField() {
    return {u"fir"_s, Tr::tr("FIR number"), true,
            norm({u"fir", u"fir no", u"fir number", u"fir #", u"case fir", u"case no", u"ایف آئی آر",
                  u"ایف آئی آر نمبر", u"مقدمہ نمبر"})};
}

ImportField stationField() {
    return {u"station"_s, Tr::tr("Police station or circle"), false,
            norm({u"station", u"police station", u"ps", u"circle", u"تھانہ", u"سرکل"})};
}

// The payer and the payee of a payment: a name, the father's name and the identifiers that match them to records.
void addParty(std::vector<ImportField>& fields, const QString& prefix, const QString& label,
              std::initializer_list<const char16_t*> english, const QString& urdu) {
    QStringList names = norm(english);
    names << normaliseHeader(urdu) << normaliseHeader(urdu + u" کا نام"_s);
    fields.push_back({prefix + u"name"_s, Tr::tr("%1: name").arg(label), false, names});
    QStringList fathers;
    for (const QString& n : std::as_const(names)) {
        fathers << n + u"father"_s << n + u"fathername"_s << n + u"so"_s;
    }
    fathers << normaliseHeader(urdu + u" کی ولدیت"_s) << normaliseHeader(urdu + u" ولدیت"_s);
    fields.push_back({prefix + u"father"_s, Tr::tr("%1: father's or husband's name").arg(label), false, fathers});
    QStringList cnics;
    QStringList phones;
    for (const char16_t* e : english) {
        const QString n = normaliseHeader(QString::fromUtf16(e));
        cnics << n + u"cnic"_s << n + u"cnicno"_s << n + u"nic"_s;
        phones << n + u"phone"_s << n + u"mobile"_s << n + u"mobileno"_s << n + u"contact"_s;
    }
    cnics << normaliseHeader(urdu + u" شناختی کارڈ"_s) << normaliseHeader(urdu + u" شناختی کارڈ نمبر"_s);
    phones << normaliseHeader(urdu + u" موبائل"_s) << normaliseHeader(urdu + u" فون"_s);
    fields.push_back({prefix + u"cnic"_s, Tr::tr("%1: CNIC").arg(label), false, cnics});
    fields.push_back({prefix + u"phone"_s, Tr::tr("%1: phone").arg(label), false, phones});
}

std::vector<ImportField> paymentFields() {
    std::vector<ImportField> fields;
    addParty(fields, u"payer_"_s, Tr::tr("Payer"), {u"payer", u"paid by", u"payer name", u"depositor", u"sender"},
             u"ادا کنندہ"_s);
    addParty(fields, u"payee_"_s, Tr::tr("Payee"),
             {u"payee", u"paid to", u"payee name", u"receiver", u"beneficiary", u"recipient"}, u"وصول کنندہ"_s);
    fields.push_back(caseField());
    fields.push_back(stationField());
    fields.push_back({u"amount"_s, Tr::tr("Amount"), true,
                      norm({u"amount", u"amount paid", u"sum", u"rs", u"amount rs", u"رقم", u"ادا شدہ رقم"})});
    fields.push_back({u"currency"_s, Tr::tr("Currency"), false, norm({u"currency", u"curr", u"کرنسی"})});
    fields.push_back({u"paid_on"_s, Tr::tr("Date of payment"), false,
                      norm({u"date", u"paid on", u"date of payment", u"payment date", u"تاریخ", u"تاریخ ادائیگی"})});
    fields.push_back({u"rate"_s, Tr::tr("Exchange rate (rupees per unit)"), false,
                      norm({u"rate", u"exchange rate", u"rate to pkr", u"شرح تبادلہ"})});
    fields.push_back({u"pkr"_s, Tr::tr("PKR equivalent"), false,
                      norm({u"pkr", u"pkr equivalent", u"amount pkr", u"in pkr", u"equivalent", u"روپے میں"})});
    fields.push_back({u"channel"_s, Tr::tr("Channel (cash, bank, hawala/hundi, mobile wallet)"), false,
                      norm({u"channel", u"mode of payment", u"payment mode", u"through", u"via", u"ذریعہ"})});
    fields.push_back({u"fmu_reference"_s, Tr::tr("FMU / goAML reference"), false,
                      norm({u"fmu", u"fmu reference", u"fmu ref", u"goaml", u"str no"})});
    return fields;
}

std::vector<ImportField> build(ImportKind kind) {
    if (kind == ImportKind::Payments) {
        return paymentFields();
    }
    std::vector<ImportField> fields = personFields();
    switch (kind) {
    case ImportKind::Persons:
    case ImportKind::Payments:
        break;
    case ImportKind::Arrests:
        fields.push_back(caseField());
        fields.push_back(stationField());
        fields.push_back({u"arrested_at"_s, Tr::tr("Date of arrest"), true,
                          norm({u"date of arrest", u"arrest date", u"arrested on", u"arrested at", u"doa",
                                u"تاریخ گرفتاری", u"گرفتاری کی تاریخ"})});
        fields.push_back({u"place"_s, Tr::tr("Place of arrest"), false,
                          norm({u"place", u"place of arrest", u"location", u"جائے گرفتاری", u"مقام"})});
        fields.push_back({u"category"_s, Tr::tr("Category"), false, norm({u"category", u"type", u"زمرہ"})});
        fields.push_back({u"role"_s, Tr::tr("Role in the case"), false, norm({u"role", u"کردار"})});
        fields.push_back({u"produced_at"_s, Tr::tr("Produced before magistrate"), false,
                          norm({u"produced before magistrate", u"produced on", u"production", u"production date",
                                u"date of production", u"produced", u"مجسٹریٹ کے سامنے پیشی", u"پیشی"})});
        fields.push_back({u"production_delay_reason"_s, Tr::tr("Reason for a late production"), false,
                          norm({u"production delay reason", u"delay reason", u"reason for delay"})});
        fields.push_back({u"date_reason"_s, Tr::tr("Reason for the date of arrest"), false,
                          norm({u"date reason", u"arrest date reason", u"reason for date"})});
        fields.push_back({u"status"_s, Tr::tr("Status now (arrested, on bail, released...)"), false,
                          norm({u"status", u"arrest status", u"present status", u"current status", u"status now",
                                u"حیثیت", u"موجودہ حیثیت"})});
        break;
    case ImportKind::WatchList:
        fields.push_back({u"list"_s, Tr::tr("List"), false, norm({u"list", u"list type", u"watch list", u"فہرست"})});
        fields.push_back({u"reference"_s, Tr::tr("Reference"), false,
                          norm({u"reference", u"ref", u"ref no", u"order no", u"letter no", u"حوالہ"})});
        fields.push_back({u"placed_on"_s, Tr::tr("Placed on"), false,
                          norm({u"placed on", u"date placed", u"date", u"order date", u"تاریخ"})});
        break;
    case ImportKind::Victims:
        fields.push_back(caseField());
        fields.push_back(stationField());
        fields.push_back({u"role"_s, Tr::tr("Smuggled migrant or trafficking victim"), false,
                          norm({u"role", u"victim type", u"category", u"type", u"کردار", u"نوعیت"})});
        fields.push_back({u"outcome"_s, Tr::tr("Outcome (survivor, deceased, missing, deportee)"), false,
                          norm({u"outcome", u"status", u"fate", u"condition", u"انجام", u"کیفیت حال", u"حالت"})});
        fields.push_back({u"exploitation"_s, Tr::tr("Form of exploitation"), false,
                          norm({u"exploitation", u"form of exploitation", u"استحصال"})});
        fields.push_back(
            {u"district"_s, Tr::tr("Home district"), false,
             norm({u"district", u"home district", u"district of domicile", u"domicile", u"ضلع", u"آبائی ضلع"})});
        fields.push_back({u"province"_s, Tr::tr("Province"), false, norm({u"province", u"صوبہ"})});
        fields.push_back({u"tehsil"_s, Tr::tr("Tehsil"), false, norm({u"tehsil", u"taluka", u"تحصیل"})});
        fields.push_back({u"locality"_s, Tr::tr("Village or mohalla"), false,
                          norm({u"village", u"mohalla", u"locality", u"city", u"town", u"گاؤں", u"محلہ", u"شہر"})});
        break;
    case ImportKind::Routes:
        // The traveller is optional: legs without one form the case's general route.
        fields.front().required = false;
        fields.push_back(caseField());
        fields.push_back(stationField());
        fields.push_back({u"seq"_s, Tr::tr("Leg number"), false,
                          norm({u"seq", u"sequence", u"leg", u"leg no", u"stage", u"s.no", u"sno", u"sr", u"sr no",
                                u"نمبر شمار", u"مرحلہ"})});
        fields.push_back({u"from_country"_s, Tr::tr("From country"), true,
                          norm({u"from country", u"departure country", u"country from", u"origin country",
                                u"روانگی کا ملک", u"ملک سے"})});
        fields.push_back({u"from_place"_s, Tr::tr("From city or place"), false,
                          norm({u"from", u"from city", u"from place", u"departure", u"departed from", u"origin",
                                u"روانگی", u"شہر سے"})});
        fields.push_back({u"to_country"_s, Tr::tr("To country"), true,
                          norm({u"to country", u"destination country", u"country to", u"arrival country",
                                u"منزل کا ملک", u"ملک تک"})});
        fields.push_back({u"to_place"_s, Tr::tr("To city or place"), false,
                          norm({u"to", u"to city", u"to place", u"destination", u"arrived at", u"منزل", u"شہر تک"})});
        fields.push_back({u"mode"_s, Tr::tr("Mode (air, land, sea)"), true,
                          norm({u"mode", u"mode of travel", u"travel mode", u"by", u"means", u"ذریعہ سفر"})});
        fields.push_back({u"border_point"_s, Tr::tr("Border point"), false,
                          norm({u"border point", u"border", u"crossing", u"crossing point", u"بارڈر", u"سرحدی مقام"})});
        fields.push_back({u"leg_date"_s, Tr::tr("Date"), false,
                          norm({u"date", u"leg date", u"date of travel", u"travel date", u"تاریخ", u"تاریخ سفر"})});
        fields.push_back({u"outcome"_s, Tr::tr("Outcome"), false, norm({u"outcome", u"result", u"status", u"نتیجہ"})});
        break;
    case ImportKind::RedBook:
        fields.push_back({u"edition"_s, Tr::tr("Red Book edition"), false,
                          norm({u"edition", u"red book edition", u"edition no", u"ایڈیشن"})});
        fields.push_back({u"edition_year"_s, Tr::tr("Edition year"), false, norm({u"year", u"edition year", u"سال"})});
        fields.push_back({u"serial"_s, Tr::tr("Serial in the edition"), false,
                          norm({u"serial", u"s.no", u"sno", u"sr", u"sr no", u"serial no", u"نمبر شمار"})});
        fields.push_back({u"zone"_s, Tr::tr("Zone"), true, norm({u"zone", u"fia zone", u"zone name", u"زون"})});
        fields.push_back({u"status"_s, Tr::tr("Status (wanted, arrested, abroad)"), false,
                          norm({u"status", u"present status", u"current status", u"حیثیت", u"موجودہ حیثیت"})});
        fields.push_back({u"status_on"_s, Tr::tr("Status date"), false,
                          norm({u"status date", u"status on", u"date of arrest", u"تاریخ"})});
        break;
    case ImportKind::Offloads:
        fields.push_back({u"offloaded_at"_s, Tr::tr("Date of offloading"), true,
                          norm({u"date", u"offload date", u"date of offload", u"offloaded on", u"flight date",
                                u"date of flight", u"تاریخ", u"تاریخ پرواز"})});
        fields.push_back({u"flight"_s, Tr::tr("Flight"), false,
                          norm({u"flight", u"flight no", u"flight number", u"flt no", u"پرواز", u"فلائٹ نمبر"})});
        fields.push_back({u"airport"_s, Tr::tr("Airport"), false,
                          norm({u"airport", u"icp", u"port", u"immigration check post", u"ایئرپورٹ", u"ہوائی اڈہ"})});
        fields.push_back({u"destination"_s, Tr::tr("Destination"), false,
                          norm({u"destination", u"going to", u"to", u"bound for", u"منزل"})});
        fields.push_back({u"reason"_s, Tr::tr("Reason for offloading"), false,
                          norm({u"reason", u"reason of offload", u"reason for offloading", u"grounds", u"وجہ"})});
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
    case ImportKind::Victims:
        return u"victims"_s;
    case ImportKind::Payments:
        return u"payments"_s;
    case ImportKind::Routes:
        return u"routes"_s;
    case ImportKind::RedBook:
        return u"redbook"_s;
    case ImportKind::Offloads:
        return u"offloads"_s;
    }
    return {};
}

const std::vector<ImportKind>& allImportKinds() {
    static const std::vector<ImportKind> kinds{ImportKind::Persons, ImportKind::Arrests,  ImportKind::WatchList,
                                               ImportKind::Victims, ImportKind::Payments, ImportKind::Routes,
                                               ImportKind::RedBook, ImportKind::Offloads};
    return kinds;
}

std::optional<ImportKind> importKindFromKey(const QString& key) {
    for (ImportKind k : allImportKinds()) {
        if (importKindKey(k) == key.toLower()) {
            return k;
        }
    }
    return std::nullopt;
}

QStringList importKindKeys() {
    QStringList keys;
    for (ImportKind k : allImportKinds()) {
        keys << importKindKey(k);
    }
    return keys;
}

bool importKindNeedsCase(ImportKind kind) {
    return kind == ImportKind::Arrests || kind == ImportKind::Victims || kind == ImportKind::Payments ||
           kind == ImportKind::Routes;
}

QString importKindLabel(ImportKind kind) {
    switch (kind) {
    case ImportKind::Persons:
        return Tr::tr("Persons");
    case ImportKind::Arrests:
        return Tr::tr("Arrests");
    case ImportKind::WatchList:
        return Tr::tr("Watch list (ECL, PCL, stop list, blacklist)");
    case ImportKind::Victims:
        return Tr::tr("Victims of a case (smuggled migrants, trafficking victims)");
    case ImportKind::Payments:
        return Tr::tr("Payments of a case");
    case ImportKind::Routes:
        return Tr::tr("Route legs of a case");
    case ImportKind::RedBook:
        return Tr::tr("Red Book edition (most wanted)");
    case ImportKind::Offloads:
        return Tr::tr("Airport offload list");
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
