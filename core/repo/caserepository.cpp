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

constexpr qsizetype kMaxNumber = 60;
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

constexpr qint64 kClockSkewSecs = 10 * 60;

// A registration time fixes its day: the date is filled from it, and a date that disagrees is refused rather than
// one of the two being guessed right.
void checkRegistration(const QDateTime& at, QDate& date, const QString& what, std::vector<Issue>& issues) {
    if (!at.isValid()) {
        return;
    }
    if (at > QDateTime::currentDateTimeUtc().addSecs(kClockSkewSecs)) {
        issues.push_back(error("case.registration_future", Tr::tr("The time of %1 lies in the future.").arg(what)));
        return;
    }
    const QDate day = officeDate(at);
    if (!date.isValid()) {
        date = day;
    } else if (date != day) {
        issues.push_back(error("case.registration_date_mismatch",
                               Tr::tr("The %1 is dated %2 but its time of registration falls on %3 (office time); "
                                      "correct one of them.")
                                   .arg(what, displayDate(date), displayDate(day))));
    }
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

// --- Validation --------------------------------------------------------------------------------------------------

Result<std::vector<Issue>> CaseRepository::normalise(CaseRecord& c, const CaseRecord* before) {
    std::vector<Issue> issues;
    cleanText(c.enquiryNumber, kMaxNumber, issues);
    cleanText(c.firStation, kMaxLine, issues);
    cleanText(c.court, kMaxLine, issues);
    cleanText(c.prosecutor, kMaxLine, issues);
    cleanText(c.title, kMaxLine, issues);
    cleanText(c.summary, kMaxText, issues, LineMode::MultiLine);
    const QDate today = officeToday(); // FIR and enquiry dates are office dates
    checkRegistration(c.enquiryRegisteredAt, c.enquiryDate, Tr::tr("enquiry registration"), issues);
    if (c.enquiryRegisteredAt.isValid() && c.enquiryNumber.isEmpty()) {
        c.enquiryRegisteredAt = {};
    }
    c.fir.reset();
    if (!c.firNumber.trimmed().isEmpty()) {
        auto fir = validateFirNumber(c.firNumber, today);
        issues.insert(issues.end(), fir.issues.begin(), fir.issues.end());
        if (fir.value) {
            c.fir = *fir.value;
            c.firNumber = fir.value->display();
        }
    } else {
        c.firNumber.clear();
        if (c.firDate.isValid()) {
            issues.push_back(error("case.fir_date_without_number",
                                   Tr::tr("An FIR date was given without an FIR number. Enter the FIR number too, "
                                          "or leave the date empty for an enquiry.")));
        }
    }
    if (c.fir && c.firStation.isEmpty()) {
        // FIA circles register their own FIRs: without a police station named, the owning circle registered it.
        auto code = m_context.db().prepare(QStringLiteral("SELECT code FROM org_units WHERE id = ?"));
        if (!code) {
            return std::unexpected(code.error());
        }
        code->bind(1, c.officeId);
        if (auto row = code->step(); row && *row) {
            c.firStation = code->columnText(0);
        }
    }
    if (!c.fir) {
        c.firStation.clear();
        c.firRegisteredAt = {};
    } else {
        checkRegistration(c.firRegisteredAt, c.firDate, Tr::tr("FIR registration"), issues);
    }
    if (c.firNumber.isEmpty() && c.enquiryNumber.isEmpty() && !hasErrors(issues)) {
        issues.push_back(error("case.number_missing",
                               Tr::tr("Give the enquiry number, the FIR number, or both: a case needs at least one.")));
    }
    for (const auto& [date, what] :
         {std::pair{c.firDate, Tr::tr("FIR date")}, std::pair{c.enquiryDate, Tr::tr("enquiry date")}}) {
        if (date.isValid() && date > today) {
            issues.push_back(
                error("case.date_future", Tr::tr("The %1 %2 lies in the future.").arg(what, displayDate(date))));
        }
    }
    if (c.fir && c.firDate.isValid() && c.firDate.year() != c.fir->year) {
        issues.push_back({Severity::Warning, QStringLiteral("case.fir_year_mismatch"),
                          Tr::tr("FIR %1 carries the year %2 but is dated %3; check the number and the date.")
                              .arg(c.firNumber)
                              .arg(c.fir->year)
                              .arg(displayDate(c.firDate))});
    }
    if (!before && c.fir && c.status == CaseStatus::EnquiryRegistered) {
        c.status = CaseStatus::FirRegistered;
    }
    if (before) {
        c.status = before->status; // setStatus changes it, with its own audit entry
    }
    if (!c.fir && !isEnquiryStatus(c.status)) {
        issues.push_back(error("case.status_needs_fir",
                               Tr::tr("The status \"%1\" needs a registered FIR; enter the FIR number first.")
                                   .arg(caseStatusDisplayName(c.status))));
    }
    c.offenceIds.removeAll(QString());
    c.offenceIds.removeDuplicates();
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    return issues;
}

Status CaseRepository::checkOffice(const QString& officeId) const {
    const Scope& scope = m_context.scope();
    const User& user = m_context.session().user();
    if (officeId == user.officeId) {
        return ok();
    }
    const bool mayChoose = scope.role() == Role::Administrator || scope.role() == Role::Supervisor;
    if (!mayChoose || !scope.officeIds().contains(officeId)) {
        return fail(ErrorCode::Permission,
                    Tr::tr("Cases belong to your own office. Only administrators and supervisors can give a case to "
                           "another office, and only one inside their area."));
    }
    return ok();
}

Status CaseRepository::checkReferences(const CaseRecord& c) {
    Database& db = m_context.db();
    auto exists = [&](const QString& sql, const QString& value) -> Result<bool> {
        auto stmt = db.prepare(sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, value);
        return stmt->step();
    };
    struct Reference {
        const QString& value;
        QString sql;
        QString message;
    };
    const Reference references[] = {
        {c.incidentId, QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"),
         Tr::tr("The linked incident does not exist.")},
        {c.routeCode, QStringLiteral("SELECT 1 FROM ref_route_codes WHERE code = ?"),
         Tr::tr("The route code is not one CaseLink knows.")},
        {c.ioOfficerId, QStringLiteral("SELECT 1 FROM officers WHERE id = ?"),
         Tr::tr("The investigating officer is not in the list of officers.")},
    };
    for (const Reference& ref : references) {
        if (ref.value.isEmpty()) {
            continue;
        }
        auto found = exists(ref.sql, ref.value);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!*found) {
            return fail(ErrorCode::Input, ref.message);
        }
    }
    for (const QString& offence : c.offenceIds) {
        auto found = exists(QStringLiteral("SELECT 1 FROM ref_offences WHERE id = ? AND active = 1"), offence);
        if (!found) {
            return std::unexpected(found.error());
        }
        if (!*found) {
            return fail(ErrorCode::Input, Tr::tr("One of the offence sections is not in the offence list."));
        }
    }
    return ok();
}

Status CaseRepository::checkFirUnique(const CaseRecord& c) {
    if (!c.fir) {
        return ok();
    }
    // Deliberately not scoped: an FIR is unique in the whole database, whichever office holds it. The message tells
    // only what the user typed, nothing about the other case.
    auto stmt = m_context.db().prepare(QStringLiteral("SELECT 1 FROM cases WHERE fir_serial = ?1 AND fir_year = ?2 "
                                                      "AND fir_station = ?3 COLLATE NOCASE AND id <> ?4"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, c.fir->serial).bind(2, c.fir->year).bind(3, c.firStation).bind(4, nn(c.id));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return fail(ErrorCode::Conflict, Tr::tr("FIR %1 of %2 is already recorded as a case. An FIR number is unique "
                                                "for its police station or circle and year: check the number, or "
                                                "open the existing case.")
                                             .arg(c.fir->display(), c.firStation));
    }
    return ok();
}

Status CaseRepository::checkEnquiryUnique(const CaseRecord& c) {
    if (c.enquiryNumber.isEmpty()) {
        return ok();
    }
    // Unique for the office that holds the enquiry and its year (of the enquiry date, else of when it was recorded).
    // Not scoped, like the FIR check; the message names only what the user typed.
    const int year = (c.enquiryDate.isValid() ? c.enquiryDate : officeToday()).year();
    auto stmt = m_context.db().prepare(QStringLiteral(
        "SELECT 1 FROM cases WHERE office_id = ?1 AND enquiry_number = ?2 COLLATE NOCASE AND id <> ?4 AND "
        "CAST(substr(COALESCE(enquiry_date, created_at), 1, 4) AS INTEGER) = ?3"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, c.officeId).bind(2, c.enquiryNumber).bind(3, year).bind(4, nn(c.id));
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return fail(ErrorCode::Conflict,
                    Tr::tr("Enquiry %1 of %2 is already recorded as a case of this office. An enquiry number is "
                           "unique for its office and year: check the number, or open the existing case.")
                        .arg(c.enquiryNumber)
                        .arg(year));
    }
    return ok();
}

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
