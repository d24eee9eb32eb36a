#include "analysis/statisticslabels.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include "domain/asset.h"
#include "domain/caserecord.h"
#include "domain/person.h"

namespace caselink::statlabels {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

// The route names of migration 0003, so that translators see them; others show as the database has them.
[[maybe_unused]] const char* const kRouteNames[] = {
    QT_TRANSLATE_NOOP("caselink::RouteCodes", "Eastern Mediterranean"),
    QT_TRANSLATE_NOOP("caselink::RouteCodes", "Central Mediterranean"),
    QT_TRANSLATE_NOOP("caselink::RouteCodes", "Western Mediterranean"),
    QT_TRANSLATE_NOOP("caselink::RouteCodes", "Western Balkans"),
    QT_TRANSLATE_NOOP("caselink::RouteCodes", "Western African"),
    QT_TRANSLATE_NOOP("caselink::RouteCodes", "Eastern land border"),
};

bool unknown(const QString& key) {
    return key.isEmpty() || key == u"UNKNOWN";
}

} // namespace

QString month(const QString& yearMonth) {
    const QDate d = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QStringLiteral("MMM yy")) : yearMonth;
}

QString notRecorded() {
    return Tr::tr("Not recorded");
}

QString sex(const QString& key) {
    return unknown(key) ? notRecorded() : sexDisplayName(sexFromKey(key));
}

QString victimOutcome(const QString& key) {
    if (const auto outcome = victimOutcomeFromKey(key)) {
        return victimOutcomeDisplayName(*outcome);
    }
    return unknown(key) ? notRecorded() : key;
}

QString ageBand(const QString& key) {
    if (unknown(key)) {
        return Tr::tr("Age not recorded");
    }
    //: An age band of victims in years, e.g. "18-25 years"
    return Tr::tr("%1 years").arg(key);
}

QString assetAction(const QString& key) {
    if (const auto action = assetActionFromKey(key)) {
        return assetActionName(*action);
    }
    return unknown(key) ? notRecorded() : key;
}

QString routeName(const QString& nameEn) {
    if (nameEn.isEmpty()) {
        return notRecorded();
    }
    const QByteArray source = nameEn.toUtf8();
    return QCoreApplication::translate("caselink::RouteCodes", source.constData());
}

} // namespace caselink::statlabels
