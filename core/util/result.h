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

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message) {
    return std::unexpected<Error>(Error{code, std::move(message)});
}

inline Status ok() {
    return {};
}

} // namespace caselink
