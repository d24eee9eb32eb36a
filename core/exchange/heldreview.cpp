// HeldReview: the queue of held persons, one item as the user may see it, and the decisions on both sources with
// their undo. What a bundle decision writes for the incoming person is HeldBundleWriter's.
#include "exchange/heldreview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "exchange/bundlerecords.h"
#include "exchange/heldbundlewriter.h"
#include "repo/aggregatesupport.h"
#include "repo/caserepository.h"
#include "repo/personinsight.h"
#include "repo/personmerge.h"
#include "repo/personrepository.h"
#include "repo/recordtext.h"
#include "security/session.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace caselink {

struct HeldReview::Stored {
    HeldSource source = HeldSource::Spreadsheet;
    QString id;
    QString status;
    QString heldId;     // import_review.person_id, or the bundle's incoming person id
    QString existingId; // import_review.candidate_id, or bundle_duplicate_reviews.existing_person_id
    std::optional<double> score;
    QStringList reasons;
    QString origin;
    QDateTime heldAt;
    qint64 sourceRow = 0;
    QString caseId;       // bundle
    QJsonObject incoming; // bundle: the incoming person with roles, arrests and events (bundlerecords format)
    QJsonObject decision; // what the decision wrote, for reopen
};

namespace {

QString sqlList(const QStringList& values) {
    QStringList quoted;
    for (const QString& v : values) {
        quoted << u'\'' + v + u'\''; // Scope's constants only, never user input
    }
    return quoted.join(u", "_s);
}

// As Scope::personProtected, over the roles an incoming person holds in the bundle's JSON.
QString incomingProtected(const Scope& scope, const QString& json) {
    if (scope.victimGrant()) {
        return u"0"_s;
    }
    return u"(EXISTS (SELECT 1 FROM json_each(%1, '$.roles') jr WHERE json_extract(jr.value, '$.role') IN (%2)) "
           "AND NOT EXISTS (SELECT 1 FROM json_each(%1, '$.roles') ja WHERE json_extract(ja.value, '$.role') IN (%3)))"_s
               .arg(json, sqlList(Scope::protectedRoles()), sqlList(Scope::accusedRoles()));
}

QStringList reasonList(const QString& json) {
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        out << v.toString();
    }
    return out;
}

void withhold(HeldRecord& record, const Scope& scope) {
    Person blank;
    blank.id = record.personId;
    blank.isProtected = true;
    blank.nameLatin = recordtext::pseudonym(scope, record.personId);
    record.person = blank;
    record.roles.clear();
    record.withheld = true;
}

// As Scope::personProtected for a person not recorded yet: a victim, witness, complainant or family role and no
// accused role.
bool isProtectedIncoming(const CaseFileParty& party) {
    bool victimSide = false;
    for (const CaseRole& role : party.roles) {
        if (isAccusedRole(role.role)) {
            return false;
        }
        victimSide = victimSide || isProtectedRole(role.role);
    }
    return victimSide;
}

} // namespace

QString HeldReview::openItemsSql(const Scope& scope) {
    const QString spreadsheet =
        u"SELECT r.id AS id, 'SPREADSHEET' AS source, r.score AS score, r.reasons AS reasons, b.file_name AS origin, "
        "b.created_at AS held_at, r.source_row AS source_row, NULL AS case_id, r.person_id AS held_id, "
        "r.candidate_id AS existing_id, coalesce(nullif(hp.name_latin, ''), hp.name_urdu) AS held_name, "
        "(%1) AS held_protected "
        "FROM import_review r JOIN import_batches b ON b.id = r.batch_id JOIN persons hp ON hp.id = r.person_id "
        "WHERE r.status = 'OPEN' AND %2"_s.arg(scope.personProtected(u"hp"_s), scope.personVisible(u"hp"_s));
    const QString bundle =
        u"SELECT d.id, 'BUNDLE', d.score, json_array(d.reason), i.source_office, i.imported_at, NULL, i.case_id, "
        "d.incoming_person_id, d.existing_person_id, coalesce(nullif(json_extract(d.incoming, '$.name_latin'), ''), "
        "json_extract(d.incoming, '$.name_urdu')), (%1) "
        "FROM bundle_duplicate_reviews d JOIN bundle_imports i ON i.id = d.import_id "
        "WHERE d.status = 'OPEN' AND %2"_s.arg(incomingProtected(scope, u"d.incoming"_s),
                                               scope.caseIdVisible(u"i.case_id"_s));
    // The existing record shows only when it is in scope; either identity protected withholds both, and the reasons.
    const QString paired =
        u"SELECT q.*, ep.id AS existing_visible, coalesce(nullif(ep.name_latin, ''), ep.name_urdu) AS existing_name0, "
        "(q.held_protected OR coalesce(%1, 0)) AS withheld FROM (%2 UNION ALL %3) q "
        "LEFT JOIN persons ep ON ep.id = q.existing_id AND %4"_s.arg(scope.personProtected(u"ep"_s), spreadsheet,
                                                                     bundle, scope.personVisible(u"ep"_s));
    return u"(SELECT x.id, x.source, x.score, CASE WHEN x.withheld THEN NULL ELSE x.reasons END AS reasons, x.origin, "
           "x.held_at, x.source_row, x.case_id, x.held_id, x.existing_id, "
           "CASE WHEN x.withheld THEN NULL ELSE x.held_name END AS held_name, "
           "CASE WHEN x.withheld THEN NULL ELSE x.existing_name0 END AS existing_name, "
           "x.existing_visible IS NOT NULL AS existing_visible, x.withheld AS withheld FROM (%1) x)"_s.arg(paired);
}

Result<qint64> HeldReview::openCount() {
    auto stmt = prepareScoped(m_context, u"SELECT count(*) FROM %1 h"_s.arg(openItemsSql(m_context.scope())));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    qint64 count = 0;
    if (auto st = readOne(
            *stmt, [&](Statement& s) { count = s.columnInt(0); }, QString());
        !st) {
        return std::unexpected(st.error());
    }
    return count;
}

Result<HeldReview::Stored> HeldReview::load(const QString& itemId) {
    const Scope& scope = m_context.scope();
    const QString notFound = tr("No such held person, or not in your scope.");
    Stored s;
    s.id = itemId;
    auto spreadsheet = prepareScoped(
        m_context,
        u"SELECT r.status, r.person_id, r.candidate_id, r.score, r.reasons, r.source_row, b.file_name, b.created_at, "
        "r.decision FROM import_review r JOIN import_batches b ON b.id = r.batch_id "
        "JOIN persons hp ON hp.id = r.person_id WHERE r.id = :id AND %1"_s.arg(scope.personVisible(u"hp"_s)));
    if (!spreadsheet) {
        return std::unexpected(spreadsheet.error());
    }
    spreadsheet->bindNamed(":id", itemId);
    auto row = spreadsheet->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    const auto common = [&s](Statement& q) {
        s.status = q.columnText(0);
        s.heldId = q.columnText(1);
        s.existingId = q.columnText(2);
        if (!q.columnIsNull(3)) {
            s.score = q.columnDouble(3);
        }
        s.origin = q.columnText(6);
        s.heldAt = QDateTime::fromString(q.columnText(7), Qt::ISODateWithMs);
        s.decision = QJsonDocument::fromJson(q.columnText(8).toUtf8()).object();
    };
    if (*row) {
        s.source = HeldSource::Spreadsheet;
        common(*spreadsheet);
        s.reasons = reasonList(spreadsheet->columnText(4));
        s.sourceRow = spreadsheet->columnInt(5);
        return s;
    }
    auto bundle = prepareScoped(
        m_context,
        u"SELECT d.status, d.incoming_person_id, d.existing_person_id, d.score, d.reason, NULL, i.source_office, "
        "i.imported_at, d.decision, i.case_id, d.incoming FROM bundle_duplicate_reviews d "
        "JOIN bundle_imports i ON i.id = d.import_id WHERE d.id = :id AND %1"_s.arg(
            scope.caseIdVisible(u"i.case_id"_s)));
    if (!bundle) {
        return std::unexpected(bundle.error());
    }
    bundle->bindNamed(":id", itemId);
    if (auto st = readOne(
            *bundle,
            [&](Statement& q) {
                s.source = HeldSource::Bundle;
                common(q);
                s.reasons = QStringList{q.columnText(4)};
                s.caseId = q.columnText(9);
                s.incoming = QJsonDocument::fromJson(q.columnText(10).toUtf8()).object();
            },
            notFound);
        !st) {
        return std::unexpected(st.error());
    }
    return s;
}

Status HeldReview::fillRecorded(HeldRecord& record) {
    record.recorded = true;
    auto person = PersonRepository(m_context).get(record.personId);
    if (!person) {
        if (person.error().code != ErrorCode::NotFound) {
            return std::unexpected(person.error());
        }
        record.visible = false;
        record.person.id = record.personId;
        return ok();
    }
    record.visible = true;
    record.person = std::move(*person);
    record.withheld = record.person.isProtected;
    if (record.withheld) {
        return ok();
    }
    auto roles = PersonInsight(m_context).rolesAcrossCases(record.personId);
    if (!roles) {
        return std::unexpected(roles.error());
    }
    for (const PersonCaseRole& r : *roles) {
        record.roles.push_back({r.caseId, r.caseLabel, r.role});
    }
    return ok();
}

Status HeldReview::fill(const Stored& s, HeldItem& item) {
    item.id = s.id;
    item.source = s.source;
    item.status = s.status;
    item.score = s.score;
    item.reasons = s.reasons;
    item.origin = s.origin;
    item.heldAt = s.heldAt;
    item.sourceRow = s.sourceRow;
    item.caseId = s.caseId;
    item.held.personId = s.heldId;
    item.existing.personId = s.existingId;
    if (s.source == HeldSource::Spreadsheet) {
        if (auto st = fillRecorded(item.held); !st) {
            return st;
        }
    } else {
        if (auto c = CaseRepository(m_context).get(s.caseId)) {
            item.caseLabel = c->label();
        }
        const CaseFileParty party = bundlerecords::partyFromJson(s.incoming, s.caseId);
        HeldRecord& held = item.held;
        auto present = HeldBundleWriter::recorded(m_context.db(), u"persons"_s, s.heldId);
        if (!present) {
            return std::unexpected(present.error());
        }
        held.recorded = *present;
        held.visible = true;
        held.person = party.person;
        held.person.isProtected = false;
        for (const CaseRole& role : party.roles) {
            held.roles.push_back({s.caseId, item.caseLabel, role.role});
        }
        held.arrests = static_cast<int>(party.arrests.size());
        held.events = static_cast<int>(s.incoming.value(u"events"_s).toArray().size());
        held.withheld = !m_context.scope().victimGrant() && isProtectedIncoming(party);
    }
    if (auto st = fillRecorded(item.existing); !st) {
        return st;
    }
    item.withheld = item.held.withheld || item.existing.withheld;
    if (item.withheld) {
        withhold(item.held, m_context.scope());
        withhold(item.existing, m_context.scope());
        item.reasons.clear();
    }
    // Why this user cannot decide, the first reason that applies.
    const bool open = s.status == u"OPEN"_s;
    const bool merged = !item.held.person.mergedInto.isEmpty() || !item.existing.person.mergedInto.isEmpty();
    if (Status write = m_context.requireWrite(); !write) {
        item.cannotDecide = write.error().message;
    } else if (!open) {
        item.cannotDecide = tr("This pair was decided already.");
    } else if (item.withheld) {
        item.cannotDecide = tr("A person in this pair is protected: only an account with the victim grant can "
                               "see who they are and decide.");
    } else if (!item.existing.visible || !item.held.visible) {
        item.cannotDecide = tr("One of the two records is not in your scope.");
    } else if (merged) {
        item.cannotDecide = tr("One of the two records has been merged since it was held; open it to see where "
                               "it went.");
    }
    item.canDecide = item.cannotDecide.isEmpty();
    return ok();
}

Result<HeldItem> HeldReview::get(const QString& itemId) {
    auto stored = load(itemId);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    HeldItem item;
    if (auto st = fill(*stored, item); !st) {
        return std::unexpected(st.error());
    }
    return item;
}

AuditRecord HeldReview::auditRecord(const Stored& s, const QString& action, const QString& status) const {
    // Person ids and the outcome only: the audit never says who a held person is.
    return AuditRecord{action, u"held_review"_s, s.id,
                       QJsonObject{{u"source"_s, s.source == HeldSource::Spreadsheet ? u"spreadsheet"_s : u"bundle"_s},
                                   {u"status"_s, status},
                                   {u"held"_s, s.heldId},
                                   {u"existing"_s, s.existingId}}};
}

Status HeldReview::mark(const Stored& s, const QString& status, const QJsonObject& decision) {
    const bool reopening = status == u"OPEN"_s;
    const QString table = s.source == HeldSource::Spreadsheet ? u"import_review"_s : u"bundle_duplicate_reviews"_s;
    auto stmt = m_context.db().prepare(u"UPDATE %1 SET status = ?1, decided_at = ?2, decided_by = ?3, decision = ?4 "
                                       "WHERE id = ?5 AND status %2 'OPEN'"_s.arg(table, reopening ? u"<>"_s : u"="_s));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, status)
        .bind(2, reopening ? QString() : m_context.now())
        .bind(3, reopening ? QString() : m_context.session().user().username)
        .bind(4, reopening ? QString() : QString::fromUtf8(QJsonDocument(decision).toJson(QJsonDocument::Compact)))
        .bind(5, s.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::Conflict, reopening ? tr("This pair is open already.")
                                                   : tr("This pair was decided "
                                                        "already."));
    }
    return ok();
}

Result<HeldOutcome> HeldReview::decide(const QString& itemId, HeldDecision decision) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto stored = load(itemId);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    HeldItem item;
    if (auto st = fill(*stored, item); !st) {
        return std::unexpected(st.error());
    }
    if (!item.canDecide) {
        return fail(stored->status == u"OPEN"_s ? ErrorCode::Permission : ErrorCode::Conflict, item.cannotDecide);
    }
    return stored->source == HeldSource::Spreadsheet ? decideSpreadsheet(*stored, decision)
                                                     : decideBundle(*stored, decision);
}

Status HeldReview::reopen(const QString& itemId) {
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    auto stored = load(itemId);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (stored->status == u"OPEN"_s) {
        return fail(ErrorCode::Conflict, tr("This pair is open already."));
    }
    return stored->source == HeldSource::Spreadsheet ? reopenSpreadsheet(*stored) : reopenBundle(*stored);
}

Result<HeldOutcome> HeldReview::decideSpreadsheet(const Stored& s, HeldDecision decision) {
    const bool same = decision == HeldDecision::Same;
    const QString status = same ? u"SAME"_s : u"DIFFERENT"_s;
    auto work = [&]() -> Status {
        QJsonObject record;
        if (same) {
            // The imported record goes into the one already here, with its history (PersonMerge).
            auto merged = PersonMerge(m_context).merge(s.existingId, s.heldId);
            if (!merged) {
                return std::unexpected(merged.error());
            }
            record.insert(u"merge"_s, *merged);
        }
        return mark(s, status, record);
    };
    if (auto st =
            m_context.writeMany({auditRecord(s, u"held_review.decide"_s, status)}, ChangeNotifier::Kind::Updated, work);
        !st) {
        return std::unexpected(st.error());
    }
    HeldOutcome outcome;
    outcome.written << (same ? tr("The imported record was merged into the existing one; its roles, arrests and "
                                  "list entries are now on that record.")
                             : tr("Both records are kept as different persons."));
    return outcome;
}

Status HeldReview::reopenSpreadsheet(const Stored& s) {
    auto work = [&]() -> Status {
        const QString merge = s.decision.value(u"merge"_s).toString();
        if (!merge.isEmpty()) {
            if (auto st = PersonMerge(m_context).undo(merge); !st) {
                return st;
            }
        }
        return mark(s, u"OPEN"_s, {});
    };
    return m_context.writeMany({auditRecord(s, u"held_review.reopen"_s, u"OPEN"_s)}, ChangeNotifier::Kind::Updated,
                               work);
}

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
        HeldBundleWriter write(m_context, s.caseId, outcome, record);
        if (auto st = write.write(party, s.incoming.value(u"events"_s).toArray()); !st) {
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
    auto work = [&]() -> Status {
        if (const QString merge = s.decision.value(u"merge"_s).toString(); !merge.isEmpty()) {
            PersonMerge merges(m_context);
            if (auto st = merges.undo(merge); !st) {
                return st;
            }
            if (auto st = merges.discardUndone(merge); !st) {
                return st;
            }
        }
        if (auto st = HeldBundleWriter::remove(m_context, s.decision, s.caseId, s.heldId); !st) {
            return st;
        }
        return mark(s, u"OPEN"_s, {});
    };
    return m_context.writeMany({auditRecord(s, u"held_review.reopen"_s, u"OPEN"_s)}, ChangeNotifier::Kind::Updated,
                               work);
}

} // namespace caselink
