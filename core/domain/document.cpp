#include "domain/document.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Document)
};

constexpr std::array<EnumKey<DocumentType>, 9> kTypes{{
    {DocumentType::Passport, "PASSPORT"},
    {DocumentType::Visa, "VISA"},
    {DocumentType::Cnic, "CNIC"},
    {DocumentType::Nicop, "NICOP"},
    {DocumentType::JobOffer, "JOB_OFFER"},
    {DocumentType::EntryExitStamp, "ENTRY_EXIT_STAMP"},
    {DocumentType::ProtectorRegistration, "PROTECTOR_REGISTRATION"},
    {DocumentType::Ticket, "TICKET"},
    {DocumentType::Other, "OTHER"},
}};

constexpr std::array<EnumKey<Authenticity>, 7> kAuthenticity{{
    {Authenticity::Unknown, "UNKNOWN"},
    {Authenticity::Genuine, "GENUINE"},
    {Authenticity::Forged, "FORGED"},
    {Authenticity::Tampered, "TAMPERED"},
    {Authenticity::FraudulentlyObtained, "FRAUDULENTLY_OBTAINED"},
    {Authenticity::Impostor, "IMPOSTOR"},
    {Authenticity::GenuineMisused, "GENUINE_MISUSED"},
}};
} // namespace

QString documentTypeKey(DocumentType type) {
    return enumKey<DocumentType>(kTypes, type);
}

std::optional<DocumentType> documentTypeFromKey(const QString& key) {
    return enumFromKey<DocumentType>(kTypes, key);
}

QString documentTypeName(DocumentType type) {
    switch (type) {
    case DocumentType::Passport:
        return Tr::tr("Passport");
    case DocumentType::Visa:
        return Tr::tr("Visa");
    case DocumentType::Cnic:
        return Tr::tr("CNIC");
    case DocumentType::Nicop:
        return Tr::tr("NICOP");
    case DocumentType::JobOffer:
        return Tr::tr("Job offer");
    case DocumentType::EntryExitStamp:
        return Tr::tr("Entry/exit stamp");
    case DocumentType::ProtectorRegistration:
        return Tr::tr("Protector of Emigrants registration");
    case DocumentType::Ticket:
        return Tr::tr("Ticket");
    case DocumentType::Other:
        return Tr::tr("Other document");
    }
    return {};
}

QString authenticityKey(Authenticity authenticity) {
    return enumKey<Authenticity>(kAuthenticity, authenticity);
}

std::optional<Authenticity> authenticityFromKey(const QString& key) {
    return enumFromKey<Authenticity>(kAuthenticity, key);
}

QString authenticityName(Authenticity authenticity) {
    switch (authenticity) {
    case Authenticity::Unknown:
        return Tr::tr("Not examined");
    case Authenticity::Genuine:
        return Tr::tr("Genuine");
    case Authenticity::Forged:
        return Tr::tr("Forged");
    case Authenticity::Tampered:
        return Tr::tr("Tampered");
    case Authenticity::FraudulentlyObtained:
        return Tr::tr("Fraudulently obtained");
    case Authenticity::Impostor:
        return Tr::tr("Used by an impostor");
    case Authenticity::GenuineMisused:
        return Tr::tr("Genuine but misused");
    }
    return {};
}

} // namespace caselink
