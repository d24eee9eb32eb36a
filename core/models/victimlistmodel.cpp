#include "models/victimlistmodel.h"

#include <QCoreApplication>

#include "models/modeltext.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::VictimListModel)
};

} // namespace

VictimListModel::VictimListModel(RepositoryContext& context, const QString& caseId, QObject* parent)
    : PagedTableModel(context, parent) {
    const Scope& scope = context.scope();
    // In a list of victims every row is a victim: the identity needs the grant, whatever other roles the person has.
    const QString name = scope.victimGrant() ? QStringLiteral("coalesce(nullif(p.name_latin, ''), p.name_urdu)")
                                             : QStringLiteral("NULL");
    PagedQuery q;
    q.from = QStringLiteral("FROM case_persons cp LEFT JOIN cases c ON c.id = cp.case_id JOIN persons p ON p.id = "
                            "cp.person_id");
    // Fixed conditions rather than ":case_id = '' OR ...", which would keep SQLite from using an index.
    q.where = QStringLiteral("+cp.role IN ('SMUGGLED_MIGRANT', 'TRAFFICKING_VICTIM') AND %1%2")
                  .arg(caseId.isEmpty() ? QString() : QStringLiteral("cp.case_id = :case_id AND "),
                       scope.caseIdVisible(QStringLiteral("cp.case_id")));
    q.key = QStringLiteral("cp.id");
    q.columns = {
        {Tr::tr("Case"), recordtext::caseNumberSql(QStringLiteral("c")), true, false, -1, {}, {}},
        {Tr::tr("Person"),
         name,
         scope.victimGrant(),
         false,
         -1,
         [pseudonyms = scope.pseudonyms()](const QVariantList& row) {
             return pseudonyms.nameOr(row.at(Person), row.at(ColumnCount));
         },
         {}},
        {Tr::tr("Role"),
         QStringLiteral("cp.role"),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(modeltext::keyLabel(row.at(Role))); },
         {}},
        {Tr::tr("Outcome"),
         QStringLiteral("cp.victim_outcome"),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(modeltext::keyLabel(row.at(Outcome))); },
         {}},
    };
    q.extras = {QStringLiteral("p.id")};
    q.parameters = {{QByteArrayLiteral(":case_id"), caseId.isNull() ? QStringLiteral("") : caseId}};
    q.filter = [](const QString& text) {
        return PagedFilter{QStringLiteral("cp.victim_outcome = upper(:filter_text) OR cp.role = upper(:filter_text)"),
                           {{QByteArrayLiteral(":filter_text"), text}}};
    };
    q.entities = {RecordKind::Case, RecordKind::Person};
    q.rowEntity = RecordKind::Other; // rows are roles: a change reloads the page
    setQuery(std::move(q));
}

} // namespace caselink
