// CSV exports as a spreadsheet user meets them: quoting that survives commas, quotes and line breaks, a BOM so
// Urdu opens correctly, and formulas that arrive as data shown as text instead of being evaluated.
#include <QBuffer>
#include <QTest>

#include "io/csvwriter.h"

using namespace Qt::StringLiterals;
using namespace caselink;

class TestCsvWriter : public QObject {
    Q_OBJECT
private slots:
    void quotesOnlyWhatNeedsIt() {
        QCOMPARE(CsvWriter::quoteField(u"Lahore"_s), u"Lahore"_s);
        QCOMPARE(CsvWriter::quoteField(u"Gujrat, Punjab"_s), u"\"Gujrat, Punjab\""_s);
        QCOMPARE(CsvWriter::quoteField(u"said \"yes\""_s), u"\"said \"\"yes\"\"\""_s);
        QCOMPARE(CsvWriter::quoteField(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::quoteField(u"a;b"_s, u';'), u"\"a;b\""_s);
    }

    void neutralisesFormulas_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"'=HYPERLINK(\"http://x\",\"y\")"_s;
        QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("minus formula") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("negative number") << u"-12.5"_s << u"-12.5"_s;
        QTest::newRow("signed integer") << u"+92"_s << u"+92"_s;
        QTest::newRow("urdu text") << u"محمد"_s << u"محمد"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralisesFormulas() {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::neutraliseFormula(cell), expected);
    }

    void writesUtf8WithBomAndCrlf() {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        QVERIFY(writer.writeRow({u"name"_s, u"count"_s}));
        QVERIFY(writer.writeRow({u"محمد، علی"_s, u"=1+1"_s}));
        QCOMPARE(writer.rowsWritten(), 2);
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "name,count\r\n" +
                                    u"محمد، علی"_s.toUtf8() + ",'=1+1\r\n";
        QCOMPARE(buffer.data(), expected);
    }

    void reportsAFullDevice() {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly); // not writable: every write fails
        CsvWriter writer(buffer);
        const Status status = writer.writeRow({u"x"_s});
        QVERIFY(!status);
        QCOMPARE(status.error().code, ErrorCode::Io);
        QCOMPARE(writer.rowsWritten(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
