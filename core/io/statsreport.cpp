#include "io/statsreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include "io/csvwriter.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsReport)
};

bool isNumber(const StatCell& c) {
    return c.state == StatCell::State::Value;
}

// Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook.
QString sheetName(const QString& id, QSet<QString>& used) {
    QString name = id;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& ch : name) {
        if (forbidden.contains(ch)) {
            ch = u'_';
        }
    }
    name = name.left(28);
    QString unique = name;
    for (int i = 2; used.contains(unique); ++i) {
        unique = name + QString::number(i);
    }
    used.insert(unique);
    return unique;
}

} // namespace

Status writeStatisticsCsv(const std::vector<StatTable>& tables, QIODevice& device) {
    CsvWriter csv(device);
    for (const StatTable& t : tables) {
        QStringList header{t.id, t.title};
        if (auto st = csv.writeRow(header); !st) {
            return st;
        }
        QStringList columns{Tr::tr("Key"), Tr::tr("Row")};
        columns += t.columnLabels;
        if (auto st = csv.writeRow(columns); !st) {
            return st;
        }
        for (int r = 0; r < t.rowKeys.size(); ++r) {
            QStringList fields{t.rowKeys[r], t.rowLabels.value(r)};
            for (int c = 0; c < t.columnKeys.size(); ++c) {
                fields << t.text(r, c);
            }
            if (auto st = csv.writeRow(fields); !st) {
                return st;
            }
        }
        if (!t.note.isEmpty()) {
            if (auto st = csv.writeRow({t.note}); !st) {
                return st;
            }
        }
        if (auto st = csv.writeRow({}); !st) {
            return st;
        }
    }
    return ok();
}

namespace {

QString columnName(int column) {
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

// Text is written as an inline string cell, exactly as it is: a spreadsheet never evaluates a string cell, so a
// district or name beginning with = + - @ stays text without the apostrophe CSV needs (CSV has no cell types), and
// the sheet shows and sorts what was recorded. No cell is ever written as a formula (<f>).
QString textCell(int row, int column, const QString& text, int style = 0) {
    return QStringLiteral("<c r=\"%1%2\" t=\"inlineStr\"%3><is><t xml:space=\"preserve\">%4</t></is></c>")
        .arg(columnName(column))
        .arg(row + 1)
        .arg(style ? QStringLiteral(" s=\"%1\"").arg(style) : QString())
        .arg(text.toHtmlEscaped());
}

QString numberCell(int row, int column, double value) {
    const bool whole = value == static_cast<double>(static_cast<qint64>(value));
    return QStringLiteral("<c r=\"%1%2\" s=\"%3\"><v>%4</v></c>")
        .arg(columnName(column))
        .arg(row + 1)
        .arg(whole ? 2 : 3)
        .arg(whole ? QString::number(static_cast<qint64>(value)) : QString::number(value, 'f', 4));
}

QByteArray sheetXml(const StatTable& t) {
    QString rows;
    auto row = [&](int r, const QString& cells) {
        rows += QStringLiteral("<row r=\"%1\">%2</row>").arg(r + 1).arg(cells);
    };
    row(0, textCell(0, 0, t.title, 1));
    QString header = textCell(2, 0, Tr::tr("Row"), 1);
    for (int c = 0; c < t.columnLabels.size(); ++c) {
        header += textCell(2, c + 1, t.columnLabels[c], 1);
    }
    row(2, header);
    for (int r = 0; r < t.rowKeys.size(); ++r) {
        QString cells = textCell(r + 3, 0, t.rowLabels.value(r));
        for (int c = 0; c < t.columnKeys.size(); ++c) {
            const StatCell& cell = t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            cells += isNumber(cell) ? numberCell(r + 3, c + 1, cell.value) : textCell(r + 3, c + 1, t.text(r, c));
        }
        row(r + 3, cells);
    }
    if (!t.note.isEmpty()) {
        row(static_cast<int>(t.rowKeys.size()) + 4, textCell(static_cast<int>(t.rowKeys.size()) + 4, 0, t.note));
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                          "<cols><col min=\"1\" max=\"1\" width=\"30\" customWidth=\"1\"/>"
                          "<col min=\"2\" max=\"40\" width=\"14\" customWidth=\"1\"/></cols>"
                          "<sheetData>%1</sheetData></worksheet>")
        .arg(rows)
        .toUtf8();
}

const char* const kStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/></numFmts>"
    "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

bool addEntry(QuaZip& zip, const QString& name, const QByteArray& bytes) {
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        return false;
    }
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == 0;
}

} // namespace

// SpreadsheetML written directly and zipped with QuaZip. libxlsxwriter cannot share a process with QuaZip: both
// resolve minizip's zipOpen3 by name and QuaZip exports an incompatible one, so whichever loads second crashes.
Status writeStatisticsXlsx(const std::vector<StatTable>& tables, const QString& path) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot create the workbook %1.").arg(path));
    }
    QSet<QString> used;
    QString sheets;
    QString rels;
    QString overrides;
    bool ok = true;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        sheets += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                      .arg(sheetName(tables[i].id, used).toHtmlEscaped())
                      .arg(n);
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                               "2006/relationships/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(n);
        overrides += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" ContentType=\"application/"
                                    "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                         .arg(n);
        ok = ok && addEntry(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(n), sheetXml(tables[i]));
    }
    const int stylesId = static_cast<int>(tables.size()) + 1;
    rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/styles\" Target=\"styles.xml\"/>")
                .arg(stylesId);
    const QString head = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    ok = ok &&
         addEntry(zip, QStringLiteral("[Content_Types].xml"),
                  (head +
                   QStringLiteral("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                                  "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                                  "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                  "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                                  "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>") +
                   overrides + QStringLiteral("</Types>"))
                      .toUtf8()) &&
         addEntry(zip, QStringLiteral("_rels/.rels"),
                  (head + QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                         "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                                         "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                         "Target=\"xl/workbook.xml\"/></Relationships>"))
                      .toUtf8()) &&
         addEntry(zip, QStringLiteral("xl/workbook.xml"),
                  (head +
                   QStringLiteral("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                  "relationships\"><sheets>") +
                   sheets + QStringLiteral("</sheets></workbook>"))
                      .toUtf8()) &&
         addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                  (head +
                   QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                  "relationships\">") +
                   rels + QStringLiteral("</Relationships>"))
                      .toUtf8()) &&
         addEntry(zip, QStringLiteral("xl/styles.xml"), QByteArray(kStyles));
    zip.close();
    if (!ok || zip.getZipError() != 0) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write the workbook %1.").arg(path));
    }
    return caselink::ok();
}

QByteArray statisticsJson(const std::vector<StatTable>& tables) {
    QJsonArray out;
    for (const StatTable& t : tables) {
        QJsonArray rows;
        for (int r = 0; r < t.rowKeys.size(); ++r) {
            QJsonObject values;
            for (int c = 0; c < t.columnKeys.size(); ++c) {
                const StatCell& cell = t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
                values.insert(t.columnKeys[c], isNumber(cell) ? QJsonValue(cell.value) : QJsonValue(t.text(r, c)));
            }
            rows.append(QJsonObject{{QLatin1String("key"), t.rowKeys[r]},
                                    {QLatin1String("label"), t.rowLabels.value(r)},
                                    {QLatin1String("values"), values}});
        }
        out.append(QJsonObject{{QLatin1String("id"), t.id},
                               {QLatin1String("title"), t.title},
                               {QLatin1String("note"), t.note},
                               {QLatin1String("columns"), QJsonArray::fromStringList(t.columnKeys)},
                               {QLatin1String("rows"), rows}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace caselink
