#include "models/caselistmodel.h"

#include <QCoreApplication>

#include "domain/localtime.h"
#include "models/modeltext.h"
#include "repo/aggregatesupport.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseListModel)
};

PagedFilter caseFilter(const QString& text) {
    bool isNumber = false;
    const qint64 serial = text.toLongLong(&isNumber);
    return {QStringLiteral("c.enquiry_number LIKE :filter_prefix ESCAPE '\\' OR %1 LIKE :filter_prefix ESCAPE '\\' "
                           "OR c.fir_serial = :filter_serial")
                .arg(recordtext::firSql(QStringLiteral("c"))),
            {{QByteArrayLiteral(":filter_prefix"), likePrefix(text)},
             {QByteArrayLiteral(":filter_serial"), isNumber ? serial : qint64(-1)}}};
}

} // namespace

CaseListModel::CaseListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    PagedQuery q;
    q.from = QStringLiteral("FROM cases c LEFT JOIN org_units o ON o.id = c.office_id "
                            "LEFT JOIN officers io ON io.id = c.io_officer_id");
    q.where = context.scope().caseVisible(QStringLiteral("c"));
    q.key = QStringLiteral("c.id");
    q.columns = {
        // FIR numbers sort by year, then serial, as registers are kept.
        {Tr::tr("FIR"),
         recordtext::firSql(QStringLiteral("c")),
         true,
         false,
         -1,
         {},
         QStringLiteral("coalesce(c.fir_year * 10000000 + c.fir_serial, -1)")},
        {Tr::tr("Enquiry"), QStringLiteral("c.enquiry_number"), true, false, -1, {}, {}},
        {Tr::tr("Status"),
         QStringLiteral("c.status"),
         true,
         false,
         StatusKeyRole,
         [](const QVariantList& row) { return QVariant(modeltext::keyLabel(row.at(Status))); },
         {}},
        {Tr::tr("Office"), QStringLiteral("o.code"), true, false, -1, {}, {}},
        {Tr::tr("FIR date"),
         QStringLiteral("c.fir_date"),
         true,
         false,
         -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(FirDate).toString())); },
         {}},
        {Tr::tr("Investigating officer"), QStringLiteral("io.name"), true, false, -1, {}, {}},
    };
    q.filter = caseFilter;
    q.entities = {RecordKind::Case, RecordKind::Officer};
    q.rowEntity = RecordKind::Case;
    setQuery(std::move(q));
}

} // namespace caselink
