#include "io/statsreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <xlsxwriter.h>

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

Status writeStatisticsXlsx(const std::vector<StatTable>& tables, const QString& path) {
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    if (!book) {
        return fail(ErrorCode::Io, Tr::tr("Cannot create the workbook %1.").arg(path));
    }
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* decimal = workbook_add_format(book);
    format_set_num_format(decimal, "#,##0.0");
    lxw_format* integer = workbook_add_format(book);
    format_set_num_format(integer, "#,##0");
    QSet<QString> used;
    // Every text cell goes through neutraliseFormula: libxlsxwriter writes strings as strings, but a copy pasted
    // back into a cell, or a CSV saved from the sheet, would evaluate a leading "=".
    auto text = [](const QString& s) {
        return CsvWriter::neutraliseFormula(s).toUtf8();
    };
    for (const StatTable& t : tables) {
        const QByteArray name = sheetName(t.id, used).toUtf8();
        lxw_worksheet* sheet = workbook_add_worksheet(book, name.constData());
        if (!sheet) {
            workbook_close(book);
            return fail(ErrorCode::Internal, Tr::tr("Cannot add the sheet %1.").arg(t.id));
        }
        worksheet_write_string(sheet, 0, 0, text(t.title).constData(), bold);
        worksheet_write_string(sheet, 2, 0, text(Tr::tr("Row")).constData(), bold);
        for (int c = 0; c < t.columnLabels.size(); ++c) {
            worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c + 1), text(t.columnLabels[c]).constData(), bold);
        }
        for (int r = 0; r < t.rowKeys.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(r + 3);
            worksheet_write_string(sheet, row, 0, text(t.rowLabels.value(r)).constData(), nullptr);
            for (int c = 0; c < t.columnKeys.size(); ++c) {
                const StatCell& cell = t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
                const auto col = static_cast<lxw_col_t>(c + 1);
                if (isNumber(cell)) {
                    const bool whole = cell.value == static_cast<double>(static_cast<qint64>(cell.value));
                    worksheet_write_number(sheet, row, col, cell.value, whole ? integer : decimal);
                } else {
                    worksheet_write_string(sheet, row, col, text(t.text(r, c)).constData(), nullptr);
                }
            }
        }
        if (!t.note.isEmpty()) {
            worksheet_write_string(sheet, static_cast<lxw_row_t>(t.rowKeys.size() + 4), 0, text(t.note).constData(),
                                   nullptr);
        }
        worksheet_set_column(sheet, 0, 0, 28, nullptr);
        worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(std::max<qsizetype>(1, t.columnKeys.size())), 14,
                             nullptr);
    }
    if (workbook_close(book) != LXW_NO_ERROR) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write the workbook %1.").arg(path));
    }
    return ok();
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

QString statisticsText(const std::vector<StatTable>& tables) {
    QString out;
    for (const StatTable& t : tables) {
        std::vector<QStringList> grid;
        grid.push_back(QStringList{QString()} + t.columnLabels);
        for (int r = 0; r < t.rowKeys.size(); ++r) {
            QStringList line{t.rowLabels.value(r)};
            for (int c = 0; c < t.columnKeys.size(); ++c) {
                line << t.text(r, c);
            }
            grid.push_back(line);
        }
        std::vector<qsizetype> width(grid.front().size(), 0);
        for (const QStringList& line : grid) {
            for (qsizetype c = 0; c < line.size(); ++c) {
                width[static_cast<std::size_t>(c)] = std::max(width[static_cast<std::size_t>(c)], line[c].size());
            }
        }
        out += t.title + u'\n';
        for (const QStringList& line : grid) {
            QString row;
            for (qsizetype c = 0; c < line.size(); ++c) {
                const auto w = static_cast<int>(width[static_cast<std::size_t>(c)]);
                row += (c == 0 ? line[c].leftJustified(w) : line[c].rightJustified(w)) + QStringLiteral("  ");
            }
            out += row.trimmed() + u'\n';
        }
        if (!t.note.isEmpty()) {
            out += t.note + u'\n';
        }
        out += u'\n';
    }
    return out;
}

} // namespace caselink
