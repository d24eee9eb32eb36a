// Court proceedings of a case (Magistrate, Sessions, Special Court Central, appeals) with their hearings, judgment,
// sentence and fine.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace caselink {

enum class CourtKind { Magistrate, Sessions, SpecialCourtCentral, HighCourt, SupremeCourt };
QString courtKindKey(CourtKind kind); // "MAGISTRATE", "SESSIONS", ... as the schema CHECKs
std::optional<CourtKind> courtKindFromKey(const QString& key);
QString courtKindName(CourtKind kind);

enum class Judgment { Convicted, Acquitted, Discharged };
QString judgmentKey(Judgment judgment);
std::optional<Judgment> judgmentFromKey(const QString& key);
QString judgmentName(Judgment judgment);

struct CourtProceeding {
    QString id;
    QString caseId;
    CourtKind kind = CourtKind::Magistrate;
    QString courtName;
    QString courtCaseNo;
    std::optional<Judgment> judgment;
    QDate judgmentDate;
    QString sentence;
    QString fineText;              // as typed, whole rupees; reads give the plain number back
    std::optional<qint64> finePkr; // set on reads
    QString appealOf;              // the proceeding (same case) this one appeals
};

struct Hearing {
    QString id;
    QString proceedingId;
    QDate heldOn;
    QDate nextOn; // the date the court fixed for the next hearing
    QString note;
};

// A hearing date falling in a window, with what an officer needs to attend it.
struct UpcomingHearing {
    QString hearingId;
    QString proceedingId;
    QString caseId;
    CourtKind kind = CourtKind::Magistrate;
    QString courtName;
    QString courtCaseNo;
    QDate date;
};

} // namespace caselink
