// Insert throughput through the storage layer (prepared statement, bound parameters, batched transactions),
// SQLCipher-encrypted against the same code on an unencrypted database, in the same run.
#include <cstdio>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "benchutil.h"
#include "crypto/crypto.h"
#include "storage/database.h"

using namespace caselink;

namespace {

double insertRate(const QString& path, const SecureBytes& key, int rows, int batch) {
    auto db = Database::open(path, key, Database::Mode::Create);
    if (!db || !db->exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                                        "CREATE TABLE persons (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                                        "father TEXT NOT NULL, cnic TEXT, district TEXT) STRICT; "
                                        "CREATE INDEX persons_cnic ON persons(cnic)"))) {
        std::fprintf(stderr, "setup failed\n");
        std::exit(1);
    }
    auto insert = db->prepare(QStringLiteral("INSERT INTO persons VALUES (?, ?, ?, ?, ?)"));
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < rows;) {
        Transaction tx(*db);
        (void)tx.begin();
        for (int i = 0; i < batch && done < rows; ++i, ++done) {
            insert->reset();
            insert->bind(1, QStringLiteral("00000000-0000-4000-8000-%1").arg(done, 12, 10, QLatin1Char('0')))
                .bind(2, QStringLiteral("Synthetic Person %1").arg(done))
                .bind(3, QStringLiteral("Synthetic Father %1").arg(done % 977))
                .bind(4, QStringLiteral("35202%1").arg(done % 10000000, 8, 10, QLatin1Char('0')))
                .bind(5, QStringLiteral("Gujranwala"));
            (void)insert->run();
        }
        (void)tx.commit();
    }
    return rows / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 200000;
    const int batch = 1000;
    const int runs = 3;
    std::printf("%d rows in transactions of %d, synchronous=FULL, WAL; best of %d runs\n", rows, batch, runs);
    double encrypted = 0;
    double plain = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        // Alternate the order so neither side always gets the warmer cache.
        const bool encryptedFirst = run % 2 == 0;
        for (int side = 0; side < 2; ++side) {
            const bool enc = (side == 0) == encryptedFirst;
            const QString path = dir.filePath(enc ? QStringLiteral("enc.caselink") : QStringLiteral("plain.sqlite"));
            const double rate = insertRate(path, enc ? crypto::randomSecret(32) : SecureBytes(), rows, batch);
            (enc ? encrypted : plain) = std::max(enc ? encrypted : plain, rate);
        }
    }
    std::printf("%-30s %12.0f rows/s\n", "SQLCipher (encrypted)", encrypted);
    std::printf("%-30s %12.0f rows/s\n", "same code, unencrypted", plain);
    std::printf("%-30s %12.2f  (encrypted costs %.0f%% more time)\n", "unencrypted / encrypted", plain / encrypted,
                (plain / encrypted - 1) * 100);
    return 0;
}
