#include "models/modeltext.h"

#include "domain/caserecord.h"

namespace caselink::modeltext {

QString keyLabel(const QVariant& key) {
    const QString text = key.toString();
    if (text.isEmpty()) {
        return {};
    }
    if (const auto status = caseStatusFromKey(text)) {
        return caseStatusDisplayName(*status);
    }
    if (const auto category = arrestCategoryFromKey(text)) {
        return arrestCategoryDisplayName(*category);
    }
    if (const auto role = personRoleFromKey(text)) {
        return personRoleDisplayName(*role);
    }
    if (const auto outcome = victimOutcomeFromKey(text)) {
        return victimOutcomeDisplayName(*outcome);
    }
    if (const auto status = arrestStatusFromKey(text)) {
        return arrestStatusDisplayName(*status);
    }
    QString readable = text.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    readable[0] = readable[0].toUpper();
    return readable;
}

} // namespace caselink::modeltext
