#include "repo/changenotifier.h"

#include <QHash>

namespace caselink {

ChangeNotifier::ChangeNotifier(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<ChangeEvent>(); // queued to the window from background jobs, and watched by QSignalSpy
}

RecordKind recordKindFromAuditType(const QString& entityType) {
    static const QHash<QString, RecordKind> kinds{
        {QStringLiteral("case"), RecordKind::Case},
        {QStringLiteral("person"), RecordKind::Person},
        {QStringLiteral("arrest"), RecordKind::Arrest},
        {QStringLiteral("event"), RecordKind::Event},
        {QStringLiteral("payment"), RecordKind::Payment},
        {QStringLiteral("route_leg"), RecordKind::RouteLeg},
        {QStringLiteral("document"), RecordKind::Document},
        {QStringLiteral("evidence"), RecordKind::Evidence},
        {QStringLiteral("asset"), RecordKind::Asset},
        {QStringLiteral("incident"), RecordKind::Incident},
        {QStringLiteral("court_proceeding"), RecordKind::CourtProceeding},
        {QStringLiteral("link"), RecordKind::Link},
        {QStringLiteral("organisation"), RecordKind::Organisation},
        {QStringLiteral("membership"), RecordKind::Membership},
        {QStringLiteral("officer"), RecordKind::Officer},
        {QStringLiteral("org_unit"), RecordKind::OrgUnit},
        {QStringLiteral("ref_offence"), RecordKind::Reference},
        {QStringLiteral("red_book_entry"), RecordKind::RedBook},
        {QStringLiteral("red_book_edition"), RecordKind::RedBook},
        {QStringLiteral("watchlist"), RecordKind::WatchList},
        {QStringLiteral("watchlist_hit"), RecordKind::WatchList},
        {QStringLiteral("import_batch"), RecordKind::ImportBatch},
        {QStringLiteral("import_mapping"), RecordKind::ImportBatch},
        {QStringLiteral("held_review"), RecordKind::HeldReview},
        {QStringLiteral("trusted_key"), RecordKind::TrustedKey},
        {QStringLiteral("chart"), RecordKind::Chart},
        {QStringLiteral("user"), RecordKind::User},
    };
    return kinds.value(entityType, RecordKind::Other);
}

} // namespace caselink
