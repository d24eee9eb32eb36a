#include "domain/money.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <vector>

#include <QRegularExpression>

#include "domain/documentdate.h"
#include "domain/identifierchars_p.h"
#include "domain/textinput.h"
#include "domain/validationtext_p.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

// Wide enough for any product of two amounts CaseLink checks before narrowing to qint64.
__extension__ typedef __int128 Int128;

constexpr qsizetype kMaxInput = 80;
constexpr Int128 kMaxMinor = std::numeric_limits<qint64>::max();
constexpr qint64 kMicros = 1'000'000;
constexpr qint64 kMaxRateMicros = 1'000'000'000LL * kMicros; // a billion rupees per unit: nothing real is near it
constexpr int kMaxIntegerDigits = 19;
constexpr int kMaxFractionDigits = 24;
constexpr int kMaxRateDecimals = 6;
const QString kPkr = u"PKR"_s;

struct CurrencyInfo {
    QStringView code;
    int exponent;
};

// ISO 4217 minor units of the currencies that appear in smuggling cases: Pakistan and its neighbours, the Gulf,
// the transit countries of the dunki and Libya routes, and the destination states.
constexpr std::array<CurrencyInfo, 36> kCurrencies{{
    {u"PKR", 2}, {u"USD", 2}, {u"EUR", 2}, {u"GBP", 2}, {u"AED", 2}, {u"SAR", 2}, {u"QAR", 2}, {u"OMR", 3}, {u"KWD", 3},
    {u"BHD", 3}, {u"LYD", 3}, {u"TND", 3}, {u"JOD", 3}, {u"IQD", 3}, {u"TRY", 2}, {u"IRR", 2}, {u"AFN", 2}, {u"EGP", 2},
    {u"INR", 2}, {u"BDT", 2}, {u"LKR", 2}, {u"CNY", 2}, {u"MYR", 2}, {u"THB", 2}, {u"JPY", 0}, {u"CAD", 2}, {u"AUD", 2},
    {u"CHF", 2}, {u"SEK", 2}, {u"NOK", 2}, {u"DKK", 2}, {u"RSD", 2}, {u"ALL", 2}, {u"MKD", 2}, {u"BAM", 2}, {u"DJF", 0},
}};

struct Word {
    QStringView text;
    qint64 multiplier; // 0 for currency words
    QStringView currency;
};

// Matched after lower-casing, dropping a trailing full stop and unifying Arabic and Urdu kaf and yeh. Heh variants
// are listed because Arabic keyboards type ه where Urdu writes ھ or ہ. ISO codes are found through kCurrencies.
constexpr std::array<Word, 37> kWords{{
    {u"rs", 0, u"PKR"},           {u"rupee", 0, u"PKR"},
    {u"rupees", 0, u"PKR"},       {u"روپے", 0, u"PKR"},
    {u"روپیہ", 0, u"PKR"},        {u"روپیے", 0, u"PKR"},
    {u"روپئے", 0, u"PKR"},        {u"dhs", 0, u"AED"},
    {u"dirham", 0, u"AED"},       {u"dirhams", 0, u"AED"},
    {u"euro", 0, u"EUR"},         {u"euros", 0, u"EUR"},
    {u"dollar", 0, u"USD"},       {u"dollars", 0, u"USD"},
    {u"us", 0, u"USD"},           {u"thousand", 1'000, {}},
    {u"hazar", 1'000, {}},        {u"ہزار", 1'000, {}},
    {u"هزار", 1'000, {}},         {u"lakh", 100'000, {}},
    {u"lakhs", 100'000, {}},      {u"lac", 100'000, {}},
    {u"lacs", 100'000, {}},       {u"لاکھ", 100'000, {}},
    {u"لاکه", 100'000, {}},       {u"million", 1'000'000, {}},
    {u"millions", 1'000'000, {}}, {u"mn", 1'000'000, {}},
    {u"crore", 10'000'000, {}},   {u"crores", 10'000'000, {}},
    {u"cr", 10'000'000, {}},      {u"karor", 10'000'000, {}},
    {u"کروڑ", 10'000'000, {}},    {u"billion", 1'000'000'000, {}},
    {u"bn", 1'000'000'000, {}},   {u"arab", 1'000'000'000, {}},
    {u"ارب", 1'000'000'000, {}},
}};

enum class TokenKind { Number, Unit, Currency };

struct Token {
    TokenKind kind = TokenKind::Number;
    QString text;
    qint64 multiplier = 1;
    QString currency;
};

struct Parsed {
    std::vector<Token> tokens;
    std::vector<Issue> issues;
};

// Callers limit the number of digits so the value fits.
Int128 parseDigits(QStringView digits) {
    Int128 v = 0;
    for (QChar ch : digits) {
        v = v * 10 + (ch.unicode() - u'0');
    }
    return v;
}

Int128 pow10(int n) {
    Int128 v = 1;
    for (int i = 0; i < n; ++i) {
        v *= 10;
    }
    return v;
}

QString foldWord(const QString& word) {
    QString w = word.toLower();
    if (w.endsWith(u'.')) {
        w.chop(1);
    }
    w.replace(QChar(0x0643), QChar(0x06A9)); // Arabic kaf -> Urdu keheh
    w.replace(QChar(0x064A), QChar(0x06CC)); // Arabic yeh -> Farsi yeh
    return w;
}

// Arabic decimal and thousands separators typed on Urdu keyboards, and the "/-" Pakistani documents put after an
// amount so nothing can be added to it.
QString prepare(const QString& input) {
    QString text = foldDigits(input);
    text.replace(QChar(0x066B), u'.');
    text.replace(QChar(0x066C), u',');
    static const QRegularExpression closing(u"/\\s*[-=]\\s*$"_s);
    text.remove(closing);
    return text.trimmed();
}

Issue invalidCharacter(const QString& input, const QString& what) {
    return errorIssue(u"money.invalid_character"_s,
                      ValidationText::tr("\"%1\" contains \"%2\", which is not part of an amount. Write amounts like "
                                         "25 lakh, Rs. 4,200,000 or EUR 8,000.")
                          .arg(visibleInput(input), visibleInput(what)));
}

std::optional<Token> classifyWord(const QString& word, const QString& input, std::vector<Issue>& issues) {
    const QString folded = foldWord(word);
    for (const Word& w : kWords) {
        if (folded == w.text) {
            return w.multiplier == 0 ? Token{TokenKind::Currency, word, 1, w.currency.toString()}
                                     : Token{TokenKind::Unit, word, w.multiplier, {}};
        }
    }
    const bool threeLetters = folded.size() == 3 && std::all_of(folded.begin(), folded.end(), isAsciiLetter);
    if (threeLetters && Money::currencyExponent(folded.toUpper()) >= 0) {
        return Token{TokenKind::Currency, word, 1, folded.toUpper()};
    }
    if (threeLetters) {
        issues.push_back(errorIssue(u"money.unknown_currency"_s,
                                    ValidationText::tr("%1 is not a currency CaseLink knows. Use an ISO 4217 code "
                                                       "such as PKR, USD, EUR, AED or LYD.")
                                        .arg(visibleInput(word.toUpper()))));
    } else {
        issues.push_back(errorIssue(u"money.unknown_word"_s,
                                    ValidationText::tr("\"%1\" in \"%2\" is neither a currency nor an amount word "
                                                       "CaseLink knows (thousand, lakh, crore, million, ہزار, لاکھ, "
                                                       "کروڑ).")
                                        .arg(visibleInput(word), visibleInput(input))));
    }
    return std::nullopt;
}

std::optional<Token> classifySymbol(QChar symbol, const QString& input, std::vector<Issue>& issues) {
    switch (symbol.unicode()) {
    case u'$':
        return Token{TokenKind::Currency, QString(symbol), 1, u"USD"_s};
    case 0x20AC:
        return Token{TokenKind::Currency, QString(symbol), 1, u"EUR"_s};
    case 0x00A3:
        return Token{TokenKind::Currency, QString(symbol), 1, u"GBP"_s};
    case 0x20A8:
        return Token{TokenKind::Currency, QString(symbol), 1, kPkr};
    case 0x20B9:
        return Token{TokenKind::Currency, QString(symbol), 1, u"INR"_s};
    case 0x20BA:
        return Token{TokenKind::Currency, QString(symbol), 1, u"TRY"_s};
    case 0x00A5:
    case 0xFDFC:
        issues.push_back(errorIssue(u"money.ambiguous_symbol"_s,
                                    ValidationText::tr("The sign %1 in \"%2\" is used by more than one currency; write "
                                                       "the ISO code instead (e.g. JPY or CNY, SAR, IRR or OMR).")
                                        .arg(QString(symbol), visibleInput(input))));
        return std::nullopt;
    default:
        issues.push_back(invalidCharacter(input, QString(symbol)));
        return std::nullopt;
    }
}

bool hasNumber(const std::vector<Token>& tokens) {
    return std::ranges::any_of(tokens, [](const Token& t) { return t.kind == TokenKind::Number; });
}

Parsed tokenize(const QString& text, const QString& input) {
    Parsed out;
    const auto isWordChar = [](QChar ch) {
        return ch.isLetter() || ch.isMark();
    };
    for (qsizetype i = 0; i < text.size() && out.issues.empty();) {
        const QChar ch = text.at(i);
        const bool digitNext = i + 1 < text.size() && isAsciiDigit(text.at(i + 1));
        if (ch.isSpace()) {
            ++i;
        } else if (isAsciiDigit(ch) || (ch == u'.' && digitNext)) {
            const qsizetype start = i;
            while (i < text.size() && (isAsciiDigit(text.at(i)) || text.at(i) == u',' || text.at(i) == u'.')) {
                ++i;
            }
            out.tokens.push_back(Token{TokenKind::Number, text.mid(start, i - start), 1, {}});
        } else if (isWordChar(ch)) {
            const qsizetype start = i;
            while (i < text.size() && isWordChar(text.at(i))) {
                ++i;
            }
            if (i < text.size() && text.at(i) == u'.') { // "Rs." and "Cr."
                ++i;
            }
            if (auto token = classifyWord(text.mid(start, i - start), input, out.issues)) {
                out.tokens.push_back(*token);
            }
        } else if (ch.category() == QChar::Symbol_Currency) {
            if (auto token = classifySymbol(ch, input, out.issues)) {
                out.tokens.push_back(*token);
            }
            ++i;
        } else if ((isDashLike(ch) || ch == u'(') && !hasNumber(out.tokens)) {
            out.issues.push_back(
                errorIssue(u"money.negative"_s, ValidationText::tr("\"%1\" is negative; an amount paid or received is "
                                                                   "entered as a positive number.")
                                                    .arg(visibleInput(input))));
        } else {
            out.issues.push_back(invalidCharacter(input, QString(ch)));
        }
    }
    return out;
}

bool validGrouping(const QString& integerPart) {
    const QStringList groups = integerPart.split(u',');
    if (groups.size() == 1) {
        return true;
    }
    const auto sized = [](const QString& g, qsizetype lo, qsizetype hi) {
        return g.size() >= lo && g.size() <= hi;
    };
    bool western = sized(groups.front(), 1, 3);
    bool southAsian = sized(groups.front(), 1, 2) && groups.back().size() == 3;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        western = western && groups.at(i).size() == 3;
        southAsian = southAsian && (i == groups.size() - 1 || groups.at(i).size() == 2);
    }
    return western || southAsian;
}

struct Decimal {
    QString integer;
    QString fraction;
};

// Splits "42,00,000.50" into its digits, refusing separators that could be read two ways.
std::optional<Decimal> parseDecimal(const QString& number, bool unitFollows, const QString& input,
                                    std::vector<Issue>& issues) {
    const qsizetype dots = number.count(u'.');
    const qsizetype dot = number.indexOf(u'.');
    const QString integerPart = dot < 0 ? number : number.left(dot);
    const QString fraction = dot < 0 ? QString() : number.mid(dot + 1);
    const bool europeanGrouping = dots > 1 || fraction.contains(u',');
    // 8.000 is eight thousand in much of Europe (Italy, Greece, Turkey) and eight elsewhere.
    const bool thousandsDot = dots == 1 && fraction.size() == 3 && !unitFollows && !integerPart.contains(u',') &&
                              !integerPart.isEmpty() && !integerPart.startsWith(u'0') && integerPart.size() <= 3;
    if (europeanGrouping || thousandsDot) {
        issues.push_back(errorIssue(u"money.ambiguous_separator"_s,
                                    ValidationText::tr("\"%1\" can be read two ways: in many countries a dot "
                                                       "separates thousands, elsewhere it marks decimals. Write the "
                                                       "amount without thousands separators (8000), or with commas "
                                                       "for thousands and a dot for decimals (8,000.50).")
                                        .arg(visibleInput(input))));
        return std::nullopt;
    }
    if (!validGrouping(integerPart)) {
        issues.push_back(errorIssue(u"money.grouping"_s,
                                    ValidationText::tr("The commas in \"%1\" are neither in thousands (4,200,000) nor "
                                                       "in lakh (42,00,000) positions. Check the amount.")
                                        .arg(visibleInput(input))));
        return std::nullopt;
    }
    Decimal d{QString(integerPart).remove(u','), fraction};
    if (d.integer.isEmpty()) {
        d.integer = u"0"_s;
    }
    return d;
}

Issue tooLarge(const QString& input) {
    return errorIssue(u"money.too_large"_s, ValidationText::tr("\"%1\" is too large to be an amount CaseLink can "
                                                               "hold. Check the number of digits.")
                                                .arg(visibleInput(input)));
}

// The exact value of number x unit in minor units, or nothing when it is finer than the minor unit or too large.
std::optional<Int128> minorUnitsOf(const Decimal& d, qint64 multiplier, const QString& currency, const QString& input,
                                   std::vector<Issue>& issues) {
    if (d.integer.size() > kMaxIntegerDigits) {
        issues.push_back(tooLarge(input));
        return std::nullopt;
    }
    const int exponent = Money::currencyExponent(currency);
    const Int128 scale = Int128(multiplier) * pow10(exponent);
    const bool tooPrecise = d.fraction.size() > kMaxFractionDigits;
    const Int128 fractionScale = tooPrecise ? 1 : pow10(int(d.fraction.size()));
    const Int128 fractionPart = tooPrecise ? 0 : parseDigits(d.fraction) * scale;
    if (tooPrecise || fractionPart % fractionScale != 0) {
        issues.push_back(
            errorIssue(u"money.precision"_s, ValidationText::tr("\"%1\" is more precise than %2 allows: amounts in %2 "
                                                                "have at most %n digits after the decimal point.",
                                                                nullptr, exponent)
                                                 .arg(visibleInput(input), currency)));
        return std::nullopt;
    }
    const Int128 value = parseDigits(d.integer) * scale + fractionPart / fractionScale;
    if (value > kMaxMinor) {
        issues.push_back(tooLarge(input));
        return std::nullopt;
    }
    return value;
}

Issue formatError(const QString& input) {
    return errorIssue(u"money.format"_s,
                      ValidationText::tr("\"%1\" is not an amount in a form CaseLink reads. Write a number with an "
                                         "optional currency and unit, e.g. 25 lakh, 1 crore 25 lakh, Rs. 4,200,000 "
                                         "or EUR 8,000.")
                          .arg(visibleInput(input)));
}

struct Term {
    QString number;
    qint64 multiplier = 1;
    bool hasUnit = false;
};

// [currency] number [unit] {number [unit]} [currency]: "1 crore 25 lakh" is how people say 12.5 million.
bool readGrammar(const std::vector<Token>& tokens, QString& currency, std::vector<Term>& terms, const QString& input,
                 std::vector<Issue>& issues) {
    std::size_t i = 0;
    const auto takeCurrencies = [&] {
        for (; i < tokens.size() && tokens[i].kind == TokenKind::Currency; ++i) {
            if (!currency.isEmpty() && currency != tokens[i].currency) {
                issues.push_back(errorIssue(u"money.currency_conflict"_s,
                                            ValidationText::tr("\"%1\" names two currencies, %2 and %3.")
                                                .arg(visibleInput(input), currency, tokens[i].currency)));
                return false;
            }
            currency = tokens[i].currency;
        }
        return true;
    };
    if (!takeCurrencies()) {
        return false;
    }
    for (; i < tokens.size() && tokens[i].kind == TokenKind::Number; ++i) {
        Term term{tokens[i].text};
        if (i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::Unit) {
            term.multiplier = tokens[++i].multiplier;
            term.hasUnit = true;
        }
        // Each further term must be in a smaller unit than the one before, so "5000 3000" is not silently summed.
        if (!terms.empty() && (!terms.back().hasUnit || terms.back().multiplier <= term.multiplier)) {
            issues.push_back(formatError(input));
            return false;
        }
        terms.push_back(term);
    }
    if (!takeCurrencies()) {
        return false;
    }
    if (i < tokens.size() || terms.empty()) {
        issues.push_back(formatError(input));
        return false;
    }
    return true;
}

QString groupThousands(qint64 value) {
    QString digits = QString::number(value);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3) {
        digits.insert(pos, u',');
    }
    return digits;
}

} // namespace

int Money::currencyExponent(const QString& code) {
    for (const CurrencyInfo& c : kCurrencies) {
        if (c.code == code) {
            return c.exponent;
        }
    }
    return -1;
}

QString Money::display() const {
    const int e = std::max(exponent(), 0);
    const qint64 unit = qint64(pow10(e));
    QString text = currency + u' ' + groupThousands(minorUnits / unit);
    if (minorUnits % unit != 0) {
        text += u'.' + u"%1"_s.arg(minorUnits % unit, e, 10, QChar(u'0'));
    }
    return text;
}

ValidatedValue<Money> validateMoney(const QString& input, const QString& defaultCurrency) {
    std::vector<Issue> issues;
    if (!checkIdentifierText(input, u"money"_s, ValidationText::tr("amount"), kMaxInput, issues)) {
        return refused<Money>(std::move(issues));
    }
    const QString text = prepare(input);
    if (text.isEmpty()) {
        return refused<Money>(
            {errorIssue(u"money.empty"_s, ValidationText::tr("Enter the amount, e.g. 25 lakh or EUR 8,000."))});
    }
    Parsed parsed = tokenize(text, input);
    if (!parsed.issues.empty()) {
        return refused<Money>(std::move(parsed.issues));
    }
    QString currency;
    std::vector<Term> terms;
    if (!readGrammar(parsed.tokens, currency, terms, input, issues)) {
        return refused<Money>(std::move(issues));
    }
    if (currency.isEmpty()) {
        currency = defaultCurrency;
    }
    if (Money::currencyExponent(currency) < 0) {
        return refused<Money>(
            {errorIssue(u"money.unknown_currency"_s,
                        ValidationText::tr("%1 is not a currency CaseLink knows.").arg(visibleInput(currency)))});
    }
    Int128 total = 0;
    Int128 previousUnit = 0; // "25 lakh 500000" is a typo, not 30 lakh
    for (const Term& term : terms) {
        const std::optional<Decimal> decimal = parseDecimal(term.number, term.hasUnit, input, issues);
        const std::optional<Int128> value =
            decimal ? minorUnitsOf(*decimal, term.multiplier, currency, input, issues) : std::nullopt;
        if (!value) {
            return refused<Money>(std::move(issues));
        }
        if (previousUnit > 0 && *value >= previousUnit) {
            return refused<Money>({formatError(input)});
        }
        previousUnit = Int128(term.multiplier) * pow10(Money::currencyExponent(currency));
        total += *value;
        if (total > kMaxMinor) {
            return refused<Money>({tooLarge(input)});
        }
    }
    if (total == 0) {
        // Payments store only positive amounts; zero is a missing amount typed as a number.
        issues.push_back(errorIssue(u"money.zero"_s, ValidationText::tr("An amount must be more than zero. Leave the "
                                                                        "field empty if no amount is known.")));
    }
    return validated(Money{qint64(total), currency}, std::move(issues));
}

QString ExchangeRate::display() const {
    QString rate = QString::number(pkrMicros / kMicros);
    if (const qint64 fraction = pkrMicros % kMicros; fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, 6, 10, QChar(u'0'));
        while (digits.endsWith(u'0')) {
            digits.chop(1);
        }
        rate += u'.' + digits;
    }
    return u"1 %1 = %2 PKR (%3)"_s.arg(currency, rate, displayDate(date));
}

ValidatedValue<ExchangeRate> parseExchangeRate(const QString& currency, const QString& pkrPerUnit, QDate date) {
    std::vector<Issue> issues;
    if (Money::currencyExponent(currency) < 0) {
        issues.push_back(
            errorIssue(u"rate.currency"_s,
                       ValidationText::tr("%1 is not a currency CaseLink knows.").arg(visibleInput(currency))));
    }
    if (!date.isValid()) {
        issues.push_back(errorIssue(u"rate.date"_s, ValidationText::tr("An exchange rate needs the date it applies "
                                                                       "to.")));
    }
    if (!checkIdentifierText(pkrPerUnit, u"rate"_s, ValidationText::tr("exchange rate"), kMaxInput, issues)) {
        return refused<ExchangeRate>(std::move(issues));
    }
    static const QRegularExpression pattern(u"^([0-9][0-9,]*)(?:\\.([0-9]+))?$"_s);
    const QString text = foldDigits(pkrPerUnit).trimmed().replace(QChar(0x066B), u'.');
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || !validGrouping(m.captured(1))) {
        issues.push_back(errorIssue(u"rate.format"_s,
                                    ValidationText::tr("\"%1\" is not an exchange rate; write the rupees for one unit "
                                                       "of the currency, e.g. 302.45.")
                                        .arg(visibleInput(pkrPerUnit))));
        return refused<ExchangeRate>(std::move(issues));
    }
    const QString integer = m.captured(1).remove(u',');
    const QString fraction = m.captured(2);
    if (fraction.size() > kMaxRateDecimals) {
        issues.push_back(
            errorIssue(u"rate.precision"_s,
                       ValidationText::tr("\"%1\" has more than six decimal places.").arg(visibleInput(pkrPerUnit))));
    }
    if (integer.size() > 9) {
        issues.push_back(errorIssue(u"rate.too_large"_s, ValidationText::tr("\"%1\" is far larger than any exchange "
                                                                            "rate.")
                                                             .arg(visibleInput(pkrPerUnit))));
    }
    if (hasErrors(issues)) {
        return refused<ExchangeRate>(std::move(issues));
    }
    const qint64 micros = integer.toLongLong() * kMicros + QString(fraction + u"000000"_s).left(6).toLongLong();
    if (micros <= 0) {
        issues.push_back(errorIssue(u"rate.not_positive"_s, ValidationText::tr("An exchange rate must be more than "
                                                                               "zero.")));
    }
    return validated(ExchangeRate{currency, micros, date}, std::move(issues));
}

ValidatedValue<PkrEquivalent> toPkr(const Money& amount, const ExchangeRate& rate) {
    if (amount.currency == kPkr) {
        return validated(PkrEquivalent{amount, amount, ExchangeRate{kPkr, kMicros, rate.date}}, {});
    }
    if (rate.currency != amount.currency) {
        return refused<PkrEquivalent>(
            {errorIssue(u"money.rate_currency"_s, ValidationText::tr("The exchange rate is for %1 but the amount is "
                                                                     "in %2.")
                                                      .arg(rate.currency, amount.currency))});
    }
    const int exponent = amount.exponent();
    if (rate.pkrMicros <= 0 || rate.pkrMicros > kMaxRateMicros || exponent < 0 || amount.minorUnits < 0) {
        return refused<PkrEquivalent>(
            {errorIssue(u"money.rate_invalid"_s, ValidationText::tr("The exchange rate or the amount is not valid, "
                                                                    "so no rupee equivalent can be computed."))});
    }
    // paisa = minor / 10^exponent * micros / 10^6 * 100, rounded half up, in exact integer arithmetic.
    const Int128 numerator = Int128(amount.minorUnits) * rate.pkrMicros * 100;
    const Int128 denominator = pow10(exponent) * kMicros;
    const Int128 paisa = (numerator + denominator / 2) / denominator;
    if (paisa > kMaxMinor) {
        return refused<PkrEquivalent>(
            {errorIssue(u"money.too_large"_s, ValidationText::tr("The rupee equivalent is too large to hold."))});
    }
    return validated(PkrEquivalent{amount, Money{qint64(paisa), kPkr}, rate}, {});
}

} // namespace caselink
