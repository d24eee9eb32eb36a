#include "analysis/graphquery.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "repo/aggregatesupport.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

QString idsJson(const QStringList& ids) {
    QJsonArray array;
    for (const QString& id : ids) {
        array.append(id);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString isoOrNull(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

const Scope& GraphQuery::scope() const {
    return m_context.scope();
}

QString GraphQuery::overlaps(const QString& a, const QString& b) {
    return QStringLiteral("(:wfrom IS NULL OR %2 IS NULL OR %2 >= :wfrom) AND "
                          "(:wto IS NULL OR %1 IS NULL OR %1 <= :wto)")
        .arg(a, b);
}

Status GraphQuery::run(const QString& sql, const QStringList& ids, const std::function<void(Statement&)>& each) {
    if (ids.isEmpty()) {
        return ok();
    }
    auto stmt = prepareScoped(m_context, sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":ids", idsJson(ids));
    stmt->bindNamed(":wfrom", isoOrNull(m_options.from));
    stmt->bindNamed(":wto", isoOrNull(m_options.to));
    return forEachRow(*stmt, each);
}

} // namespace caselink
