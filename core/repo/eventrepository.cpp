#include "repo/eventrepository.h"

#include "repo/recordupdate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::EventRepository)
};

constexpr qsizetype kMaxLegalRef = 200;
constexpr qsizetype kMaxDescription = 5000;

const QString kColumns =
    QStringLiteral("x.id, x.case_id, x.person_id, x.event_type, x.occurred_at, x.legal_ref, x.description");

QString isoTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

TimelineEvent readEvent(Statement& s) {
    TimelineEvent e;
    e.id = s.columnText(0);
    e.caseId = s.columnText(1);
    e.personId = s.columnText(2);
    e.type = s.columnText(3);
    e.occurredAt = QDateTime::fromString(s.columnText(4), Qt::ISODateWithMs);
    e.legalRef = s.columnText(5);
    e.description = s.columnText(6);
    return e;
}

} // namespace

Result<std::vector<Issue>> EventRepository::normalise(TimelineEvent& event) {
    std::vector<Issue> issues;
    cleanText(event.legalRef, kMaxLegalRef, issues);
    cleanText(event.description, kMaxDescription, issues, LineMode::MultiLine);
    if (event.caseId.isEmpty() && event.personId.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("event.subject"),
                          Tr::tr("An event belongs to a case, a person, or both.")});
    }
    if (!event.occurredAt.isValid()) {
        issues.push_back({Severity::Error, QStringLiteral("event.time"),
                          Tr::tr("Give the date and time of the "
                                 "event.")});
    } else if (event.occurredAt > QDateTime::fromString(m_context.now(), Qt::ISODateWithMs)) {
        issues.push_back({Severity::Warning, QStringLiteral("event.future"),
                          Tr::tr("The event lies in the "
                                 "future.")});
    }
    auto type = m_context.db().prepare(QStringLiteral("SELECT legal_ref FROM ref_event_types WHERE code = ?"));
    if (!type) {
        return std::unexpected(type.error());
    }
    type->bind(1, nn(event.type));
    QString typeRef;
    auto st = readOne(
        *type, [&](Statement& s) { typeRef = s.columnText(0); }, QString());
    if (!st && st.error().code != ErrorCode::NotFound) {
        return std::unexpected(st.error());
    }
    if (!st) {
        issues.push_back({Severity::Error, QStringLiteral("event.type"),
                          Tr::tr("\"%1\" is not an event type in the reference list.").arg(visibleInput(event.type))});
    } else if (event.legalRef.isEmpty()) {
        event.legalRef = typeRef;
    }
    if (auto v =
            checkVisiblePerson(m_context, event.personId, QStringLiteral("event.person"), Tr::tr("person"), issues);
        !v) {
        return std::unexpected(v.error());
    }
    return refuseOnErrors(std::move(issues));
}

Status EventRepository::writeRow(const TimelineEvent& e, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO events (event_type, occurred_at, legal_ref, description, "
                                                "case_id, person_id, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                               : QStringLiteral("UPDATE events SET event_type = ?1, occurred_at = ?2, legal_ref = ?3, "
                                                "description = ?4 WHERE case_id IS ?5 AND person_id IS ?6 AND id = ?7");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, e.type)
        .bind(2, isoTime(e.occurredAt))
        .bind(3, nn(e.legalRef))
        .bind(4, nn(e.description))
        .bind(5, orNull(e.caseId))
        .bind(6, orNull(e.personId))
        .bind(7, e.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The event no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> EventRepository::add(const TimelineEvent& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    if (!draft.caseId.isEmpty()) {
        if (auto st = requireVisibleCase(m_context, draft.caseId); !st) {
            return std::unexpected(st.error());
        }
    }
    TimelineEvent event = draft;
    event.id = draft.id.isEmpty() ? newUuid() : draft.id; // a bundle import keeps the sender's UUID
    auto warnings = normalise(event);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("event.create"), QStringLiteral("event"), event.id,
                             QJsonObject{{QLatin1String("case"), event.caseId}, {QLatin1String("type"), event.type}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(event, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{event.id, *warnings};
}

Result<SaveOutcome> EventRepository::update(const TimelineEvent& edited) {
    return updateRecord<TimelineEvent>(
        m_context, edited,
        {QStringLiteral("event.update"), QStringLiteral("event"), [this](const QString& id) { return get(id); },
         [this](TimelineEvent& after, const TimelineEvent& before) -> Result<std::vector<Issue>> {
             after.caseId = before.caseId;
             after.personId = before.personId;
             return normalise(after);
         },
         [](const TimelineEvent& before, const TimelineEvent& after) -> std::vector<ChangedField> {
             return {{"type", before.type != after.type},
                     {"occurred_at", before.occurredAt != after.occurredAt},
                     {"legal_ref", before.legalRef != after.legalRef},
                     {"description", before.description != after.description}};
         },
         [](const TimelineEvent& after) {
             return QJsonObject{{QLatin1String("case"), after.caseId}};
         },
         [this](const TimelineEvent& after) {
             return writeRow(after, false);
         }});
}

Status EventRepository::remove(const QString& id) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto event = get(id);
    if (!event) {
        return std::unexpected(event.error());
    }
    const AuditRecord record{QStringLiteral("event.delete"), QStringLiteral("event"), id,
                             QJsonObject{{QLatin1String("case"), event->caseId}, {QLatin1String("type"), event->type}}};
    return m_context.write(record, ChangeNotifier::Kind::Deleted, [&]() -> Status {
        auto del = m_context.db().prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, id);
        return del->run();
    });
}

Result<std::vector<TimelineEvent>> EventRepository::list(const QString& where,
                                                         const std::function<void(Statement&)>& bind) {
    const Scope& scope = m_context.scope();
    // A case's event follows the case; a person's event outside any case follows the person.
    auto stmt =
        prepareScoped(m_context, QStringLiteral("SELECT %1 FROM events x LEFT JOIN cases c ON c.id = x.case_id "
                                                "LEFT JOIN persons p ON p.id = x.person_id WHERE (%2) AND "
                                                "((x.case_id IS NOT NULL AND %3) OR (x.case_id IS NULL AND %4)) "
                                                "ORDER BY x.occurred_at, x.rowid")
                                     .arg(kColumns, where, scope.caseVisible(QStringLiteral("c")),
                                          scope.personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<TimelineEvent> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readEvent(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<TimelineEvent> EventRepository::get(const QString& id) {
    auto found = list(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such event, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<TimelineEvent>> EventRepository::window(const QString& where, const QString& id,
                                                           const QDateTime& from, const QDateTime& to) {
    return list(QStringLiteral("%1 AND (:from IS NULL OR x.occurred_at >= :from) AND "
                               "(:to IS NULL OR x.occurred_at <= :to)")
                    .arg(where),
                [&](Statement& s) {
                    s.bindNamed(":id", id);
                    s.bindNamed(":from", from.isValid() ? isoTime(from) : QString());
                    s.bindNamed(":to", to.isValid() ? isoTime(to) : QString());
                });
}

Result<std::vector<TimelineEvent>> EventRepository::timelineForCase(const QString& caseId, const QDateTime& from,
                                                                    const QDateTime& to) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    return window(QStringLiteral("x.case_id = :id"), caseId, from, to);
}

Result<std::vector<TimelineEvent>> EventRepository::timelineForPerson(const QString& personId, const QDateTime& from,
                                                                      const QDateTime& to) {
    return window(QStringLiteral("x.person_id = :id"), personId, from, to);
}

} // namespace caselink
