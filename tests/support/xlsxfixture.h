// Builds small .xlsx workbooks for tests: the parts Excel writes (workbook, relationships, styles, shared strings,
// sheets) zipped with QuaZip, so each test states exactly the XML it reads.
#pragma once

#include <utility>
#include <vector>

#include <QString>
#include <QStringList>

namespace caselink::test {

struct XlsxSheet {
    QString name;
    QString rowsXml; // the content of <sheetData>
};

// Cell helpers: a shared string, an inline string, a number with an optional style index.
inline QString sharedCell(const QString& ref, int index) {
    return QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(index);
}
inline QString inlineCell(const QString& ref, const QString& text) {
    QString escaped = text.toHtmlEscaped();
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, escaped);
}
inline QString numberCell(const QString& ref, const QString& value, int style = -1) {
    const QString s = style >= 0 ? QStringLiteral(" s=\"%1\"").arg(style) : QString();
    return QStringLiteral("<c r=\"%1\"%2><v>%3</v></c>").arg(ref, s, value);
}
inline QString row(int number, const QString& cells) {
    return QStringLiteral("<row r=\"%1\">%2</row>").arg(number).arg(cells);
}

// Style 0 is General, style 1 a built-in date (14), style 2 a custom "dd/mm/yyyy" format.
bool writeXlsx(const QString& path, const std::vector<XlsxSheet>& sheets, const QStringList& sharedStrings,
               bool date1904 = false);

} // namespace caselink::test
