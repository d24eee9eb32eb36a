#include "demogenerator.h"

#include <array>

#include <QCoreApplication>

namespace caselink {
namespace {

struct DemoAccount {
    const char* username;
    const char* displayName;
    Role role;
    const char* office;
};

// One account per non-administrator role, in offices that show the organisation tree's levels.
constexpr std::array<DemoAccount, 3> kDemoAccounts{{
    {"demo.io", "Demo Investigating Officer", Role::Investigator, "GRW-AHTC"},
    {"demo.supervisor", "Demo Supervisor", Role::Supervisor, "CENTRAL"},
    {"demo.prosecutor", "Demo Prosecutor", Role::ProsecutorReader, "LHR-AHTC"},
}};

class DemoAccountsGenerator : public DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(caselink::DemoAccountsGenerator)

public:
    QString name() const override { return tr("demo accounts"); }

    Status populate(Session& session, const DemoSettings& settings) override {
        const SecureBytes password = SecureBytes::fromByteArray(QByteArray(kDemoPassword));
        for (const DemoAccount& account : kDemoAccounts) {
            NewUser user;
            user.username = QString::fromLatin1(account.username);
            user.displayName = QString::fromLatin1(account.displayName);
            user.role = account.role;
            user.officeCode = QString::fromLatin1(account.office);
            user.kdf = settings.kdf;
            if (const Status added = session.addUser(user, password); !added) {
                return added;
            }
        }
        return ok();
    }
};

} // namespace

std::optional<DemoScale> demoScaleFromKey(const QString& key) {
    if (key == QLatin1String("demo")) {
        return DemoScale::Demo;
    }
    return std::nullopt;
}

QStringList demoScaleKeys() {
    return {QStringLiteral("demo")};
}

std::vector<std::unique_ptr<DemoGenerator>> demoGenerators() {
    std::vector<std::unique_ptr<DemoGenerator>> generators;
    generators.push_back(std::make_unique<DemoAccountsGenerator>());
    return generators;
}

} // namespace caselink
