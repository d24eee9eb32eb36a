// A payment in a smuggling case: who paid whom, the amount as stated in its currency, the exact PKR equivalent at
// the recorded rate, the channel, and the payment it is an instalment of.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/money.h"

namespace caselink {

enum class PaymentChannel { Cash, Bank, HawalaHundi, MobileWallet, Other };
QString paymentChannelKey(PaymentChannel channel); // "CASH", "BANK", "HAWALA_HUNDI", "MOBILE_WALLET", "OTHER"
std::optional<PaymentChannel> paymentChannelFromKey(const QString& key);
QString paymentChannelName(PaymentChannel channel); // translated

// What an officer types: the amount as written ("25 lakh", "EUR 8,000") and the rate as the source gave it.
struct PaymentDraft {
    QString id; // empty: a new one
    QString caseId;
    QString payerPersonId; // usually the victim or the family
    QString payeePersonId;
    QString amountText;
    QString currency = QStringLiteral("PKR"); // applies when amountText names none
    QDate paidOn;
    QString rateText; // rupees per unit of a foreign currency; empty when unknown or for PKR
    PaymentChannel channel = PaymentChannel::Cash;
    QString instalmentOf; // the payment (same case) this one is an instalment of
    QString fmuReference; // FMU / goAML dissemination reference
};

struct Payment {
    QString id;
    QString caseId;
    QString payerPersonId;
    QString payeePersonId;
    Money amount;
    QDate paidOn;
    std::optional<Money> pkr; // exact PKR equivalent, absent when no rate is known
    qint64 rateMicros = 0;    // PKR per unit x 1,000,000 as recorded; 0 when none
    PaymentChannel channel = PaymentChannel::Cash;
    QString instalmentOf;
    QString fmuReference;
};

struct PaymentTotals {
    qint64 pkrMinor = 0; // sum of the PKR equivalents, paisa
    int payments = 0;
    int withoutPkr = 0; // payments whose equivalent is unknown (no rate): not in pkrMinor
};

} // namespace caselink
