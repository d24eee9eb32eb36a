// The result type every fallible core call returns: a value, or an error with a machine code and a translated,
// user-facing message. No exception crosses a core API boundary.
#pragma once

#include <expected>
#include <utility>

#include <QString>

namespace caselink {

enum class ErrorCode {
    Usage,          // the caller asked for something that makes no sense
    Authentication, // wrong password, unknown user, revoked slot, throttled
    Integrity,      // damaged or tampered files, broken audit chain
    Input,          // bad user input (validation)
    Io,             // file system problems
    NotFound,
    Conflict,   // already exists
    Permission, // the role does not allow it
    Busy,       // another connection (another window or command) holds the lock longer than we wait
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// [[nodiscard]] so that the compiler finds every outcome a caller drops: an ignored Status is a failure nobody hears
// of. Where ignoring is meant, the caller writes (void) and says why.
template <typename T>
class [[nodiscard]] Result : public std::expected<T, Error> {
public:
    using std::expected<T, Error>::expected;
    Result(std::expected<T, Error> other) // NOLINT(google-explicit-constructor): results of monadic operations
        : std::expected<T, Error>(std::move(other)) {}
};

class [[nodiscard]] Status : public std::expected<void, Error> {
public:
    using std::expected<void, Error>::expected;
    Status(std::expected<void, Error> other) // NOLINT(google-explicit-constructor)
        : std::expected<void, Error>(std::move(other)) {}
};

inline std::unexpected<Error> fail(ErrorCode code, QString message) {
    return std::unexpected<Error>(Error{code, std::move(message)});
}

inline Status ok() {
    return {};
}

} // namespace caselink
