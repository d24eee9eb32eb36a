// Person search on a scale database (caselink-cli demo --scale large): names in Latin and Urdu script, CNIC and
// phone through PersonRepository::search, against a LIKE '%...%' scan of the same table in the same run.
// Usage: bench_search DATABASE USER [--optimize]   (password from CASELINK_PASSWORD). The sample is drawn from
// accused persons, whom every role in scope may see (victims need the grant and are left out of search).
// Then the common family names, as the search field runs them (PersonRepository::find, first 8 and the total): the
// budget is a median under 5 ms, and the scoped result must be the very set an unlimited scoped query returns (the
// scope filters before the limit). Baselines in the same run: the same full-text match without the scope, and the
// unlimited scoped query. Run it as an investigator (demo.io), whose scope is one office. The scoped find matches
// the scope inside the full-text query (migration 0018, Scope::personSearchMatch), so the unscoped baseline ranks
// and counts every person with the name while the scoped find handles only those in scope.
#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <random>
#include <set>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "benchutil.h"
#include "repo/personrepository.h"
#include "repo/scope.h"
#include "security/session.h"
#include "storage/database.h"
#include "text/namesearchforms.h"

using namespace caselink;

namespace {

struct Sample {
    QString latin;
    QString urdu;
    QString cnic;
    QString phone;
};

struct Timing {
    double median = 0;
    double p95 = 0;
    double hitRate = 0;
};

Timing run(const std::vector<QString>& queries, const std::function<bool(const QString&)>& query) {
    std::vector<double> ms;
    int hits = 0;
    for (const QString& q : queries) {
        QElapsedTimer t;
        t.start();
        hits += query(q) ? 1 : 0;
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)],
            static_cast<double>(hits) / static_cast<double>(queries.size())};
}

void print(const char* name, const Timing& t) {
    std::printf("%-34s median %8.2f ms   p95 %8.2f ms   found %5.1f%%\n", name, t.median, t.p95, t.hitRate * 100);
}

// The most common last words of Latin names in a spread sample of persons: the family names officers type most.
std::vector<QString> commonFamilyNames(Database& db, std::size_t count) {
    auto stmt = db.prepare(
        QStringLiteral("SELECT name_latin FROM persons WHERE rowid % 101 = 7 AND name_latin <> '' LIMIT 20000"));
    std::map<QString, int> frequency;
    while (stmt && *stmt->step()) {
        const QStringList words = stmt->columnText(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1 && words.back().size() > 2) {
            ++frequency[words.back()];
        }
    }
    std::vector<std::pair<int, QString>> ranked;
    for (const auto& [name, n] : frequency) {
        ranked.emplace_back(n, name);
    }
    std::sort(ranked.rbegin(), ranked.rend());
    std::vector<QString> out;
    for (std::size_t i = 0; i < std::min(count, ranked.size()); ++i) {
        out.push_back(ranked[i].second);
    }
    return out;
}

// Every person in scope the query finds, with no limit: the condition the results page lists, as a plain query.
std::set<QString> unlimitedScoped(RepositoryContext& context, const QString& query) {
    const Scope& scope = context.scope();
    const PersonMatchCondition match = PersonRepository::matchCondition(query);
    auto stmt = context.db().prepare(
        QStringLiteral("SELECT p.id FROM persons p WHERE %1 AND p.merged_into IS NULL "
                       "AND %2 AND NOT %3")
            .arg(match.sql, scope.personVisible(QStringLiteral("p")), scope.personProtected(QStringLiteral("p"))));
    std::set<QString> ids;
    if (!stmt) {
        return ids;
    }
    for (const auto& [name, value] : match.parameters) {
        stmt->bindNamed(name.constData(), value.toString());
    }
    scope.bind(*stmt);
    while (*stmt->step()) {
        ids.insert(stmt->columnText(0));
    }
    return ids;
}

// The family-name part: returns false when a scoped result differs from the unlimited scoped query.
bool benchFamilyNames(RepositoryContext& context, PersonRepository& persons) {
    Database& db = context.db();
    const std::vector<QString> names = commonFamilyNames(db, 8);
    if (names.empty()) {
        std::fprintf(stderr, "no family names to sample\n");
        return false;
    }
    bool same = true;
    for (const QString& name : names) {
        const std::set<QString> expected = unlimitedScoped(context, name);
        auto page = persons.find(name, 8);
        auto all = persons.find(name, std::numeric_limits<int>::max());
        if (!page || !all) {
            std::fprintf(stderr, "find failed for a family name\n");
            return false;
        }
        std::set<QString> found;
        for (const PersonHit& hit : all->hits) {
            found.insert(hit.id);
        }
        bool pageInside = true;
        for (const PersonHit& hit : page->hits) {
            pageInside = pageInside && expected.count(hit.id) == 1;
        }
        const bool ok = found == expected && page->total == static_cast<qint64>(expected.size()) &&
                        all->total == page->total && pageInside;
        std::printf("  %-16s %6zu in scope: %s\n", qPrintable(name), expected.size(),
                    ok ? "same set as the unlimited scoped query" : "DIFFERENT from the unlimited scoped query");
        same = same && ok;
    }
    constexpr int kRuns = 15;
    std::size_t next = 0;
    auto each = [&](const std::function<void(const QString&)>& work) {
        return [&, work] {
            work(names[next++ % names.size()]);
        };
    };
    next = 0;
    const bench::Stats scoped = bench::measure(kRuns * static_cast<int>(names.size()),
                                               each([&](const QString& q) { (void)persons.find(q, 8); }));
    auto unscoped = db.prepare(QStringLiteral(
        "SELECT s.person_id FROM person_search s WHERE s.person_search MATCH ? ORDER BY s.rank LIMIT 8"));
    auto unscopedCount =
        db.prepare(QStringLiteral("SELECT count(*) FROM person_search s WHERE s.person_search MATCH ?"));
    next = 0;
    const bench::Stats bare = bench::measure(kRuns * static_cast<int>(names.size()), each([&](const QString& q) {
                                                 const QString match = personMatchQuery(q);
                                                 unscoped->reset();
                                                 unscoped->bind(1, match);
                                                 while (*unscoped->step()) {
                                                 }
                                                 unscopedCount->reset();
                                                 unscopedCount->bind(1, match);
                                                 (void)unscopedCount->step();
                                             }));
    next = 0;
    const bench::Stats unlimited = bench::measure(kRuns * static_cast<int>(names.size()),
                                                  each([&](const QString& q) { (void)unlimitedScoped(context, q); }));
    bench::printRow("family name, scoped find (8 + total)", scoped);
    bench::printRow("baseline: same match, no scope (8 + count)", bare);
    bench::printRow("baseline: unlimited scoped query", unlimited);
    std::printf("ratio scoped / unscoped %.2f, scoped / unlimited scoped %.2f; budget median < 5 ms: %s\n",
                scoped.median / bare.median, scoped.median / unlimited.median, scoped.median < 5.0 ? "met" : "NOT MET");
    return same;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 3 || qEnvironmentVariableIsEmpty("CASELINK_PASSWORD")) {
        std::fprintf(stderr, "usage: CASELINK_PASSWORD=... bench_search DATABASE USER\n");
        return 1;
    }
    auto session = Session::unlock(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                                   SecureBytes::fromUtf8(qEnvironmentVariable("CASELINK_PASSWORD")));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 2;
    }
    auto context = RepositoryContext::create(**session);
    PersonRepository persons(**context);
    Database& db = (*session)->database();
    const auto total = db.scalar(QStringLiteral("SELECT count(*) FROM persons"))->toLongLong();
    if (argc > 3 && QByteArray(argv[3]) == "--optimize") {
        // Merges the full-text index into one segment and refreshes the planner's statistics, as a maintenance
        // run after a bulk load would.
        QElapsedTimer t;
        t.start();
        (void)db.exec(QStringLiteral("INSERT INTO person_search(person_search) VALUES('optimize'); "
                                     "INSERT INTO case_search(case_search) VALUES('optimize'); ANALYZE"));
        std::printf("optimize + ANALYZE: %.1f s\n", static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
    // A reproducible sample of persons that have every identifier, spread over the table.
    auto stmt = db.prepare(QStringLiteral(
        "SELECT p.name_latin, p.name_urdu, p.cnic, (SELECT e164 FROM person_phones WHERE person_id = p.id LIMIT 1) "
        "FROM persons p WHERE p.cnic IS NOT NULL AND p.name_urdu <> '' AND p.rowid % 997 = 1 "
        "AND EXISTS (SELECT 1 FROM case_persons cp WHERE cp.person_id = p.id AND cp.role IN ('KINGPIN', 'AGENT', "
        "'SUB_AGENT', 'DOCUMENT_FORGER', 'MONEY_HANDLER', 'TRANSPORTER', 'SAFE_HOUSE', 'BOAT_OPERATOR')) LIMIT 200"));
    std::vector<Sample> samples;
    while (*stmt->step()) {
        samples.push_back({stmt->columnText(0), stmt->columnText(1), stmt->columnText(2), stmt->columnText(3)});
    }
    if (samples.size() < 20) {
        std::fprintf(stderr, "too few persons with identifiers to sample (%zu)\n", samples.size());
        return 1;
    }
    std::vector<QString> latin, urdu, cnic, phone;
    for (const Sample& s : samples) {
        latin.push_back(s.latin);
        urdu.push_back(s.urdu);
        cnic.push_back(s.cnic);
        if (!s.phone.isEmpty()) {
            phone.push_back(s.phone);
        }
    }
    std::printf("%lld persons, %zu sampled queries per kind\n", static_cast<long long>(total), samples.size());
    auto search = [&](const QString& q) {
        auto r = persons.search(q, 20);
        return r && !r->empty();
    };
    print("search: Latin name", run(latin, search));
    print("search: Urdu name", run(urdu, search));
    print("search: CNIC", run(cnic, search));
    print("search: phone", run(phone, search));
    // Names nobody has: a search must still look at everything to say so.
    std::vector<QString> absent;
    for (std::size_t i = 0; i < latin.size(); ++i) {
        absent.push_back(QStringLiteral("Zorawar Qizilbash %1").arg(i));
    }
    print("search: absent name", run(absent, search));
    // Baselines, on a tenth of the queries (they are slow): LIKE '%...%' stopping at the first 20 rows, which is
    // all an unranked list needs, and LIKE over the whole table, which ranking or "no match" needs.
    auto like = db.prepare(QStringLiteral("SELECT id FROM persons WHERE name_latin LIKE ?1 OR name_urdu LIKE ?1 "
                                          "OR cnic LIKE ?1 LIMIT 20"));
    auto likeAll = db.prepare(QStringLiteral("SELECT count(*) FROM persons WHERE name_latin LIKE ?1 OR "
                                             "name_urdu LIKE ?1 OR cnic LIKE ?1"));
    auto baseline = [&](const QString& q) {
        like->reset();
        like->bind(1, QLatin1Char('%') + q + QLatin1Char('%'));
        return *like->step();
    };
    auto baselineAll = [&](const QString& q) {
        likeAll->reset();
        likeAll->bind(1, QLatin1Char('%') + q + QLatin1Char('%'));
        return *likeAll->step() && likeAll->columnInt(0) > 0;
    };
    auto tenth = [](const std::vector<QString>& v) {
        return std::vector<QString>(v.begin(), v.begin() + static_cast<long>(std::max<std::size_t>(5, v.size() / 10)));
    };
    const Timing likeLatin = run(tenth(latin), baseline);
    const Timing likeCnic = run(tenth(cnic), baseline);
    print("baseline LIKE scan: Latin name", likeLatin);
    print("baseline LIKE scan: CNIC", likeCnic);
    print("baseline LIKE, whole table: name", run(tenth(latin), baselineAll));
    print("baseline LIKE, whole table: absent", run(tenth(absent), baselineAll));
    std::printf("common family names as %s:\n", argv[2]);
    const bool same = benchFamilyNames(**context, persons);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return same ? 0 : 3;
}
