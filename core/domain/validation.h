// The outcome of validating one user-entered value: the normalised value plus every problem found, each an error
// (the value is refused) or a warning (the value is kept, the officer should look again).
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QString>
#include <QStringList>

#include "util/result.h"

namespace caselink {

enum class Severity { Error, Warning };

struct Issue {
    Severity severity = Severity::Error;
    QString code;    // stable and machine-readable, e.g. "cnic.length"; the UI and tests key on it
    QString message; // translated, says what is wrong and what is expected
};

bool hasErrors(const std::vector<Issue>& issues);
bool hasIssue(const std::vector<Issue>& issues, QStringView code);
QStringList issueCodes(const std::vector<Issue>& issues);
// Every error message on its own line, for callers that report one Error.
QString errorMessages(const std::vector<Issue>& issues);

// Invariant kept by every validator: value is set exactly when there is no error, so a caller that checks ok()
// can never store a refused value, and warnings never cost the officer the value they typed.
template <typename T>
struct ValidatedValue {
    std::optional<T> value;
    std::vector<Issue> issues;

    bool ok() const { return value.has_value() && !caselink::hasErrors(issues); }
    bool hasErrors() const { return caselink::hasErrors(issues); }
    bool hasWarnings() const { return value.has_value() && !issues.empty(); }
    bool hasIssue(QStringView code) const { return caselink::hasIssue(issues, code); }
    QStringList codes() const { return issueCodes(issues); }

    // Bridges to the Result type of the rest of core; warnings are dropped, so use it only where they do not matter.
    Result<T> toResult() const {
        if (ok()) {
            return *value;
        }
        return fail(ErrorCode::Input, errorMessages(issues));
    }
};

// Builds a ValidatedValue that respects the invariant: the value is dropped when any issue is an error.
template <typename T>
ValidatedValue<T> validated(T value, std::vector<Issue> issues) {
    ValidatedValue<T> result;
    if (!caselink::hasErrors(issues)) {
        result.value = std::move(value);
    }
    result.issues = std::move(issues);
    return result;
}

template <typename T>
ValidatedValue<T> refused(std::vector<Issue> issues) {
    ValidatedValue<T> result;
    result.issues = std::move(issues);
    return result;
}

} // namespace caselink
