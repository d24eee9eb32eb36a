#include "security/recoverykey.h"

#include <cstring>

#include "crypto/crypto.h"

namespace caselink {
namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr int kChars = 32;                                       // 160 bits
constexpr int kGroup = 4;

QString grouped(const QString& chars) {
    QString out;
    for (int i = 0; i < chars.size(); ++i) {
        if (i > 0 && i % kGroup == 0) {
            out += QLatin1Char('-');
        }
        out += chars.at(i);
    }
    return out;
}
} // namespace

QString generateRecoveryKey() {
    const SecureBytes random = crypto::randomSecret(kChars * 5 / 8);
    QString chars;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < random.size(); ++i) {
        buffer = (buffer << 8) | random.data()[i];
        bits += 8;
        while (bits >= 5) {
            chars += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    return grouped(chars);
}

std::optional<QString> normaliseRecoveryKey(const QString& typed) {
    QString chars;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace()) {
            continue;
        }
        if (c == QLatin1Char('O')) {
            c = QLatin1Char('0');
        } else if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
            c = QLatin1Char('1');
        }
        if (c.unicode() > 127 || !std::strchr(kAlphabet, static_cast<char>(c.unicode()))) {
            return std::nullopt;
        }
        chars += c;
    }
    if (chars.size() != kChars) {
        return std::nullopt;
    }
    return grouped(chars);
}

SecureBytes recoveryKeySecret(const QString& canonicalKey) {
    return SecureBytes::fromUtf8(canonicalKey);
}

} // namespace caselink
