// CaseRepository's checks before a case is written: cleaning and validating a record, the office it may belong to,
// the references it names, and the uniqueness of its FIR and enquiry numbers.
#include <QCoreApplication>

#include "domain/localtime.h"
#include "domain/textinput.h"
#include "repo/aggregatesupport.h"
#include "repo/caserepository.h"
#include "repo/caserepository_p.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {
namespace {

using namespace caserepo;

constexpr qsizetype kMaxNumber = 60;
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

} // namespace caselink
