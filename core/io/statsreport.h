// Statistics tables as files: CSV (one block per table, text cells neutralised against formula injection), XLSX (a
// sheet per table, numbers as numbers, text as string cells exactly as recorded) and JSON. caselink-cli prints them as
// text with its own table formatter.
#pragma once

#include <vector>

#include <QByteArray>
#include <QString>

#include "analysis/statistics.h"
#include "util/result.h"

class QIODevice;

namespace caselink {

Status writeStatisticsCsv(const std::vector<StatTable>& tables, QIODevice& device);
// A new workbook (SpreadsheetML zipped with QuaZip), replaced when it exists.
Status writeStatisticsXlsx(const std::vector<StatTable>& tables, const QString& path);
QByteArray statisticsJson(const std::vector<StatTable>& tables);

} // namespace caselink
