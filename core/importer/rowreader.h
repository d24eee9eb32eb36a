// The cell reader the row parsers share: a mapped field's cell, the column name every issue points at, and text
// cleaned through the domain's text rules; and the cell parsers several row kinds use (persons, dates, the case).
// Internal to core/importer: its public face is rowparser.h.
#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "domain/documentdate.h"
#include "domain/textinput.h"
#include "importer/rowparser.h"

namespace caselink::importrows {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ImportRowParser)
};

constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxLine = 500;
constexpr qsizetype kMaxNotes = 20000;
constexpr int kClockSkewSecs = 300;

class RowReader {
public:
    RowReader(const RowParseContext& context, const SourceRow& source, std::vector<ImportIssue>& issues)
        : m_context(context)
        , m_source(source)
        , m_issues(issues) {}

    QString cell(const QString& field) const;
    QString columnName(const QString& field) const;
    void add(const QString& field, const Issue& issue);
    void addAll(const QString& field, const std::vector<Issue>& issues);
    void error(const QString& field, const QString& code, const QString& message);
    void warning(const QString& field, const QString& code, const QString& message);
    // The cell as clean single- or multi-line text (sanitizeText), its issues reported.
    QString text(const QString& field, qsizetype max, LineMode mode = LineMode::SingleLine);
    bool failed() const { return m_errors; }
    const RowParseContext& context() const { return m_context; }

private:
    const RowParseContext& m_context;
    const SourceRow& m_source;
    std::vector<ImportIssue>& m_issues;
    bool m_errors = false;
};

// A mapped person (the row's person, or the payer_/payee_ of a payment). Returns false when the row names no such
// person at all (every one of its cells empty); then nothing is reported. required: a missing name is an error
// even when every cell is empty.
bool parsePerson(RowReader& r, Person& p, const QString& prefix = {}, bool required = true);
// A date, optionally followed by a time of day ("15-03-2024 14:30"), in Pakistan time; empty cell: invalid result.
// futureCode: the error code when it lies in the future (none when empty).
QDateTime parseDateTime(RowReader& r, const QString& field, const QString& futureCode, const QString& futureMessage);
// A date cell (the date part of a date-time); invalid when empty or wrong (then reported).
QDate parseDate(RowReader& r, const QString& field, DateExpectation expectation);
// The case's FIR number and station.
void parseCase(RowReader& r, ParsedRow& out);
// A positive whole number (serials, leg numbers, editions); 0 when empty, -1 (reported) when not a number.
int parseCount(RowReader& r, const QString& field, const QString& code, int max);
// A cell's value folded for comparison with word lists: lower case, spaces and punctuation as single spaces.
QString folded(const QString& text);

} // namespace caselink::importrows
