#include "domain/court.h"

#include <array>

#include <QCoreApplication>

#include "domain/enumkeys.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CourtProceeding)
};

constexpr std::array<EnumKey<CourtKind>, 5> kKinds{{
    {CourtKind::Magistrate, "MAGISTRATE"},
    {CourtKind::Sessions, "SESSIONS"},
    {CourtKind::SpecialCourtCentral, "SPECIAL_COURT_CENTRAL"},
    {CourtKind::HighCourt, "HIGH_COURT"},
    {CourtKind::SupremeCourt, "SUPREME_COURT"},
}};

constexpr std::array<EnumKey<Judgment>, 3> kJudgments{{
    {Judgment::Convicted, "CONVICTED"},
    {Judgment::Acquitted, "ACQUITTED"},
    {Judgment::Discharged, "DISCHARGED"},
}};
} // namespace

QString courtKindKey(CourtKind kind) {
    return enumKey<CourtKind>(kKinds, kind);
}

std::optional<CourtKind> courtKindFromKey(const QString& key) {
    return enumFromKey<CourtKind>(kKinds, key);
}

QString courtKindName(CourtKind kind) {
    switch (kind) {
    case CourtKind::Magistrate:
        return Tr::tr("Magistrate");
    case CourtKind::Sessions:
        return Tr::tr("Sessions Court");
    case CourtKind::SpecialCourtCentral:
        return Tr::tr("Special Court (Central)");
    case CourtKind::HighCourt:
        return Tr::tr("High Court");
    case CourtKind::SupremeCourt:
        return Tr::tr("Supreme Court");
    }
    return {};
}

QString judgmentKey(Judgment judgment) {
    return enumKey<Judgment>(kJudgments, judgment);
}

std::optional<Judgment> judgmentFromKey(const QString& key) {
    return enumFromKey<Judgment>(kJudgments, key);
}

QString judgmentName(Judgment judgment) {
    switch (judgment) {
    case Judgment::Convicted:
        return Tr::tr("Convicted");
    case Judgment::Acquitted:
        return Tr::tr("Acquitted");
    case Judgment::Discharged:
        return Tr::tr("Discharged");
    }
    return {};
}

} // namespace caselink
