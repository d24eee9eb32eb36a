#include "domain/link.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Link)
};

constexpr std::array<EnumKey<EntityKind>, 2> kKinds{{
    {EntityKind::Person, "PERSON"},
    {EntityKind::Organisation, "ORGANISATION"},
}};

constexpr std::array<EnumKey<LinkType>, 8> kTypes{{
    {LinkType::Recruited, "RECRUITED"},
    {LinkType::SubAgentOf, "SUB_AGENT_OF"},
    {LinkType::Paid, "PAID"},
    {LinkType::MemberOf, "MEMBER_OF"},
    {LinkType::Family, "FAMILY"},
    {LinkType::Associate, "ASSOCIATE"},
    {LinkType::TravelledWith, "TRAVELLED_WITH"},
    {LinkType::ArrestedTogether, "ARRESTED_TOGETHER"},
}};
} // namespace

QString entityKindKey(EntityKind kind) {
    return enumKey<EntityKind>(kKinds, kind);
}

std::optional<EntityKind> entityKindFromKey(const QString& key) {
    return enumFromKey<EntityKind>(kKinds, key);
}

QString linkTypeKey(LinkType type) {
    return enumKey<LinkType>(kTypes, type);
}

std::optional<LinkType> linkTypeFromKey(const QString& key) {
    return enumFromKey<LinkType>(kTypes, key);
}

QString linkTypeName(LinkType type) {
    switch (type) {
    case LinkType::Recruited:
        return Tr::tr("Recruited");
    case LinkType::SubAgentOf:
        return Tr::tr("Sub-agent of");
    case LinkType::Paid:
        return Tr::tr("Paid");
    case LinkType::MemberOf:
        return Tr::tr("Member of");
    case LinkType::Family:
        return Tr::tr("Family");
    case LinkType::Associate:
        return Tr::tr("Associate");
    case LinkType::TravelledWith:
        return Tr::tr("Travelled with");
    case LinkType::ArrestedTogether:
        return Tr::tr("Arrested together");
    }
    return {};
}

} // namespace caselink
