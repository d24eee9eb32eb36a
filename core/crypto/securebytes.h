// A byte buffer for key material: wiped with OPENSSL_cleanse whenever it is released or resized, never implicitly
// copied, never converted to QString (so it cannot reach a log line by accident).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <QByteArray>

namespace caselink {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const std::uint8_t* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    static SecureBytes fromUtf8(const QString& text);
    static SecureBytes fromByteArray(const QByteArray& bytes);
    // A deliberate copy, spelled out so that copies of secrets stay visible in review.
    SecureBytes clone() const;

    std::uint8_t* data() { return m_data.data(); }
    const std::uint8_t* data() const { return m_data.data(); }
    std::size_t size() const { return m_data.size(); }
    bool isEmpty() const { return m_data.empty(); }
    std::span<const std::uint8_t> span() const { return m_data; }
    void append(std::span<const std::uint8_t> bytes);
    void clear();
    bool operator==(const SecureBytes& other) const;

private:
    std::vector<std::uint8_t> m_data;
};

} // namespace caselink
