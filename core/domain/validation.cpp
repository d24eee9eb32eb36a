#include "domain/validation.h"

#include <algorithm>

namespace caselink {

bool hasErrors(const std::vector<Issue>& issues) {
    return std::ranges::any_of(issues, [](const Issue& i) { return i.severity == Severity::Error; });
}

bool hasIssue(const std::vector<Issue>& issues, QStringView code) {
    return std::ranges::any_of(issues, [code](const Issue& i) { return i.code == code; });
}

QStringList issueCodes(const std::vector<Issue>& issues) {
    QStringList codes;
    codes.reserve(qsizetype(issues.size()));
    for (const Issue& issue : issues) {
        codes.append(issue.code);
    }
    return codes;
}

QString errorMessages(const std::vector<Issue>& issues) {
    QStringList lines;
    for (const Issue& issue : issues) {
        if (issue.severity == Severity::Error) {
            lines.append(issue.message);
        }
    }
    return lines.join(u'\n');
}

} // namespace caselink
