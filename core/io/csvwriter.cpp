#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CsvWriter)
};

bool isPlainNumber(const QString& cell) {
    static const QRegularExpression number(u"^[+-]?(\\d+([.,]\\d+)*)([eE][+-]?\\d+)?$"_s);
    return number.match(cell).hasMatch();
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device)
    : CsvWriter(device, Options{}) {
}

CsvWriter::CsvWriter(QIODevice& device, Options options)
    : m_device(device)
    , m_options(options) {
}

bool CsvWriter::looksLikeFormula(const QString& cell) {
    if (cell.isEmpty()) {
        return false;
    }
    const QChar first = cell.front();
    if (first == u'\t' || first == u'\r' || first == u'=' || first == u'@') {
        return true;
    }
    if (first == u'+' || first == u'-') {
        return !isPlainNumber(cell);
    }
    return false;
}

QString CsvWriter::neutraliseFormula(const QString& cell) {
    return looksLikeFormula(cell) ? u"'"_s + cell : cell;
}

QString CsvWriter::quoteField(const QString& field, QChar delimiter) {
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needsQuotes) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

Status CsvWriter::writeRow(const QStringList& fields) {
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += m_options.delimiter;
        }
        const QString cell = m_options.neutraliseFormulas ? neutraliseFormula(fields[i]) : fields[i];
        line += quoteField(cell, m_options.delimiter);
    }
    line += u"\r\n"_s;
    QByteArray bytes = line.toUtf8();
    if (!m_started && m_options.byteOrderMark) {
        bytes.prepend("\xEF\xBB\xBF");
    }
    m_started = true;
    if (m_device.write(bytes) != bytes.size()) {
        return fail(ErrorCode::Io, Tr::tr("could not write the CSV file: %1").arg(m_device.errorString()));
    }
    ++m_rows;
    return ok();
}

} // namespace caselink
