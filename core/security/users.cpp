#include "security/users.h"

#include <array>
#include <utility>

#include <QCoreApplication>

namespace caselink {
namespace {
constexpr std::array<std::pair<Role, const char*>, 4> kRoles{{{Role::Administrator, "administrator"},
                                                              {Role::Investigator, "investigator"},
                                                              {Role::Supervisor, "supervisor"},
                                                              {Role::ProsecutorReader, "prosecutor_reader"}}};
} // namespace

QString roleKey(Role role) {
    for (const auto& [r, key] : kRoles) {
        if (r == role) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key) {
    for (const auto& [r, k] : kRoles) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0) {
            return r;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role) {
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("caselink::Role", "Administrator");
    case Role::Investigator:
        return QCoreApplication::translate("caselink::Role", "Investigator");
    case Role::Supervisor:
        return QCoreApplication::translate("caselink::Role", "Supervisor");
    case Role::ProsecutorReader:
        return QCoreApplication::translate("caselink::Role", "Prosecutor (read-only)");
    }
    return {};
}

QStringList roleKeys() {
    QStringList keys;
    for (const auto& entry : kRoles) {
        keys << QString::fromLatin1(entry.second);
    }
    return keys;
}

} // namespace caselink
