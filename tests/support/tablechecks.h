// Checks on tables caselink-cli prints, measured as a terminal shows them, independently of the CLI's own formatter:
// which cells a line holds and in which terminal columns, and whether every row lines up with its header.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caselink::test {

// One cell of a printed line: its text and its first and one-past-last terminal column.
struct TableCell {
    QString text;
    int start = 0;
    int end = 0;
};

// The terminal columns text takes: one per code point, none for combining marks and format characters (Urdu
// diacritics, the zero-width non-joiner). Wide East Asian text is not used by the tests.
int terminalColumns(const QString& text);

// The cells of a table line: runs of text separated by two or more spaces.
QList<TableCell> tableCells(const QString& line);

// Empty when every row's cells line up with the header's, column by column, on their left edge or on their right edge
// (each column one or the other throughout); otherwise what does not line up. unlabelledFirstColumn: the header
// leaves the first column (row labels) blank. A row may lack trailing cells (an empty last column).
QString misalignment(const QString& header, const QStringList& rows, bool unlabelledFirstColumn = false);

} // namespace caselink::test
