// HeldReview: decisions on a bundle's incoming person. Both decisions create the incoming record with the sending
// office's UUID and write what bundle import held back with it (roles, arrests with their custody, chronology
// events), through the repositories and so with their checks; "same person" then merges it into the existing record,
// which keeps its own details. Everything written is listed in the item's decision, so reopen removes exactly that.
#include <QJsonArray>
#include <QUuid>

#include "exchange/bundlerecords.h"
#include "exchange/heldreview.h"
#include "exchange/heldreview_p.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/eventrepository.h"
#include "repo/personmerge.h"
#include "repo/personrepository.h"
#include "repo/recordremoval.h"

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

// Writes the held records for the incoming person; fills the decision record and the outcome as it goes.
class BundleWrite {
    Q_DECLARE_TR_FUNCTIONS(caselink::HeldReview)

public:
    BundleWrite(RepositoryContext& context, const QString& caseId, HeldOutcome& outcome, QJsonObject& decision)
        : m_context(context)
        , m_caseId(caseId)
        , m_outcome(outcome)
        , m_decision(decision) {}

    Status person(const Person& incoming);
    Status roles(const CaseFileParty& party);
    Status arrests(const CaseFileParty& party);
    Status events(const QJsonArray& held, const QString& personId);

private:
    // A record-level failure is reported and the rest goes on; anything else fails the decision.
    Status skip(const Error& error, const QString& what) {
        if (!heldreview::recordLevel(error)) {
            return std::unexpected(error);
        }
        m_outcome.skipped << tr("%1: %2").arg(what, error.message);
        return ok();
    }
    Status adoptOrphans(const CaseFileArrest& a, QJsonArray& adopted);

    RepositoryContext& m_context;
    QString m_caseId;
    HeldOutcome& m_outcome;
    QJsonObject& m_decision;
};

Status BundleWrite::person(const Person& incoming) {
    auto present = heldreview::exists(m_context.db(), u"persons"_s, incoming.id);
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

Status BundleWrite::roles(const CaseFileParty& party) {
    CaseRepository cases(m_context);
    QJsonArray written;
    for (const CaseRole& role : party.roles) {
        const QString what = tr("Role %1").arg(personRoleDisplayName(role.role));
        auto present = heldreview::exists(m_context.db(), u"case_persons"_s, role.id);
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
Status BundleWrite::adoptOrphans(const CaseFileArrest& a, QJsonArray& adopted) {
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

Status BundleWrite::arrests(const CaseFileParty& party) {
    ArrestRepository arrests(m_context);
    QJsonArray written;
    QJsonArray adopted;
    int custody = 0;
    for (const CaseFileArrest& a : party.arrests) {
        const QString what = tr("Arrest of %1").arg(a.arrest.arrestedAt.toString(Qt::ISODate));
        auto present = heldreview::exists(m_context.db(), u"arrests"_s, a.arrest.id);
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

Status BundleWrite::events(const QJsonArray& held, const QString& personId) {
    EventRepository events(m_context);
    QJsonArray written;
    for (const QJsonValue& v : held) {
        TimelineEvent e = bundlerecords::eventFromJson(v.toObject(), m_caseId);
        auto present = heldreview::exists(m_context.db(), u"events"_s, e.id);
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

} // namespace

Result<HeldOutcome> HeldReview::decideBundle(const Stored& s, HeldDecision decision) {
    const bool same = decision == HeldDecision::Same;
    const QString status = same ? u"MERGED"_s : u"DISTINCT"_s;
    CaseFileParty party = bundlerecords::partyFromJson(s.incoming, s.caseId);
    if (party.person.id != s.heldId || party.redacted) {
        return fail(ErrorCode::Integrity, tr("The held record is damaged: it does not name the person it holds."));
    }
    HeldOutcome outcome;
    auto work = [&]() -> Status {
        QJsonObject record;
        BundleWrite write(m_context, s.caseId, outcome, record);
        if (auto st = write.person(party.person); !st) {
            return st;
        }
        if (auto st = write.roles(party); !st) {
            return st;
        }
        if (auto st = write.arrests(party); !st) {
            return st;
        }
        if (auto st = write.events(s.incoming.value(u"events"_s).toArray(), s.heldId); !st) {
            return st;
        }
        if (same) {
            auto merged = PersonMerge(m_context).merge(s.existingId, s.heldId);
            if (!merged) {
                return std::unexpected(merged.error());
            }
            record.insert(u"merge"_s, *merged);
            outcome.written << tr("The incoming record was merged into the existing one, whose details are kept.");
        }
        record.insert(u"skipped"_s, QJsonArray::fromStringList(outcome.skipped));
        return mark(s, status, record);
    };
    if (auto st =
            m_context.writeMany({auditRecord(s, u"held_review.decide"_s, status)}, ChangeNotifier::Kind::Updated, work);
        !st) {
        return std::unexpected(st.error());
    }
    return outcome;
}

Status HeldReview::reopenBundle(const Stored& s) {
    const QJsonObject& d = s.decision;
    auto work = [&]() -> Status {
        if (const QString merge = d.value(u"merge"_s).toString(); !merge.isEmpty()) {
            PersonMerge merges(m_context);
            if (auto st = merges.undo(merge); !st) {
                return st;
            }
            if (auto st = merges.discardUndone(merge); !st) {
                return st;
            }
        }
        // Records the officer removed since are gone already; everything else must go.
        const auto gone = [](const Status& st) {
            return st || st.error().code == ErrorCode::NotFound;
        };
        EventRepository events(m_context);
        for (const QString& id : strings(d.value(u"events"_s))) {
            if (Status st = events.remove(id); !gone(st)) {
                return st;
            }
        }
        RecordRemoval removal(m_context);
        for (const QJsonValue& v : d.value(u"arrests"_s).toArray()) {
            const QJsonObject a = v.toObject();
            const ArrestStatus before =
                arrestStatusFromKey(a.value(u"role_status"_s).toString()).value_or(ArrestStatus::NotApplicable);
            if (Status st = removal.removeArrest(a.value(u"id"_s).toString(), before); !gone(st)) {
                return st;
            }
        }
        CaseRepository cases(m_context);
        for (const QString& id : strings(d.value(u"roles"_s))) {
            if (Status st = CaseRoleRepository(m_context).remove(id); !gone(st)) {
                return st;
            }
        }
        for (const QJsonValue& v : d.value(u"adopted_events"_s).toArray()) {
            if (auto st = events.add(bundlerecords::eventFromJson(v.toObject(), s.caseId)); !st) {
                return std::unexpected(st.error());
            }
        }
        if (d.value(u"created_person"_s).toBool()) {
            if (Status st = removal.removePerson(s.heldId); !st) {
                return st;
            }
        }
        return mark(s, u"OPEN"_s, {});
    };
    return m_context.writeMany({auditRecord(s, u"held_review.reopen"_s, u"OPEN"_s)}, ChangeNotifier::Kind::Updated,
                               work);
}

} // namespace caselink
