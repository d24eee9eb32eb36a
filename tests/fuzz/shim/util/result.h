// Fuzz builds only (clang 14): libstdc++ 12's std::expected needs conditionally trivial special members, which
// clang gets in version 16. This stand-in keeps the interface the readers use (core/util/result.h) with the same
// ErrorCode and Error, so the reader sources compile unchanged.
#pragma once

#include <expected> // std::unexpected (compiles with clang 14)
#include <optional>
#include <utility>

#include <QString>

namespace caselink {

enum class ErrorCode { Usage, Authentication, Integrity, Input, Io, NotFound, Conflict, Permission, Internal };

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

template <typename T>
class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    template <typename U>
    requires std::is_constructible_v<T, U&&> &&(!std::is_same_v<std::remove_cvref_t<U>, Result>)Result(U&& value)
        : m_value(T(std::forward<U>(value))) {}
    template <typename E>
    Result(std::unexpected<E> error)
        : m_error(Error(std::move(error.error()))) {}
    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return has_value(); }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }
    T value_or(T other) const { return m_value ? *m_value : other; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class Result<void> {
public:
    Result() = default;
    template <typename E>
    Result(std::unexpected<E> error)
        : m_ok(false)
        , m_error(Error(std::move(error.error()))) {}
    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

inline std::unexpected<Error> fail(ErrorCode code, QString message) {
    return std::unexpected<Error>(Error{code, std::move(message)});
}

inline Status ok() {
    return {};
}

} // namespace caselink
