#include "repo/deadlinequery.h"

#include <algorithm>
#include <chrono>
#include <tuple>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "domain/court.h"
#include "domain/localtime.h"
#include "repo/aggregatesupport.h"
#include "repo/courtrepository.h"
#include "repo/recordtext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::DeadlineQuery)
};

QString jsonIds(const QSet<QString>& ids) {
    QJsonArray array;
    for (const QString& id : ids) {
        array.append(id);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The office day a proclamation was published on; a date without a time (older imports) is that day.
QDate proclamationDay(const QString& anchor) {
    const QDateTime at = parseStoredInstant(anchor);
    return at.isValid() ? officeDate(at) : fromIsoDate(anchor);
}

} // namespace

QString DeadlineQuery::kindName(DeadlineItem::Kind kind) {
    switch (kind) {
    case DeadlineItem::Kind::MagistrateProduction:
        return Tr::tr("Production before magistrate");
    case DeadlineItem::Kind::RemandExpiry:
        return Tr::tr("Remand expires");
    case DeadlineItem::Kind::InterimChallan:
        return Tr::tr("Interim challan due");
    case DeadlineItem::Kind::Proclamation:
        return Tr::tr("Proclamation period ends");
    case DeadlineItem::Kind::Hearing:
        return Tr::tr("Hearing");
    }
    return {};
}

namespace {

bool wanted(const DeadlineFilter& filter, DeadlineItem::Kind kind) {
    return filter.kinds.empty() || std::find(filter.kinds.begin(), filter.kinds.end(), kind) != filter.kinds.end();
}

QString kindKey(DeadlineItem::Kind kind) {
    switch (kind) {
    case DeadlineItem::Kind::MagistrateProduction:
        return QStringLiteral("PRODUCTION");
    case DeadlineItem::Kind::RemandExpiry:
        return QStringLiteral("REMAND");
    case DeadlineItem::Kind::InterimChallan:
        return QStringLiteral("INTERIM_CHALLAN");
    case DeadlineItem::Kind::Proclamation:
        return QStringLiteral("PROCLAMATION");
    case DeadlineItem::Kind::Hearing:
        break;
    }
    return {};
}

} // namespace

Result<DeadlineList> DeadlineQuery::list(QDate today, int horizonDays, const DeadlineFilter& filter) {
    if (!today.isValid()) {
        return fail(ErrorCode::Usage, Tr::tr("The deadlines need a valid date for today."));
    }
    const QDate horizon = today.addDays(std::max(0, horizonDays));
    std::vector<DeadlineItem> out;
    DeadlineList result;
    for (DeadlineItem::Kind kind : {DeadlineItem::Kind::MagistrateProduction, DeadlineItem::Kind::RemandExpiry,
                                    DeadlineItem::Kind::InterimChallan, DeadlineItem::Kind::Proclamation}) {
        if (!wanted(filter, kind)) {
            continue;
        }
        qsizetype total = 0;
        if (Status st = openItems(kind, today, horizon, filter, out, total); !st) {
            return std::unexpected(st.error());
        }
        result.total += total;
    }
    const std::size_t before = out.size();
    if (Status st = wanted(filter, DeadlineItem::Kind::Hearing) ? hearings(today, horizon, filter, out) : ok(); !st) {
        return std::unexpected(st.error());
    }
    result.total += static_cast<qsizetype>(out.size() - before);
    std::stable_sort(out.begin(), out.end(), [](const DeadlineItem& a, const DeadlineItem& b) {
        return std::tie(a.due, a.caseId, a.arrestId, a.personId) < std::tie(b.due, b.caseId, b.arrestId, b.personId);
    });
    if (filter.limit > 0 && out.size() > static_cast<std::size_t>(filter.limit)) {
        out.resize(static_cast<std::size_t>(filter.limit));
    }
    if (Status st = fillCases(out); !st) {
        return std::unexpected(st.error());
    }
    if (Status st = fillPersons(out); !st) {
        return std::unexpected(st.error());
    }
    result.items = std::move(out);
    return result;
}

// The anchor of an open item is the date its clock runs from (migration 0012); the bound is the latest anchor whose
// deadline falls on or before the horizon, so the index yields exactly the items due by then, earliest first.
Status DeadlineQuery::openItems(DeadlineItem::Kind kind, QDate today, QDate horizon, const DeadlineFilter& filter,
                                std::vector<DeadlineItem>& out, qsizetype& total) {
    QString bound;
    QString compare = QStringLiteral("<=");
    switch (kind) {
    case DeadlineItem::Kind::MagistrateProduction: {
        // Due on the office day the 24 hours end: arrests before the end of the horizon's day less 24 hours.
        const QDateTime endOfHorizon = startOfOfficeDay(horizon.addDays(1));
        const auto hours = std::chrono::duration_cast<std::chrono::seconds>(m_rules.magistrateProduction).count();
        bound = endOfHorizon.addSecs(-hours).toUTC().toString(Qt::ISODateWithMs);
        compare = QStringLiteral("<");
        break;
    }
    case DeadlineItem::Kind::RemandExpiry:
        bound = horizon.toString(Qt::ISODate);
        break;
    case DeadlineItem::Kind::InterimChallan:
        bound =
            horizon.addDays(-(m_rules.interimChallanAfterDays + m_rules.interimChallanGraceDays)).toString(Qt::ISODate);
        break;
    case DeadlineItem::Kind::Proclamation:
        // Anchored on the instant (migration 0016): proclamations before the office day after horizon - 30 days.
        bound = startOfOfficeDay(horizon.addDays(1 - m_rules.proclamationMinDays)).toString(Qt::ISODateWithMs);
        compare = QStringLiteral("<");
        break;
    case DeadlineItem::Kind::Hearing:
        return ok();
    }
    const Scope& scope = m_context.scope();
    // deadline_items carries the case's office, which the office scope tests directly; prosecutor-readers see the
    // cases assigned to them.
    const QString visible = scope.role() == Role::ProsecutorReader ? scope.caseIdVisible(QStringLiteral("d.case_id"))
                                                                   : scope.caseVisible(QStringLiteral("d"));
    const QString where =
        QStringLiteral("d.kind = :kind AND d.anchor %1 :bound AND %2 AND (:case = '' OR d.case_id = :case) AND "
                       "(:office = '' OR d.office_id = :office) AND (:officer = '' OR EXISTS (SELECT 1 FROM cases io "
                       "WHERE io.id = d.case_id AND "
                       "io.io_officer_id = :officer))")
            .arg(compare, visible);
    auto bind = [&](Statement& stmt) {
        stmt.bindNamed(":kind", kindKey(kind));
        stmt.bindNamed(":bound", bound);
        stmt.bindNamed(":case", nn(filter.caseId));
        stmt.bindNamed(":office", nn(filter.officeId));
        stmt.bindNamed(":officer", nn(filter.officerId));
        stmt.bindNamed(":limit", filter.limit > 0 ? filter.limit : -1);
    };
    auto count = prepareScoped(m_context, QStringLiteral("SELECT count(*) FROM deadline_items d WHERE %1").arg(where));
    if (!count) {
        return std::unexpected(count.error());
    }
    bind(*count);
    if (Status st = forEachRow(*count, [&](Statement& row) { total = static_cast<qsizetype>(row.columnInt(0)); });
        !st) {
        return st;
    }
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT d.case_id, d.item_id, d.person_id, d.anchor, d.detail "
                                                        "FROM deadline_items d WHERE %1 ORDER BY d.anchor LIMIT :limit")
                                             .arg(where));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    return forEachRow(*stmt, [&](Statement& row) {
        DeadlineItem item;
        item.kind = kind;
        item.caseId = row.columnText(0);
        item.personId = row.columnText(2);
        const QString anchor = row.columnText(3);
        switch (kind) {
        case DeadlineItem::Kind::MagistrateProduction:
            item.arrestId = row.columnText(1);
            item.dueAt = magistrateProductionDeadline(parseStoredInstant(anchor), m_rules);
            item.due = officeDate(item.dueAt);
            break;
        case DeadlineItem::Kind::RemandExpiry:
            item.arrestId = row.columnText(1);
            item.due = fromIsoDate(anchor);
            item.custodyKind = custodyKindFromKey(row.columnText(4));
            if (item.custodyKind) {
                item.detail = custodyKindDisplayName(*item.custodyKind);
            }
            break;
        case DeadlineItem::Kind::InterimChallan:
            item.due = interimChallanSchedule(fromIsoDate(anchor), m_rules).reportDue;
            item.status = interimChallanStatus(fromIsoDate(anchor), std::nullopt, today, m_rules);
            break;
        case DeadlineItem::Kind::Proclamation:
            // The earliest day the person may be declared a proclaimed offender; past it the declaration is due.
            item.due = earliestPoDeclaration(proclamationDay(anchor), m_rules);
            break;
        case DeadlineItem::Kind::Hearing:
            break;
        }
        if (!item.due.isValid() || item.due > horizon) {
            --total; // the bound is exact for valid anchors; this keeps the count honest for malformed ones
            return;
        }
        item.overdue = item.due < today;
        if (kind != DeadlineItem::Kind::InterimChallan) {
            item.status = item.overdue        ? ClockStatus::Overdue
                          : item.due == today ? ClockStatus::Due
                                              : ClockStatus::Running;
        }
        out.push_back(std::move(item));
    });
}

Status DeadlineQuery::hearings(QDate today, QDate horizon, const DeadlineFilter& filter,
                               std::vector<DeadlineItem>& out) {
    CourtRepository courts(m_context);
    auto upcoming = courts.upcomingHearings(today, horizon);
    if (!upcoming) {
        return std::unexpected(upcoming.error());
    }
    std::vector<DeadlineItem> found;
    for (const UpcomingHearing& h : *upcoming) {
        DeadlineItem item;
        item.kind = DeadlineItem::Kind::Hearing;
        item.caseId = h.caseId;
        item.due = h.date;
        item.status = h.date == today ? ClockStatus::Due : ClockStatus::Running;
        item.detail = h.courtCaseNo.isEmpty() ? h.courtName : h.courtName + QStringLiteral(" · ") + h.courtCaseNo;
        found.push_back(std::move(item));
    }
    if (!filter.caseId.isEmpty()) {
        std::erase_if(found, [&](const DeadlineItem& item) { return item.caseId != filter.caseId; });
    }
    if (!filter.officeId.isEmpty() || !filter.officerId.isEmpty()) {
        // Hearings are few (the next weeks'): their cases are read once and those of other offices dropped.
        if (Status st = fillCases(found); !st) {
            return st;
        }
        std::erase_if(found, [&](const DeadlineItem& item) {
            return (!filter.officeId.isEmpty() && item.officeId != filter.officeId) ||
                   (!filter.officerId.isEmpty() && item.officerId != filter.officerId);
        });
    }
    out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    return ok();
}

Status DeadlineQuery::fillCases(std::vector<DeadlineItem>& items) {
    QSet<QString> ids;
    for (const DeadlineItem& item : items) {
        ids.insert(item.caseId);
    }
    if (ids.isEmpty()) {
        return ok();
    }
    auto stmt = prepareScoped(
        m_context,
        QStringLiteral("SELECT c.id, %1, c.office_id, o.code, c.io_officer_id, io.name FROM cases c "
                       "LEFT JOIN org_units o ON o.id = c.office_id "
                       "LEFT JOIN officers io ON io.id = c.io_officer_id "
                       "WHERE c.id IN (SELECT value FROM json_each(:ids)) AND %2")
            .arg(recordtext::caseNumberSql(QStringLiteral("c")), m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":ids", jsonIds(ids));
    struct Info {
        QString label, officeId, officeCode, officerId, officerName;
    };
    QHash<QString, Info> info;
    Status read = forEachRow(*stmt, [&](Statement& row) {
        info.insert(row.columnText(0),
                    {row.columnText(1), row.columnText(2), row.columnText(3), row.columnText(4), row.columnText(5)});
    });
    if (!read) {
        return read;
    }
    // A row whose case is not visible (never expected: every source is scoped) is dropped, not shown bare.
    std::erase_if(items, [&](const DeadlineItem& item) { return !info.contains(item.caseId); });
    for (DeadlineItem& item : items) {
        const Info& i = info[item.caseId];
        if (item.caseLabel.isEmpty()) {
            item.caseLabel = i.label;
        }
        item.officeId = i.officeId;
        item.officeCode = i.officeCode;
        item.officerId = i.officerId;
        item.officerName = i.officerName;
    }
    return ok();
}

Status DeadlineQuery::fillPersons(std::vector<DeadlineItem>& items) {
    QSet<QString> ids;
    for (const DeadlineItem& item : items) {
        if (!item.personId.isEmpty()) {
            ids.insert(item.personId);
        }
    }
    if (ids.isEmpty()) {
        return ok();
    }
    const Scope& scope = m_context.scope();
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT p.id, %1 FROM persons p WHERE p.id IN "
                                                        "(SELECT value FROM json_each(:ids)) AND %2")
                                             .arg(recordtext::personNameSql(scope, QStringLiteral("p")),
                                                  scope.personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":ids", jsonIds(ids));
    QHash<QString, QString> names;
    Status read = forEachRow(*stmt, [&](Statement& row) {
        names.insert(row.columnText(0),
                     recordtext::nameOrPseudonym(scope, row.columnValue(1), row.columnText(0)).toString());
    });
    if (!read) {
        return read;
    }
    for (DeadlineItem& item : items) {
        if (!item.personId.isEmpty()) {
            item.personName = names.value(item.personId);
        }
    }
    return ok();
}

} // namespace caselink
