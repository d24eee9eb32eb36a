#include "repo/routerepository.h"

#include "domain/localtime.h"
#include "repo/recordupdate.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RouteRepository)
};

constexpr qsizetype kMaxPlace = 200;

const QString kColumns = QStringLiteral("x.id, x.case_id, x.person_id, x.seq, x.from_country, x.from_place, "
                                        "x.to_country, x.to_place, x.mode, x.border_point, x.leg_date, "
                                        "x.facilitator_person_id, x.document_id, x.outcome");
// One chain: the legs of one traveller (or of the case's general route) in one case.
const QString kChain = QStringLiteral("case_id = :case AND person_id IS :person");

RouteLeg readLeg(Statement& s) {
    RouteLeg leg;
    leg.id = s.columnText(0);
    leg.caseId = s.columnText(1);
    leg.personId = s.columnText(2);
    leg.seq = static_cast<int>(s.columnInt(3));
    leg.fromCountry = s.columnText(4);
    leg.fromPlace = s.columnText(5);
    leg.toCountry = s.columnText(6);
    leg.toPlace = s.columnText(7);
    leg.mode = travelModeFromKey(s.columnText(8)).value_or(TravelMode::Land);
    leg.borderPoint = s.columnText(9);
    leg.date = fromIsoDate(s.columnText(10));
    leg.facilitatorPersonId = s.columnText(11);
    leg.documentId = s.columnText(12);
    leg.outcome = legOutcomeFromKey(s.columnText(13)).value_or(LegOutcome::Unknown);
    return leg;
}

void bindChain(Statement& s, const RouteLeg& leg) {
    s.bindNamed(":case", leg.caseId);
    s.bindNamed(":person", orNull(leg.personId));
}

} // namespace

Result<std::vector<Issue>> RouteRepository::normalise(RouteLeg& leg) {
    std::vector<Issue> issues;
    for (QString* field : {&leg.fromPlace, &leg.toPlace, &leg.borderPoint}) {
        cleanText(*field, kMaxPlace, issues);
    }
    leg.fromCountry = leg.fromCountry.trimmed().toUpper();
    leg.toCountry = leg.toCountry.trimmed().toUpper();
    Status st = checkCountry(m_context, leg.fromCountry, QStringLiteral("route.from_country"), Tr::tr("From"), issues);
    if (st) {
        st = checkCountry(m_context, leg.toCountry, QStringLiteral("route.to_country"), Tr::tr("To"), issues);
    }
    if (st) {
        st = checkVisiblePerson(m_context, leg.personId, QStringLiteral("route.person"), Tr::tr("traveller"), issues);
    }
    if (st) {
        st = checkVisiblePerson(m_context, leg.facilitatorPersonId, QStringLiteral("route.facilitator"),
                                Tr::tr("facilitator"), issues);
    }
    if (st && !leg.documentId.isEmpty()) {
        auto stmt = m_context.db().prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ? AND case_id = ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, leg.documentId).bind(2, leg.caseId);
        st = readOne(
            *stmt, [](Statement&) {}, QString());
        if (!st && st.error().code == ErrorCode::NotFound) {
            issues.push_back({Severity::Error, QStringLiteral("route.document"),
                              Tr::tr("The document used must be one recorded in the same case.")});
            st = ok();
        }
    }
    if (!st) {
        return std::unexpected(st.error());
    }
    if (leg.date.isValid() && leg.date > officeToday(parseStoredInstant(m_context.now()))) {
        issues.push_back({Severity::Warning, QStringLiteral("route.future_date"),
                          Tr::tr("The leg's date is in the "
                                 "future.")});
    }
    return refuseOnErrors(std::move(issues));
}

Status RouteRepository::writeRow(const RouteLeg& leg, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO route_legs (from_country, from_place, to_country, "
                                                "to_place, mode, border_point, leg_date, facilitator_person_id, "
                                                "document_id, outcome, case_id, person_id, seq, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                               : QStringLiteral("UPDATE route_legs SET from_country = ?1, from_place = ?2, "
                                                "to_country = ?3, to_place = ?4, mode = ?5, border_point = ?6, "
                                                "leg_date = ?7, facilitator_person_id = ?8, document_id = ?9, "
                                                "outcome = ?10 WHERE case_id = ?11 AND person_id IS ?12 AND "
                                                "seq = ?13 AND id = ?14");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, leg.fromCountry)
        .bind(2, nn(leg.fromPlace))
        .bind(3, leg.toCountry)
        .bind(4, nn(leg.toPlace))
        .bind(5, travelModeKey(leg.mode))
        .bind(6, nn(leg.borderPoint))
        .bind(7, isoDate(leg.date))
        .bind(8, orNull(leg.facilitatorPersonId))
        .bind(9, orNull(leg.documentId))
        .bind(10, legOutcomeKey(leg.outcome))
        .bind(11, leg.caseId)
        .bind(12, orNull(leg.personId))
        .bind(13, leg.seq)
        .bind(14, leg.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The route leg no longer exists."));
    }
    return ok();
}

Result<int> RouteRepository::chainLength(const RouteLeg& leg) {
    auto stmt = m_context.db().prepare(QStringLiteral("SELECT count(*) FROM route_legs WHERE %1").arg(kChain));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindChain(*stmt, leg);
    int length = 0;
    if (auto st = readOne(
            *stmt, [&](Statement& s) { length = static_cast<int>(s.columnInt(0)); }, QString());
        !st) {
        return std::unexpected(st.error());
    }
    return length;
}

Status RouteRepository::shift(const RouteLeg& leg, int fromSeq, int toSeq, int by) {
    auto stmt = m_context.db().prepare(
        QStringLiteral("UPDATE route_legs SET seq = seq + :by WHERE %1 AND seq BETWEEN :low AND :high").arg(kChain));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindChain(*stmt, leg);
    stmt->bindNamed(":by", std::int64_t(by));
    stmt->bindNamed(":low", std::int64_t(fromSeq));
    stmt->bindNamed(":high", std::int64_t(toSeq));
    return stmt->run();
}

Status RouteRepository::setSeq(const QString& id, int seq) {
    auto stmt = m_context.db().prepare(QStringLiteral("UPDATE route_legs SET seq = ? WHERE id = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, seq).bind(2, id);
    return stmt->run();
}

Result<SaveOutcome> RouteRepository::add(const RouteLeg& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = requireVisibleCase(m_context, draft.caseId); !st) {
        return std::unexpected(st.error());
    }
    RouteLeg leg = draft;
    leg.id = draft.id.isEmpty() ? newUuid() : draft.id; // an undone leg comes back under its id
    auto warnings = normalise(leg);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("route_leg.create"), QStringLiteral("route_leg"), leg.id,
                             QJsonObject{{QLatin1String("case"), leg.caseId}}};
    auto work = [&]() -> Status {
        auto length = chainLength(leg);
        if (!length) {
            return std::unexpected(length.error());
        }
        if (leg.seq <= 0 || leg.seq > *length) {
            leg.seq = *length + 1;
        } else if (auto st = shift(leg, leg.seq, *length, 1); !st) {
            return st;
        }
        return writeRow(leg, true);
    };
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, work); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{leg.id, *warnings};
}

Result<SaveOutcome> RouteRepository::update(const RouteLeg& edited) {
    return updateRecord<RouteLeg>(
        m_context, edited,
        {QStringLiteral("route_leg.update"), QStringLiteral("route_leg"), [this](const QString& id) { return get(id); },
         [this](RouteLeg& after, const RouteLeg& before) -> Result<std::vector<Issue>> {
             after.caseId = before.caseId;
             after.personId = before.personId;
             after.seq = before.seq;
             return normalise(after);
         },
         [](const RouteLeg& before, const RouteLeg& after) -> std::vector<ChangedField> {
             return {{"from", before.fromCountry != after.fromCountry || before.fromPlace != after.fromPlace},
                     {"to", before.toCountry != after.toCountry || before.toPlace != after.toPlace},
                     {"mode", before.mode != after.mode},
                     {"border_point", before.borderPoint != after.borderPoint},
                     {"date", before.date != after.date},
                     {"facilitator", before.facilitatorPersonId != after.facilitatorPersonId},
                     {"document", before.documentId != after.documentId},
                     {"outcome", before.outcome != after.outcome}};
         },
         [](const RouteLeg& after) {
             return QJsonObject{{QLatin1String("case"), after.caseId}};
         },
         [this](const RouteLeg& after) {
             return writeRow(after, false);
         }});
}

Status RouteRepository::move(const QString& id, int seq) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto leg = get(id);
    if (!leg) {
        return std::unexpected(leg.error());
    }
    auto length = chainLength(*leg);
    if (!length) {
        return std::unexpected(length.error());
    }
    const int from = leg->seq;
    const int to = std::clamp(seq, 1, *length);
    const AuditRecord record{QStringLiteral("route_leg.move"), QStringLiteral("route_leg"), id,
                             QJsonObject{{QLatin1String("case"), leg->caseId},
                                         {QLatin1String("from_seq"), from},
                                         {QLatin1String("to_seq"), to}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        Status st = to < from ? shift(*leg, to, from - 1, 1) : shift(*leg, from + 1, to, -1);
        return st ? setSeq(id, to) : st;
    });
}

Status RouteRepository::remove(const QString& id) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto leg = get(id);
    if (!leg) {
        return std::unexpected(leg.error());
    }
    const AuditRecord record{QStringLiteral("route_leg.delete"), QStringLiteral("route_leg"), id,
                             QJsonObject{{QLatin1String("case"), leg->caseId}}};
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        auto del = m_context.db().prepare(QStringLiteral("DELETE FROM route_legs WHERE id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, id);
        if (auto st = del->run(); !st) {
            return st;
        }
        return shift(*leg, leg->seq + 1, std::numeric_limits<int>::max(), -1);
    });
}

Result<std::vector<RouteLeg>> RouteRepository::list(const QString& where, const std::function<void(Statement&)>& bind) {
    auto stmt =
        prepareScoped(m_context, QStringLiteral("SELECT %1 FROM route_legs x JOIN cases c ON c.id = x.case_id "
                                                "WHERE (%2) AND %3 ORDER BY x.person_id IS NOT NULL, x.person_id, "
                                                "x.seq")
                                     .arg(kColumns, where, m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<RouteLeg> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readLeg(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<RouteLeg> RouteRepository::get(const QString& id) {
    auto found = list(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such route leg, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<RouteLeg>> RouteRepository::chainForCase(const QString& caseId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    return list(QStringLiteral("x.case_id = :case"), [&](Statement& s) { s.bindNamed(":case", caseId); });
}

Result<std::vector<RouteLeg>> RouteRepository::chainForCase(const QString& caseId, const QString& personId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    return list(QStringLiteral("x.case_id = :case AND x.person_id IS :person"), [&](Statement& s) {
        s.bindNamed(":case", caseId);
        s.bindNamed(":person", orNull(personId));
    });
}

} // namespace caselink
