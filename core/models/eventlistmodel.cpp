#include "models/eventlistmodel.h"

#include <QCoreApplication>

#include "domain/localtime.h"
#include "repo/aggregatesupport.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::EventListModel)
};

} // namespace

EventListModel::EventListModel(RepositoryContext& context, const QString& caseId, QObject* parent)
    : PagedTableModel(context, parent) {
    const Scope& scope = context.scope();
    PagedQuery q;
    q.from = QStringLiteral("FROM events e LEFT JOIN cases c ON c.id = e.case_id "
                            "JOIN ref_event_types t ON t.code = e.event_type "
                            "LEFT JOIN persons p ON p.id = e.person_id");
    q.where = (caseId.isEmpty() ? QString() : QStringLiteral("e.case_id = :case_id AND ")) +
              scope.caseIdVisible(
                  QStringLiteral("e.case_id")); // a fixed condition, not ":case_id = '' OR ...", so the index is used
    q.key = QStringLiteral("e.id");
    q.columns = {
        {Tr::tr("Time"), QStringLiteral("e.occurred_at"), true, false, -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(Time).toString())); },
         QStringLiteral("e.occurred_at")},
        {Tr::tr("Event"),
         QStringLiteral("CASE WHEN :lang = 'ur' AND t.title_ur <> '' THEN t.title_ur ELSE t.title_en END"),
         true,
         false,
         -1,
         {},
         {}},
        {Tr::tr("Person"),
         recordtext::personNameSql(scope, QStringLiteral("p")),
         true,
         false,
         -1,
         [pseudonyms = scope.pseudonyms()](const QVariantList& row) {
             return pseudonyms.nameOr(row.at(Person), row.at(ColumnCount));
         },
         {}},
        {Tr::tr("Legal reference"),
         QStringLiteral("coalesce(nullif(e.legal_ref, ''), t.legal_ref)"),
         true,
         false,
         -1,
         {},
         {}},
    };
    q.extras = {QStringLiteral("p.id"), QStringLiteral("e.event_type")};
    q.extraRoles = {{TypeCodeRole, 1}};
    q.parameters = {{QByteArrayLiteral(":case_id"), caseId.isNull() ? QStringLiteral("") : caseId},
                    {QByteArrayLiteral(":lang"), QStringLiteral("en")}};
    q.filter = [](const QString& text) {
        return PagedFilter{QStringLiteral("e.event_type = upper(:filter_text) OR t.title_en LIKE :filter_words ESCAPE "
                                          "'\\' OR t.title_ur LIKE :filter_words ESCAPE '\\'"),
                           {{QByteArrayLiteral(":filter_text"), text},
                            {QByteArrayLiteral(":filter_words"), QString(QLatin1Char('%') + likePrefix(text))}}};
    };
    q.entities = {RecordKind::Event, RecordKind::Case, RecordKind::Person};
    q.rowEntity = RecordKind::Event;
    q.sortColumn = Time;
    setQuery(std::move(q));
}

void EventListModel::setUrdu(bool urdu) {
    setParameter(QByteArrayLiteral(":lang"), urdu ? QStringLiteral("ur") : QStringLiteral("en"));
}

} // namespace caselink
