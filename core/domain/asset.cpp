#include "domain/asset.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Asset)
};

constexpr std::array<EnumKey<AssetAction>, 3> kActions{{
    {AssetAction::Seized, "SEIZED"},
    {AssetAction::Frozen, "FROZEN"},
    {AssetAction::Attached, "ATTACHED"},
}};
} // namespace

QString assetActionKey(AssetAction action) {
    return enumKey<AssetAction>(kActions, action);
}

std::optional<AssetAction> assetActionFromKey(const QString& key) {
    return enumFromKey<AssetAction>(kActions, key);
}

QString assetActionName(AssetAction action) {
    switch (action) {
    case AssetAction::Seized:
        return Tr::tr("Seized");
    case AssetAction::Frozen:
        return Tr::tr("Frozen");
    case AssetAction::Attached:
        return Tr::tr("Attached");
    }
    return {};
}

} // namespace caselink
