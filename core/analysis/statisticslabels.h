// The words a statistics table shows for the keys it counts by (months, sex, victim outcome, age band, asset action,
// EU route, unknown values), so that no chart, export or CLI table prints a raw code. Keys stay in the tables for
// drill-downs and machine-readable exports; these are only their labels, translated into the interface language.
#pragma once

#include <QString>

namespace caselink::statlabels {

// "Jan 25" for "2025-01", in the interface language; the key itself when it is not a month.
QString month(const QString& yearMonth);
// For a row whose value was not recorded (the key "UNKNOWN").
QString notRecorded();
QString sex(const QString& key);           // "M", "F", "X", "U"
QString victimOutcome(const QString& key); // "SURVIVOR", ...; UNKNOWN: not recorded
QString ageBand(const QString& key);       // "0-17", ..., "51+"; UNKNOWN: age not recorded
QString assetAction(const QString& key);   // "SEIZED", "FROZEN", "ATTACHED"
// The English name of an EU route from ref_route_codes in the interface language (the table has no Urdu column).
QString routeName(const QString& nameEn);

} // namespace caselink::statlabels
