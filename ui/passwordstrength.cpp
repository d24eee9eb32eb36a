#include "passwordstrength.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QSet>

namespace caselink {

PasswordStrength estimatePasswordStrength(const QString& password) {
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        distinct.insert(c);
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeated characters add little: count the length as if it were made of distinct characters at most twice.
    const auto effectiveLength = std::min<qsizetype>(password.size(), distinct.size() * 2);
    const double bits = pool > 0 ? static_cast<double>(effectiveLength) * std::log2(pool) : 0.0;

    PasswordStrength result;
    result.bits = static_cast<int>(bits);
    if (password.size() < minimumPasswordLength) {
        result.level = PasswordStrength::Level::TooShort;
    } else if (bits < 50) {
        result.level = PasswordStrength::Level::Weak;
    } else if (bits < 65) {
        result.level = PasswordStrength::Level::Fair;
    } else if (bits < 80) {
        result.level = PasswordStrength::Level::Good;
    } else {
        result.level = PasswordStrength::Level::Strong;
    }
    return result;
}

QString passwordStrengthText(PasswordStrength::Level level) {
    switch (level) {
    case PasswordStrength::Level::TooShort:
        return QCoreApplication::translate("caselink::PasswordStrength", "Too short (at least %1 characters)")
            .arg(minimumPasswordLength);
    case PasswordStrength::Level::Weak:
        return QCoreApplication::translate("caselink::PasswordStrength", "Weak");
    case PasswordStrength::Level::Fair:
        return QCoreApplication::translate("caselink::PasswordStrength", "Fair");
    case PasswordStrength::Level::Good:
        return QCoreApplication::translate("caselink::PasswordStrength", "Good");
    case PasswordStrength::Level::Strong:
        break;
    }
    return QCoreApplication::translate("caselink::PasswordStrength", "Strong");
}

int passwordStrengthPercent(PasswordStrength::Level level) {
    switch (level) {
    case PasswordStrength::Level::TooShort:
        return 5;
    case PasswordStrength::Level::Weak:
        return 25;
    case PasswordStrength::Level::Fair:
        return 50;
    case PasswordStrength::Level::Good:
        return 75;
    case PasswordStrength::Level::Strong:
        break;
    }
    return 100;
}

} // namespace caselink
