// Rupee amounts written as they are read in Pakistan: lakh grouping (1,23,40,000) and the amount in lakh or crore.
// Shared by the case file, charts and timelines so every output writes the same figure the same way.
#pragma once

#include <utility>

#include <QString>

#include "domain/money.h"

namespace caselink {

// 1,23,40,000: the last three digits, then pairs.
QString groupLakh(qint64 value);
// 12.34 for 12,34,000 in lakh (unit 100,000): two decimals at most, no trailing zeros.
QString inUnits(qint64 value, qint64 unit);
// "PKR 1,23,40,000" and "(1.23 crore)" / "(2.5 lakh)" / "" below a lakh; for PKR amounts only.
std::pair<QString, QString> rupeesParts(const Money& pkr);
// "PKR 1,23,40,000 (1.23 crore)", the two parts in one line.
QString rupeesText(const Money& pkr);
// The short form for a label: "PKR 12.3 lakh", "PKR 1.23 crore", "PKR 45,000" below a lakh.
QString rupeesShort(const Money& pkr);

} // namespace caselink
