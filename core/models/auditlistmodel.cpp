#include "models/auditlistmodel.h"

#include <QCoreApplication>

#include "domain/localtime.h"
#include "models/pagedtablemodel.h"
#include "repo/audittext.h"
#include "repo/recordtext.h"
#include "repo/repositorycontext.h"
#include "security/auditvisibility.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::AuditListModel)
};

} // namespace

AuditListModel::AuditListModel(RepositoryContext& context, QObject* parent)
    : PagedTableModel(context, parent) {
    const Scope& scope = context.scope();
    PagedQuery q;
    // The person an entry is about, named as every list names them (a protected person by the pseudonym), else the
    // case: "Arrest recorded: Zubair Yousafzai". Records outside the user's scope are not named.
    q.from = QStringLiteral("FROM audit_log a LEFT JOIN persons sp ON sp.id = (%1) AND %2 "
                            "LEFT JOIN cases sc ON sc.id = (%3) AND %4")
                 .arg(audittext::subjectPersonIdSql(QStringLiteral("a")), scope.personVisible(QStringLiteral("sp")),
                      audittext::subjectCaseIdSql(QStringLiteral("a")), scope.caseVisible(QStringLiteral("sc")));
    // The same reading as caselink-cli audit list: the reader's offices, no account administration.
    q.where = auditVisibleSql(scope.role(), QStringLiteral("a"), QStringLiteral(":scope_offices"));
    q.key = QStringLiteral("a.seq");
    q.columns = {
        {Tr::tr("No."), QStringLiteral("a.seq"), true, true, -1, {}, QStringLiteral("a.seq")},
        {Tr::tr("Time"), QStringLiteral("a.at"), true, false, -1,
         [](const QVariantList& row) { return QVariant(displayStoredDateTime(row.at(Time).toString())); },
         QStringLiteral("a.at")},
        {Tr::tr("User"), QStringLiteral("a.username"), true, false, -1, {}, QStringLiteral("a.username")},
        {Tr::tr("Action"), QStringLiteral("a.action"), true, false, ActionRole,
         [pseudonyms = scope.pseudonyms()](const QVariantList& row) {
             QString subject = pseudonyms.nameOr(row.at(ColumnCount), row.at(ColumnCount + 1)).toString();
             if (subject.isEmpty()) {
                 subject = row.at(ColumnCount + 2).toString();
             }
             return QVariant(audittext::line(row.at(Action).toString(), subject));
         },
         QStringLiteral("a.action")},
        {Tr::tr("Entity"), QStringLiteral("a.entity_type || ' ' || a.entity_id"), true, false, -1, {}, {}},
    };
    q.extras = {recordtext::personNameSql(scope, QStringLiteral("sp")), QStringLiteral("sp.id"),
                recordtext::caseNumberSql(QStringLiteral("sc"))};
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
