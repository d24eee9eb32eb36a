// Fills a new synthetic demo database: the demo accounts first, then the core synthetic generator's cases, persons,
// arrests and networks at the chosen scale and seed.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

#include "crypto/crypto.h"
#include "security/session.h"
#include "synthetic/syntheticgenerator.h"
#include "util/result.h"

namespace caselink {

// demo: a believable national dataset for 2023-2025; national and large: benchmark sizes.
using DemoScale = SyntheticScale;

std::optional<DemoScale> demoScaleFromKey(const QString& key);
QStringList demoScaleKeys();

struct DemoSettings {
    DemoScale scale = DemoScale::Demo;
    std::uint64_t seed = 20250101;
    QDate today;                                   // the day the cases' lives run up to; invalid: today in Pakistan
    crypto::Argon2Params kdf = defaultKdfParams(); // for the demo accounts' keyslots
};

// Documented in the README and in 'demo --help': the demo database holds synthetic data only, so its password is
// public on purpose.
inline constexpr char kDemoAdminUsername[] = "demo.admin";
inline constexpr char kDemoPassword[] = "demo-password-2025";

class DemoGenerator {
public:
    virtual ~DemoGenerator() = default;
    virtual QString name() const = 0; // for progress and error messages
    // Runs signed in as the demo administrator; everything it writes goes through the audited core API.
    virtual Status populate(Session& session, const DemoSettings& settings) = 0;
};

// In the order they run; a generator may rely on what earlier ones created.
std::vector<std::unique_ptr<DemoGenerator>> demoGenerators();

} // namespace caselink
