// Fills a new synthetic demo database. Each generator adds one kind of data; the accounts come first, and later
// issues plug case, person and arrest generators into demoGenerators().
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "security/crypto.h"
#include "security/session.h"
#include "util/result.h"

namespace caselink {

// "demo": a handful of records to click through. A benchmark scale will join it.
enum class DemoScale { Demo };

std::optional<DemoScale> demoScaleFromKey(const QString& key);
QStringList demoScaleKeys();

struct DemoSettings {
    DemoScale scale = DemoScale::Demo;
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
