// HeldBundleWriter: both decisions on a bundle's held person create the incoming record with the sending office's
// UUID and write what bundle import held back with it, through the repositories and so with their checks. Everything
// written is listed in the decision, so remove() takes out exactly that.
#include "exchange/heldbundlewriter.h"

#include <QUuid>

#include "exchange/bundlerecords.h"
#include "repo/arrestrepository.h"
#include "repo/caseroles.h"
#include "repo/eventrepository.h"
#include "repo/personrepository.h"
#include "repo/recordremoval.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

// The same derivation ArrestRepository uses for the events an arrest or a custody order creates.
QString eventIdFor(const QString& recordId, const char* eventType) {
    return QUuid::createUuidV5(QUuid::fromString(recordId), QByteArray(eventType)).toString(QUuid::WithoutBraces);
}

QStringList derivedEventIds(const CaseFileArrest& a) {
    QStringList ids{eventIdFor(a.arrest.id, "ARREST"), eventIdFor(a.arrest.id, "PRODUCED_BEFORE_MAGISTRATE")};
    for (const CustodyPeriod& c : a.custody) {
        ids << eventIdFor(c.id, c.kind == CustodyKind::Physical ? "PHYSICAL_REMAND" : "JUDICIAL_REMAND");
    }
    return ids;
}

QStringList strings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out << v.toString();
    }
    return out;
}

// Errors about one record (bad values, conflicts, permissions) that leave the rest of a decision standing.
bool recordLevel(const Error& e) {
    return e.code == ErrorCode::Input || e.code == ErrorCode::Conflict || e.code == ErrorCode::Permission ||
           e.code == ErrorCode::NotFound;
}

} // namespace

Result<bool> HeldBundleWriter::recorded(Database& db, const QString& table, const QString& id) {
    auto stmt = db.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return stmt->step();
}

Status HeldBundleWriter::write(const CaseFileParty& party, const QJsonArray& heldEvents) {
    if (auto st = person(party.person); !st) {
        return st;
    }
    if (auto st = roles(party); !st) {
        return st;
    }
    if (auto st = arrests(party); !st) {
        return st;
    }
    return events(heldEvents, party.person.id);
}

Status HeldBundleWriter::skip(const Error& error, const QString& what) {
    if (!recordLevel(error)) {
        return std::unexpected(error);
    }
    m_outcome.skipped << tr("%1: %2").arg(what, error.message);
    return ok();
}

Status HeldBundleWriter::person(const Person& incoming) {
    auto present = recorded(m_context.db(), u"persons"_s, incoming.id);
    if (!present) {
        return std::unexpected(present.error());
    }
    m_decision.insert(u"created_person"_s, !*present);
    if (*present) {
        // Recorded since (another bundle, another decision): the held records join that record.
        m_outcome.written << tr("The incoming record was here already; its records were added to it.");
        return ok();
    }
    Person draft = incoming;
    draft.officeId.clear();
    draft.mergedInto.clear();
    draft.isProtected = false;
    auto created = PersonRepository(m_context).create(draft);
    if (!created) {
        return std::unexpected(created.error());
    }
    m_outcome.written << tr("The incoming record was added with the sending office's id.");
    return ok();
}

Status HeldBundleWriter::roles(const CaseFileParty& party) {
    QJsonArray written;
    for (const CaseRole& role : party.roles) {
        const QString what = tr("Role %1").arg(personRoleDisplayName(role.role));
        auto present = recorded(m_context.db(), u"case_persons"_s, role.id);
        if (!present) {
            return std::unexpected(present.error());
        }
        if (*present) {
            m_outcome.skipped << tr("%1: recorded here already, kept as it is.").arg(what);
            continue;
        }
        CaseRole draft = role;
        draft.caseId = m_caseId;
        draft.personId = party.person.id;
        if (auto added = CaseRoleRepository(m_context).add(draft); !added) {
            if (auto st = skip(added.error(), what); !st) {
                return st;
            }
            continue;
        }
        written.append(role.id);
    }
    m_decision.insert(u"roles"_s, written);
    if (!written.isEmpty()) {
        m_outcome.written << tr("%n role(s) in the case", nullptr, static_cast<int>(written.size()));
    }
    return ok();
}

// A bundle imported before held events waited with their person wrote the arrest's own events without the person;
// recording the arrest now writes them again, with the person, so those copies are taken out (and put back on reopen).
Status HeldBundleWriter::adoptOrphans(const CaseFileArrest& a, QJsonArray& adopted) {
    EventRepository events(m_context);
    for (const QString& id : derivedEventIds(a)) {
        auto event = events.get(id);
        if (!event) {
            if (event.error().code == ErrorCode::NotFound) {
                continue;
            }
            return std::unexpected(event.error());
        }
        if (!event->personId.isEmpty() || event->caseId != m_caseId) {
            continue;
        }
        if (auto st = events.remove(id); !st) {
            return st;
        }
        adopted.append(bundlerecords::eventToJson(*event));
    }
    return ok();
}

Status HeldBundleWriter::arrests(const CaseFileParty& party) {
    ArrestRepository arrests(m_context);
    QJsonArray written;
    QJsonArray adopted;
    int custody = 0;
    for (const CaseFileArrest& a : party.arrests) {
        const QString what = tr("Arrest of %1").arg(a.arrest.arrestedAt.toString(Qt::ISODate));
        auto present = recorded(m_context.db(), u"arrests"_s, a.arrest.id);
        if (!present) {
            return std::unexpected(present.error());
        }
        if (*present) {
            m_outcome.skipped << tr("%1: recorded here already, kept as it is.").arg(what);
            continue;
        }
        // The role's arrest status before the arrest, for reopen (RecordRemoval::removeArrest sets it back).
        auto status = m_context.db().prepare(
            u"SELECT arrest_status FROM case_persons WHERE case_id = ? AND person_id = ? ORDER BY rowid LIMIT 1"_s);
        if (!status) {
            return std::unexpected(status.error());
        }
        status->bind(1, m_caseId).bind(2, party.person.id);
        QString before = arrestStatusKey(ArrestStatus::NotApplicable);
        if (auto row = status->step(); row && *row) {
            before = status->columnText(0);
        }
        if (auto st = adoptOrphans(a, adopted); !st) {
            return st;
        }
        Arrest draft = a.arrest;
        draft.caseId = m_caseId;
        draft.personId = party.person.id;
        draft.arrestingOfficeId.clear();
        if (auto recorded = arrests.record(draft); !recorded) {
            if (auto st = skip(recorded.error(), what); !st) {
                return st;
            }
            continue;
        }
        written.append(QJsonObject{{u"id"_s, a.arrest.id}, {u"role_status"_s, before}});
        for (const CustodyPeriod& period : a.custody) {
            CustodyPeriod c = period;
            c.arrestId = a.arrest.id;
            if (auto saved = arrests.addCustody(c); !saved) {
                if (auto st = skip(saved.error(), tr("Remand from %1").arg(c.from.toString(Qt::ISODate))); !st) {
                    return st;
                }
                continue;
            }
            ++custody;
        }
    }
    m_decision.insert(u"arrests"_s, written);
    m_decision.insert(u"adopted_events"_s, adopted);
    if (!written.isEmpty()) {
        m_outcome.written << tr("%n arrest(s)", nullptr, static_cast<int>(written.size()));
    }
    if (custody > 0) {
        m_outcome.written << tr("%n remand order(s)", nullptr, custody);
    }
    return ok();
}

Status HeldBundleWriter::events(const QJsonArray& held, const QString& personId) {
    EventRepository events(m_context);
    QJsonArray written;
    for (const QJsonValue& v : held) {
        TimelineEvent e = bundlerecords::eventFromJson(v.toObject(), m_caseId);
        auto present = recorded(m_context.db(), u"events"_s, e.id);
        if (!present) {
            return std::unexpected(present.error());
        }
        if (*present) {
            continue; // written again by the arrest or remand it records
        }
        e.personId = personId;
        if (auto saved = events.add(e); !saved) {
            if (auto st = skip(saved.error(), tr("Event %1").arg(e.type)); !st) {
                return st;
            }
            continue;
        }
        written.append(e.id);
    }
    m_decision.insert(u"events"_s, written);
    if (!written.isEmpty()) {
        m_outcome.written << tr("%n chronology event(s)", nullptr, static_cast<int>(written.size()));
    }
    return ok();
}

Status HeldBundleWriter::remove(RepositoryContext& context, const QJsonObject& decision, const QString& caseId,
                                const QString& personId) {
    const QJsonObject& d = decision;
    // Records the officer removed since are gone already; everything else must go.
    const auto gone = [](const Status& st) {
        return st || st.error().code == ErrorCode::NotFound;
    };
    EventRepository events(context);
    for (const QString& id : strings(d.value(u"events"_s))) {
        if (Status st = events.remove(id); !gone(st)) {
            return st;
        }
    }
    RecordRemoval removal(context);
    for (const QJsonValue& v : d.value(u"arrests"_s).toArray()) {
        const QJsonObject a = v.toObject();
        const ArrestStatus before =
            arrestStatusFromKey(a.value(u"role_status"_s).toString()).value_or(ArrestStatus::NotApplicable);
        if (Status st = removal.removeArrest(a.value(u"id"_s).toString(), before); !gone(st)) {
            return st;
        }
    }
    for (const QString& id : strings(d.value(u"roles"_s))) {
        if (Status st = CaseRoleRepository(context).remove(id); !gone(st)) {
            return st;
        }
    }
    for (const QJsonValue& v : d.value(u"adopted_events"_s).toArray()) {
        if (auto st = events.add(bundlerecords::eventFromJson(v.toObject(), caseId)); !st) {
            return std::unexpected(st.error());
        }
    }
    if (d.value(u"created_person"_s).toBool()) {
        if (Status st = removal.removePerson(personId); !st) {
            return st;
        }
    }
    return ok();
}

} // namespace caselink
