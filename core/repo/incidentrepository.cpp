#include "repo/incidentrepository.h"

#include "repo/recordupdate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::IncidentRepository)
};

constexpr qsizetype kMaxTitle = 300;
constexpr qsizetype kMaxPlace = 200;
constexpr qsizetype kMaxNotes = 20000;
constexpr int kMaxCount = 100000;

const QString kColumns = QStringLiteral("x.id, x.kind, x.title, x.occurred_on, x.location, x.country, x.vessel, "
                                        "x.departure_port, x.aboard, x.pk_dead, x.pk_missing, x.pk_survivors, "
                                        "x.notes");

std::optional<int> optionalInt(Statement& s, int column) {
    return s.columnIsNull(column) ? std::nullopt : std::optional<int>(static_cast<int>(s.columnInt(column)));
}

QVariant toVariant(const std::optional<int>& value) {
    return value ? QVariant(*value) : QVariant();
}

Incident readIncident(Statement& s) {
    Incident i;
    i.id = s.columnText(0);
    i.kind = incidentKindFromKey(s.columnText(1)).value_or(IncidentKind::Other);
    i.title = s.columnText(2);
    i.occurredOn = fromIsoDate(s.columnText(3));
    i.location = s.columnText(4);
    i.country = s.columnText(5);
    i.vessel = s.columnText(6);
    i.departurePort = s.columnText(7);
    i.aboard = optionalInt(s, 8);
    i.pkDead = optionalInt(s, 9);
    i.pkMissing = optionalInt(s, 10);
    i.pkSurvivors = optionalInt(s, 11);
    i.notes = s.columnText(12);
    return i;
}

} // namespace

QString IncidentRepository::visible(const QString& i) const {
    const Scope& scope = m_context.scope();
    if (scope.role() != Role::ProsecutorReader) {
        return QStringLiteral("1");
    }
    return QStringLiteral("EXISTS (SELECT 1 FROM cases ic WHERE ic.incident_id = %1.id AND %2)")
        .arg(i, scope.caseVisible(QStringLiteral("ic")));
}

Result<std::vector<Issue>> IncidentRepository::normalise(Incident& i) {
    std::vector<Issue> issues;
    cleanText(i.title, kMaxTitle, issues);
    for (QString* field : {&i.location, &i.vessel, &i.departurePort}) {
        cleanText(*field, kMaxPlace, issues);
    }
    cleanText(i.notes, kMaxNotes, issues, LineMode::MultiLine);
    if (i.title.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("incident.title"), Tr::tr("Give the incident a title.")});
    }
    if (!i.occurredOn.isValid()) {
        issues.push_back({Severity::Error, QStringLiteral("incident.date"), Tr::tr("Give the incident's date.")});
    }
    for (const std::optional<int>& count : {i.aboard, i.pkDead, i.pkMissing, i.pkSurvivors}) {
        if (count && (*count < 0 || *count > kMaxCount)) {
            issues.push_back({Severity::Error, QStringLiteral("incident.count"),
                              Tr::tr("A head count must lie between 0 and %L1.").arg(kMaxCount)});
            break;
        }
    }
    const int pakistanis = i.pkDead.value_or(0) + i.pkMissing.value_or(0) + i.pkSurvivors.value_or(0);
    if (i.aboard && pakistanis > *i.aboard) {
        // Counts come from different sources at different times; the officer decides which one is wrong.
        issues.push_back(
            {Severity::Warning, QStringLiteral("incident.counts_exceed_aboard"),
             Tr::tr("%n Pakistani dead, missing and survivors exceed the number aboard.", nullptr, pakistanis)});
    }
    i.country = i.country.trimmed().toUpper();
    if (!i.country.isEmpty()) {
        if (auto st = checkCountry(m_context, i.country, QStringLiteral("incident.country"), Tr::tr("Country"), issues);
            !st) {
            return std::unexpected(st.error());
        }
    }
    return refuseOnErrors(std::move(issues));
}

Status IncidentRepository::writeRow(const Incident& i, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO incidents (kind, title, occurred_on, location, country, "
                                                "vessel, departure_port, aboard, pk_dead, pk_missing, pk_survivors, "
                                                "notes, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                                "?13)")
                               : QStringLiteral("UPDATE incidents SET kind = ?1, title = ?2, occurred_on = ?3, "
                                                "location = ?4, country = ?5, vessel = ?6, departure_port = ?7, "
                                                "aboard = ?8, pk_dead = ?9, pk_missing = ?10, pk_survivors = ?11, "
                                                "notes = ?12 WHERE id = ?13");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, incidentKindKey(i.kind))
        .bind(2, i.title)
        .bind(3, isoDate(i.occurredOn))
        .bind(4, nn(i.location))
        .bind(5, orNull(i.country))
        .bind(6, nn(i.vessel))
        .bind(7, nn(i.departurePort))
        .bind(8, toVariant(i.aboard))
        .bind(9, toVariant(i.pkDead))
        .bind(10, toVariant(i.pkMissing))
        .bind(11, toVariant(i.pkSurvivors))
        .bind(12, nn(i.notes))
        .bind(13, i.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The incident no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> IncidentRepository::create(const Incident& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    Incident i = draft;
    i.id = newUuid();
    auto warnings = normalise(i);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("incident.create"), QStringLiteral("incident"), i.id,
                             QJsonObject{{QLatin1String("kind"), incidentKindKey(i.kind)}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(i, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{i.id, *warnings};
}

Result<SaveOutcome> IncidentRepository::update(const Incident& edited) {
    return updateRecord<Incident>(
        m_context, edited,
        {QStringLiteral("incident.update"),
         QStringLiteral("incident"),
         [this](const QString& id) { return get(id); },
         [this](Incident& after, const Incident&) -> Result<std::vector<Issue>> { return normalise(after); },
         [](const Incident& before, const Incident& after) -> std::vector<ChangedField> {
             return {{"kind", before.kind != after.kind},
                     {"title", before.title != after.title},
                     {"occurred_on", before.occurredOn != after.occurredOn},
                     {"place", before.location != after.location || before.country != after.country},
                     {"vessel", before.vessel != after.vessel || before.departurePort != after.departurePort},
                     {"counts", before.aboard != after.aboard || before.pkDead != after.pkDead ||
                                    before.pkMissing != after.pkMissing || before.pkSurvivors != after.pkSurvivors},
                     {"notes", before.notes != after.notes}};
         },
         {},
         [this](const Incident& after) {
             return writeRow(after, false);
         }});
}

Result<std::vector<Incident>> IncidentRepository::listWhere(const QString& where,
                                                            const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT %1 FROM incidents x WHERE (%2) AND %3 "
                                                        "ORDER BY x.occurred_on DESC, x.rowid")
                                             .arg(kColumns, where, visible(QStringLiteral("x"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Incident> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readIncident(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<Incident> IncidentRepository::get(const QString& id) {
    auto found = listWhere(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such incident, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<Incident>> IncidentRepository::list() {
    return listWhere(QStringLiteral("1"), [](Statement&) {});
}

Result<QStringList> IncidentRepository::linkedCaseIds(const QString& incidentId) {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT c.id FROM cases c WHERE c.incident_id = :id AND %1 "
                                                        "ORDER BY c.created_at, c.id")
                                             .arg(m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", incidentId);
    QStringList out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out << s.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
