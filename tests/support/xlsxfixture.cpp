#include "xlsxfixture.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace caselink::test {

bool writeXlsx(const QString& path, const std::vector<XlsxSheet>& sheets, const QStringList& sharedStrings,
               bool date1904) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    auto put = [&](const QString& name, const QString& text) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            return false;
        }
        file.write(text.toUtf8());
        file.close();
        return file.getZipError() == 0;
    };
    QString workbook =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    workbook += date1904 ? QStringLiteral("<workbookPr date1904=\"1\"/>") : QStringLiteral("<workbookPr/>");
    workbook += QStringLiteral("<sheets>");
    QString rels = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    bool okAll = true;
    for (size_t i = 0; i < sheets.size(); ++i) {
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                        .arg(sheets[i].name.toHtmlEscaped())
                        .arg(i + 1);
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                               "2006/relationships/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(i + 1);
        okAll = okAll && put(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                             QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                                            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                            "<sheetData>%1</sheetData></worksheet>")
                                 .arg(sheets[i].rowsXml));
    }
    workbook += QStringLiteral("</sheets></workbook>");
    rels += QStringLiteral("</Relationships>");
    QString shared = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                                    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString& s : sharedStrings) {
        shared += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(s.toHtmlEscaped());
    }
    shared += QStringLiteral("</sst>");
    const QString styles =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
                       "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"3\">"
                       "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>");
    okAll = okAll && put(QStringLiteral("xl/workbook.xml"), workbook) &&
            put(QStringLiteral("xl/_rels/workbook.xml.rels"), rels) &&
            put(QStringLiteral("xl/sharedStrings.xml"), shared) && put(QStringLiteral("xl/styles.xml"), styles);
    zip.close();
    return okAll && zip.getZipError() == 0;
}

} // namespace caselink::test
