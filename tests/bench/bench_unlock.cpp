// Unlock cost with the default Argon2id parameters, split into the key derivation and everything else (slot
// unwrapping, opening SQLCipher with the raw key, migrations check, user context, audit entry).
#include <cstdio>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "benchutil.h"
#include "crypto/crypto.h"
#include "storage/keyslots.h"
#include "testdatabase.h"

using namespace caselink;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 7;
    const crypto::Argon2Params params = defaultKdfParams();
    QTemporaryDir dir;
    CreateOptions options;
    options.path = dir.filePath(QStringLiteral("bench.caselink"));
    options.adminUsername = test::kAdmin;
    options.kdf = params;
    if (!Session::create(options, test::secret(test::kAdminPassword))) {
        std::fprintf(stderr, "create failed\n");
        return 1;
    }
    std::printf("Argon2id parameters: t=%u, m=%u KiB, p=%u; %d runs\n", params.timeCost, params.memoryKiB,
                params.parallelism, runs);
    const SecureBytes password = test::secret(test::kAdminPassword);
    const QByteArray salt = crypto::randomBytes(16);
    const auto kdf = bench::measure(runs, [&] { (void)crypto::argon2id(password, salt, params); });
    const auto unlock = bench::measure(runs, [&] {
        auto session = Session::unlock(options.path, test::kAdmin, password);
        if (!session) {
            std::fprintf(stderr, "unlock failed\n");
            std::exit(1);
        }
    });
    // The rest of an unlock, measured on its own: open SQLCipher with the raw data key and prove it.
    auto keys = KeyslotFile::load(options.path + QStringLiteral("-keys"));
    auto dataKey = keys->unlock(*keys->findUser(test::kAdmin), password);
    const auto open = bench::measure(runs * 4, [&] {
        auto db = Database::open(options.path, *dataKey, Database::Mode::ReadWrite);
        if (!db || !db->scalar(QStringLiteral("SELECT count(*) FROM users"))) {
            std::fprintf(stderr, "open failed\n");
            std::exit(1);
        }
    });
    bench::printRow("Argon2id key derivation", kdf);
    bench::printRow("unlock, whole (derivation + open + audit)", unlock);
    bench::printRow("open with the raw data key (no KDF)", open);
    return 0;
}
