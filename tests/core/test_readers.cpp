// The readers on files as offices really save them: every common delimiter, Excel's "sep=" line, quoted fields with
// line breaks, UTF-16 from "Unicode text", Windows-1252 from old Excel, and .xlsx workbooks with shared and inline
// strings, CNICs stored as numbers and dates stored as serial numbers in both date systems.
#include <sys/stat.h>

#include <QBuffer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "io/csvreader.h"
#include "io/inputfile.h"
#include "io/textdecoding.h"
#include "io/xlsxreader.h"
#include "xlsxfixture.h"

using namespace Qt::StringLiterals;
using namespace caselink;

namespace {

struct Parsed {
    std::vector<QStringList> rows;
    std::vector<qint64> lines;
    QString error;
    QChar delimiter;
    DetectedEncoding encoding;
    qint64 blank = 0;
};

Parsed parse(const QByteArray& bytes, CsvReader::Options options = {}) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    Parsed out;
    if (auto st = reader.open(); !st) {
        out.error = st.error().message;
        return out;
    }
    QStringList fields;
    while (true) {
        auto more = reader.next(fields);
        if (!more) {
            out.error = more.error().message;
            break;
        }
        if (!*more) {
            break;
        }
        out.rows.push_back(fields);
        out.lines.push_back(reader.recordLine());
    }
    out.delimiter = reader.delimiter();
    out.encoding = reader.encoding();
    out.blank = reader.blankLines();
    return out;
}

QByteArray utf16(const QString& text, bool littleEndian, bool bom) {
    QByteArray out;
    if (bom) {
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    }
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8);
        const char lo = char(u & 0xFF);
        out += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

} // namespace

class TestReaders : public QObject {
    Q_OBJECT
private slots:
    void detectsEveryCommonDelimiter_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("Name,CNIC,City\nAli,35201-1234567-1,Lahore\n") << u","_s;
        QTest::newRow("semicolon") << QByteArray("Name;CNIC;City\nAli;3520112345671;Lahore, Punjab\n") << u";"_s;
        QTest::newRow("tab") << QByteArray("Name\tCNIC\tCity\nAli\t3520112345671\tLahore\n") << u"\t"_s;
        QTest::newRow("pipe") << QByteArray("Name|CNIC|City\nAli|3520112345671|Lahore\n") << u"|"_s;
        QTest::newRow("sep line") << QByteArray("sep=;\r\nName;CNIC;City\r\nAli, Khan;3520112345671;Lahore\r\n")
                                  << u";"_s;
    }
    void detectsEveryCommonDelimiter() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(QString(p.delimiter), delimiter);
        QCOMPARE(p.rows.size(), size_t(2));
        QCOMPARE(p.rows[0], (QStringList{u"Name"_s, u"CNIC"_s, u"City"_s}));
        QCOMPARE(p.rows[1].size(), 3);
        QVERIFY(p.rows[1][0].startsWith(u"Ali"_s));
    }

    void quotedFieldsKeepLineBreaksAndQuotes() {
        const Parsed p = parse("Name,Notes,Place\r\n\"Khan, Ali\",\"said \"\"no\"\"\r\nthen left\",Gujrat\r\n"
                               "\r\n,,\r\nBilal,,\"\"\r\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), size_t(3));
        QCOMPARE(p.rows[1], (QStringList{u"Khan, Ali"_s, u"said \"no\"\r\nthen left"_s, u"Gujrat"_s}));
        QCOMPARE(p.rows[2], (QStringList{u"Bilal"_s, QString(), QString()}));
        QCOMPARE(p.lines, (std::vector<qint64>{1, 2, 6})); // the record with a line break spans lines 2-3
        QCOMPARE(p.blank, 2);                              // the empty line and the row of empty cells
    }

    void unclosedQuoteIsAnErrorNamingTheLine() {
        const Parsed p = parse("Name,Notes\nAli,ok\nBilal,\"never closed\nmore text\n");
        QCOMPARE(p.rows.size(), size_t(2));
        QVERIFY2(p.error.contains(u"Line 3"_s) && p.error.contains(u"column 2"_s), qPrintable(p.error));
    }

    void decodesUnicodeAndLegacyEncodings_data() {
        const QString text = u"نام,ولدیت\nعلی خان,محمد اکرم\n"_s;
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-16le bom") << utf16(text, true, true) << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16be bom") << utf16(text, false, true) << int(TextEncoding::Utf16BE);
    }
    void decodesUnicodeAndLegacyEncodings() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(int(p.encoding.encoding), encoding);
        QVERIFY(!p.encoding.legacy);
        QCOMPARE(p.rows.size(), size_t(2));
        QCOMPARE(p.rows[0][0], u"نام"_s);
        QCOMPARE(p.rows[1][1], u"محمد اکرم"_s);
    }

    void utf16WithoutMarkIsRecognised() {
        const QString text = u"Name\tCNIC\r\nAli\t35201-1234567-1\r\n"_s;
        for (bool little : {true, false}) {
            const Parsed p = parse(utf16(text, little, false));
            QCOMPARE(p.encoding.encoding, little ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);
            QCOMPARE(p.rows.size(), size_t(2));
            QCOMPARE(p.rows[1], (QStringList{u"Ali"_s, u"35201-1234567-1"_s}));
        }
    }

    void windows1252IsAFallbackThatIsReported() {
        // "José" and a euro sign as old Excel saves them: bytes that are not UTF-8.
        const Parsed p = parse(QByteArray("Name,Amount\nJos\xE9,\x80 500\n"));
        QVERIFY(p.encoding.legacy);
        QCOMPARE(p.encoding.encoding, TextEncoding::Windows1252);
        QCOMPARE(p.rows[1], (QStringList{u"José"_s, u"€ 500"_s}));
        QCOMPARE(encodingName(p.encoding.encoding), u"Windows-1252"_s);
    }

    void charactersSplitAcrossChunksDecodeOnce() {
        // Many rows of Urdu: multi-byte characters land on every chunk boundary.
        QByteArray bytes = "نام,شناختی کارڈ\n"_ba;
        for (int i = 0; i < 20000; ++i) {
            bytes +=
                QStringLiteral("محمد علی %1,35201-%2-1\n").arg(i).arg(1000000 + i, 7, 10, QLatin1Char('0')).toUtf8();
        }
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), size_t(20001));
        QCOMPARE(p.rows.back()[0], u"محمد علی 19999"_s);
        for (const QStringList& r : p.rows) {
            QVERIFY(!r.join(u' ').contains(QChar::ReplacementCharacter));
        }
    }

    void xlsxReadsStringsNumbersAndDates() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"arrests.xlsx"_s);
        using namespace caselink::test;
        const QString rows =
            row(1, sharedCell(u"A1"_s, 0) + sharedCell(u"B1"_s, 1) + sharedCell(u"C1"_s, 2) +
                       inlineCell(u"D1"_s, u"Amount"_s)) +
            row(2, inlineCell(u"A2"_s, u"علی خان"_s) + numberCell(u"B2"_s, u"3520112345671"_s) +
                       numberCell(u"C2"_s, u"45292"_s, 1) + numberCell(u"D2"_s, u"0.30000000000000004"_s)) +
            row(4, inlineCell(u"A4"_s, u"Bilal"_s) + numberCell(u"C4"_s, u"45292.75"_s, 2)) +
            row(5, numberCell(u"B5"_s, u"3.520112345671E+12"_s) + numberCell(u"C5"_s, u"59"_s, 1)) +
            row(6, numberCell(u"A6"_s, u"60"_s, 1) + numberCell(u"C6"_s, u"61"_s, 1));
        QVERIFY(writeXlsx(path, {{u"Summary"_s, row(1, inlineCell(u"A1"_s, u"x"_s))}, {u"Arrests"_s, rows}},
                          {u"Name"_s, u"CNIC"_s, u"Arrested on"_s}));
        XlsxReader reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.sheetNames(), (QStringList{u"Summary"_s, u"Arrests"_s}));
        QVERIFY(reader.selectSheet(u"arrests"_s));
        QStringList cells;
        QVERIFY(*reader.next(cells));
        QCOMPARE(cells, (QStringList{u"Name"_s, u"CNIC"_s, u"Arrested on"_s, u"Amount"_s}));
        QVERIFY(*reader.next(cells));
        QCOMPARE(cells, (QStringList{u"علی خان"_s, u"3520112345671"_s, u"2024-01-01"_s, u"0.3"_s}));
        QVERIFY(*reader.next(cells));
        QCOMPARE(reader.rowNumber(), 4);
        QCOMPARE(cells, (QStringList{u"Bilal"_s, QString(), u"2024-01-01 18:00:00"_s}));
        QVERIFY(*reader.next(cells));
        QCOMPARE(cells, (QStringList{QString(), u"3520112345671"_s, u"1900-02-28"_s}));
        QVERIFY(*reader.next(cells));
        QCOMPARE(cells, (QStringList{u"1900-02-29"_s, QString(), u"1900-03-01"_s}));
        QVERIFY(!*reader.next(cells));

        QVERIFY(reader.selectSheet(0));
        QVERIFY(*reader.next(cells));
        QCOMPARE(cells, QStringList{u"x"_s});
        const auto missing = reader.selectSheet(u"Victims"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"Summary, Arrests"_s));
    }

    void xlsxDate1904AndSerialArithmetic() {
        QCOMPARE(XlsxReader::serialToDate(0, true), QDate(1904, 1, 1));
        QCOMPARE(XlsxReader::serialToDate(1, false), QDate(1900, 1, 1));
        QCOMPARE(XlsxReader::serialToDate(59, false), QDate(1900, 2, 28));
        QVERIFY(!XlsxReader::serialToDate(60, false).isValid());
        QCOMPARE(XlsxReader::serialToDate(61, false), QDate(1900, 3, 1));
        QCOMPARE(XlsxReader::serialToDate(45292, false), QDate(2024, 1, 1));
        QCOMPARE(XlsxReader::serialToDate(45292 - 1462, true), QDate(2024, 1, 1));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.xlsx"_s);
        QVERIFY(caselink::test::writeXlsx(
            path, {{u"S"_s, caselink::test::row(1, caselink::test::numberCell(u"A1"_s, u"43830"_s, 1))}}, {}, true));
        XlsxReader reader;
        QVERIFY(reader.open(path));
        QVERIFY(reader.date1904());
        QStringList cells;
        QVERIFY(*reader.next(cells));
        QCOMPARE(cells, QStringList{u"2024-01-01"_s});
    }

    void xlsxDamageIsAnErrorNotACrash() {
        QBuffer notZip;
        notZip.setData("Name,CNIC\nAli,1\n");
        notZip.open(QIODevice::ReadOnly);
        XlsxReader reader;
        const auto st = reader.open(notZip);
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(u"zip"_s));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.xlsx"_s);
        QVERIFY(caselink::test::writeXlsx(
            path, {{u"S"_s, u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row><row r=\"2\"><c"_s}}, {u"a"_s}));
        XlsxReader bad;
        QVERIFY(bad.open(path));
        QStringList cells;
        const auto first = bad.next(cells);
        QVERIFY(!first);
        QVERIFY2(first.error().message.contains(u"row 1"_s), qPrintable(first.error().message));
    }

    // A decompression bomb costs neither memory nor minutes: one cell of 4 MiB of text (a few KiB zipped) stops at
    // the markup-run limit, before the XML parser holds it.
    void xlsxBombInOneCellStopsEarly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cell.xlsx"_s);
        const QString huge(4 * 1024 * 1024, u'A');
        QVERIFY(
            caselink::test::writeXlsx(path,
                                      {{u"S"_s, caselink::test::row(1, caselink::test::inlineCell(u"A1"_s, u"Name"_s)) +
                                                    caselink::test::row(2, caselink::test::inlineCell(u"A2"_s, huge))}},
                                      {}));
        QVERIFY(QFileInfo(path).size() < 64 * 1024);
        XlsxReader reader;
        QVERIFY(reader.open(path));
        QStringList cells;
        QVERIFY(reader.next(cells).value_or(false));
        const auto second = reader.next(cells);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(u"without markup"_s), qPrintable(second.error().message));
    }

    void xlsxCellLongerThanExcelAllowsIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"long.xlsx"_s);
        QVERIFY(caselink::test::writeXlsx(
            path, {{u"S"_s, caselink::test::row(1, caselink::test::inlineCell(u"A1"_s, QString(40000, u'x')))}}, {}));
        XlsxReader reader;
        QVERIFY(reader.open(path));
        QStringList cells;
        const auto first = reader.next(cells);
        QVERIFY(!first);
        QVERIFY2(first.error().message.contains(u"32767"_s) && first.error().message.contains(u"column 1"_s),
                 qPrintable(first.error().message));
    }

    // Shared strings that expand to more than the budget (64 MiB here, as the file is small) are refused as a bomb
    // when the workbook is opened.
    void xlsxSharedStringsBombIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.xlsx"_s);
        QStringList strings;
        const QString item(2000, u'B');
        for (int i = 0; i < 36000; ++i) {
            strings << item;
        }
        QVERIFY(caselink::test::writeXlsx(
            path, {{u"S"_s, caselink::test::row(1, caselink::test::sharedCell(u"A1"_s, 0))}}, strings));
        QVERIFY(QFileInfo(path).size() < 1024 * 1024);
        XlsxReader reader;
        const auto st = reader.open(path);
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(u"zip bomb"_s) && st.error().message.contains(u"shared strings"_s),
                 qPrintable(st.error().message));
    }

    // A named pipe would block the reader forever and a device never ends: both are refused before any read, and
    // so is a folder, each with what the path is.
    void specialFilesAreRefusedUpFront() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe.xlsx"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const auto& [path, kind] : {std::pair{fifo, u"named pipe"_s}, std::pair{u"/dev/zero"_s, u"device"_s},
                                         std::pair{dir.path(), u"folder"_s}}) {
            XlsxReader reader;
            const auto st = reader.open(path);
            QVERIFY(!st);
            QVERIFY2(st.error().message.contains(kind), qPrintable(st.error().message));
            QFile file;
            const auto opened = inputfile::open(file, path);
            QVERIFY(!opened);
            QVERIFY(!file.isOpen());
        }
    }
};

QTEST_GUILESS_MAIN(TestReaders)
#include "test_readers.moc"
