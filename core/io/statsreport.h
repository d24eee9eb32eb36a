// Statistics tables as files and text: CSV (one block per table), XLSX (a sheet per table, numbers as numbers),
// JSON, and an aligned plain-text table for the terminal. Text cells are neutralised against formula injection.
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
QString statisticsText(const std::vector<StatTable>& tables);

} // namespace caselink
