// Amounts of money as victims and FIRs state them (lakh, crore, Urdu unit words, foreign currencies), held as
// integer minor units so no amount is ever rounded by floating point.
#pragma once

#include <QDate>
#include <QString>

#include "domain/validation.h"

namespace caselink {

struct Money {
    qint64 minorUnits = 0; // paisa, cents, dirhams of a dinar...: 10^exponent per unit of currency
    QString currency;      // ISO 4217

    int exponent() const { return currencyExponent(currency); }
    QString display() const; // "PKR 2,500,000", "LYD 1,500.250"

    friend bool operator==(const Money&, const Money&) = default;

    // Digits after the decimal point for a currency CaseLink knows, -1 otherwise.
    static int currencyExponent(const QString& code);
};

// Reads amounts like "25 lakh", "2.5 lakh", "Rs. 4,200,000/-", "PKR 42,00,000", "1.2 crore", "1 crore 25 lakh",
// "25 لاکھ" (Urdu digits too), "€ 8,000", "EUR 8000", "USD 5,000", "$5000", "AED 20,000". Western (4,200,000) and
// South Asian (42,00,000) grouping are both accepted. Without a currency in the text, defaultCurrency applies (the
// form's currency field). Errors: money.empty, money.invalid_character, money.negative, money.format,
// money.grouping, money.ambiguous_separator (8.000 may be eight thousand in European writing), money.unknown_word,
// money.unknown_currency, money.currency_conflict, money.ambiguous_symbol, money.precision (finer than the minor
// unit), money.too_large, money.zero and the codes of checkIdentifierText.
ValidatedValue<Money> validateMoney(const QString& input, const QString& defaultCurrency = QStringLiteral("PKR"));

// Rupees per one unit of a foreign currency on a date, as the caller's source gave it (bank, SBP, the victim's
// statement). Held in millionths of a rupee so the rate as written is kept exactly.
struct ExchangeRate {
    QString currency;
    qint64 pkrMicros = 0; // PKR per unit x 1,000,000
    QDate date;

    QString display() const; // "1 EUR = 302.45 PKR (14-06-2023)"

    friend bool operator==(const ExchangeRate&, const ExchangeRate&) = default;
};

// Parses "302.45" (up to six decimals, commas allowed). Errors: rate.currency, rate.format, rate.not_positive,
// rate.precision, rate.too_large, rate.date.
ValidatedValue<ExchangeRate> parseExchangeRate(const QString& currency, const QString& pkrPerUnit, QDate date);

struct PkrEquivalent {
    Money original;
    Money pkr;
    ExchangeRate rate; // kept with the result so the conversion can be shown and checked later
};

// Converts at the given rate, rounding half up to the paisa. A PKR amount converts to itself at rate 1 on the
// rate's date. Errors: money.rate_currency (rate for another currency), money.rate_invalid, money.too_large.
ValidatedValue<PkrEquivalent> toPkr(const Money& amount, const ExchangeRate& rate);

} // namespace caselink
