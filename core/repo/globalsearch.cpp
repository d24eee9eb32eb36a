#include "repo/globalsearch.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "domain/caserecord.h"
#include "domain/organisation.h"
#include "repo/aggregatesupport.h"
#include "repo/caserepository.h"
#include "repo/organisationrepository.h"
#include "repo/personrepository.h"

namespace caselink {
Result<GlobalSearchResult> GlobalSearch::run(const QString& query, int perKind) {
    const QString text = query.simplified();
    GlobalSearchResult result;
    std::vector<GlobalSearchHit>& out = result.hits;
    if (text.size() < 2) {
        return result;
    }
    PersonRepository persons(m_context);
    auto found = persons.find(text, perKind);
    if (!found) {
        return std::unexpected(found.error());
    }
    result.personTotal = found->total;
    result.personsShown = static_cast<int>(found->hits.size());
    for (const PersonHit& hit : found->hits) {
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
    return result;
}

Result<std::vector<GlobalSearchHit>> GlobalSearch::organisations(const QString& query, int limit) {
    const Result<std::vector<Organisation>> found = OrganisationRepository(m_context).search(query, limit);
    if (!found) {
        return std::unexpected(found.error());
    }
    std::vector<GlobalSearchHit> out;
    for (const Organisation& o : *found) {
        QStringList detail;
        if (!o.nameUrdu.isEmpty()) {
            detail << o.nameUrdu;
        }
        detail << organisationKindName(o.kind);
        out.push_back({GlobalSearchHit::Kind::Organisation, o.id, o.name, detail.join(QStringLiteral(" · ")),
                       QStringLiteral("organisation")});
    }
    return out;
}

Status GlobalSearch::auditPersonSearch(qint64 found, qint64 shown) {
    return m_context.auditRead({QStringLiteral("search.person"), QStringLiteral("search"), QStringLiteral("person"),
                                QJsonObject{{QLatin1String("results"), found}, {QLatin1String("shown"), shown}}});
}

Status GlobalSearch::auditRecordSearch(const QString& kind, qint64 found) {
    return m_context.auditRead({QStringLiteral("search.") + kind, QStringLiteral("search"), kind,
                                QJsonObject{{QLatin1String("results"), found}, {QLatin1String("shown"), found}}});
}

} // namespace caselink
