// Fills a synthetic database with a believable national dataset (demo) or a large one for benchmarks. Seeded and
// deterministic: the same seed and scale give the same content. Writes straight into the schema in large batches
// and records one audit entry per run.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

#include "security/session.h"
#include "util/result.h"

namespace caselink {

enum class SyntheticScale {
    Tiny,     // a few hundred cases, for tests
    Demo,     // 2023-2025, about 1,770 arrests in 2025 and 3,300 in 2024, Red Book editions, the Pylos shipwreck
    National, // about 100,000 persons, for quick benchmarks
    Large,    // 1,000,000 persons, 200,000 cases, 500,000 arrests, 3,000,000 links
};

std::optional<SyntheticScale> syntheticScaleFromKey(const QString& key);
QString syntheticScaleKey(SyntheticScale scale);
QStringList syntheticScaleKeys();

struct SyntheticOptions {
    SyntheticScale scale = SyntheticScale::Demo;
    std::uint64_t seed = 20250101;
    // The Pakistani day the data is generated as of: every case is at the stage of its life it would have reached by
    // then (old cases tried and decided, the few recent ones with open deadlines), and when today is past 2025 the
    // years of cases move with it. Invalid: 15 December 2025, the day the demo statistics describe.
    QDate today;
    // An existing account (its username) made the holder of the first investigator post of its office, so it is the
    // IO of cases there (the demo's investigator); empty for none.
    QString investigatorAccount;
    int batchRows = 10000; // rows per transaction
    // Called after every batch with rows written and the expected total; returning false cancels the run.
    std::function<bool(std::int64_t done, std::int64_t total)> progress;
};

struct SyntheticReport {
    enum class Outcome { Completed, Cancelled };
    Outcome outcome = Outcome::Completed;
    std::map<QString, std::int64_t> rows; // per table, committed rows
    std::int64_t totalRows = 0;           // committed rows in all tables
    double seconds = 0;
};

class SyntheticGenerator {
public:
    explicit SyntheticGenerator(Session& session);

    // Refuses a database that is not marked synthetic or that already holds cases.
    Result<SyntheticReport> run(const SyntheticOptions& options);

private:
    Session& m_session;
};

} // namespace caselink
