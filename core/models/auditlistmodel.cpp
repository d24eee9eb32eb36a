#include "models/auditlistmodel.h"

#include <QCoreApplication>

#include "domain/localtime.h"
#include "models/pagedtablemodel.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::AuditListModel)
};

} // namespace

AuditListModel::AuditListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    const Role role = context.scope().role();
    const bool seesAll = role == Role::Administrator || role == Role::Supervisor;
    PagedQuery q;
    q.from = QStringLiteral("FROM audit_log a");
    q.where = seesAll ? QStringLiteral("1") : QStringLiteral("a.user_id = :scope_user");
    q.key = QStringLiteral("a.seq");
    q.columns = {
        {Tr::tr("No."), QStringLiteral("a.seq"), true, true, -1, {}, QStringLiteral("a.seq")},
        {Tr::tr("Time"), QStringLiteral("a.at"), true, false, -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(Time).toString())); },
         QStringLiteral("a.at")},
        {Tr::tr("User"), QStringLiteral("a.username"), true, false, -1, {}, QStringLiteral("a.username")},
        {Tr::tr("Action"), QStringLiteral("a.action"), true, false, -1, {}, QStringLiteral("a.action")},
        {Tr::tr("Entity"), QStringLiteral("a.entity_type || ' ' || a.entity_id"), true, false, -1, {}, {}},
    };
    q.filter = [](const QString& text) {
        return PagedFilter{QStringLiteral("substr(a.action, 1, length(:filter_text)) = :filter_text OR a.username = "
                                          ":filter_text COLLATE NOCASE"),
                           {{QByteArrayLiteral(":filter_text"), text}}};
    };
    // Every committed change appends an entry, so any change refreshes the log.
    q.anyEntity = true;
    setQuery(std::move(q));
}

} // namespace caselink
