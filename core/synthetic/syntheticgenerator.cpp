#include "synthetic/syntheticgenerator.h"

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "security/audit.h"
#include "storage/database.h"
#include "synthetic/bulkwriter.h"
#include "synthetic/casebuilder.h"
#include "synthetic/networkbuilder.h"
#include "synthetic/scenario.h"

namespace caselink {
namespace {

// Every generated case its registration and every arrest its record in the audit log, as if entered through the
// application, so a demo case has a History. One entry per record, written in the load's last transaction; the
// records' own dates are the chronology's, the entries carry the time of the load.
Status auditGeneratedRecords(Session& session) {
    Database& db = session.database();
    auto stmt = db.prepare(
        QStringLiteral("SELECT 'case', c.id, c.id, NULL, c.status FROM cases c UNION ALL "
                       "SELECT 'arrest', a.id, a.case_id, a.person_id, NULL FROM arrests a ORDER BY 3, 1 DESC, 2"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    AuditLog audit = session.audit();
    const AuditActor actor = session.actor();
    Status appended = ok();
    const Status read = stmt->forEachRow([&](Statement& row) {
        if (!appended) {
            return;
        }
        const bool isCase = row.columnText(0) == QLatin1String("case");
        QJsonObject fields{{QLatin1String("case"), row.columnText(2)}};
        if (isCase) {
            fields.insert(QLatin1String("status"), row.columnText(4));
        } else {
            fields.insert(QLatin1String("person"), row.columnText(3));
        }
        if (auto seq = audit.append(actor, isCase ? QStringLiteral("case.create") : QStringLiteral("arrest.create"),
                                    row.columnText(0), row.columnText(1), fields);
            !seq) {
            appended = std::unexpected(seq.error());
        }
    });
    return read ? appended : read;
}

class Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::SyntheticGenerator)
};

using synthetic::ScaleConfig;

ScaleConfig configFor(SyntheticScale scale) {
    ScaleConfig c;
    switch (scale) {
    case SyntheticScale::Tiny:
        c.networks = 30;
        c.cases = {60, 120, 70};
        c.arrests = {150, 240, 130};
        c.officersPerCircle = 3;
        c.victimsMax = 3;
        c.complainantChance = 0.6;
        c.expectedRows = 14000;
        break;
    case SyntheticScale::Demo:
        // 2024 against 2025: arrests and attempts fall by about half (1,770+ smugglers and agents in 2025).
        c.networks = 160;
        c.cases = {700, 2300, 1250};
        c.arrests = {2500, 3300, 1770};
        c.officersPerCircle = 12;
        c.victimsMax = 4;
        c.complainantChance = 0.6;
        c.expectedRows = 375000;
        break;
    case SyntheticScale::National:
        c.networks = 1500;
        c.cases = {6000, 9000, 5000};
        c.arrests = {15000, 23000, 12000};
        c.persons = 100000;
        c.links = 300000;
        c.officersPerCircle = 20;
        c.victimsMax = 3;
        c.complainantChance = 0.5;
        c.expectedRows = 1300000;
        break;
    case SyntheticScale::Large:
        c.networks = 12000;
        c.cases = {60000, 90000, 50000};
        c.arrests = {150000, 230000, 120000};
        c.persons = 1000000;
        c.links = 3000000;
        c.officersPerCircle = 40;
        c.victimsMax = 3;
        c.complainantChance = 0.5;
        c.expectedRows = 13000000;
        break;
    }
    return c;
}

} // namespace

std::optional<SyntheticScale> syntheticScaleFromKey(const QString& key) {
    for (SyntheticScale s :
         {SyntheticScale::Tiny, SyntheticScale::Demo, SyntheticScale::National, SyntheticScale::Large}) {
        if (key == syntheticScaleKey(s)) {
            return s;
        }
    }
    return std::nullopt;
}

QString syntheticScaleKey(SyntheticScale scale) {
    switch (scale) {
    case SyntheticScale::Tiny:
        return QStringLiteral("tiny");
    case SyntheticScale::Demo:
        return QStringLiteral("demo");
    case SyntheticScale::National:
        return QStringLiteral("national");
    case SyntheticScale::Large:
        return QStringLiteral("large");
    }
    return {};
}

QStringList syntheticScaleKeys() {
    return {QStringLiteral("demo"), QStringLiteral("national"), QStringLiteral("large"), QStringLiteral("tiny")};
}

SyntheticGenerator::SyntheticGenerator(Session& session)
    : m_session(session) {
}

Result<SyntheticReport> SyntheticGenerator::run(const SyntheticOptions& options) {
    using namespace synthetic;
    if (!m_session.isSynthetic()) {
        return fail(ErrorCode::Usage, Tr::tr("Synthetic data is only generated into a database created as synthetic."));
    }
    if (m_session.isReadOnly()) {
        return fail(ErrorCode::Permission, Tr::tr("The database is open read-only."));
    }
    Database& db = m_session.database();
    auto existing = db.scalar(QStringLiteral("SELECT count(*) FROM cases"));
    if (!existing) {
        return std::unexpected(existing.error());
    }
    if (existing->toLongLong() > 0) {
        return fail(ErrorCode::Conflict, Tr::tr("The database already holds cases; synthetic data goes into an "
                                                "empty database only."));
    }
    QElapsedTimer timer;
    timer.start();
    const ScaleConfig config = configFor(options.scale);
    Rng rng(options.seed);
    BulkWriter writer(db, options.batchRows, options.progress, config.expectedRows);
    World world(writer, rng, config);
    if (options.today.isValid()) {
        world.today = options.today;
        // The last year of cases is the current one once a quarter of it has passed, so recent cases exist.
        const int lastYear = options.today.dayOfYear() > 90 ? options.today.year() : options.today.year() - 1;
        world.firstYear = std::max(kFirstYear, lastYear - kYears + 1);
    }
    CaseBuilder cases(world);
    // A larger page cache for the run keeps the index pages of the big tables in memory.
    if (auto st = db.exec(QStringLiteral("PRAGMA cache_size = -262144")); !st) {
        return std::unexpected(st.error());
    }
    if (!options.investigatorAccount.isEmpty()) {
        auto account = db.prepare(QStringLiteral("SELECT id, office_id FROM users WHERE username = ?"));
        if (!account) {
            return std::unexpected(account.error());
        }
        account->bind(1, options.investigatorAccount);
        auto found = account->step();
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!*found) {
            return fail(ErrorCode::NotFound,
                        Tr::tr("No account %1 to make an investigating officer.").arg(options.investigatorAccount));
        }
        world.investigatorUserId = account->columnText(0);
        world.investigatorOfficeId = account->columnText(1);
    }
    Status st = world.loadOffices(db);
    if (st) {
        st = writer.start();
    }
    if (st) {
        st = world.writeOfficers();
    }
    if (st) {
        st = cases.writeIncidents();
    }
    if (st) {
        st = NetworkBuilder(world).write();
    }
    if (st) {
        st = cases.writeCases();
    }
    const auto report = [&] {
        SyntheticReport r;
        r.outcome = writer.cancelled() ? SyntheticReport::Outcome::Cancelled : SyntheticReport::Outcome::Completed;
        for (int t = 0; t < kTableCount; ++t) {
            r.rows[QString::fromLatin1(tableName(static_cast<Table>(t)))] = writer.rows(static_cast<Table>(t));
        }
        r.totalRows = writer.cancelled() ? writer.committedRows() : writer.totalRows();
        r.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        return r;
    };
    if (st) {
        st = writer.finish([&]() -> Status {
            QJsonObject counts;
            for (int t = 0; t < kTableCount; ++t) {
                counts.insert(QString::fromLatin1(tableName(static_cast<Table>(t))),
                              static_cast<qint64>(writer.rows(static_cast<Table>(t))));
            }
            const QJsonObject fields{{QLatin1String("scale"), syntheticScaleKey(options.scale)},
                                     {QLatin1String("seed"), QString::number(options.seed)},
                                     {QLatin1String("today"), world.today.toString(Qt::ISODate)},
                                     {QLatin1String("rows"), counts}};
            auto seq = m_session.audit().append(m_session.actor(), QStringLiteral("synthetic.generate"),
                                                QStringLiteral("database"), m_session.databaseId(), fields);
            if (!seq) {
                return std::unexpected(seq.error());
            }
            return auditGeneratedRecords(m_session);
        });
    }
    (void)db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(Database::kPageCacheKiB));
    if (writer.cancelled()) {
        return report();
    }
    if (!st) {
        return std::unexpected(st.error());
    }
    // After a bulk load: merge the full-text indexes into one segment each and give the planner statistics. On the
    // large scale, median name search went from 10.3 to 7.9 ms with this alone (bench_search --optimize).
    // Persons linked to a case got their scope terms from the case_persons triggers; the others get them here.
    if (auto done =
            db.exec(QStringLiteral("INSERT INTO person_scope_refresh (person_id) SELECT id FROM persons p "
                                   "WHERE NOT EXISTS (SELECT 1 FROM case_persons cp WHERE cp.person_id = p.id)"));
        !done) {
        return std::unexpected(done.error());
    }
    if (auto done = db.exec(QStringLiteral("INSERT INTO person_search(person_search) VALUES('optimize'); "
                                           "INSERT INTO case_search(case_search) VALUES('optimize'); ANALYZE"));
        !done) {
        return std::unexpected(done.error());
    }
    return report();
}

} // namespace caselink
