#include "repo/caserepository.h"

#include "repo/aggregatesupport.h"
#include "repo/caserepository_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include "domain/localtime.h"
#include "domain/textinput.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {

Issue caserepo::error(const char* code, const QString& message) {
    return {Severity::Error, QString::fromLatin1(code), message};
}

std::optional<FirNumber> caserepo::firFromRow(const Statement& s, int prefixColumn) {
    if (s.columnIsNull(prefixColumn + 1)) {
        return std::nullopt;
    }
    return FirNumber{s.columnText(prefixColumn), int(s.columnInt(prefixColumn + 1)),
                     int(s.columnInt(prefixColumn + 2))};
}

namespace {

using namespace caserepo;

constexpr int kMaxSearchTerms = 12;

// The list order: FIR date, else (enquiries without an FIR) the time the case was recorded.
const QString kSortKey = QStringLiteral("COALESCE(c.fir_date, c.created_at)");
const QString kCaseColumns = QStringLiteral(
    "c.id, c.office_id, c.enquiry_number, c.enquiry_date, c.fir_prefix, c.fir_serial, c.fir_year, c.fir_station, "
    "c.fir_date, c.status, c.io_officer_id, c.court, c.prosecutor, c.incident_id, c.route_code, c.title, c.summary, "
    "c.created_at, c.updated_at, c.enquiry_registered_at, c.fir_registered_at");
const QString kSummaryColumns =
    QStringLiteral("c.id, c.office_id, c.fir_prefix, c.fir_serial, c.fir_year, c.enquiry_number, c.fir_station, "
                   "c.fir_date, c.status, c.title, %1")
        .arg(kSortKey);

QString isoInstant(const QDateTime& instant) {
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Words of the query as FTS5 string literals, every one required, the last also as a prefix (search as you type).
// Only letters and digits reach the query, so FTS5 syntax in the input is inert.
QString ftsQuery(const QString& query) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = foldDigits(query.left(kMaxLine)).split(separators, Qt::SkipEmptyParts);
    if (words.size() > kMaxSearchTerms) {
        words = words.mid(0, kMaxSearchTerms);
    }
    QStringList terms;
    for (int i = 0; i < words.size(); ++i) {
        terms << QLatin1Char('"') + words[i] + QLatin1Char('"') +
                     (i == words.size() - 1 ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1String(" AND "));
}

} // namespace

// --- Writing -----------------------------------------------------------------------------------------------------

Status CaseRepository::writeRow(const CaseRecord& c, bool insert) {
    const QString sql =
        insert ? QStringLiteral("INSERT INTO cases (office_id, enquiry_number, enquiry_date, fir_prefix, fir_serial, "
                                "fir_year, fir_station, fir_date, status, io_officer_id, court, prosecutor, "
                                "incident_id, route_code, title, summary, updated_at, created_at, id, "
                                "enquiry_registered_at, fir_registered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                                "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17, ?18, ?19, ?20)")
               : QStringLiteral("UPDATE cases SET office_id = ?1, enquiry_number = ?2, enquiry_date = ?3, "
                                "fir_prefix = ?4, fir_serial = ?5, fir_year = ?6, fir_station = ?7, fir_date = ?8, "
                                "status = ?9, io_officer_id = ?10, court = ?11, prosecutor = ?12, incident_id = ?13, "
                                "route_code = ?14, title = ?15, summary = ?16, updated_at = ?17, "
                                "enquiry_registered_at = ?19, fir_registered_at = ?20 WHERE id = ?18");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, c.officeId)
        .bind(2, orNull(c.enquiryNumber))
        .bind(3, isoDate(c.enquiryDate))
        .bind(4, c.fir ? orNull(c.fir->prefix) : QString())
        .bind(5, c.fir ? QVariant(c.fir->serial) : QVariant())
        .bind(6, c.fir ? QVariant(c.fir->year) : QVariant())
        .bind(7, c.fir ? c.firStation : QString())
        .bind(8, c.fir ? isoDate(c.firDate) : QString())
        .bind(9, caseStatusKey(c.status))
        .bind(10, orNull(c.ioOfficerId))
        .bind(11, nn(c.court))
        .bind(12, nn(c.prosecutor))
        .bind(13, orNull(c.incidentId))
        .bind(14, orNull(c.routeCode))
        .bind(15, nn(c.title))
        .bind(16, nn(c.summary))
        .bind(17, m_context.now())
        .bind(18, c.id)
        .bind(19, isoInstant(c.enquiryRegisteredAt))
        .bind(20, c.fir ? isoInstant(c.firRegisteredAt) : QString());
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (!insert && m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The case no longer exists."));
    }
    if (auto st = writeOffences(c); !st) {
        return st;
    }
    return refreshSearch(c);
}

Status CaseRepository::writeOffences(const CaseRecord& c) {
    Database& db = m_context.db();
    auto del = db.prepare(QStringLiteral("DELETE FROM case_offences WHERE case_id = ?"));
    auto insert = db.prepare(QStringLiteral("INSERT INTO case_offences (case_id, offence_id) VALUES (?, ?)"));
    if (!del || !insert) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot record the offence sections."));
    }
    del->bind(1, c.id);
    if (auto st = del->run(); !st) {
        return st;
    }
    for (const QString& offence : c.offenceIds) {
        insert->reset();
        insert->bind(1, c.id).bind(2, offence);
        if (auto st = insert->run(); !st) {
            return st;
        }
    }
    return ok();
}

Status CaseRepository::refreshSearch(const CaseRecord& c) {
    // Every form an officer types: "C-188/2023", "188/2023", "188", and the enquiry number.
    QStringList numbers;
    if (c.fir) {
        numbers << c.fir->display() << QStringLiteral("%1/%2").arg(c.fir->serial).arg(c.fir->year)
                << QString::number(c.fir->serial);
    }
    numbers << c.enquiryNumber;
    numbers.removeAll(QString());
    numbers.removeDuplicates();
    QStringList body{c.title, c.summary, c.firStation, c.court};
    body.removeAll(QString());
    Database& db = m_context.db();
    auto del = db.prepare(QStringLiteral("DELETE FROM case_search WHERE case_id = ?"));
    auto insert = db.prepare(QStringLiteral("INSERT INTO case_search (case_id, numbers, body) VALUES (?, ?, ?)"));
    if (!del || !insert) {
        return fail(ErrorCode::Internal, Tr::tr("Cannot update the search index."));
    }
    del->bind(1, c.id);
    if (auto st = del->run(); !st) {
        return st;
    }
    insert->bind(1, c.id).bind(2, nn(numbers.join(QLatin1Char(' ')))).bind(3, nn(body.join(QLatin1Char('\n'))));
    return insert->run();
}

Result<SaveOutcome> CaseRepository::create(const CaseRecord& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    CaseRecord c = draft;
    c.id = draft.id.isEmpty() ? newUuid() : draft.id; // a bundle import keeps the sender's UUID
    if (c.officeId.isEmpty()) {
        c.officeId = m_context.session().user().officeId;
    }
    if (auto st = checkOffice(c.officeId); !st) {
        return std::unexpected(st.error());
    }
    auto warnings = normalise(c, nullptr);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    if (auto st = checkReferences(c); !st) {
        return std::unexpected(st.error());
    }
    QJsonObject fields{{QLatin1String("status"), caseStatusKey(c.status)},
                       {QLatin1String("office"), c.officeId},
                       {QLatin1String("offences"), QJsonArray::fromStringList(c.offenceIds)}};
    if (c.fir) {
        fields.insert(QLatin1String("fir"), c.fir->display());
    }
    const AuditRecord record{QStringLiteral("case.create"), QStringLiteral("case"), c.id, fields};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created,
                                  [&]() -> Status {
                                      // Checked inside the write transaction, so two offices saving the same FIR cannot
                                      // both pass.
                                      if (auto unique = checkFirUnique(c); !unique) {
                                          return unique;
                                      }
                                      if (auto unique = checkEnquiryUnique(c); !unique) {
                                          return unique;
                                      }
                                      return writeRow(c, true);
                                  });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{c.id, *warnings};
}

Result<SaveOutcome> CaseRepository::update(const CaseRecord& edited) {
    auto before = get(edited.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    CaseRecord c = edited;
    if (c.officeId.isEmpty()) {
        c.officeId = before->officeId;
    }
    if (c.officeId != before->officeId) {
        if (auto st = checkOffice(c.officeId); !st) {
            return std::unexpected(st.error());
        }
    }
    auto warnings = normalise(c, &*before);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    if (auto st = checkReferences(c); !st) {
        return std::unexpected(st.error());
    }
    // The audit names the fields that changed; the FIR number is not personal data, so it is recorded too.
    QJsonArray changed;
    auto note = [&](const char* name, bool differs) {
        if (differs) {
            changed.append(QLatin1String(name));
        }
    };
    QStringList offencesBefore = before->offenceIds;
    QStringList offencesAfter = c.offenceIds;
    offencesBefore.sort();
    offencesAfter.sort();
    note("office", before->officeId != c.officeId);
    note("enquiry_number", before->enquiryNumber != c.enquiryNumber);
    note("enquiry_date", before->enquiryDate != c.enquiryDate);
    note("enquiry_registered_at", before->enquiryRegisteredAt != c.enquiryRegisteredAt);
    note("fir_registered_at", before->firRegisteredAt != c.firRegisteredAt);
    note("fir_number", before->fir != c.fir);
    note("fir_station", before->firStation != c.firStation);
    note("fir_date", before->firDate != c.firDate);
    note("io_officer", before->ioOfficerId != c.ioOfficerId);
    note("court", before->court != c.court);
    note("prosecutor", before->prosecutor != c.prosecutor);
    note("incident", before->incidentId != c.incidentId);
    note("route_code", before->routeCode != c.routeCode);
    note("title", before->title != c.title);
    note("summary", before->summary != c.summary);
    note("offences", offencesBefore != offencesAfter);
    QJsonObject fields{{QLatin1String("changed"), changed}};
    if (before->fir != c.fir) {
        fields.insert(QLatin1String("fir"), c.fir ? c.fir->display() : QString());
    }
    const AuditRecord record{QStringLiteral("case.update"), QStringLiteral("case"), c.id, fields};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated,
                                  [&]() -> Status {
                                      if (auto unique = checkFirUnique(c); !unique) {
                                          return unique;
                                      }
                                      if (auto unique = checkEnquiryUnique(c); !unique) {
                                          return unique;
                                      }
                                      return writeRow(c, false);
                                  });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{c.id, *warnings};
}

Status CaseRepository::setStatus(const QString& caseId, CaseStatus status) {
    auto before = get(caseId);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (before->status == status) {
        return ok();
    }
    if (!before->fir && !isEnquiryStatus(status)) {
        return fail(ErrorCode::Input, Tr::tr("The status \"%1\" needs a registered FIR; enter the FIR number first.")
                                          .arg(caseStatusDisplayName(status)));
    }
    const AuditRecord record{QStringLiteral("case.status"), QStringLiteral("case"), caseId,
                             QJsonObject{{QLatin1String("from"), caseStatusKey(before->status)},
                                         {QLatin1String("to"), caseStatusKey(status)}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status {
        auto stmt =
            m_context.db().prepare(QStringLiteral("UPDATE cases SET status = ?1, updated_at = ?2 WHERE id = ?3"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, caseStatusKey(status)).bind(2, m_context.now()).bind(3, caseId);
        return stmt->run();
    });
}

Result<SaveOutcome> CaseRepository::registerFir(const QString& caseId, const FirRegistration& registration) {
    auto before = get(caseId);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    if (before->fir) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("Case %1 already has an FIR; edit the case to correct it.").arg(before->label()));
    }
    if (registration.firNumber.trimmed().isEmpty()) {
        return fail(ErrorCode::Input, Tr::tr("Enter the FIR number to register the FIR."));
    }
    CaseRecord c = *before;
    c.firNumber = registration.firNumber;
    c.firStation = registration.firStation.trimmed();
    c.firDate = registration.firDate;
    c.firRegisteredAt = registration.registeredAt;
    auto warnings = normalise(c, &*before);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    if (!c.firDate.isValid()) {
        return fail(ErrorCode::Input, Tr::tr("Enter the date (or time) the FIR was registered."));
    }
    if (before->enquiryDate.isValid() && c.firDate < before->enquiryDate) {
        return fail(ErrorCode::Input, Tr::tr("The FIR is dated %1, before the enquiry was registered on %2.")
                                          .arg(displayDate(c.firDate), displayDate(before->enquiryDate)));
    }
    if (isEnquiryStatus(before->status)) {
        c.status = CaseStatus::FirRegistered;
    }
    QJsonObject fields{{QLatin1String("fir"), c.fir->display()},
                       {QLatin1String("station"), c.firStation},
                       {QLatin1String("fir_date"), c.firDate.toString(Qt::ISODate)},
                       {QLatin1String("enquiry"), c.enquiryNumber},
                       {QLatin1String("from"), caseStatusKey(before->status)},
                       {QLatin1String("to"), caseStatusKey(c.status)}};
    const AuditRecord record{QStringLiteral("case.fir_register"), QStringLiteral("case"), c.id, fields};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated,
                                  [&]() -> Status {
                                      if (auto unique = checkFirUnique(c); !unique) {
                                          return unique;
                                      }
                                      return writeRow(c, false);
                                  });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{c.id, *warnings};
}

Status CaseRepository::withdrawFir(const QString& caseId, CaseStatus statusBefore) {
    auto before = get(caseId);
    if (!before) {
        return std::unexpected(before.error());
    }
    if (auto st = m_context.requireWrite(); !st) {
        return st;
    }
    if (!before->fir) {
        return ok();
    }
    if (!isEnquiryStatus(statusBefore)) {
        return fail(ErrorCode::Input, Tr::tr("Without its FIR the case can only have an enquiry status."));
    }
    CaseRecord c = *before;
    c.firNumber.clear();
    c.fir.reset();
    c.firStation.clear();
    c.firDate = {};
    c.firRegisteredAt = {};
    c.status = statusBefore;
    const AuditRecord record{QStringLiteral("case.fir_withdraw"), QStringLiteral("case"), c.id,
                             QJsonObject{{QLatin1String("fir"), before->fir->display()},
                                         {QLatin1String("from"), caseStatusKey(before->status)},
                                         {QLatin1String("to"), caseStatusKey(statusBefore)}}};
    return m_context.write(record, ChangeNotifier::Kind::Updated, [&]() -> Status { return writeRow(c, false); });
}

// --- Reading -----------------------------------------------------------------------------------------------------

Result<CaseRecord> CaseRepository::get(const QString& id) {
    const Scope& scope = m_context.scope();
    auto stmt = m_context.db().prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.id = :id AND %2")
                                           .arg(kCaseColumns, scope.caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", id);
    scope.bind(*stmt);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, Tr::tr("No such case, or not in your scope."));
    }
    const Statement& s = *stmt;
    CaseRecord c;
    c.id = s.columnText(0);
    c.officeId = s.columnText(1);
    c.enquiryNumber = s.columnText(2);
    c.enquiryDate = QDate::fromString(s.columnText(3), Qt::ISODate);
    c.fir = firFromRow(s, 4);
    c.firNumber = c.fir ? c.fir->display() : QString();
    c.firStation = s.columnText(7);
    c.firDate = QDate::fromString(s.columnText(8), Qt::ISODate);
    c.status = caseStatusFromKey(s.columnText(9)).value_or(CaseStatus::EnquiryRegistered);
    c.ioOfficerId = s.columnText(10);
    c.court = s.columnText(11);
    c.prosecutor = s.columnText(12);
    c.incidentId = s.columnText(13);
    c.routeCode = s.columnText(14);
    c.title = s.columnText(15);
    c.summary = s.columnText(16);
    c.createdAt = QDateTime::fromString(s.columnText(17), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(s.columnText(18), Qt::ISODateWithMs);
    c.enquiryRegisteredAt = parseStoredInstant(s.columnText(19));
    c.firRegisteredAt = parseStoredInstant(s.columnText(20));
    auto offences = m_context.db().prepare(
        QStringLiteral("SELECT offence_id FROM case_offences WHERE case_id = ? ORDER BY offence_id"));
    if (!offences) {
        return std::unexpected(offences.error());
    }
    offences->bind(1, id);
    if (auto st = offences->forEachRow([&](Statement& o) { c.offenceIds << o.columnText(0); }); !st) {
        return std::unexpected(st.error());
    }
    return c;
}

Result<std::vector<CaseSummary>>
CaseRepository::summaries(const QString& fromWhere, const std::function<void(Statement&)>& bind, const QString& tail) {
    const Scope& scope = m_context.scope();
    auto stmt =
        m_context.db().prepare(QStringLiteral("SELECT %1 %2 AND %3 %4")
                                   .arg(kSummaryColumns, fromWhere, scope.caseVisible(QStringLiteral("c")), tail));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    scope.bind(*stmt);
    std::vector<CaseSummary> out;
    auto st = stmt->forEachRow([&](Statement& s) {
        CaseSummary row;
        row.id = s.columnText(0);
        row.officeId = s.columnText(1);
        const std::optional<FirNumber> fir = firFromRow(s, 2);
        row.enquiryNumber = s.columnText(5);
        row.label = fir ? fir->display() : row.enquiryNumber;
        row.firStation = s.columnText(6);
        row.firDate = QDate::fromString(s.columnText(7), Qt::ISODate);
        row.status = caseStatusFromKey(s.columnText(8)).value_or(CaseStatus::EnquiryRegistered);
        row.title = s.columnText(9);
        row.sortKey = s.columnText(10);
        out.push_back(std::move(row));
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<CaseSummary>> CaseRepository::search(const QString& query, int limit) {
    const QString match = ftsQuery(query);
    if (match.isEmpty()) {
        return std::vector<CaseSummary>{};
    }
    return summaries(
        QStringLiteral("FROM case_search JOIN cases c ON c.id = case_search.case_id WHERE case_search MATCH :match"),
        [&](Statement& s) {
            s.bindNamed(":match", match);
            s.bindNamed(":limit", static_cast<std::int64_t>(limit));
        },
        QStringLiteral("ORDER BY case_search.rank, %1 DESC, c.id DESC LIMIT :limit").arg(kSortKey));
}

Result<CasePage> CaseRepository::list(const CaseFilter& filter, const std::optional<CaseKey>& after, int limit) {
    limit = std::clamp(limit, 1, 1000);
    QString where = QStringLiteral("FROM cases c WHERE 1");
    if (!filter.officeId.isEmpty()) {
        where += QStringLiteral(" AND c.office_id IN (WITH RECURSIVE below(id) AS (SELECT :office UNION ALL SELECT "
                                "u.id FROM org_units u JOIN below b ON u.parent_id = b.id) SELECT id FROM below)");
    }
    if (filter.status) {
        where += QStringLiteral(" AND c.status = :status");
    }
    if (filter.year > 0) {
        where += QStringLiteral(" AND COALESCE(c.fir_year, CAST(substr(COALESCE(c.enquiry_date, c.created_at), 1, 4) "
                                "AS INTEGER)) = :year");
    }
    if (after) {
        where += QStringLiteral(" AND (%1, c.id) < (:after_key, :after_id)").arg(kSortKey);
    }
    // One row more than asked tells whether another page follows without a count over the whole table.
    auto rows = summaries(
        where,
        [&](Statement& s) {
            s.bindNamed(":office", filter.officeId);
            s.bindNamed(":status", filter.status ? caseStatusKey(*filter.status) : QString());
            s.bindNamed(":year", static_cast<std::int64_t>(filter.year));
            s.bindNamed(":after_key", after ? after->sortKey : QString());
            s.bindNamed(":after_id", after ? after->id : QString());
            s.bindNamed(":limit", static_cast<std::int64_t>(limit) + 1);
        },
        QStringLiteral("ORDER BY %1 DESC, c.id DESC LIMIT :limit").arg(kSortKey));
    if (!rows) {
        return std::unexpected(rows.error());
    }
    CasePage page;
    page.rows = std::move(*rows);
    if (static_cast<int>(page.rows.size()) > limit) {
        page.rows.resize(static_cast<std::size_t>(limit));
        page.next = CaseKey{page.rows.back().sortKey, page.rows.back().id};
    }
    return page;
}

// --- Linked cases and assignments ----------------------------------------------------------------------------------

} // namespace caselink
