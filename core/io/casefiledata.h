// Everything a case file (the PDF, the bundle's records.json) shows of one case, gathered through the scoped
// repositories and then cut down to a redaction profile. What the profile removes is gone from this structure, so no
// renderer or writer downstream can leak it.
#pragma once

#include <map>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "domain/caserecord.h"
#include "domain/document.h"
#include "domain/event.h"
#include "domain/payment.h"
#include "domain/person.h"
#include "domain/reference.h"
#include "domain/routeleg.h"
#include "evidence/evidencestore.h"
#include "util/result.h"

namespace caselink {

class RepositoryContext;

// prosecutor: everything the user may see. partner: no identity, contact or address of a victim, witness,
// complainant or family member (accused kept), and their names scrubbed from every free text. statistics: counts only.
enum class RedactionProfile { Prosecutor, Partner, Statistics };
QString redactionProfileKey(RedactionProfile profile); // "prosecutor", "partner", "statistics"
std::optional<RedactionProfile> redactionProfileFromKey(const QString& key);
QString redactionProfileDisplayName(RedactionProfile profile);

struct CaseFileArrest {
    Arrest arrest;
    std::vector<CustodyPeriod> custody;
};

struct CaseFileParty {
    Person person; // blank but for id when redacted
    std::vector<CaseRole> roles;
    std::vector<CaseFileArrest> arrests;
    bool redacted = false;
    QString label; // the name to print: the person's name, or "Victim 2" when redacted
};

struct CaseFileOffence {
    QString id;
    QString code;
    QString titleEn;
    QString titleUr;
    QString penalty;
};

struct CaseFileEvidence {
    EvidenceItem item;
    std::vector<CustodyEvent> custody;
};

struct CaseFileData {
    RedactionProfile profile = RedactionProfile::Prosecutor;
    CaseRecord caseFile;
    QString officeCode;
    QString officeName;
    QString officeNameUrdu;
    QString generatedBy; // display name (user name)
    QDateTime generatedAt;
    QString databaseId;
    QByteArray officePublicKey; // raw Ed25519
    QString keyFingerprint;     // SHA-256 of the public key, grouped hex
    std::vector<CaseFileOffence> offences;
    std::vector<CaseFileParty> accused;
    std::vector<CaseFileParty> victims; // smuggled migrants and trafficking victims
    std::vector<CaseFileParty> others;  // complainants, witnesses, family members
    std::vector<TimelineEvent> events;
    std::vector<CaseFileEvidence> evidence;
    std::vector<Payment> payments;
    std::vector<RouteLeg> route; // every traveller's chain, each in order
    std::vector<Document> documents;
    // Reference tables the file prints from: event types (titles and legal references) and countries by code.
    std::map<QString, EventType> eventTypes;
    std::map<QString, Country> countries;
    std::map<QString, int> counts; // statistics profile: "accused", "victims", "arrests", "role.AGENT", ...

    // The party with this person id, or nullptr: persons who are no party to the case are never named in the file.
    const CaseFileParty* party(const QString& personId) const;
};

class CaseFileLoader {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseFileLoader)

public:
    // Reads the case through the repositories (scope and victim protection apply) and applies the profile.
    static Result<CaseFileData> load(RepositoryContext& context, const QString& caseId, RedactionProfile profile);
    // Finds a case by id or by FIR/enquiry number as typed; NotFound or, when several match, Input naming them.
    static Result<QString> resolveCase(RepositoryContext& context, const QString& idOrNumber);
};

} // namespace caselink
