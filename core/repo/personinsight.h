// What the person profile shows beyond the person's own record, all through the user's scope: the roles the person
// holds across visible cases, watch-list entries, the photo kept in the database, and cross-case correlation (the
// same phone, CNIC, passport or address recorded for another person, and the cases that person appears in).
#pragma once

#include <vector>

#include <QByteArray>
#include <QDate>

#include "domain/caserecord.h"
#include "repo/repositorycontext.h"

namespace caselink {

struct PersonCaseRole {
    QString caseId;
    QString caseLabel; // FIR display form, else the enquiry number
    QString caseTitle;
    CaseStatus caseStatus = CaseStatus::EnquiryRegistered;
    PersonRole role = PersonRole::Agent;
    ArrestStatus arrestStatus = ArrestStatus::NotApplicable;
};

struct WatchlistEntry {
    QString list; // "ECL", "PCL", "VCL", "BLACKLIST", "STOP_LIST", "RED_NOTICE"; "OFFLOADED" for an offloading
    QString reference;
    QDate placedOn;
    QDate removedOn;
};

enum class CorrelationKind { Phone, Cnic, Passport, Address };

// One other person sharing an identifier, once per visible case they appear in (caseId empty when none is visible).
struct Correlation {
    CorrelationKind kind = CorrelationKind::Phone;
    QString value; // the shared identifier as stored (E.164, 13 digits, passport number, address key)
    QString personId;
    QString personName;
    QString caseId;
    QString caseLabel;
};

struct PersonPhoto {
    QString mime;
    QByteArray data;
};

class PersonInsight {
public:
    explicit PersonInsight(RepositoryContext& context)
        : m_context(context) {}

    // NotFound when the person is not visible. Protected persons' roles are left out for users without the grant.
    Result<std::vector<PersonCaseRole>> rolesAcrossCases(const QString& personId);
    Result<std::vector<WatchlistEntry>> watchlists(const QString& personId);
    // Persons the user may see and whose identity is not protected from them; merged records left out.
    Result<std::vector<Correlation>> correlations(const QString& personId, int limit = 200);

    // Empty data when the person has no photo.
    Result<PersonPhoto> photo(const QString& personId);
    // Replaces the photo (JPEG or PNG bytes, at most 5 MB), audited; empty data removes it.
    Status setPhoto(const QString& personId, const PersonPhoto& photo);

private:
    Status requireVisible(const QString& personId);

    RepositoryContext& m_context;
};

} // namespace caselink
