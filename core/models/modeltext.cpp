#include "modeltext.h"

#include <QCoreApplication>
#include <QHash>

#include "models/pagedtablemodel.h"
#include "repo/scope.h"

namespace caselink::modeltext {
namespace {

struct Label {
    const char* key;
    const char* text;
};

// clang-format off
constexpr Label kLabels[] = {
    {"ENQUIRY_REGISTERED", QT_TRANSLATE_NOOP("caselink::ModelText", "Enquiry registered")},
    {"ENQUIRY_CLOSED", QT_TRANSLATE_NOOP("caselink::ModelText", "Enquiry closed")},
    {"FIR_REGISTERED", QT_TRANSLATE_NOOP("caselink::ModelText", "FIR registered")},
    {"UNDER_INVESTIGATION", QT_TRANSLATE_NOOP("caselink::ModelText", "Under investigation")},
    {"INTERIM_CHALLAN_SUBMITTED", QT_TRANSLATE_NOOP("caselink::ModelText", "Interim challan submitted")},
    {"FINAL_CHALLAN_SUBMITTED", QT_TRANSLATE_NOOP("caselink::ModelText", "Final challan submitted")},
    {"DROPPED_AFTER_INVESTIGATION", QT_TRANSLATE_NOOP("caselink::ModelText", "Dropped after investigation")},
    {"UNDER_TRIAL", QT_TRANSLATE_NOOP("caselink::ModelText", "Under trial")},
    {"ACCUSED_PROCLAIMED_OFFENDER", QT_TRANSLATE_NOOP("caselink::ModelText", "Accused proclaimed offender")},
    {"CONVICTED", QT_TRANSLATE_NOOP("caselink::ModelText", "Convicted")},
    {"ACQUITTED", QT_TRANSLATE_NOOP("caselink::ModelText", "Acquitted")},
    {"APPEAL_PENDING", QT_TRANSLATE_NOOP("caselink::ModelText", "Appeal pending")},
    {"DISPOSED", QT_TRANSLATE_NOOP("caselink::ModelText", "Disposed")},
    {"GENERAL", QT_TRANSLATE_NOOP("caselink::ModelText", "General")},
    {"PROCLAIMED_OFFENDER", QT_TRANSLATE_NOOP("caselink::ModelText", "Proclaimed offender")},
    {"COURT_ABSCONDER", QT_TRANSLATE_NOOP("caselink::ModelText", "Court absconder")},
    {"MOST_WANTED", QT_TRANSLATE_NOOP("caselink::ModelText", "Most wanted")},
    {"SMUGGLED_MIGRANT", QT_TRANSLATE_NOOP("caselink::ModelText", "Smuggled migrant")},
    {"TRAFFICKING_VICTIM", QT_TRANSLATE_NOOP("caselink::ModelText", "Trafficking victim")},
    {"SURVIVOR", QT_TRANSLATE_NOOP("caselink::ModelText", "Survivor")},
    {"DECEASED", QT_TRANSLATE_NOOP("caselink::ModelText", "Deceased")},
    {"MISSING", QT_TRANSLATE_NOOP("caselink::ModelText", "Missing")},
    {"DEPORTEE", QT_TRANSLATE_NOOP("caselink::ModelText", "Deportee")},
    {"RETURNED", QT_TRANSLATE_NOOP("caselink::ModelText", "Returned")},
};
// clang-format on

} // namespace

QString keyLabel(const QVariant& key) {
    const QString text = key.toString();
    if (text.isEmpty()) {
        return {};
    }
    for (const Label& label : kLabels) {
        if (text == QLatin1String(label.key)) {
            return QCoreApplication::translate("caselink::ModelText", label.text);
        }
    }
    QString readable = text.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    readable[0] = readable[0].toUpper();
    return readable;
}

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

QVariant nameOrPseudonym(const QVariant& name, const QVariant& personId) {
    if (!name.isNull() || personId.isNull()) {
        return name;
    }
    return paged::pseudonym(personId.toString());
}

} // namespace caselink::modeltext
