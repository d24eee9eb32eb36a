#include "repo/globalsearch.h"

#include <QCoreApplication>

#include "domain/caserecord.h"
#include "domain/organisation.h"
#include "repo/aggregatesupport.h"
#include "repo/caserepository.h"
#include "repo/personrepository.h"

namespace caselink {
namespace {

QString likeContains(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<std::vector<GlobalSearchHit>> GlobalSearch::run(const QString& query, int perKind) {
    const QString text = query.simplified();
    std::vector<GlobalSearchHit> out;
    if (text.size() < 2) {
        return out;
    }
    PersonRepository persons(m_context);
    auto personHits = persons.search(text, perKind);
    if (!personHits) {
        return std::unexpected(personHits.error());
    }
    for (const PersonHit& hit : *personHits) {
        QStringList detail;
        if (!hit.nameUrdu.isEmpty() && hit.nameUrdu != hit.name) {
            detail << hit.nameUrdu;
        }
        if (!hit.relative.isEmpty()) {
            detail << hit.relative;
        }
        if (!hit.cnic.isEmpty()) {
            detail << hit.cnic;
        }
        out.push_back(
            {GlobalSearchHit::Kind::Person, hit.id, hit.name, detail.join(QStringLiteral(" · ")), hit.matchedBy});
    }
    CaseRepository cases(m_context);
    auto caseHits = cases.search(text, perKind);
    if (!caseHits) {
        return std::unexpected(caseHits.error());
    }
    for (const CaseSummary& c : *caseHits) {
        QString label = c.label.isEmpty() ? c.enquiryNumber : c.label;
        QStringList detail;
        if (!c.enquiryNumber.isEmpty() && c.enquiryNumber != label) {
            detail << c.enquiryNumber;
        }
        if (!c.title.isEmpty()) {
            detail << c.title;
        }
        detail << caseStatusDisplayName(c.status);
        out.push_back(
            {GlobalSearchHit::Kind::Case, c.id, label, detail.join(QStringLiteral(" · ")), QStringLiteral("case")});
    }
    auto organisationHits = organisations(text, perKind);
    if (!organisationHits) {
        return std::unexpected(organisationHits.error());
    }
    for (GlobalSearchHit& hit : *organisationHits) {
        out.push_back(std::move(hit));
    }
    return out;
}

// Organisations are few (networks, agencies, front companies): a scoped LIKE over both names is enough.
Result<std::vector<GlobalSearchHit>> GlobalSearch::organisations(const QString& query, int limit) {
    std::vector<GlobalSearchHit> out;
    const QString text = query.simplified();
    if (text.size() < 2) {
        return out;
    }
    auto stmt = prepareScoped(
        m_context, QStringLiteral("SELECT o.id, o.name, o.name_urdu, o.kind FROM organisations o "
                                  "WHERE (o.name LIKE :needle ESCAPE '\\' OR o.name_urdu LIKE :needle ESCAPE '\\' "
                                  "OR o.registration = :exact) AND %1 ORDER BY o.name, o.id LIMIT :limit")
                       .arg(organisationVisible(m_context.scope(), QStringLiteral("o"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":needle", likeContains(text));
    stmt->bindNamed(":exact", text);
    stmt->bindNamed(":limit", std::int64_t(limit));
    const Status read = forEachRow(*stmt, [&](Statement& row) {
        QStringList detail;
        if (!row.columnText(2).isEmpty()) {
            detail << row.columnText(2);
        }
        const auto kind = organisationKindFromKey(row.columnText(3));
        if (kind) {
            detail << organisationKindName(*kind);
        }
        out.push_back({GlobalSearchHit::Kind::Organisation, row.columnText(0), row.columnText(1),
                       detail.join(QStringLiteral(" · ")), QStringLiteral("organisation")});
    });
    if (!read) {
        return std::unexpected(read.error());
    }
    return out;
}

} // namespace caselink
