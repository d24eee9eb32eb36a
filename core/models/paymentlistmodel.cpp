#include "models/paymentlistmodel.h"

#include <QCoreApplication>

#include "domain/localtime.h"
#include "domain/money.h"
#include "repo/aggregatesupport.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::PaymentListModel)
};

constexpr int PayerId = 0;
constexpr int PayeeId = 1;
constexpr int Currency = 2;

QVariant money(const QVariant& minor, const QString& currency) {
    if (minor.isNull()) {
        return {};
    }
    return Money{minor.toLongLong(), currency}.display();
}

} // namespace

PaymentListModel::PaymentListModel(RepositoryContext& context, const QString& caseId, QObject* parent)
    : PagedTableModel(context, parent) {
    const Scope& scope = context.scope();
    PagedQuery q;
    q.from = QStringLiteral("FROM payments y LEFT JOIN cases c ON c.id = y.case_id "
                            "LEFT JOIN persons pa ON pa.id = y.payer_person_id "
                            "LEFT JOIN persons pb ON pb.id = y.payee_person_id");
    q.where = (caseId.isEmpty() ? QString() : QStringLiteral("y.case_id = :case_id AND ")) +
              scope.caseIdVisible(
                  QStringLiteral("y.case_id")); // a fixed condition, not ":case_id = '' OR ...", so the index is used
    q.key = QStringLiteral("y.id");
    q.columns = {
        {Tr::tr("Case"), recordtext::caseNumberSql(QStringLiteral("c")), true, false, -1, {}, {}},
        {Tr::tr("Payer"),
         recordtext::personNameSql(scope, QStringLiteral("pa")),
         true,
         false,
         -1,
         [pseudonyms = scope.pseudonyms()](const QVariantList& row) {
             return pseudonyms.nameOr(row.at(Payer), row.at(ColumnCount + PayerId));
         },
         {}},
        {Tr::tr("Payee"),
         recordtext::personNameSql(scope, QStringLiteral("pb")),
         true,
         false,
         -1,
         [pseudonyms = scope.pseudonyms()](const QVariantList& row) {
             return pseudonyms.nameOr(row.at(Payee), row.at(ColumnCount + PayeeId));
         },
         {}},
        {Tr::tr("Amount"), QStringLiteral("y.amount_minor"), true, true, AmountMinorRole,
         [](const QVariantList& row) { return money(row.at(Amount), row.at(ColumnCount + Currency).toString()); },
         QStringLiteral("y.amount_minor")},
        {Tr::tr("PKR"),
         QStringLiteral("y.pkr_minor"),
         true,
         true,
         PkrMinorRole,
         [](const QVariantList& row) { return money(row.at(Pkr), QStringLiteral("PKR")); },
         {}},
        {Tr::tr("Paid on"),
         QStringLiteral("y.paid_on"),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(PaidOn).toString())); },
         {}},
    };
    q.extras = {QStringLiteral("pa.id"), QStringLiteral("pb.id"), QStringLiteral("y.currency")};
    q.parameters = {{QByteArrayLiteral(":case_id"), caseId.isNull() ? QStringLiteral("") : caseId}};
    q.filter = [](const QString& text) {
        return PagedFilter{
            QStringLiteral("y.currency = upper(:filter_text) OR c.enquiry_number LIKE :filter_prefix "
                           "ESCAPE '\\' OR %1 LIKE :filter_prefix ESCAPE '\\'")
                .arg(recordtext::firSql(QStringLiteral("c"))),
            {{QByteArrayLiteral(":filter_text"), text}, {QByteArrayLiteral(":filter_prefix"), likePrefix(text)}}};
    };
    q.entities = {RecordKind::Payment, RecordKind::Case, RecordKind::Person};
    q.rowEntity = RecordKind::Payment;
    setQuery(std::move(q));
}

} // namespace caselink
