// Child process for test_crashsafety: unlocks a database and appends audit entries, one transaction each, printing
// "committed <seq>" only after each commit returned. The parent kills it with SIGKILL at a random moment.
#include <cstdio>

#include <QCoreApplication>

#include "testdatabase.h"

using namespace caselink;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_writer DATABASE\n");
        return 1;
    }
    auto session = Session::unlock(QString::fromLocal8Bit(argv[1]), test::kAdmin, test::secret(test::kAdminPassword));
    if (!session) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(session.error().message));
        return 2;
    }
    std::fprintf(stdout, "ready\n");
    std::fflush(stdout);
    const QString padding(200, QLatin1Char('x')); // spread writes over several pages
    for (int i = 0;; ++i) {
        Transaction tx((*session)->database());
        if (!tx.begin()) {
            return 3;
        }
        auto seq =
            (*session)->audit().append((*session)->actor(), QStringLiteral("crash.write"), QStringLiteral("test"),
                                       QString::number(i), QJsonObject{{QLatin1String("pad"), padding}});
        if (!seq || !tx.commit()) {
            return 4;
        }
        std::fprintf(stdout, "committed %lld\n", static_cast<long long>(*seq));
        std::fflush(stdout);
    }
}
