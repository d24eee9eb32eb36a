#include "repo/recordtext.h"

#include <QCoreApplication>

#include "repo/scope.h"

namespace caselink::recordtext {

QString firSql(const QString& c) {
    return QStringLiteral("CASE WHEN %1.fir_serial IS NULL THEN NULL ELSE coalesce(nullif(%1.fir_prefix, '') || '-', "
                          "'') || %1.fir_serial || '/' || %1.fir_year END")
        .arg(c);
}

QString caseNumberSql(const QString& c) {
    return QStringLiteral("coalesce(%1, %2.enquiry_number)").arg(firSql(c), c);
}

QString personNameSql(const Scope& scope, const QString& p) {
    return QStringLiteral("CASE WHEN %1 THEN NULL ELSE coalesce(nullif(%2.name_latin, ''), %2.name_urdu) END")
        .arg(scope.personProtected(p), p);
}

QString pseudonym(const QString& personId) {
    return QCoreApplication::translate("caselink::PersonRepository", "Protected person %1")
        .arg(personId.left(8).toUpper());
}

QVariant nameOrPseudonym(const QVariant& name, const QVariant& personId) {
    if (!name.isNull() || personId.isNull()) {
        return name;
    }
    return pseudonym(personId.toString());
}

} // namespace caselink::recordtext
