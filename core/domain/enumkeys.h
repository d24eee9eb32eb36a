// The string keys that enums of the domain store, matching the schema's CHECK lists, looked up in both directions.
#pragma once

#include <optional>
#include <span>

#include <QString>
#include <QStringList>

namespace caselink {

template <typename E>
struct EnumKey {
    E value;
    const char* key;
};

template <typename E>
QString enumKey(std::span<const EnumKey<E>> table, E value) {
    for (const EnumKey<E>& entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

template <typename E>
std::optional<E> enumFromKey(std::span<const EnumKey<E>> table, const QString& key) {
    for (const EnumKey<E>& entry : table) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename E>
QStringList enumKeys(std::span<const EnumKey<E>> table) {
    QStringList out;
    for (const EnumKey<E>& entry : table) {
        out << QString::fromLatin1(entry.key);
    }
    return out;
}

} // namespace caselink
