// The recovery key: 160 random bits shown once at creation as 8 groups of 4 Crockford base32 characters, easy to
// print, write down and type back (case, spaces and the letters I, L, O are forgiven).
#pragma once

#include <optional>

#include <QString>

#include "crypto/securebytes.h"

namespace caselink {

QString generateRecoveryKey();
// Canonical form (upper case, grouped) or nullopt when it cannot be a recovery key.
std::optional<QString> normaliseRecoveryKey(const QString& typed);
// The secret bytes the recovery slot's KDF consumes.
SecureBytes recoveryKeySecret(const QString& canonicalKey);

} // namespace caselink
