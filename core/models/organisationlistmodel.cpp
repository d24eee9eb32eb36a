#include "models/organisationlistmodel.h"

#include <QCoreApplication>

#include "domain/organisation.h"
#include "repo/aggregatesupport.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::OrganisationListModel)
};

} // namespace

OrganisationListModel::OrganisationListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    PagedQuery q;
    q.from = QStringLiteral("FROM organisations o LEFT JOIN org_units u ON u.id = o.office_id");
    // Exactly OrganisationRepository's visibility rule.
    q.where = organisationVisible(context.scope(), QStringLiteral("o"));
    q.key = QStringLiteral("o.id");
    q.columns = {
        {Tr::tr("Name"), QStringLiteral("o.name"), true, false, -1, {}, {}},
        {Tr::tr("Name (Urdu)"), QStringLiteral("o.name_urdu"), true, false, -1, {}, {}},
        {Tr::tr("Kind"),
         QStringLiteral("o.kind"),
         true,
         false,
         -1,
         [](const QVariantList& row) {
             const auto kind = organisationKindFromKey(row.at(Kind).toString());
             return QVariant(kind ? organisationKindName(*kind) : row.at(Kind).toString());
         },
         {}},
        {Tr::tr("Registration"), QStringLiteral("o.registration"), true, false, -1, {}, {}},
        {Tr::tr("Office"), QStringLiteral("u.code"), true, false, -1, {}, {}},
        {Tr::tr("Members"),
         QStringLiteral("(SELECT count(*) FROM memberships m WHERE m.organisation_id = o.id)"),
         false,
         true,
         -1,
         {},
         {}},
    };
    q.filter = [](const QString& text) -> PagedFilter {
        return {QStringLiteral("o.name LIKE :filter_prefix ESCAPE '\\' OR o.name_urdu LIKE :filter_prefix ESCAPE "
                               "'\\' OR o.registration = :filter_exact"),
                {{QByteArrayLiteral(":filter_prefix"), likePrefix(text)}, {QByteArrayLiteral(":filter_exact"), text}}};
    };
    q.entities = {RecordKind::Organisation, RecordKind::Membership};
    q.rowEntity = RecordKind::Organisation;
    setQuery(std::move(q));
}

} // namespace caselink
