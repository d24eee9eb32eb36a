// Dashboard refresh on a scale database: every statistics aggregate (StatisticsQuery::all, as the dashboard and the
// CLI run it), and each aggregate against a plain GROUP BY over its fact table scanned without indexes (NOT INDEXED),
// in the same run. Budget (DESIGN.md): dashboard aggregates under 100 ms.
// Usage: CASELINK_PASSWORD=... bench_statistics DATABASE USER [--writable|--read-only] [TABLE,TABLE...]
//   --writable unlocks for writing, which applies pending migrations: use it on your own copy only, never on the
//   shared bench database.
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "analysis/statistics.h"
#include "benchutil.h"
#include "repo/aggregatesupport.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "storage/database.h"

using namespace caselink;

namespace {

// The naive form of each aggregate: the fact table read in full, grouped, with the same scope test.
QString baselineSql(const QString& id, const Scope& scope) {
    const QString visible = scope.caseVisible(QStringLiteral("c"));
    if (id == u"arrests_month" || id == u"arrests_yoy") {
        return QStringLiteral("SELECT substr(a.arrested_at, 1, 7), a.category, count(*) FROM arrests a NOT INDEXED "
                              "JOIN cases c ON c.id = a.case_id WHERE %1 GROUP BY 1, 2")
            .arg(visible);
    }
    if (id == u"arrests_zone" || id == u"arrests_circle") {
        return QStringLiteral("SELECT a.arresting_office_id, a.category, count(*) FROM arrests a NOT INDEXED JOIN "
                              "cases c ON c.id = a.case_id WHERE %1 GROUP BY 1, 2")
            .arg(visible);
    }
    if (id == u"pipeline" || id == u"challans") {
        return QStringLiteral("SELECT c.status, count(*) FROM cases c NOT INDEXED WHERE %1 GROUP BY 1").arg(visible);
    }
    if (id.startsWith(QLatin1String("victims_")) || id == u"partner_routes") {
        return QStringLiteral("SELECT cp.role, count(*) FROM case_persons cp NOT INDEXED JOIN cases c ON c.id = "
                              "cp.case_id WHERE %1 GROUP BY 1")
            .arg(visible);
    }
    if (id == u"fees_route") {
        return QStringLiteral("SELECT c.route_code, count(*), total(p.pkr_minor) FROM payments p NOT INDEXED JOIN "
                              "cases c ON c.id = p.case_id WHERE %1 GROUP BY 1")
            .arg(visible);
    }
    if (id == u"assets") {
        return QStringLiteral("SELECT s.action, count(*), total(s.value_pkr) FROM assets s NOT INDEXED JOIN cases c ON "
                              "c.id = s.case_id WHERE %1 GROUP BY 1")
            .arg(visible);
    }
    return QStringLiteral("SELECT e.status, count(*) FROM red_book_entries e NOT INDEXED GROUP BY 1");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 3 || qEnvironmentVariableIsEmpty("CASELINK_PASSWORD")) {
        std::fprintf(stderr, "usage: CASELINK_PASSWORD=... bench_statistics DATABASE USER [--writable]\n");
        return 1;
    }
    const bool writable = argc > 3 && qstrcmp(argv[3], "--writable") == 0;
    UnlockOptions options;
    options.readOnly = !writable;
    QElapsedTimer unlock;
    unlock.start();
    auto session = Session::unlock(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                                   SecureBytes::fromUtf8(qEnvironmentVariable("CASELINK_PASSWORD")), options);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 2;
    }
    std::printf("unlock%s %.0f ms, schema version %d\n", writable ? " (writable, migrations applied)" : " (read-only)",
                static_cast<double>(unlock.nsecsElapsed()) / 1e6, *(*session)->database().userVersion());
    auto context = RepositoryContext::create(**session);
    if (!context) {
        std::fprintf(stderr, "%s\n", qPrintable(context.error().message));
        return 2;
    }
    StatisticsQuery query(**context);
    StatisticsFilter filter; // the dashboard's default: everything in scope
    filter.compareYear = 2025;
    // Warm the page cache once per aggregate, as a dashboard opened after unlock would; the cold time is printed.
    const QStringList only = argc > 4 ? QString::fromLocal8Bit(argv[4]).split(u',') : StatisticsQuery::tableIds();
    for (const QString& id : only) {
        QElapsedTimer cold;
        cold.start();
        auto t = query.table(id, filter);
        if (!t) {
            std::fprintf(stderr, "%s\n", qPrintable(t.error().message));
            return 3;
        }
        std::printf("cold %-22s %10.1f ms\n", qPrintable(id), static_cast<double>(cold.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
    }
    const auto total = bench::measure(3, [&] { (void)query.all(filter); });
    bench::printRow("dashboard refresh (all aggregates)", total);
    std::printf("%-22s %12s %12s %8s\n", "aggregate", "ours ms", "naive ms", "ratio");
    double sumOurs = 0;
    for (const QString& id : only) {
        const auto ours = bench::measure(3, [&] { (void)query.table(id, filter); });
        auto stmt = prepareScoped(**context, baselineSql(id, (*context)->scope()));
        if (!stmt) {
            std::fprintf(stderr, "%s\n", qPrintable(stmt.error().message));
            return 3;
        }
        const auto naive = bench::measure(3, [&] {
            stmt->reset();
            (void)stmt->forEachRow([](Statement&) {});
        });
        sumOurs += ours.median;
        std::printf("%-22s %12.2f %12.2f %8.2f\n", qPrintable(id), ours.median, naive.median,
                    ours.median > 0 ? naive.median / ours.median : 0.0);
    }
    std::printf("sum of aggregate medians %.2f ms (budget 100 ms)\n", sumOurs);
    return 0;
}
