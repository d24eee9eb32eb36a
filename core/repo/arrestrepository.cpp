#include "repo/arrestrepository.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QUuid>

#include "domain/documentdate.h"
#include "domain/localtime.h"
#include "domain/textinput.h"
#include "repo/deadlinequery.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ArrestRepository)
};

constexpr qsizetype kMaxLine = 300;
constexpr qint64 kClockSkewSecs = 10 * 60;

const QString kArrestColumns =
    QStringLiteral("a.id, a.case_id, a.person_id, a.arrested_at, a.place, a.arresting_office_id, a.category, "
                   "a.airport_intercept, a.stop_list_hit, a.produced_before_magistrate_at, a.date_reason, "
                   "a.production_delay_reason");

// Timeline events that a record here creates get an id derived from that record, so removing or correcting the
// record finds its event without a column the schema does not have.
QString eventIdFor(const QString& recordId, const char* eventType) {
    return QUuid::createUuidV5(QUuid::fromString(recordId), QByteArray(eventType)).toString(QUuid::WithoutBraces);
}

QString isoUtc(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Status forEachRow(Statement& stmt, const std::function<void(Statement&)>& each) {
    while (true) {
        auto row = stmt.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return ok();
        }
        each(stmt);
    }
}

Arrest arrestFromRow(const Statement& s) {
    Arrest a;
    a.id = s.columnText(0);
    a.caseId = s.columnText(1);
    a.personId = s.columnText(2);
    a.arrestedAt = QDateTime::fromString(s.columnText(3), Qt::ISODateWithMs);
    a.place = s.columnText(4);
    a.arrestingOfficeId = s.columnText(5);
    a.category = arrestCategoryFromKey(s.columnText(6)).value_or(ArrestCategory::General);
    a.airportIntercept = airportInterceptFromKey(s.columnText(7)).value_or(AirportIntercept::None);
    a.stopListHit = s.columnInt(8) != 0;
    if (!s.columnIsNull(9)) {
        a.producedBeforeMagistrateAt = QDateTime::fromString(s.columnText(9), Qt::ISODateWithMs);
    }
    a.dateReason = s.columnText(10);
    a.productionDelayReason = s.columnText(11);
    return a;
}

// Union of the periods' days, through the same counting the section 167 check uses (no ceiling here).
int coveredDays(const std::vector<RemandPeriod>& periods) {
    if (periods.empty()) {
        return 0;
    }
    LegalClockRules unlimited;
    unlimited.maxPhysicalRemandDays = std::numeric_limits<int>::max();
    const std::vector<RemandPeriod> rest(periods.begin() + 1, periods.end());
    const auto total = checkPhysicalRemand(rest, periods.front(), unlimited);
    return total.value ? total.value->total : 0;
}

// The first day the case was registered on (enquiry or FIR), in Pakistan: an arrest before it needs a reason.
QDate registrationDay(const CaseRecord& c) {
    QDate first;
    for (const QDate& d : {c.enquiryDate, c.firDate}) {
        if (d.isValid() && (!first.isValid() || d < first)) {
            first = d;
        }
    }
    return first;
}

// A reason the officer gave, cleaned; what was typed stays as typed apart from control characters and length.
void cleanReason(QString& reason, std::vector<Issue>& issues) {
    auto clean = sanitizeText(reason, kMaxLine);
    issues.insert(issues.end(), clean.issues.begin(), clean.issues.end());
    reason = clean.value ? clean.value->trimmed() : QString();
}

// A production later than s.61 allows is recorded only with the reason for the delay.
void requireDelayReason(const std::vector<Issue>& productionIssues, const QString& reason, std::vector<Issue>& issues) {
    if (hasIssue(productionIssues, u"clock.production_late") && reason.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("arrest.production_delay_reason_missing"),
                          Tr::tr("The production before the magistrate came more than 24 hours after the arrest. "
                                 "Record the reason for the delay (e.g. the journey to the court).")});
    }
}

} // namespace

// --- Arrests -----------------------------------------------------------------------------------------------------

Result<SaveOutcome> ArrestRepository::record(const Arrest& draft) {
    auto theCase = m_cases.get(draft.caseId);
    if (!theCase) {
        return std::unexpected(theCase.error());
    }
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    Arrest a = draft;
    a.id = draft.id.isEmpty() ? newUuid() : draft.id; // a bundle import keeps the sender's UUID
    const Scope& scope = m_context.scope();
    if (a.arrestingOfficeId.isEmpty()) {
        a.arrestingOfficeId = m_context.session().user().officeId;
    } else if (!scope.officeIds().contains(a.arrestingOfficeId)) {
        return fail(ErrorCode::Permission, Tr::tr("The arresting office must be your office or a unit under it."));
    }
    std::vector<Issue> issues;
    auto place = sanitizeText(a.place, kMaxLine);
    issues = place.issues;
    if (place.value) {
        a.place = *place.value;
    }
    cleanReason(a.dateReason, issues);
    cleanReason(a.productionDelayReason, issues);
    const QDateTime now = QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
    if (!a.arrestedAt.isValid()) {
        issues.push_back({Severity::Error, QStringLiteral("arrest.time_missing"), Tr::tr("Enter the time of arrest.")});
    } else if (a.arrestedAt > now.addSecs(kClockSkewSecs) && a.dateReason.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("arrest.time_future"),
                          Tr::tr("The time of arrest lies in the future. Correct it, or confirm it by recording the "
                                 "reason.")});
    } else if (const QDate registered = registrationDay(*theCase);
               registered.isValid() && officeDate(a.arrestedAt) < registered && a.dateReason.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("arrest.before_registration"),
                          Tr::tr("The arrest on %1 is dated before case %2 was registered on %3. Correct the date, "
                                 "or confirm it by recording the reason.")
                              .arg(displayDate(officeDate(a.arrestedAt)), theCase->label(), displayDate(registered))});
    }
    if (a.producedBeforeMagistrateAt && a.arrestedAt.isValid()) {
        auto produced = checkMagistrateProduction(a.arrestedAt, *a.producedBeforeMagistrateAt, m_rules);
        issues.insert(issues.end(), produced.issues.begin(), produced.issues.end());
        requireDelayReason(produced.issues, a.productionDelayReason, issues);
    }
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    auto roles =
        m_context.db().prepare(QStringLiteral("SELECT 1 FROM case_persons WHERE case_id = ? AND person_id = ?"));
    if (!roles) {
        return std::unexpected(roles.error());
    }
    roles->bind(1, a.caseId).bind(2, a.personId);
    auto hasRole = roles->step();
    if (!hasRole) {
        return std::unexpected(hasRole.error());
    }
    if (!*hasRole) {
        return fail(ErrorCode::Input, Tr::tr("Add the person to the case with a role before recording the arrest."));
    }
    const AuditRecord record{
        QStringLiteral("arrest.create"), QStringLiteral("arrest"), a.id,
        QJsonObject{{QLatin1String("case"), a.caseId},
                    {QLatin1String("person"), a.personId},
                    {QLatin1String("arrested_at"), a.arrestedAt.toUTC().toString(Qt::ISODateWithMs)},
                    {QLatin1String("category"), arrestCategoryKey(a.category)},
                    {QLatin1String("airport_intercept"), airportInterceptKey(a.airportIntercept)},
                    {QLatin1String("stop_list_hit"), a.stopListHit},
                    {QLatin1String("office"), a.arrestingOfficeId},
                    {QLatin1String("produced"), a.producedBeforeMagistrateAt.has_value()},
                    {QLatin1String("date_reason"), !a.dateReason.isEmpty()},
                    {QLatin1String("production_delay_reason"), !a.productionDelayReason.isEmpty()}}};
    auto work = [&]() -> Status {
        Database& db = m_context.db();
        auto insert = db.prepare(QStringLiteral(
            "INSERT INTO arrests (id, case_id, person_id, arrested_at, place, arresting_office_id, category, "
            "airport_intercept, stop_list_hit, produced_before_magistrate_at, date_reason, production_delay_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        auto status = db.prepare(
            QStringLiteral("UPDATE case_persons SET arrest_status = 'ARRESTED' WHERE case_id = ? AND person_id = ?"));
        if (!insert || !status) {
            return fail(ErrorCode::Internal, Tr::tr("Cannot record the arrest."));
        }
        insert->bind(1, a.id)
            .bind(2, a.caseId)
            .bind(3, a.personId)
            .bind(4, isoUtc(a.arrestedAt))
            .bind(5, nn(a.place))
            .bind(6, a.arrestingOfficeId)
            .bind(7, arrestCategoryKey(a.category))
            .bind(8, airportInterceptKey(a.airportIntercept))
            .bind(9, a.stopListHit ? 1 : 0)
            .bind(10, a.producedBeforeMagistrateAt ? isoUtc(*a.producedBeforeMagistrateAt) : QString())
            .bind(11, nn(a.dateReason))
            .bind(12, nn(a.productionDelayReason));
        status->bind(1, a.caseId).bind(2, a.personId);
        for (Statement* stmt : {&*insert, &*status}) {
            if (auto st = stmt->run(); !st) {
                return st;
            }
        }
        if (auto st =
                insertEvent(eventIdFor(a.id, "ARREST"), a, QStringLiteral("ARREST"), isoUtc(a.arrestedAt), a.place);
            !st) {
            return st;
        }
        if (a.producedBeforeMagistrateAt) {
            return insertEvent(eventIdFor(a.id, "PRODUCED_BEFORE_MAGISTRATE"), a,
                               QStringLiteral("PRODUCED_BEFORE_MAGISTRATE"), isoUtc(*a.producedBeforeMagistrateAt), {});
        }
        return ok();
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, work); !st) {
        return std::unexpected(st.error());
    }
    m_context.notifier().notify(RecordKind::Case, a.caseId, ChangeNotifier::Kind::Updated);
    return SaveOutcome{a.id, issues};
}

Result<std::vector<Issue>> ArrestRepository::recordProduction(const QString& arrestId, const QDateTime& producedAt,
                                                              const QString& delayReason) {
    auto a = get(arrestId);
    if (!a) {
        return std::unexpected(a.error());
    }
    auto checked = checkMagistrateProduction(a->arrestedAt, producedAt, m_rules);
    if (!checked.ok()) {
        return fail(ErrorCode::Input, errorMessages(checked.issues));
    }
    QString reason = delayReason;
    std::vector<Issue> reasonIssues;
    cleanReason(reason, reasonIssues);
    requireDelayReason(checked.issues, reason, reasonIssues);
    if (hasErrors(reasonIssues)) {
        return fail(ErrorCode::Input, errorMessages(reasonIssues));
    }
    const bool late = hasIssue(checked.issues, u"clock.production_late");
    const AuditRecord record{QStringLiteral("arrest.production"), QStringLiteral("arrest"), arrestId,
                             QJsonObject{{QLatin1String("late"), late},
                                         {QLatin1String("corrected"), a->producedBeforeMagistrateAt.has_value()}}};
    auto work = [&]() -> Status {
        auto update = m_context.db().prepare(QStringLiteral("UPDATE arrests SET produced_before_magistrate_at = ?, "
                                                            "production_delay_reason = ? WHERE id = ?"));
        if (!update) {
            return std::unexpected(update.error());
        }
        update->bind(1, isoUtc(producedAt)).bind(2, nn(late ? reason : QString())).bind(3, arrestId);
        if (auto st = update->run(); !st) {
            return st;
        }
        const QString eventId = eventIdFor(arrestId, "PRODUCED_BEFORE_MAGISTRATE");
        if (auto st = deleteEvent(eventId); !st) {
            return st;
        }
        return insertEvent(eventId, *a, QStringLiteral("PRODUCED_BEFORE_MAGISTRATE"), isoUtc(producedAt), {});
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, work); !st) {
        return std::unexpected(st.error());
    }
    return checked.issues;
}

Result<Arrest> ArrestRepository::get(const QString& arrestId) {
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT %1 FROM arrests a JOIN cases c ON c.id = a.case_id WHERE a.id = :id AND %2")
            .arg(kArrestColumns, scope.caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", arrestId);
    scope.bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("No such arrest, or not in your scope."));
    }
    return arrestFromRow(*stmt);
}

Result<std::vector<Arrest>> ArrestRepository::forCase(const QString& caseId) {
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT %1 FROM arrests a JOIN cases c ON c.id = a.case_id WHERE a.case_id = :case AND %2 "
                       "ORDER BY a.arrested_at, a.id")
            .arg(kArrestColumns, scope.caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":case", caseId);
    scope.bind(*stmt);
    std::vector<Arrest> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(arrestFromRow(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

// --- Custody -----------------------------------------------------------------------------------------------------

Result<SaveOutcome> ArrestRepository::addCustody(const CustodyPeriod& draft) {
    auto a = get(draft.arrestId);
    if (!a) {
        return std::unexpected(a.error());
    }
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    CustodyPeriod p = draft;
    p.id = draft.id.isEmpty() ? newUuid() : draft.id; // a bundle import keeps the sender's UUID
    std::vector<Issue> issues;
    for (QString* field : {&p.magistrate, &p.orderRef}) {
        auto clean = sanitizeText(*field, kMaxLine);
        issues.insert(issues.end(), clean.issues.begin(), clean.issues.end());
        if (clean.value) {
            *field = *clean.value;
        }
    }
    if (!p.from.isValid() || !p.to.isValid() || p.to < p.from) {
        issues.push_back({Severity::Error, QStringLiteral("custody.invalid_period"),
                          Tr::tr("A remand needs a start date and an end date that is not before it.")});
    } else if (p.from < officeDate(a->arrestedAt)) {
        issues.push_back({Severity::Error, QStringLiteral("custody.before_arrest"),
                          Tr::tr("The remand starts on %1, before the arrest on %2.")
                              .arg(displayDate(p.from), displayDate(officeDate(a->arrestedAt)))});
    }
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    const QString kind = custodyKindKey(p.kind);
    const AuditRecord record{QStringLiteral("arrest.custody_add"), QStringLiteral("arrest"), a->id,
                             QJsonObject{{QLatin1String("period"), p.id},
                                         {QLatin1String("kind"), kind},
                                         {QLatin1String("from"), p.from.toString(Qt::ISODate)},
                                         {QLatin1String("to"), p.to.toString(Qt::ISODate)}}};
    auto work = [&]() -> Status {
        // The ceiling is checked inside the write transaction: two remands entered at once cannot both slip under it.
        if (p.kind == CustodyKind::Physical) {
            auto granted = custody(a->id);
            if (!granted) {
                return std::unexpected(granted.error());
            }
            std::vector<RemandPeriod> periods;
            for (const CustodyPeriod& g : *granted) {
                if (g.kind == CustodyKind::Physical) {
                    periods.push_back({g.from, g.to});
                }
            }
            auto check = checkPhysicalRemand(periods, {p.from, p.to}, m_rules);
            if (!check.ok()) {
                return fail(ErrorCode::Input, errorMessages(check.issues));
            }
            issues.insert(issues.end(), check.issues.begin(), check.issues.end());
        }
        auto insert = m_context.db().prepare(QStringLiteral("INSERT INTO custody_periods (id, arrest_id, kind, "
                                                            "from_date, to_date, magistrate, order_ref) VALUES (?, ?, "
                                                            "?, ?, ?, ?, ?)"));
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bind(1, p.id)
            .bind(2, a->id)
            .bind(3, kind)
            .bind(4, p.from.toString(Qt::ISODate))
            .bind(5, p.to.toString(Qt::ISODate))
            .bind(6, nn(p.magistrate))
            .bind(7, nn(p.orderRef));
        if (auto st = insert->run(); !st) {
            return st;
        }
        const char* type = p.kind == CustodyKind::Physical ? "PHYSICAL_REMAND" : "JUDICIAL_REMAND";
        return insertEvent(eventIdFor(p.id, type), *a, QString::fromLatin1(type), p.from.toString(Qt::ISODate),
                           Tr::tr("%1 to %2").arg(displayDate(p.from), displayDate(p.to)));
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, work); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{p.id, issues};
}

Result<CustodyPeriod> ArrestRepository::getCustody(const QString& periodId) {
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(
        QStringLiteral("SELECT p.id, p.arrest_id, p.kind, p.from_date, p.to_date, p.magistrate, p.order_ref "
                       "FROM custody_periods p JOIN arrests a ON a.id = p.arrest_id JOIN cases c ON c.id = a.case_id "
                       "WHERE p.id = :id AND %1")
            .arg(scope.caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", periodId);
    scope.bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("No such remand order, or not in your scope."));
    }
    return CustodyPeriod{stmt->columnText(0),
                         stmt->columnText(1),
                         custodyKindFromKey(stmt->columnText(2)).value_or(CustodyKind::Physical),
                         QDate::fromString(stmt->columnText(3), Qt::ISODate),
                         QDate::fromString(stmt->columnText(4), Qt::ISODate),
                         stmt->columnText(5),
                         stmt->columnText(6)};
}

Status ArrestRepository::removeCustody(const QString& periodId) {
    auto p = getCustody(periodId);
    if (!p) {
        return std::unexpected(p.error());
    }
    const AuditRecord record{QStringLiteral("arrest.custody_remove"), QStringLiteral("arrest"), p->arrestId,
                             QJsonObject{{QLatin1String("period"), p->id},
                                         {QLatin1String("kind"), custodyKindKey(p->kind)},
                                         {QLatin1String("from"), p->from.toString(Qt::ISODate)},
                                         {QLatin1String("to"), p->to.toString(Qt::ISODate)}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto del = m_context.db().prepare(QStringLiteral("DELETE FROM custody_periods WHERE id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, p->id);
        if (auto st = del->run(); !st) {
            return st;
        }
        return deleteEvent(eventIdFor(p->id, p->kind == CustodyKind::Physical ? "PHYSICAL_REMAND" : "JUDICIAL_REMAND"));
    });
}

Result<std::vector<CustodyPeriod>> ArrestRepository::custody(const QString& arrestId) {
    if (auto a = get(arrestId); !a) {
        return std::unexpected(a.error());
    }
    auto stmt = m_context.db().prepare(QStringLiteral("SELECT id, arrest_id, kind, from_date, to_date, magistrate, "
                                                      "order_ref FROM custody_periods WHERE arrest_id = ? "
                                                      "ORDER BY from_date, id"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, arrestId);
    std::vector<CustodyPeriod> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back({s.columnText(0), s.columnText(1),
                       custodyKindFromKey(s.columnText(2)).value_or(CustodyKind::Physical),
                       QDate::fromString(s.columnText(3), Qt::ISODate), QDate::fromString(s.columnText(4), Qt::ISODate),
                       s.columnText(5), s.columnText(6)});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<RemandSummary> ArrestRepository::remandTotal(const QString& arrestId) {
    auto periods = custody(arrestId);
    if (!periods) {
        return std::unexpected(periods.error());
    }
    std::vector<RemandPeriod> physical;
    std::vector<RemandPeriod> judicial;
    for (const CustodyPeriod& p : *periods) {
        (p.kind == CustodyKind::Physical ? physical : judicial).push_back({p.from, p.to});
    }
    RemandSummary summary;
    summary.physicalDays = coveredDays(physical);
    summary.judicialDays = coveredDays(judicial);
    summary.remainingPhysicalDays = std::max(0, m_rules.maxPhysicalRemandDays - summary.physicalDays);
    return summary;
}

// --- Timeline ----------------------------------------------------------------------------------------------------

Status ArrestRepository::insertEvent(const QString& id, const Arrest& arrest, const QString& type,
                                     const QString& occurredAt, const QString& description) {
    // The legal reference comes from the editable reference table, not from code.
    auto stmt = m_context.db().prepare(
        QStringLiteral("INSERT INTO events (id, case_id, person_id, event_type, occurred_at, legal_ref, description) "
                       "SELECT ?1, ?2, ?3, code, ?4, legal_ref, ?5 FROM ref_event_types WHERE code = ?6"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id).bind(2, arrest.caseId).bind(3, arrest.personId).bind(4, occurredAt).bind(5, nn(description));
    stmt->bind(6, type);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::Integrity, Tr::tr("The event type %1 is missing from the reference data.").arg(type));
    }
    return ok();
}

Status ArrestRepository::deleteEvent(const QString& id) {
    auto stmt = m_context.db().prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return stmt->run();
}

} // namespace caselink
