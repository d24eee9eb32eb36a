#include "domain/redbook.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RedBook)
};

constexpr std::array<EnumKey<RedBookStatus>, 5> kStatuses{{
    {RedBookStatus::Wanted, "WANTED"},
    {RedBookStatus::Arrested, "ARRESTED"},
    {RedBookStatus::Abroad, "ABROAD"},
    {RedBookStatus::Deceased, "DECEASED"},
    {RedBookStatus::Removed, "REMOVED"},
}};
} // namespace

QString redBookStatusKey(RedBookStatus status) {
    return enumKey<RedBookStatus>(kStatuses, status);
}

std::optional<RedBookStatus> redBookStatusFromKey(const QString& key) {
    return enumFromKey<RedBookStatus>(kStatuses, key);
}

QString redBookStatusName(RedBookStatus status) {
    switch (status) {
    case RedBookStatus::Wanted:
        return Tr::tr("Wanted");
    case RedBookStatus::Arrested:
        return Tr::tr("Arrested");
    case RedBookStatus::Abroad:
        return Tr::tr("Abroad");
    case RedBookStatus::Deceased:
        return Tr::tr("Deceased");
    case RedBookStatus::Removed:
        return Tr::tr("Removed from the list");
    }
    return {};
}

} // namespace caselink
