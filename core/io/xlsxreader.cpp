#include "io/xlsxreader.h"
#include "io/boundedstream.h"
#include "io/inputfile.h"

#include <cmath>
#include <map>

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/unzip.h>

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::XlsxReader)
};

constexpr qint64 kMaxPartBytes = 64LL * 1024 * 1024;    // workbook, relationships, styles
constexpr qint64 kMaxSharedChars = 256LL * 1024 * 1024; // all shared strings together
constexpr int kMaxColumns = 16384;                      // Excel's own limit (XFD)
constexpr qsizetype kMaxCellChars = 32767;              // Excel's own limit for the text of one cell
constexpr int kMaxEntries = 10000;                      // parts in the zip; a real workbook has a few dozen
// Decompressed bytes a part may yield: at least this much, else this many times the workbook's size on disk. Real
// sheets compress 5-30 times; a "zip bomb" thousands of times.
constexpr qint64 kMinBudgetBytes = 64LL * 1024 * 1024;
constexpr qint64 kBudgetRatio = 100;
constexpr qint64 kMaxTokenBytes = 1024 * 1024; // a run of text without markup: one cell is far less

struct Sheet {
    QString name;
    QString part; // "xl/worksheets/sheet1.xml"
};

bool isDateFormatCode(const QString& code) {
    QString plain;
    bool inQuote = false;
    int bracket = 0;
    for (QChar c : code) {
        if (c == u'"') {
            inQuote = !inQuote;
        } else if (!inQuote && c == u'[') {
            ++bracket;
        } else if (!inQuote && c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (!inQuote && bracket == 0) {
            plain += c.toLower();
        }
    }
    return plain.contains(u'y') || plain.contains(u'd') || plain.contains(u'h') || plain.contains(u's');
}

bool isBuiltinDateFormat(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// "AB12" -> 27 (0-based column), -1 when the reference holds no letters.
int columnOf(QStringView ref) {
    int column = 0;
    int letters = 0;
    for (QChar c : ref) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            column = column * 26 + (u - u'A' + 1);
        } else if (u >= u'a' && u <= u'z') {
            column = column * 26 + (u - u'a' + 1);
        } else {
            break;
        }
        if (++letters > 3) {
            return kMaxColumns;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

} // namespace

struct XlsxReader::State {
    QFile file;
    QuaZip zip;
    qint64 budget = kMinBudgetBytes;
    std::vector<Sheet> sheets;
    std::vector<QString> sharedStrings;
    std::vector<bool> dateStyles;
    bool date1904 = false;
    std::unique_ptr<QuaZipFile> sheetFile;
    std::unique_ptr<BoundedStream> sheetStream;
    QXmlStreamReader xml;
    QString sheetName;
    qint64 row = 0;
    bool done = false;

    Result<QByteArray> readPart(const QString& name, bool required) {
        if (!zip.setCurrentFile(name)) {
            if (required) {
                return fail(ErrorCode::Input, Tr::tr("The workbook has no part %1; is it an .xlsx file?").arg(name));
            }
            return QByteArray();
        }
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Input, Tr::tr("The workbook part %1 cannot be read.").arg(name));
        }
        QByteArray data;
        while (!part.atEnd()) {
            const QByteArray chunk = part.read(64 * 1024);
            if (chunk.isEmpty()) {
                break;
            }
            data += chunk;
            if (data.size() > kMaxPartBytes) {
                return fail(ErrorCode::Input, Tr::tr("The workbook part %1 is too large.").arg(name));
            }
        }
        if (part.getZipError() != UNZ_OK) {
            return fail(ErrorCode::Input, Tr::tr("The workbook part %1 is damaged.").arg(name));
        }
        return data;
    }

    Status readWorkbook() {
        auto rels = readPart(u"xl/_rels/workbook.xml.rels"_s, true);
        if (!rels) {
            return std::unexpected(rels.error());
        }
        std::map<QString, QString> targets;
        QXmlStreamReader r(*rels);
        while (!r.atEnd() && !r.hasError()) {
            r.readNext();
            if (r.isStartElement() && r.name() == u"Relationship") {
                QString target = r.attributes().value(QLatin1StringView("Target")).toString();
                target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
                targets[r.attributes().value(QLatin1StringView("Id")).toString()] = target;
            }
        }
        auto book = readPart(u"xl/workbook.xml"_s, true);
        if (!book) {
            return std::unexpected(book.error());
        }
        QXmlStreamReader w(*book);
        while (!w.atEnd() && !w.hasError()) {
            w.readNext();
            if (!w.isStartElement()) {
                continue;
            }
            if (w.name() == u"workbookPr") {
                const auto v = w.attributes().value(QLatin1StringView("date1904"));
                date1904 = v == u"1" || v == u"true";
            } else if (w.name() == u"sheet") {
                QString id;
                for (const QXmlStreamAttribute& a : w.attributes()) {
                    if (a.name() == u"id") { // r:id in the relationships namespace
                        id = a.value().toString();
                    }
                }
                const auto it = targets.find(id);
                if (it != targets.end()) {
                    sheets.push_back(Sheet{w.attributes().value(QLatin1StringView("name")).toString(), it->second});
                }
            }
        }
        if (w.hasError()) {
            return fail(ErrorCode::Input, Tr::tr("The workbook's sheet list is damaged: %1").arg(w.errorString()));
        }
        if (sheets.empty()) {
            return fail(ErrorCode::Input, Tr::tr("The workbook has no worksheets."));
        }
        return ok();
    }

    Status readStyles() {
        auto styles = readPart(u"xl/styles.xml"_s, false);
        if (!styles) {
            return std::unexpected(styles.error());
        }
        std::map<int, bool> custom;
        QXmlStreamReader r(*styles);
        bool inCellXfs = false;
        while (!r.atEnd() && !r.hasError()) {
            r.readNext();
            if (r.isStartElement() && r.name() == u"numFmt") {
                custom[r.attributes().value(QLatin1StringView("numFmtId")).toInt()] =
                    isDateFormatCode(r.attributes().value(QLatin1StringView("formatCode")).toString());
            } else if (r.isStartElement() && r.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (r.isEndElement() && r.name() == u"cellXfs") {
                inCellXfs = false;
            } else if (inCellXfs && r.isStartElement() && r.name() == u"xf") {
                const int id = r.attributes().value(QLatin1StringView("numFmtId")).toInt();
                const auto it = custom.find(id);
                dateStyles.push_back(it != custom.end() ? it->second : isBuiltinDateFormat(id));
            }
        }
        return ok(); // damaged styles only cost date recognition
    }

    Status readSharedStrings() {
        if (!zip.setCurrentFile(u"xl/sharedStrings.xml"_s)) {
            return ok();
        }
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Input, Tr::tr("The workbook's shared strings cannot be read."));
        }
        BoundedStream bounded(part, budget, kMaxTokenBytes);
        QXmlStreamReader r(&bounded);
        QString current;
        bool inItem = false;
        int phonetic = 0;
        qint64 total = 0;
        while (!r.atEnd() && !r.hasError() && part.getZipError() == UNZ_OK) {
            r.readNext();
            if (r.isStartElement()) {
                if (r.name() == u"si") {
                    inItem = true;
                    current.clear();
                } else if (r.name() == u"rPh") {
                    ++phonetic;
                } else if (inItem && phonetic == 0 && r.name() == u"t") {
                    current += r.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (current.size() > kMaxCellChars) {
                        return fail(ErrorCode::Input,
                                    Tr::tr("Shared string %1 holds more than %2 characters, more than a cell can.")
                                        .arg(sharedStrings.size() + 1)
                                        .arg(kMaxCellChars));
                    }
                }
            } else if (r.isEndElement()) {
                if (r.name() == u"si") {
                    inItem = false;
                    total += current.size();
                    if (total > kMaxSharedChars) {
                        return fail(ErrorCode::Input, Tr::tr("The workbook's shared strings are too large."));
                    }
                    sharedStrings.push_back(current);
                } else if (r.name() == u"rPh") {
                    --phonetic;
                }
            }
        }
        if (bounded.breach() != BoundedStream::Breach::None) {
            return fail(ErrorCode::Input, bombMessage(Tr::tr("The shared strings"), bounded.breach()));
        }
        if (r.hasError() || part.getZipError() != UNZ_OK) {
            return fail(ErrorCode::Input,
                        Tr::tr("The workbook's shared strings are damaged: %1")
                            .arg(r.hasError() ? r.errorString() : Tr::tr("the compressed data is corrupt")));
        }
        return ok();
    }

    // part: "The shared strings", "Sheet Arrests".
    QString bombMessage(const QString& part, BoundedStream::Breach breach) const {
        if (breach == BoundedStream::Breach::Token) {
            return Tr::tr("%1: a run of more than %2 MiB without markup; no real cell is that large, so the file "
                          "was not read further.")
                .arg(part)
                .arg(kMaxTokenBytes / (1024 * 1024));
        }
        return Tr::tr("%1: expands to more than %2 MiB, over %3 times the workbook's size; this is how a \"zip "
                      "bomb\" looks, so the file was not read further.")
            .arg(part)
            .arg(budget / (1024 * 1024))
            .arg(kBudgetRatio);
    }

    Status startSheet(size_t index) {
        xml.clear();
        sheetStream.reset();
        sheetFile.reset();
        row = 0;
        done = false;
        if (index >= sheets.size()) {
            return fail(ErrorCode::Input, Tr::tr("The workbook has no sheet number %1.").arg(index + 1));
        }
        if (!zip.setCurrentFile(sheets[index].part)) {
            return fail(ErrorCode::Input, Tr::tr("The sheet %1 is missing from the workbook.").arg(sheets[index].name));
        }
        sheetFile = std::make_unique<QuaZipFile>(&zip);
        if (!sheetFile->open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Input, Tr::tr("The sheet %1 cannot be read.").arg(sheets[index].name));
        }
        sheetName = sheets[index].name;
        sheetStream = std::make_unique<BoundedStream>(*sheetFile, budget, kMaxTokenBytes);
        xml.setDevice(sheetStream.get());
        return ok();
    }

    QString cellText(QStringView type, int style, const QString& value, const QString& inlineText, bool& bad) {
        if (type == u"s") {
            bool isNumber = false;
            const qlonglong i = value.toLongLong(&isNumber);
            if (!isNumber || i < 0 || i >= qlonglong(sharedStrings.size())) {
                bad = true;
                return {};
            }
            return sharedStrings[size_t(i)];
        }
        if (type == u"inlineStr") {
            return inlineText;
        }
        if (type == u"b") {
            return value == u"1" ? u"TRUE"_s : u"FALSE"_s;
        }
        if (type == u"str" || type == u"e" || type == u"d" || value.isEmpty()) {
            return value;
        }
        if (style >= 0 && size_t(style) < dateStyles.size() && dateStyles[size_t(style)]) {
            bool isNumber = false;
            const double serial = value.toDouble(&isNumber);
            if (isNumber && serial >= 1 && serial < 2958466) {
                const QDate date = XlsxReader::serialToDate(serial, date1904);
                if (!date.isValid()) {
                    return u"1900-02-29"_s; // Excel's phantom day: shown as Excel shows it, refused by validation
                }
                const double fraction = serial - std::floor(serial);
                const int seconds = int(std::lround(fraction * 86400.0));
                if (seconds == 0 || seconds >= 86400) {
                    return date.toString(Qt::ISODate);
                }
                return date.toString(Qt::ISODate) + u' ' + QTime(0, 0).addSecs(seconds).toString(u"HH:mm:ss"_s);
            }
        }
        return XlsxReader::numberText(value);
    }
};

XlsxReader::XlsxReader()
    : d(std::make_unique<State>()) {
}

XlsxReader::~XlsxReader() {
    d->xml.clear();
    d->sheetStream.reset();
    d->sheetFile.reset();
    d->zip.close();
}

Status XlsxReader::open(const QString& path) {
    if (auto st = inputfile::open(d->file, path); !st) {
        return st;
    }
    return open(d->file);
}

Status XlsxReader::open(QIODevice& device) {
    d->budget = std::max(kMinBudgetBytes, device.size() * kBudgetRatio);
    d->zip.setIoDevice(&device);
    if (!d->zip.open(QuaZip::mdUnzip)) {
        return fail(ErrorCode::Input, Tr::tr("The file is not an .xlsx workbook (it is not a zip archive)."));
    }
    if (d->zip.getEntriesCount() > kMaxEntries) {
        return fail(ErrorCode::Input, Tr::tr("The workbook holds %1 parts; a real workbook has far fewer than %2.")
                                          .arg(d->zip.getEntriesCount())
                                          .arg(kMaxEntries));
    }
    for (auto step : {&State::readWorkbook, &State::readStyles, &State::readSharedStrings}) {
        if (auto st = (d.get()->*step)(); !st) {
            return st;
        }
    }
    return d->startSheet(0);
}

QStringList XlsxReader::sheetNames() const {
    QStringList names;
    for (const Sheet& s : d->sheets) {
        names << s.name;
    }
    return names;
}

Status XlsxReader::selectSheet(const QString& name) {
    for (size_t i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets[i].name.compare(name, Qt::CaseInsensitive) == 0) {
            return d->startSheet(i);
        }
    }
    bool isNumber = false;
    const int index = name.toInt(&isNumber);
    if (isNumber && index >= 0) {
        return d->startSheet(size_t(index));
    }
    return fail(
        ErrorCode::Input,
        Tr::tr("The workbook has no sheet named %1; its sheets are: %2.").arg(name, sheetNames().join(u", "_s)));
}

Status XlsxReader::selectSheet(int index) {
    return d->startSheet(index < 0 ? d->sheets.size() : size_t(index));
}

qint64 XlsxReader::rowNumber() const {
    return d->row;
}

bool XlsxReader::date1904() const {
    return d->date1904;
}

QDate XlsxReader::serialToDate(double serial, bool date1904) {
    const qint64 day = qint64(std::floor(serial));
    if (date1904) {
        return QDate(1904, 1, 1).addDays(day);
    }
    if (day == 60) {
        return {}; // 29 February 1900, which Excel counts and the calendar does not have
    }
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

QString XlsxReader::numberText(const QString& raw) {
    bool isNumber = false;
    const double value = raw.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(value)) {
        return raw;
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        return QString::number(qint64(value));
    }
    return QString::number(value, 'g', 15);
}

Result<bool> XlsxReader::next(QStringList& cells) {
    QXmlStreamReader& xml = d->xml;
    if (!d->sheetFile || d->done) {
        return false;
    }
    cells.clear();
    // A corrupt compressed stream makes every read fail without ending the XML: stop on the zip error.
    auto broken = [&] {
        return d->sheetFile->getZipError() != UNZ_OK || d->sheetStream->breach() != BoundedStream::Breach::None;
    };
    auto damaged = [&]() -> Error {
        if (d->sheetStream->breach() != BoundedStream::Breach::None) {
            return Error{ErrorCode::Input,
                         d->bombMessage(Tr::tr("Sheet %1").arg(d->sheetName), d->sheetStream->breach())};
        }
        return Error{ErrorCode::Input,
                     Tr::tr("Sheet %1, row %2: the sheet's XML is damaged (%3).")
                         .arg(d->sheetName)
                         .arg(d->row + 1)
                         .arg(broken() ? Tr::tr("the compressed data is corrupt") : xml.errorString())};
    };
    while (!xml.atEnd() && !xml.hasError() && !broken()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"row") {
            continue;
        }
        bool isNumber = false;
        const qint64 r = xml.attributes().value(QLatin1StringView("r")).toLongLong(&isNumber);
        d->row = isNumber ? r : d->row + 1;
        cells.clear();
        int column = -1;
        bool any = false;
        // Cells of this row.
        while (!xml.atEnd() && !xml.hasError() && !broken()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"row") {
                break;
            }
            if (!xml.isStartElement() || xml.name() != u"c") {
                continue;
            }
            const QXmlStreamAttributes attributes = xml.attributes();
            const int refColumn = columnOf(attributes.value(QLatin1StringView("r")));
            column = refColumn >= 0 ? refColumn : column + 1;
            if (column >= kMaxColumns) {
                return std::unexpected(Error{
                    ErrorCode::Input,
                    Tr::tr("Sheet %1, row %2: more than %3 columns.").arg(d->sheetName).arg(d->row).arg(kMaxColumns)});
            }
            const QString type = attributes.value(QLatin1StringView("t")).toString();
            const int style =
                attributes.hasAttribute(QLatin1StringView("s")) ? attributes.value(QLatin1StringView("s")).toInt() : -1;
            QString value;
            QString inlineText;
            while (!xml.atEnd() && !xml.hasError() && !broken()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c") {
                    break;
                }
                if (xml.isStartElement() && xml.name() == u"v") {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == u"t") {
                    inlineText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else if (xml.isStartElement() && xml.name() == u"rPh") {
                    xml.skipCurrentElement();
                }
            }
            if (xml.hasError() || broken()) {
                return std::unexpected(damaged());
            }
            if (value.size() > kMaxCellChars || inlineText.size() > kMaxCellChars) {
                return std::unexpected(
                    Error{ErrorCode::Input, Tr::tr("Sheet %1, row %2, column %3: the cell holds more than %4 "
                                                   "characters, more than Excel allows.")
                                                .arg(d->sheetName)
                                                .arg(d->row)
                                                .arg(column + 1)
                                                .arg(kMaxCellChars)});
            }
            bool bad = false;
            const QString text = d->cellText(type, style, value, inlineText, bad);
            if (bad) {
                return std::unexpected(
                    Error{ErrorCode::Input, Tr::tr("Sheet %1, row %2, column %3: the cell refers to a shared string "
                                                   "that does not exist.")
                                                .arg(d->sheetName)
                                                .arg(d->row)
                                                .arg(column + 1)});
            }
            if (cells.size() <= column) {
                cells.resize(column + 1);
            }
            cells[column] = text;
            any = any || !text.trimmed().isEmpty();
        }
        if (xml.hasError() || broken()) {
            return std::unexpected(damaged());
        }
        if (any) {
            return true;
        }
    }
    if (xml.hasError() || broken()) {
        return std::unexpected(damaged());
    }
    d->done = true;
    return false;
}

} // namespace caselink
