#include "importer/rowsource.h"
#include "crypto/crypto.h"
#include "io/inputfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::RowSource)
};

} // namespace

Result<std::unique_ptr<RowSource>> RowSource::open(const QString& path, const QString& sheet) {
    auto source = std::unique_ptr<RowSource>(new RowSource);
    if (auto st = inputfile::open(source->m_file, path); !st) {
        return std::unexpected(st.error());
    }
    const QByteArray magic = source->m_file.peek(4);
    if (magic == QByteArrayView("PK\x03\x04", 4)) {
        source->m_xlsx = std::make_unique<XlsxReader>();
        if (auto st = source->m_xlsx->open(source->m_file); !st) {
            return std::unexpected(st.error());
        }
        if (!sheet.isEmpty()) {
            if (auto st = source->m_xlsx->selectSheet(sheet); !st) {
                return std::unexpected(st.error());
            }
        }
    } else {
        if (!sheet.isEmpty()) {
            return fail(ErrorCode::Usage, Tr::tr("A sheet can only be chosen in an .xlsx workbook."));
        }
        source->m_csv = std::make_unique<CsvReader>(source->m_file);
        if (auto st = source->m_csv->open(); !st) {
            return std::unexpected(st.error());
        }
    }
    SourceRow header;
    auto got = source->next(header);
    if (!got) {
        return std::unexpected(got.error());
    }
    if (!*got) {
        return fail(ErrorCode::Input, Tr::tr("The file holds no rows."));
    }
    // Excel leaves empty columns at the end of the header when cells were once formatted there.
    while (!header.cells.isEmpty() && header.cells.back().trimmed().isEmpty()) {
        header.cells.removeLast();
    }
    for (QString& h : header.cells) {
        h = h.trimmed();
    }
    source->m_headers = header.cells;
    source->m_headerRow = header.number;
    return source;
}

Result<bool> RowSource::next(SourceRow& row) {
    auto got = m_csv ? m_csv->next(row.cells) : m_xlsx->next(row.cells);
    if (!got) {
        return std::unexpected(got.error());
    }
    if (*got) {
        row.number = m_csv ? m_csv->recordLine() : m_xlsx->rowNumber();
    }
    return *got;
}

QStringList RowSource::sheetNames() const {
    return m_xlsx ? m_xlsx->sheetNames() : QStringList{};
}

qint64 RowSource::blankLines() const {
    return m_csv ? m_csv->blankLines() : 0;
}

QStringList RowSource::notes() const {
    QStringList notes;
    if (m_csv) {
        if (m_csv->encoding().legacy) {
            notes << Tr::tr("The file is not Unicode; it was read as %1. Check that names look right.")
                         .arg(encodingName(m_csv->encoding().encoding));
        }
        if (m_csv->decodingErrors()) {
            notes << Tr::tr("Some bytes were not valid %1 and were replaced.")
                         .arg(encodingName(m_csv->encoding().encoding));
        }
        if (m_csv->blankLines() > 0) {
            notes << Tr::tr("%n blank line(s) skipped.", nullptr, int(m_csv->blankLines()));
        }
    }
    return notes;
}

double RowSource::progress() const {
    const qint64 size = m_file.size();
    if (size <= 0) {
        return 1.0;
    }
    return std::min(1.0, double(m_file.pos()) / double(size));
}

Result<QString> RowSource::sha256(const QString& path) {
    QFile file;
    if (auto st = inputfile::open(file, path); !st) {
        return std::unexpected(st.error());
    }
    crypto::Sha256Stream hash;
    if (!hash.addData(&file)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot read %1.").arg(path));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace caselink
