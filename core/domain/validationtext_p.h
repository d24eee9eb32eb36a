// The translation context shared by the domain validators, so translators see all validation messages together.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/validation.h"

namespace caselink {

class ValidationText {
    Q_DECLARE_TR_FUNCTIONS(caselink::ValidationText)
};

inline Issue errorIssue(QString code, QString message) {
    return Issue{Severity::Error, std::move(code), std::move(message)};
}

inline Issue warningIssue(QString code, QString message) {
    return Issue{Severity::Warning, std::move(code), std::move(message)};
}

} // namespace caselink
