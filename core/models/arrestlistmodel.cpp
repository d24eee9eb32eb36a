#include "models/arrestlistmodel.h"

#include <QCoreApplication>

#include "domain/localtime.h"
#include "models/modeltext.h"
#include "repo/aggregatesupport.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ArrestListModel)
};

PagedFilter arrestFilter(const QString& text) {
    return {QStringLiteral("a.category = upper(:filter_text) OR c.enquiry_number LIKE :filter_prefix ESCAPE '\\' OR "
                           "%1 LIKE :filter_prefix ESCAPE '\\'")
                .arg(recordtext::firSql(QStringLiteral("c"))),
            {{QByteArrayLiteral(":filter_text"), text}, {QByteArrayLiteral(":filter_prefix"), likePrefix(text)}}};
}

} // namespace

ArrestListModel::ArrestListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    const Scope& scope = context.scope();
    PagedQuery q;
    q.from = QStringLiteral("FROM arrests a LEFT JOIN cases c ON c.id = a.case_id JOIN persons p ON p.id = a.person_id "
                            "LEFT JOIN org_units o ON o.id = a.arresting_office_id");
    q.where = scope.caseIdVisible(QStringLiteral("a.case_id"));
    q.key = QStringLiteral("a.id");
    q.columns = {
        {Tr::tr("Arrested"), QStringLiteral("a.arrested_at"), true, false, -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(Date).toString())); },
         QStringLiteral("a.arrested_at")},
        {Tr::tr("Person"),
         recordtext::personNameSql(scope, QStringLiteral("p")),
         true,
         false,
         -1,
         [pseudonyms = scope.pseudonyms()](const QVariantList& row) {
             return pseudonyms.nameOr(row.at(Person), row.at(ColumnCount));
         },
         {}},
        {Tr::tr("Category"),
         QStringLiteral("a.category"),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(modeltext::keyLabel(row.at(Category))); },
         {}},
        {Tr::tr("Office"), QStringLiteral("o.code"), true, false, -1, {}, {}},
        {Tr::tr("Case"), recordtext::caseNumberSql(QStringLiteral("c")), true, false, -1, {}, {}},
    };
    q.extras = {QStringLiteral("p.id")};
    q.filter = arrestFilter;
    q.entities = {RecordKind::Arrest, RecordKind::Case, RecordKind::Person};
    q.rowEntity = RecordKind::Arrest;
    q.sortColumn = Date;
    q.sortOrder = Qt::DescendingOrder; // the latest arrests first
    setQuery(std::move(q));
}

} // namespace caselink
