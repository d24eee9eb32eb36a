#include "crypto/securebytes.h"

#include <cstring>

#include <openssl/crypto.h>

#include <QString>

namespace caselink {

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size, 0) {
}

SecureBytes::SecureBytes(const std::uint8_t* data, std::size_t size)
    : m_data(data, data + size) {
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data)) {
    other.m_data.clear();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        other.m_data.clear();
    }
    return *this;
}

SecureBytes SecureBytes::fromUtf8(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(reinterpret_cast<const std::uint8_t*>(utf8.constData()), static_cast<std::size_t>(utf8.size()));
    OPENSSL_cleanse(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return out;
}

SecureBytes SecureBytes::fromByteArray(const QByteArray& bytes) {
    return SecureBytes(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
}

SecureBytes SecureBytes::clone() const {
    return SecureBytes(m_data.data(), m_data.size());
}

void SecureBytes::append(std::span<const std::uint8_t> bytes) {
    // Growing could reallocate and leave a stale copy behind; move through a wiped buffer instead.
    std::vector<std::uint8_t> grown;
    grown.reserve(m_data.size() + bytes.size());
    grown.insert(grown.end(), m_data.begin(), m_data.end());
    grown.insert(grown.end(), bytes.begin(), bytes.end());
    clear();
    m_data = std::move(grown);
}

void SecureBytes::clear() {
    if (!m_data.empty()) {
        OPENSSL_cleanse(m_data.data(), m_data.size());
    }
    m_data.clear();
    m_data.shrink_to_fit();
}

bool SecureBytes::operator==(const SecureBytes& other) const {
    return m_data.size() == other.m_data.size() &&
           CRYPTO_memcmp(m_data.data(), other.m_data.data(), m_data.size()) == 0;
}

} // namespace caselink
