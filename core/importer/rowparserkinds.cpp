// The rows of the case-attached kinds (victims, payments, route legs) and of the HQ lists (Red Book editions,
// airport offload lists), read through the same domain validators and word lists the forms use.
#include "importer/rowparserkinds.h"

#include <limits>
#include <utility>

#include "domain/money.h"

using namespace Qt::StringLiterals;

namespace caselink::importrows {
namespace {

constexpr qsizetype kMaxPlace = 200;     // RouteRepository
constexpr qsizetype kMaxReference = 100; // PaymentRepository
constexpr qsizetype kMaxExploitation = 300;
constexpr qsizetype kMaxFlight = 40;
constexpr int kMaxSerial = 100000;
constexpr int kMaxLegs = 999;
constexpr int kMaxEdition = 999;
constexpr int kMicrosPerUnit = 1'000'000;

// The first value whose word the folded cell equals; words are folded too ("Hawala/Hundi" == "hawala hundi").
template <typename T>
std::optional<T> fromWords(const QString& cell, std::initializer_list<std::pair<const char16_t*, T>> words) {
    const QString key = folded(cell);
    for (const auto& [word, value] : words) {
        if (folded(QString::fromUtf16(word)) == key) {
            return value;
        }
    }
    return std::nullopt;
}

QString countryCode(RowReader& r, const QString& field, const QString& code, const QString& label) {
    const QString text = r.cell(field);
    if (text.isEmpty()) {
        r.error(field, code, Tr::tr("%1: the country is empty.").arg(label));
        return {};
    }
    const QString iso = r.context().countries.value(referenceKey(text));
    if (iso.isEmpty()) {
        r.error(field, code,
                Tr::tr("%1: \"%2\" is not a country in the reference list.").arg(label, visibleInput(text)));
    }
    return iso;
}

QString currencyOf(RowReader& r) {
    const QString text = r.cell(u"currency"_s);
    if (text.isEmpty()) {
        return u"PKR"_s;
    }
    const auto alias = fromWords<const char16_t*>(
        text,
        {{u"rs", u"PKR"},     {u"rupees", u"PKR"},  {u"rupee", u"PKR"},   {u"روپے", u"PKR"},   {u"روپیہ", u"PKR"},
         {u"dirham", u"AED"}, {u"dirhams", u"AED"}, {u"درہم", u"AED"},    {u"euro", u"EUR"},   {u"euros", u"EUR"},
         {u"یورو", u"EUR"},   {u"dollar", u"USD"},  {u"dollars", u"USD"}, {u"ڈالر", u"USD"},   {u"riyal", u"SAR"},
         {u"riyals", u"SAR"}, {u"ریال", u"SAR"},    {u"pound", u"GBP"},   {u"pounds", u"GBP"}, {u"dinar", u"LYD"}});
    const QString currency = alias ? QString::fromUtf16(*alias) : text.toUpper();
    if (Money::currencyExponent(currency) < 0) {
        r.error(u"currency"_s, u"payment.currency"_s,
                Tr::tr("\"%1\" is not a currency CaseLink knows; write its ISO code (PKR, AED, EUR, USD, ...).")
                    .arg(visibleInput(text)));
        return {};
    }
    return currency;
}

// The rupees per unit that turn amount into pkr, to six decimals (as an exchange rate is written), or empty when the
// figures give none.
QString derivedRate(const Money& amount, const Money& pkr) {
    if (amount.minorUnits <= 0 || pkr.minorUnits <= 0 || amount.exponent() < 0) {
        return {};
    }
    // micros = pkr paisa * 10^(4 + exponent) / amount minor units, rounded half up: long division one decimal digit
    // at a time keeps every intermediate figure below 10 x the divisor, so nothing overflows.
    const qint64 divisor = amount.minorUnits;
    qint64 micros = pkr.minorUnits / divisor;
    qint64 remainder = pkr.minorUnits % divisor;
    constexpr qint64 kMaxMicros = qint64(999'999'999) * kMicrosPerUnit;
    for (int digit = 0; digit < 4 + amount.exponent(); ++digit) {
        if (micros > kMaxMicros / 10 || remainder > std::numeric_limits<qint64>::max() / 10) {
            return {};
        }
        micros = micros * 10 + (remainder * 10) / divisor;
        remainder = (remainder * 10) % divisor;
    }
    if (remainder >= divisor - remainder) {
        ++micros;
    }
    if (micros <= 0 || micros > kMaxMicros) {
        return {};
    }
    return u"%1.%2"_s.arg(micros / kMicrosPerUnit).arg(micros % kMicrosPerUnit, 6, 10, QLatin1Char('0'));
}

// The PKR equivalent as PaymentRepository derives it: the amount itself in rupees; otherwise at the rate given, or
// at the rate the file's own PKR column implies; otherwise none (with the repository's warning).
void parsePkr(RowReader& r, ParsedRow& out) {
    std::optional<Money> stated;
    if (const QString text = r.cell(u"pkr"_s); !text.isEmpty()) {
        auto v = validateMoney(text, u"PKR"_s);
        r.addAll(u"pkr"_s, v.issues);
        if (v.value && v.value->currency != u"PKR"_s) {
            r.error(u"pkr"_s, u"payment.pkr_currency"_s,
                    Tr::tr("The PKR equivalent is in %1; give it in rupees.").arg(v.value->currency));
        } else if (v.value) {
            stated = *v.value;
        }
    }
    if (out.amount.currency == u"PKR"_s) {
        out.pkr = out.amount;
        out.rateMicros = kMicrosPerUnit;
        if (stated && *stated != out.amount) {
            r.warning(
                u"pkr"_s, u"payment.pkr_differs"_s,
                Tr::tr("The amount is in rupees already; the PKR equivalent %1 is not used.").arg(stated->display()));
        }
        return;
    }
    QString rateText = r.cell(u"rate"_s);
    QString rateField = u"rate"_s;
    if (rateText.isEmpty() && stated) {
        rateText = derivedRate(out.amount, *stated);
        rateField = u"pkr"_s;
        if (rateText.isEmpty()) {
            r.error(u"pkr"_s, u"payment.pkr_rate"_s,
                    Tr::tr("No exchange rate follows from %1 for %2.").arg(stated->display(), out.amount.display()));
            return;
        }
    }
    if (rateText.isEmpty()) {
        r.warning(u"amount"_s, u"payment.no_rate"_s,
                  Tr::tr("No exchange rate was given, so this payment has no rupee equivalent and is left out of the "
                         "case's PKR total."));
        return;
    }
    auto rate = parseExchangeRate(out.amount.currency, rateText, out.paidOn);
    r.addAll(rateField, rate.issues);
    if (!rate.value) {
        return;
    }
    auto pkr = toPkr(out.amount, *rate.value);
    r.addAll(rateField, pkr.issues);
    if (!pkr.value) {
        return;
    }
    out.pkr = pkr.value->pkr;
    out.rateMicros = rate.value->pkrMicros;
    if (stated && *stated != *out.pkr) {
        r.warning(u"pkr"_s, u"payment.pkr_differs"_s,
                  Tr::tr("At %1 the PKR equivalent is %2, not %3 as written; %2 is recorded.")
                      .arg(rate.value->display(), out.pkr->display(), stated->display()));
    }
}

bool samePerson(const Person& a, const Person& b) {
    if (!a.cnic.isEmpty() && a.cnic == b.cnic) {
        return true;
    }
    for (const QString& phone : a.phones) {
        if (b.phones.contains(phone)) {
            return true;
        }
    }
    return false;
}

} // namespace

void parseVictim(RowReader& r, ParsedRow& out) {
    parseCase(r, out);
    if (const QString role = r.cell(u"role"_s); !role.isEmpty()) {
        const auto key = fromWords<PersonRole>(role, {{u"smuggled migrant", PersonRole::SmuggledMigrant},
                                                      {u"smuggled_migrant", PersonRole::SmuggledMigrant},
                                                      {u"migrant", PersonRole::SmuggledMigrant},
                                                      {u"smuggled", PersonRole::SmuggledMigrant},
                                                      {u"sm", PersonRole::SmuggledMigrant},
                                                      {u"تارک وطن", PersonRole::SmuggledMigrant},
                                                      {u"اسمگل شدہ تارک وطن", PersonRole::SmuggledMigrant},
                                                      {u"trafficking victim", PersonRole::TraffickingVictim},
                                                      {u"trafficking_victim", PersonRole::TraffickingVictim},
                                                      {u"victim of trafficking", PersonRole::TraffickingVictim},
                                                      {u"trafficked", PersonRole::TraffickingVictim},
                                                      {u"vot", PersonRole::TraffickingVictim},
                                                      {u"انسانی اسمگلنگ کا شکار", PersonRole::TraffickingVictim},
                                                      {u"ٹریفکنگ کا شکار", PersonRole::TraffickingVictim}});
        if (!key) {
            r.error(u"role"_s, u"import.victim_role"_s,
                    Tr::tr("\"%1\" is not a victim's role; write smuggled migrant or trafficking victim.")
                        .arg(visibleInput(role)));
        } else {
            out.victimRole = *key;
        }
    }
    if (const QString outcome = r.cell(u"outcome"_s); !outcome.isEmpty()) {
        out.victimOutcome = fromWords<VictimOutcome>(outcome, {{u"survivor", VictimOutcome::Survivor},
                                                               {u"survived", VictimOutcome::Survivor},
                                                               {u"alive", VictimOutcome::Survivor},
                                                               {u"زندہ", VictimOutcome::Survivor},
                                                               {u"زندہ بچ گیا", VictimOutcome::Survivor},
                                                               {u"deceased", VictimOutcome::Deceased},
                                                               {u"dead", VictimOutcome::Deceased},
                                                               {u"died", VictimOutcome::Deceased},
                                                               {u"جاں بحق", VictimOutcome::Deceased},
                                                               {u"فوت", VictimOutcome::Deceased},
                                                               {u"ہلاک", VictimOutcome::Deceased},
                                                               {u"missing", VictimOutcome::Missing},
                                                               {u"لاپتہ", VictimOutcome::Missing},
                                                               {u"گمشدہ", VictimOutcome::Missing},
                                                               {u"deportee", VictimOutcome::Deportee},
                                                               {u"deported", VictimOutcome::Deportee},
                                                               {u"ڈی پورٹ", VictimOutcome::Deportee},
                                                               {u"returned", VictimOutcome::Returned},
                                                               {u"واپس", VictimOutcome::Returned}});
        if (!out.victimOutcome) {
            r.error(u"outcome"_s, u"import.victim_outcome"_s,
                    Tr::tr("\"%1\" is not an outcome (survivor, deceased, missing, deportee, returned).")
                        .arg(visibleInput(outcome)));
        }
    }
    out.exploitation = r.text(u"exploitation"_s, kMaxExploitation);
    PersonAddress home;
    home.district = r.text(u"district"_s, kMaxName);
    home.province = r.text(u"province"_s, kMaxName);
    home.tehsil = r.text(u"tehsil"_s, kMaxName);
    home.locality = r.text(u"locality"_s, kMaxName);
    if (!home.district.isEmpty() || !home.province.isEmpty() || !home.tehsil.isEmpty() || !home.locality.isEmpty()) {
        out.person.addresses.push_back(home);
    }
}

void parsePayment(RowReader& r, ParsedRow& out) {
    parseCase(r, out);
    const QString currency = currencyOf(r);
    out.paidOn = parseDate(r, u"paid_on"_s, DateExpectation::Past);
    auto money = validateMoney(r.cell(u"amount"_s), currency.isEmpty() ? u"PKR"_s : currency);
    r.addAll(u"amount"_s, money.issues);
    if (money.value && !currency.isEmpty()) {
        out.amount = *money.value;
        parsePkr(r, out);
    }
    if (const QString channel = r.cell(u"channel"_s); !channel.isEmpty()) {
        const auto key = fromWords<PaymentChannel>(channel, {{u"cash", PaymentChannel::Cash},
                                                             {u"in cash", PaymentChannel::Cash},
                                                             {u"نقد", PaymentChannel::Cash},
                                                             {u"کیش", PaymentChannel::Cash},
                                                             {u"bank", PaymentChannel::Bank},
                                                             {u"bank transfer", PaymentChannel::Bank},
                                                             {u"online", PaymentChannel::Bank},
                                                             {u"cheque", PaymentChannel::Bank},
                                                             {u"deposit", PaymentChannel::Bank},
                                                             {u"بینک", PaymentChannel::Bank},
                                                             {u"hawala", PaymentChannel::HawalaHundi},
                                                             {u"hundi", PaymentChannel::HawalaHundi},
                                                             {u"hawala hundi", PaymentChannel::HawalaHundi},
                                                             {u"hawala_hundi", PaymentChannel::HawalaHundi},
                                                             {u"حوالہ", PaymentChannel::HawalaHundi},
                                                             {u"ہنڈی", PaymentChannel::HawalaHundi},
                                                             {u"حوالہ ہنڈی", PaymentChannel::HawalaHundi},
                                                             {u"mobile wallet", PaymentChannel::MobileWallet},
                                                             {u"mobile_wallet", PaymentChannel::MobileWallet},
                                                             {u"wallet", PaymentChannel::MobileWallet},
                                                             {u"easypaisa", PaymentChannel::MobileWallet},
                                                             {u"jazzcash", PaymentChannel::MobileWallet},
                                                             {u"jazz cash", PaymentChannel::MobileWallet},
                                                             {u"موبائل والٹ", PaymentChannel::MobileWallet},
                                                             {u"other", PaymentChannel::Other},
                                                             {u"دیگر", PaymentChannel::Other}});
        if (!key) {
            r.error(u"channel"_s, u"import.channel"_s,
                    Tr::tr("\"%1\" is not a payment channel (cash, bank, hawala/hundi, mobile wallet, other).")
                        .arg(visibleInput(channel)));
        } else {
            out.channel = *key;
        }
    }
    out.fmuReference = r.text(u"fmu_reference"_s, kMaxReference);
    if (out.hasPerson && out.hasPayee && samePerson(out.person, out.payee)) {
        r.error(u"payee_name"_s, u"payment.same_person"_s, Tr::tr("The payer and the payee are the same person."));
    }
}

void parseRouteLeg(RowReader& r, ParsedRow& out) {
    parseCase(r, out);
    out.seq = parseCount(r, u"seq"_s, u"route.seq"_s, kMaxLegs);
    out.fromCountry = countryCode(r, u"from_country"_s, u"route.from_country"_s, Tr::tr("From"));
    out.toCountry = countryCode(r, u"to_country"_s, u"route.to_country"_s, Tr::tr("To"));
    out.fromPlace = r.text(u"from_place"_s, kMaxPlace);
    out.toPlace = r.text(u"to_place"_s, kMaxPlace);
    out.borderPoint = r.text(u"border_point"_s, kMaxPlace);
    out.legDate = parseDate(r, u"leg_date"_s, DateExpectation::Past);
    const QString mode = r.cell(u"mode"_s);
    const auto travel = fromWords<TravelMode>(
        mode, {{u"air", TravelMode::Air},      {u"by air", TravelMode::Air},   {u"flight", TravelMode::Air},
               {u"plane", TravelMode::Air},    {u"ہوائی", TravelMode::Air},    {u"ہوائی جہاز", TravelMode::Air},
               {u"land", TravelMode::Land},    {u"by land", TravelMode::Land}, {u"road", TravelMode::Land},
               {u"by road", TravelMode::Land}, {u"on foot", TravelMode::Land}, {u"foot", TravelMode::Land},
               {u"bus", TravelMode::Land},     {u"car", TravelMode::Land},     {u"زمینی", TravelMode::Land},
               {u"پیدل", TravelMode::Land},    {u"sea", TravelMode::Sea},      {u"by sea", TravelMode::Sea},
               {u"boat", TravelMode::Sea},     {u"ship", TravelMode::Sea},     {u"سمندری", TravelMode::Sea},
               {u"بحری", TravelMode::Sea},     {u"کشتی", TravelMode::Sea}});
    if (mode.isEmpty()) {
        r.error(u"mode"_s, u"route.mode_missing"_s, Tr::tr("The mode of travel is empty (air, land or sea)."));
    } else if (!travel) {
        r.error(u"mode"_s, u"route.mode"_s,
                Tr::tr("\"%1\" is not a mode of travel (air, land or sea).").arg(visibleInput(mode)));
    } else {
        out.mode = *travel;
    }
    if (const QString outcome = r.cell(u"outcome"_s); !outcome.isEmpty()) {
        const auto key = fromWords<LegOutcome>(outcome, {{u"unknown", LegOutcome::Unknown},
                                                         {u"crossed", LegOutcome::Crossed},
                                                         {u"reached", LegOutcome::Crossed},
                                                         {u"پار", LegOutcome::Crossed},
                                                         {u"intercepted", LegOutcome::Intercepted},
                                                         {u"caught", LegOutcome::Intercepted},
                                                         {u"پکڑا گیا", LegOutcome::Intercepted},
                                                         {u"deported", LegOutcome::Deported},
                                                         {u"ڈی پورٹ", LegOutcome::Deported},
                                                         {u"died", LegOutcome::Died},
                                                         {u"dead", LegOutcome::Died},
                                                         {u"جاں بحق", LegOutcome::Died},
                                                         {u"missing", LegOutcome::Missing},
                                                         {u"لاپتہ", LegOutcome::Missing},
                                                         {u"offloaded", LegOutcome::Offloaded},
                                                         {u"آف لوڈ", LegOutcome::Offloaded}});
        if (!key) {
            r.error(u"outcome"_s, u"route.outcome"_s,
                    Tr::tr("\"%1\" is not an outcome of a leg (crossed, intercepted, deported, died, missing, "
                           "offloaded, unknown).")
                        .arg(visibleInput(outcome)));
        } else {
            out.legOutcome = *key;
        }
    }
}

void parseRedBookEntry(RowReader& r, ParsedRow& out) {
    const RowParseContext& c = r.context();
    out.edition = parseCount(r, u"edition"_s, u"red_book.edition"_s, kMaxEdition);
    if (out.edition == 0) {
        out.edition = c.defaultEdition;
        if (out.edition <= 0) {
            r.error(u"edition"_s, u"red_book.edition_missing"_s,
                    Tr::tr("The row names no edition; map an edition column or give the edition for the whole file."));
        }
    }
    out.editionYear = parseCount(r, u"edition_year"_s, u"red_book.year"_s, 2100);
    if (out.editionYear == 0) {
        out.editionYear = c.defaultEditionYear;
    } else if (out.editionYear > 0 && out.editionYear < 2000) {
        r.error(u"edition_year"_s, u"red_book.year"_s,
                Tr::tr("%1 is not the year of a Red Book edition.").arg(out.editionYear));
    }
    out.serial = parseCount(r, u"serial"_s, u"red_book.serial"_s, kMaxSerial);
    const QString zone = r.cell(u"zone"_s);
    if (zone.isEmpty()) {
        r.error(u"zone"_s, u"red_book.zone"_s, Tr::tr("Assign the entry to a zone."));
    } else {
        out.zoneId = c.zones.value(referenceKey(zone));
        if (out.zoneId.isEmpty()) {
            r.error(u"zone"_s, u"red_book.zone"_s,
                    Tr::tr("\"%1\" is not a zone of the organisation tree (a code such as GRW, or a name such as "
                           "Gujranwala).")
                        .arg(visibleInput(zone)));
        }
    }
    if (const QString status = r.cell(u"status"_s); !status.isEmpty()) {
        const auto key = fromWords<RedBookStatus>(status, {{u"wanted", RedBookStatus::Wanted},
                                                           {u"at large", RedBookStatus::Wanted},
                                                           {u"مطلوب", RedBookStatus::Wanted},
                                                           {u"arrested", RedBookStatus::Arrested},
                                                           {u"گرفتار", RedBookStatus::Arrested},
                                                           {u"abroad", RedBookStatus::Abroad},
                                                           {u"absconded abroad", RedBookStatus::Abroad},
                                                           {u"بیرون ملک", RedBookStatus::Abroad},
                                                           {u"deceased", RedBookStatus::Deceased},
                                                           {u"dead", RedBookStatus::Deceased},
                                                           {u"فوت", RedBookStatus::Deceased},
                                                           {u"removed", RedBookStatus::Removed},
                                                           {u"خارج", RedBookStatus::Removed}});
        if (!key) {
            r.error(u"status"_s, u"red_book.status"_s,
                    Tr::tr("\"%1\" is not a Red Book status (wanted, arrested, abroad, deceased, removed).")
                        .arg(visibleInput(status)));
        } else {
            out.redBookStatus = *key;
        }
    }
    out.statusOn = parseDate(r, u"status_on"_s, DateExpectation::Past);
}

void parseOffload(RowReader& r, ParsedRow& out) {
    if (r.cell(u"offloaded_at"_s).isEmpty()) {
        r.error(u"offloaded_at"_s, u"offload.date_missing"_s, Tr::tr("The date of offloading is empty."));
    } else {
        out.offloadedAt = parseDateTime(r, u"offloaded_at"_s, u"offload.date_future"_s,
                                        Tr::tr("The date of offloading lies in the future."));
    }
    out.flight = r.text(u"flight"_s, kMaxFlight).toUpper();
    out.airport = r.text(u"airport"_s, kMaxLine);
    out.destination = r.text(u"destination"_s, kMaxLine);
    out.reason = r.text(u"reason"_s, kMaxLine);
}

} // namespace caselink::importrows
