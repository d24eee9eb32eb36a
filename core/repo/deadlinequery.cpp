#include "deadlinequery.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "domain/court.h"
#include "models/modeltext.h"
#include "repo/aggregatesupport.h"
#include "repo/arrestrepository.h"
#include "repo/courtrepository.h"

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

DeadlineItem::Kind itemKind(DeadlineKind kind) {
    switch (kind) {
    case DeadlineKind::MagistrateProduction:
        return DeadlineItem::Kind::MagistrateProduction;
    case DeadlineKind::RemandExpiry:
        return DeadlineItem::Kind::RemandExpiry;
    case DeadlineKind::InterimChallan:
        break;
    }
    return DeadlineItem::Kind::InterimChallan;
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

Result<DeadlineList> DeadlineQuery::list(QDate today, int horizonDays, const DeadlineFilter& filter) {
    const QDate horizon = today.addDays(horizonDays);
    std::vector<DeadlineItem> out;
    ArrestRepository arrests(m_context, m_rules);
    auto legal = arrests.deadlines(today, horizonDays);
    if (!legal) {
        return std::unexpected(legal.error());
    }
    for (const Deadline& d : *legal) {
        DeadlineItem item;
        item.kind = itemKind(d.kind);
        item.caseId = d.caseId;
        item.caseLabel = d.caseLabel;
        item.personId = d.personId;
        item.due = d.due;
        item.overdue = d.overdue;
        if (d.custodyKind) {
            item.detail = custodyKindDisplayName(*d.custodyKind);
        }
        out.push_back(std::move(item));
    }
    CourtRepository courts(m_context);
    auto hearings = courts.upcomingHearings(today, horizon);
    if (!hearings) {
        return std::unexpected(hearings.error());
    }
    for (const UpcomingHearing& h : *hearings) {
        DeadlineItem item;
        item.kind = DeadlineItem::Kind::Hearing;
        item.caseId = h.caseId;
        item.due = h.date;
        item.detail = h.courtCaseNo.isEmpty() ? h.courtName : h.courtName + QStringLiteral(" · ") + h.courtCaseNo;
        out.push_back(std::move(item));
    }
    if (Status st = proclamations(today, horizon, out); !st) {
        return std::unexpected(st.error());
    }
    if (Status st = keepFiltered(filter, out); !st) {
        return std::unexpected(st.error());
    }
    std::stable_sort(out.begin(), out.end(), [](const DeadlineItem& a, const DeadlineItem& b) {
        return a.due != b.due ? a.due < b.due : a.caseLabel < b.caseLabel;
    });
    DeadlineList result;
    result.total = static_cast<qsizetype>(out.size());
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

// The cases of one office or officer, read once (indexed, scoped), and every row of another case dropped.
Status DeadlineQuery::keepFiltered(const DeadlineFilter& filter, std::vector<DeadlineItem>& items) {
    if (filter.officeId.isEmpty() && filter.officerId.isEmpty()) {
        return ok();
    }
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT c.id FROM cases c WHERE (:office = '' OR "
                                                        "c.office_id = :office) AND (:officer = '' OR "
                                                        "c.io_officer_id = :officer) AND %1")
                                             .arg(m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":office", nn(filter.officeId));
    stmt->bindNamed(":officer", nn(filter.officerId));
    QSet<QString> cases;
    Status read = forEachRow(*stmt, [&](Statement& row) { cases.insert(row.columnText(0)); });
    if (!read) {
        return read;
    }
    std::erase_if(items, [&](const DeadlineItem& item) { return !cases.contains(item.caseId); });
    return ok();
}

// A proclamation still waiting for its declaration: the earliest day the person may be declared a proclaimed
// offender. Past that day the period has run out and the declaration is due, shown as overdue.
Status DeadlineQuery::proclamations(QDate today, QDate horizon, std::vector<DeadlineItem>& out) {
    auto stmt = prepareScoped(
        m_context,
        QStringLiteral("SELECT e.case_id, e.person_id, substr(e.occurred_at, 1, 10) FROM events e "
                       "WHERE e.event_type = 'PROCLAMATION' AND e.case_id IS NOT NULL AND %1 "
                       "AND NOT EXISTS (SELECT 1 FROM events d WHERE d.event_type = 'DECLARED_PO' "
                       "AND d.case_id = e.case_id AND d.person_id IS e.person_id) "
                       "AND EXISTS (SELECT 1 FROM cases c WHERE c.id = e.case_id AND c.status NOT IN "
                       "('ENQUIRY_CLOSED', 'DROPPED_AFTER_INVESTIGATION', 'CONVICTED', 'ACQUITTED', 'DISPOSED'))")
            .arg(m_context.scope().caseIdVisible(QStringLiteral("e.case_id"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    return forEachRow(*stmt, [&](Statement& row) {
        const QDate published = fromIsoDate(row.columnText(2));
        const QDate due = earliestPoDeclaration(published, m_rules);
        if (!due.isValid() || due > horizon) {
            return;
        }
        DeadlineItem item;
        item.kind = DeadlineItem::Kind::Proclamation;
        item.caseId = row.columnText(0);
        item.personId = row.columnText(1);
        item.due = due;
        item.overdue = due < today;
        out.push_back(std::move(item));
    });
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
            .arg(modeltext::caseNumberSql(QStringLiteral("c")), m_context.scope().caseVisible(QStringLiteral("c"))));
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
                                             .arg(modeltext::personNameSql(scope, QStringLiteral("p")),
                                                  scope.personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":ids", jsonIds(ids));
    QHash<QString, QString> names;
    Status read = forEachRow(*stmt, [&](Statement& row) {
        names.insert(row.columnText(0), modeltext::nameOrPseudonym(row.columnValue(1), row.columnText(0)).toString());
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
