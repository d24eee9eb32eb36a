// A rough password strength estimate for feedback while an administrator chooses a password. It is advice, not a
// policy: the only hard rule (minimum length) is enforced by the caller.
#pragma once

#include <QString>

namespace caselink {

struct PasswordStrength {
    enum class Level { TooShort, Weak, Fair, Good, Strong };
    Level level = Level::TooShort;
    int bits = 0; // estimated entropy in bits
};

inline constexpr int minimumPasswordLength = 10;

PasswordStrength estimatePasswordStrength(const QString& password);
QString passwordStrengthText(PasswordStrength::Level level); // translated
int passwordStrengthPercent(PasswordStrength::Level level);

} // namespace caselink
