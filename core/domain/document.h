// A document seized or produced in a case: passports (own, someone else's, forged), visas, CNICs, fake job offers,
// stamps, tickets; its authenticity as examined and the malkhana (seizure register) reference.
#pragma once

#include <optional>

#include <QString>

namespace caselink {

enum class DocumentType { Passport, Visa, Cnic, Nicop, JobOffer, EntryExitStamp, ProtectorRegistration, Ticket, Other };
QString documentTypeKey(DocumentType type); // "PASSPORT", "VISA", ... as the schema CHECKs
std::optional<DocumentType> documentTypeFromKey(const QString& key);
QString documentTypeName(DocumentType type);

enum class Authenticity { Unknown, Genuine, Forged, Tampered, FraudulentlyObtained, Impostor, GenuineMisused };
QString authenticityKey(Authenticity authenticity);
std::optional<Authenticity> authenticityFromKey(const QString& key);
QString authenticityName(Authenticity authenticity);

struct Document {
    QString id;
    QString caseId;   // at least one of caseId and personId is set
    QString personId; // the holder
    DocumentType type = DocumentType::Passport;
    QString number;       // passports normalised (upper case, no spaces or hyphens)
    QString issuingState; // ISO 3166 alpha-2 from ref_countries, or empty
    Authenticity authenticity = Authenticity::Unknown;
    QString malkhanaRef;
    QString notes;
};

} // namespace caselink
