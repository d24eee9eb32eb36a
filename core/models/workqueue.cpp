#include "models/workqueue.h"

#include <algorithm>

#include <QCoreApplication>

#include "domain/caserecord.h"
#include "domain/localtime.h"
#include "exchange/heldreview.h"
#include "repo/aggregatesupport.h"
#include "repo/recordtext.h"

namespace caselink {
namespace {

constexpr int kReadPerKind = 1000;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::WorkQueue)
};

// The statuses of cases still being worked: not closed, dropped, decided or disposed.
constexpr char kOpenCase[] = "c.status NOT IN ('ENQUIRY_CLOSED', 'DROPPED_AFTER_INVESTIGATION', 'CONVICTED', "
                             "'ACQUITTED', 'DISPOSED')";

WorkItem fromDeadline(WorkBucket bucket, const DeadlineItem& d) {
    WorkItem item;
    item.bucket = bucket;
    item.caseId = d.caseId;
    item.caseLabel = d.caseLabel;
    item.personName = d.personName;
    item.detail = d.detail;
    item.due = d.due;
    item.dueAt = d.dueAt;
    item.overdue = d.overdue;
    return item;
}

void keep(WorkBucketRows& rows, WorkItem item, int limit) {
    ++rows.total;
    if (static_cast<int>(rows.items.size()) < limit) {
        rows.items.push_back(std::move(item));
    }
}

} // namespace

Result<WorkQueueResult> WorkQueue::load(const QDateTime& now, const WorkQueueOptions& options) {
    if (!now.isValid()) {
        return fail(ErrorCode::Usage, Tr::tr("The work queue needs a valid time for now."));
    }
    WorkQueueResult out;
    Status st = deadlines(now, options, out);
    if (st) {
        st = heldItems(options, out.held);
    }
    if (st) {
        st = myCases(options, out.myCases);
    }
    if (st && options.overdueByCircle) {
        st = circles(now, out.overdueByCircle);
    }
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

// Each bucket reads the deadlines of its kind due by the bucket's last day (overdue ones first, as DeadlineQuery
// orders them) and keeps those whose clock runs out within the bucket's hours.
Status WorkQueue::deadlines(const QDateTime& now, const WorkQueueOptions& options, WorkQueueResult& out) {
    const QDate today = officeDate(now);
    const int limit = std::max(1, options.rowsPerBucket);
    DeadlineQuery query(m_context, m_rules);
    // At most kReadPerKind rows of a kind are read (a national database may hold a quarter of a million overdue
    // items); the ones not read are counted in the bucket's total, as the horizon is within a day of the window.
    const auto read = [&](DeadlineKind kind, int horizonDays) -> Result<DeadlineList> {
        DeadlineFilter filter;
        filter.kinds = {kind};
        filter.limit = kReadPerKind;
        return query.list(today, horizonDays, filter);
    };
    const auto unread = [](const DeadlineList& list) {
        return std::max<qsizetype>(0, list.total - static_cast<qsizetype>(list.items.size()));
    };

    const QDateTime productionsBy = now.addSecs(3600 * kProductionHours);
    auto productions = read(DeadlineKind::MagistrateProduction, 2);
    if (!productions) {
        return std::unexpected(productions.error());
    }
    for (const DeadlineItem& d : productions->items) {
        if (d.dueAt <= productionsBy) {
            WorkItem item = fromDeadline(WorkBucket::Production, d);
            item.overdue = d.dueAt < now;
            keep(out.productions, std::move(item), limit);
        }
    }
    out.productions.total += unread(*productions);
    // DeadlineQuery orders by day; within the 24 hours the hour matters.
    std::stable_sort(out.productions.items.begin(), out.productions.items.end(),
                     [](const WorkItem& a, const WorkItem& b) { return a.dueAt < b.dueAt; });

    const QDateTime remandsBy = now.addSecs(3600 * kRemandHours);
    auto remands = read(DeadlineKind::RemandExpiry, 3);
    if (!remands) {
        return std::unexpected(remands.error());
    }
    for (const DeadlineItem& d : remands->items) {
        // A remand runs to the end of its last day (Pakistani time).
        WorkItem item = fromDeadline(WorkBucket::Remand, d);
        item.dueAt = startOfOfficeDay(d.due.addDays(1));
        if (item.dueAt <= remandsBy) {
            item.overdue = item.dueAt <= now;
            keep(out.remands, std::move(item), limit);
        }
    }
    out.remands.total += unread(*remands);

    // Interim challans required now (14 days after the FIR) or overdue (past the 3 days more).
    auto challans = read(DeadlineKind::InterimChallan, m_rules.interimChallanGraceDays);
    if (!challans) {
        return std::unexpected(challans.error());
    }
    for (const DeadlineItem& d : challans->items) {
        if (d.status == ClockStatus::Due || d.status == ClockStatus::Overdue) {
            WorkItem item = fromDeadline(WorkBucket::Challan, d);
            item.overdue = d.status == ClockStatus::Overdue;
            keep(out.challans, std::move(item), limit);
        }
    }
    out.challans.total += unread(*challans);

    auto hearings = read(DeadlineKind::Hearing, kHearingDays - 1);
    if (!hearings) {
        return std::unexpected(hearings.error());
    }
    for (const DeadlineItem& d : hearings->items) {
        keep(out.hearings, fromDeadline(WorkBucket::Hearing, d), limit);
    }
    return ok();
}

Status WorkQueue::heldItems(const WorkQueueOptions& options, WorkBucketRows& out) {
    const Scope& scope = m_context.scope();
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT h.id, h.case_id, h.held_name, h.existing_name, "
                                                        "h.origin, h.withheld FROM %1 h ORDER BY h.held_at, h.id")
                                             .arg(HeldReview::openItemsSql(scope)));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const int limit = std::max(1, options.rowsPerBucket);
    return forEachRow(*stmt, [&](Statement& row) {
        WorkItem item;
        item.bucket = WorkBucket::HeldForReview;
        item.heldItemId = row.columnText(0);
        item.caseId = row.columnText(1);
        const bool withheld = row.columnInt(5) != 0;
        item.personName = withheld ? Tr::tr("(protected person)") : row.columnText(2);
        item.detail = withheld || row.columnIsNull(3)
                          ? Tr::tr("from %1").arg(row.columnText(4))
                          : Tr::tr("may be %1 (from %2)").arg(row.columnText(3), row.columnText(4));
        keep(out, std::move(item), limit);
    });
}

Status WorkQueue::myCases(const WorkQueueOptions& options, WorkBucketRows& out) {
    const Scope& scope = m_context.scope();
    // The cases the user investigates (an officer record linked to the account) or is assigned to.
    const QString mine =
        QStringLiteral("FROM cases c WHERE %1 AND %2 AND (c.io_officer_id IN (SELECT o.id FROM officers o WHERE "
                       "o.user_id = :me) OR c.id IN (SELECT a.case_id FROM case_assignments a WHERE a.user_id = :me))")
            .arg(QLatin1String(kOpenCase), scope.caseVisible(QStringLiteral("c")));
    auto count = prepareScoped(m_context, QStringLiteral("SELECT count(*) ") + mine);
    if (!count) {
        return std::unexpected(count.error());
    }
    count->bindNamed(":me", scope.userId());
    if (Status st = forEachRow(*count, [&](Statement& row) { out.total = row.columnInt(0); }); !st) {
        return st;
    }
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT c.id, %1, c.status, c.title, c.updated_at %2 "
                                                        "ORDER BY c.updated_at DESC, c.id LIMIT :limit")
                                             .arg(recordtext::caseNumberSql(QStringLiteral("c")), mine));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":me", scope.userId());
    stmt->bindNamed(":limit", std::max(1, options.rowsPerBucket));
    return forEachRow(*stmt, [&](Statement& row) {
        WorkItem item;
        item.bucket = WorkBucket::MyCase;
        item.caseId = row.columnText(0);
        item.caseLabel = row.columnText(1);
        const auto status = caseStatusFromKey(row.columnText(2));
        item.detail = status ? caseStatusDisplayName(*status) : row.columnText(2);
        item.personName = row.columnText(3); // the case's title
        item.due = officeDate(QDateTime::fromString(row.columnText(4), Qt::ISODateWithMs));
        out.items.push_back(std::move(item));
    });
}

// Overdue open deadlines per office of the case, with the same bounds as DeadlineQuery: a production whose 24 hours
// have run out, a remand whose last day has passed, an interim challan past its 3 more days and a proclamation whose
// 30 days have run with no declaration.
Status WorkQueue::circles(const QDateTime& now, std::vector<CircleOverdue>& out) {
    const QDate today = officeDate(now);
    const auto hours = std::chrono::duration_cast<std::chrono::seconds>(m_rules.magistrateProduction).count();
    auto stmt = prepareScoped(
        m_context,
        QStringLiteral(
            "SELECT d.office_id, o.code, o.name_en, count(*) AS n FROM deadline_items d "
            "JOIN org_units o ON o.id = d.office_id WHERE %1 AND ("
            "(d.kind = 'PRODUCTION' AND d.anchor < :production) OR (d.kind = 'REMAND' AND d.anchor < :today) OR "
            "(d.kind = 'INTERIM_CHALLAN' AND d.anchor < :challan) OR (d.kind = 'PROCLAMATION' AND d.anchor < "
            ":proclamation)) GROUP BY d.office_id ORDER BY n DESC, o.code")
            .arg(m_context.scope().caseVisible(QStringLiteral("d"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":production", now.toUTC().addSecs(-hours).toString(Qt::ISODateWithMs));
    stmt->bindNamed(":today", isoDate(today));
    stmt->bindNamed(":challan",
                    isoDate(today.addDays(-(m_rules.interimChallanAfterDays + m_rules.interimChallanGraceDays))));
    stmt->bindNamed(":proclamation", isoDate(today.addDays(-m_rules.proclamationMinDays)));
    return forEachRow(*stmt, [&](Statement& row) {
        out.push_back({row.columnText(0), row.columnText(1), row.columnText(2), row.columnInt(3)});
    });
}

} // namespace caselink
