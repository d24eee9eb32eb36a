#include "demogenerator.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include "console.h"
#include "security/accountadmin.h"

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
            if (const Status added = AccountAdmin(session).addUser(user, password); !added) {
                return added;
            }
        }
        return ok();
    }
};

// Cases, persons, arrests, networks and the Red Book through the core generator, with progress on stderr.
class SyntheticDataGenerator : public DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(caselink::SyntheticDataGenerator)

public:
    QString name() const override { return tr("synthetic case data"); }

    Status populate(Session& session, const DemoSettings& settings) override {
        SyntheticOptions options;
        options.scale = settings.scale;
        options.seed = settings.seed;
        options.investigatorAccount = QString::fromLatin1(kDemoAccounts[0].username); // demo.io has cases of their own
        // The demo opens on cases at every stage as of the day it is created: deadlines fall due from then on.
        options.today =
            settings.today.isValid()
                ? settings.today
                : QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Karachi"))).date();
        std::int64_t lastShown = 0;
        options.progress = [&lastShown](std::int64_t done, std::int64_t total) {
            if (done - lastShown >= std::max<std::int64_t>(total / 20, 10000) || done == total) {
                std::fprintf(stderr, "\r%lld / ~%lld rows", static_cast<long long>(done),
                             static_cast<long long>(total));
                std::fflush(stderr);
                lastShown = done;
            }
            return true;
        };
        Result<SyntheticReport> report = SyntheticGenerator(session).run(options);
        if (!report) {
            return std::unexpected(report.error());
        }
        std::fprintf(stderr, "\n");
        const auto rows = [&](const char* table) {
            return report->rows[QString::fromLatin1(table)];
        };
        const double seconds = std::max(report->seconds, 0.001);
        Console::message(tr("Synthetic data (scale %1, seed %2): %3 persons, %4 cases, %5 arrests, %6 links; %7 rows "
                            "in %8 s (%9 rows/s).")
                             .arg(syntheticScaleKey(settings.scale))
                             .arg(settings.seed)
                             .arg(rows("persons"))
                             .arg(rows("cases"))
                             .arg(rows("arrests"))
                             .arg(rows("links"))
                             .arg(report->totalRows)
                             .arg(report->seconds, 0, 'f', 1)
                             .arg(static_cast<qint64>(static_cast<double>(report->totalRows) / seconds)));
        return ok();
    }
};

} // namespace

std::optional<DemoScale> demoScaleFromKey(const QString& key) {
    return syntheticScaleFromKey(key);
}

QStringList demoScaleKeys() {
    return syntheticScaleKeys();
}

std::vector<std::unique_ptr<DemoGenerator>> demoGenerators() {
    std::vector<std::unique_ptr<DemoGenerator>> generators;
    generators.push_back(std::make_unique<DemoAccountsGenerator>());
    generators.push_back(std::make_unique<SyntheticDataGenerator>());
    return generators;
}

} // namespace caselink
