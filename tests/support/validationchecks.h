// Checks shared by the validation tests: a fixed "today", and the invariants every validated value must keep.
#pragma once

#include <QtTest>

#include "domain/textinput.h"
#include "domain/validation.h"

using namespace Qt::StringLiterals;

namespace caselink::test {

// "Today" for every test, so future-date and year-range rules do not depend on the clock.
inline const QDate kToday(2025, 6, 15);

inline QString withChar(const QString& before, char16_t c, const QString& after) {
    return before + QChar(c) + after;
}

// Every message must say something, and none may carry a raw direction control from the input: quoted input is
// made visible, so a hostile value cannot reorder the message it appears in.
inline QString messageProblem(const std::vector<Issue>& issues) {
    for (const Issue& issue : issues) {
        if (issue.message.isEmpty()) {
            return u"empty message for "_s + issue.code;
        }
        for (QChar ch : issue.message) {
            if (isBidiControl(ch.unicode()) || ch.isSurrogate()) {
                return u"raw control character in message for "_s + issue.code;
            }
        }
    }
    return {};
}

template <typename T>
QString invariantProblem(const ValidatedValue<T>& v) {
    if (v.hasErrors() == v.value.has_value()) {
        return u"value must be present exactly when there is no error"_s;
    }
    return messageProblem(v.issues);
}

} // namespace caselink::test

#define CHECK_INVARIANTS(v)                                                                                            \
    do {                                                                                                               \
        const QString problem = caselink::test::invariantProblem(v);                                                   \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                              \
    } while (false)
