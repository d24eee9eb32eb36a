#include "tablechecks.h"

#include <QChar>

namespace caselink::test {

int terminalColumns(const QString& text) {
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing &&
            category != QChar::Other_Format) {
            ++columns;
        }
    }
    return columns;
}

QList<TableCell> tableCells(const QString& line) {
    QList<TableCell> cells;
    const auto points = line.toUcs4();
    int column = 0;
    TableCell current;
    int spaces = 0;
    for (const char32_t c : points) {
        const QString ch = QString::fromUcs4(&c, 1);
        if (c == U' ') {
            ++spaces;
        } else {
            if (!current.text.isEmpty() && spaces >= 2) {
                cells << current;
                current = {};
            }
            if (current.text.isEmpty()) {
                current.start = column;
            } else {
                current.text += QString(spaces, QLatin1Char(' '));
            }
            spaces = 0;
            current.text += ch;
            current.end = column + terminalColumns(ch);
        }
        column += terminalColumns(ch);
    }
    if (!current.text.isEmpty()) {
        cells << current;
    }
    return cells;
}

QString misalignment(const QString& header, const QStringList& rows, bool unlabelledFirstColumn) {
    const QList<TableCell> heads = tableCells(header);
    const int offset = unlabelledFirstColumn ? 1 : 0;
    for (int h = 0; h < heads.size(); ++h) {
        bool left = true;
        bool right = true;
        for (const QString& row : rows) {
            const QList<TableCell> cells = tableCells(row);
            if (cells.size() > heads.size() + offset) {
                return QStringLiteral("more cells than headings in \"%1\" under \"%2\"").arg(row, header);
            }
            if (h + offset >= cells.size()) {
                continue;
            }
            left = left && cells[h + offset].start == heads[h].start;
            right = right && cells[h + offset].end == heads[h].end;
        }
        if (!left && !right) {
            return QStringLiteral("column \"%1\" does not line up in:\n%2\n%3")
                .arg(heads[h].text, header, rows.join(QLatin1Char('\n')));
        }
    }
    return {};
}

} // namespace caselink::test
