#include "domain/payment.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Payment)
};

constexpr std::array<EnumKey<PaymentChannel>, 5> kChannels{{
    {PaymentChannel::Cash, "CASH"},
    {PaymentChannel::Bank, "BANK"},
    {PaymentChannel::HawalaHundi, "HAWALA_HUNDI"},
    {PaymentChannel::MobileWallet, "MOBILE_WALLET"},
    {PaymentChannel::Other, "OTHER"},
}};
} // namespace

QString paymentChannelKey(PaymentChannel channel) {
    return enumKey<PaymentChannel>(kChannels, channel);
}

std::optional<PaymentChannel> paymentChannelFromKey(const QString& key) {
    return enumFromKey<PaymentChannel>(kChannels, key);
}

QString paymentChannelName(PaymentChannel channel) {
    switch (channel) {
    case PaymentChannel::Cash:
        return Tr::tr("Cash");
    case PaymentChannel::Bank:
        return Tr::tr("Bank transfer");
    case PaymentChannel::HawalaHundi:
        return Tr::tr("Hawala / hundi");
    case PaymentChannel::MobileWallet:
        return Tr::tr("Mobile wallet");
    case PaymentChannel::Other:
        return Tr::tr("Other");
    }
    return {};
}

} // namespace caselink
