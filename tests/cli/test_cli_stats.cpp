// caselink-cli stats on the statistics fixture: its numbers equal the core aggregates (the dashboard's source) for the
// same filters, its text tables have their headings over their columns (Urdu labels included), CSV neutralises formula
// injection while XLSX keeps formula-like text as plain string cells, and bad options are usage errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QXmlStreamReader>
#include <QtTest>

#include "analysis/statistics.h"
#include "processrun.h"
#include "statisticsfixture.h"
#include "tablechecks.h"

using namespace caselink;
using namespace caselink::test;

namespace {

using Run = ProcessResult;

Run cli(const QStringList& arguments, const QString& password) {
    return runCli(QStringLiteral(CASELINK_CLI_PATH), arguments, password);
}

QByteArray unzipEntry(const QString& zip, const QString& entry) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    unzip.waitForFinished(30000);
    return unzip.readAllStandardOutput();
}

const QString kInjected = QStringLiteral("=HYPERLINK(\"http://x\",\"Gujrat\")");

} // namespace

class TestCliStats : public QObject {
    Q_OBJECT

private:
    QStringList base(StatisticsFixture& f, const QString& user) {
        return {QStringLiteral("stats"), QStringLiteral("--db"), f.db.path(), QStringLiteral("--user"), user};
    }

private slots:
    void jsonEqualsTheCoreAggregate() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        StatisticsFilter filter;
        filter.from = QDate(2024, 1, 1);
        filter.to = QDate(2025, 3, 10);
        filter.compareYear = 2025;
        StatisticsQuery query(*f.context);
        auto all = query.all(filter);
        QVERIFY(all);
        f.context.reset();
        f.session.reset();

        const Run run =
            cli(base(f, QStringLiteral("sup.hq")) +
                    QStringList{QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                                QStringLiteral("2025-03-10"), QStringLiteral("--compare-year"), QStringLiteral("2025"),
                                QStringLiteral("--format"), QStringLiteral("json")},
                passwordOf(QStringLiteral("sup.hq")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray tables = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(tables.size(), static_cast<qsizetype>(all->size()));
        int compared = 0;
        for (std::size_t i = 0; i < all->size(); ++i) {
            const StatTable& t = (*all)[i];
            const QJsonObject json = tables[static_cast<qsizetype>(i)].toObject();
            QCOMPARE(json.value(QLatin1String("id")).toString(), t.id);
            const QJsonArray rows = json.value(QLatin1String("rows")).toArray();
            QCOMPARE(rows.size(), t.rowKeys.size());
            for (int r = 0; r < t.rowKeys.size(); ++r) {
                const QJsonObject values = rows[r].toObject().value(QLatin1String("values")).toObject();
                for (int c = 0; c < t.columnKeys.size(); ++c) {
                    const StatCell& cell = t.cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
                    const QJsonValue v = values.value(t.columnKeys[c]);
                    if (cell.state == StatCell::State::Value) {
                        QCOMPARE(v.toDouble(), cell.value);
                        ++compared;
                    } else {
                        QCOMPARE(v.toString(), t.text(r, c));
                    }
                }
            }
        }
        QVERIFY(compared > 50);
        // The hand-counted figure, too: 2 arrests in March 2024, 3 in March 2025 (+50 %).
        QVERIFY(run.out.contains(QStringLiteral("\"change_pct\": 50")));
    }

    void byCategoryTableAndScope() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        f.context.reset();
        f.session.reset();
        const Run sup =
            cli(base(f, QStringLiteral("sup.hq")) + QStringList{QStringLiteral("--by"), QStringLiteral("category")},
                passwordOf(QStringLiteral("sup.hq")));
        QVERIFY2(sup.exitCode == 0, qPrintable(sup.err));
        const QString text = sup.out;
        QVERIFY(text.contains(QLatin1String("Arrests by category")));
        QVERIFY(QRegularExpression(QStringLiteral("General\\s+3\\n")).match(text).hasMatch());
        const Run io =
            cli(base(f, QStringLiteral("io.grw")) + QStringList{QStringLiteral("--by"), QStringLiteral("category"),
                                                                QStringLiteral("--format"), QStringLiteral("json")},
                passwordOf(QStringLiteral("io.grw")));
        QVERIFY2(io.exitCode == 0, qPrintable(io.err));
        const QJsonArray rows =
            QJsonDocument::fromJson(io.out.toUtf8()).array().at(0).toObject().value(QLatin1String("rows")).toArray();
        double total = 0;
        for (const QJsonValue& row : rows) {
            total +=
                row.toObject().value(QLatin1String("values")).toObject().value(QLatin1String("arrests")).toDouble();
        }
        QCOMPARE(total, 4.0); // the investigator's office only
    }

    // Every table of the text output has its headings over its columns, counted in terminal columns, also when a
    // row label is Urdu with a diacritic and a zero-width non-joiner (which take no column).
    void tableHeadingsLineUpWithTheirColumns() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const QString urdu = QStringLiteral("مُلتان\u200Cشہر");
        QCOMPARE(terminalColumns(urdu), 8); // ten UTF-16 units
        const QString victim = f.person(QStringLiteral("Victim Urdu District"), Sex::Female, 2001, urdu);
        f.role(f.c2, victim, PersonRole::TraffickingVictim, VictimOutcome::Survivor);
        f.context.reset();
        f.session.reset();
        const Run run = cli(base(f, QStringLiteral("sup.hq")), passwordOf(QStringLiteral("sup.hq")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList blocks = run.out.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        QCOMPARE(blocks.size(), StatisticsQuery::tableIds().size());
        bool sawUrdu = false;
        for (const QString& block : blocks) {
            const QStringList lines = block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(lines.size() >= 3, qPrintable(block)); // title, headings, at least one row
            const QString problem = misalignment(lines[1], lines.mid(2), true);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(tableCells(lines[1]).size() >= 1, qPrintable(block));
            for (const QString& line : lines) {
                QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
            }
            sawUrdu = sawUrdu || block.contains(urdu);
        }
        QVERIFY(sawUrdu);
        // The month table on its own: the heading of its first count column ends where its counts end.
        const Run months =
            cli(base(f, QStringLiteral("sup.hq")) + QStringList{QStringLiteral("--by"), QStringLiteral("month")},
                passwordOf(QStringLiteral("sup.hq")));
        QVERIFY2(months.exitCode == 0, qPrintable(months.err));
        const QStringList lines = months.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        QCOMPARE(tableCells(lines[1]).value(0).end, tableCells(lines[2]).value(1).end);
    }

    void csvNeutralisesFormulasAndXlsxKeepsThemAsText() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        const QStringList formulaLike{kInjected, QStringLiteral("+92 Gujrat"), QStringLiteral("-Sialkot"),
                                      QStringLiteral("@SUM(1+1)")};
        for (int i = 0; i < formulaLike.size(); ++i) {
            const QString victim =
                f.person(QStringLiteral("Victim Formula %1").arg(i + 1), Sex::Male, 1999, formulaLike[i]);
            f.role(f.c2, victim, PersonRole::SmuggledMigrant, VictimOutcome::Deportee);
        }
        f.context.reset();
        f.session.reset();
        const QString csvPath = f.db.dir() + QStringLiteral("/stats.csv");
        const Run csv =
            cli(base(f, QStringLiteral("sup.hq")) +
                    QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csvPath},
                passwordOf(QStringLiteral("sup.hq")));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY(content.contains(QLatin1String("\"'=HYPERLINK(")));
        QVERIFY(!content.contains(QLatin1String(",=HYPERLINK")));
        QVERIFY(!content.contains(QLatin1String(",\"=HYPERLINK")));
        QVERIFY(content.contains(QLatin1String(",'@SUM(1+1),")));

        const QString xlsxPath = f.db.dir() + QStringLiteral("/stats.xlsx");
        const Run xlsx =
            cli(base(f, QStringLiteral("sup.hq")) +
                    QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsxPath},
                passwordOf(QStringLiteral("sup.hq")));
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        const QByteArray workbook = unzipEntry(xlsxPath, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("victims_district"));
        // Read back as a spreadsheet would: every cell's type and text. No formula anywhere; each formula-like
        // district is a string cell holding exactly what was recorded (no apostrophe added); counts are numbers.
        QMap<QString, QString> typeOfText; // cell text -> its t attribute
        bool sawNumber = false;
        for (int sheet = 1; sheet <= StatisticsQuery::tableIds().size(); ++sheet) {
            const QByteArray xml = unzipEntry(xlsxPath, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
            QVERIFY(!xml.isEmpty());
            QXmlStreamReader reader(xml);
            QString cellType;
            while (!reader.atEnd()) {
                if (reader.readNext() != QXmlStreamReader::StartElement) {
                    continue;
                }
                QVERIFY2(reader.name() != QLatin1String("f"), "a formula cell");
                if (reader.name() == QLatin1String("c")) {
                    cellType = reader.attributes().value(QLatin1String("t")).toString();
                } else if (reader.name() == QLatin1String("t")) {
                    typeOfText.insert(reader.readElementText(), cellType);
                } else if (reader.name() == QLatin1String("v")) {
                    sawNumber = sawNumber || (cellType.isEmpty() && !reader.readElementText().isEmpty());
                }
            }
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        }
        QVERIFY(sawNumber);
        for (const QString& text : formulaLike) {
            QVERIFY2(typeOfText.contains(text), qPrintable(text));
            QCOMPARE(typeOfText.value(text), QStringLiteral("inlineStr"));
            QVERIFY2(!typeOfText.contains(QLatin1Char('\'') + text), qPrintable(text));
        }
    }

    void badOptionsAreUsageErrors() {
        StatisticsFixture f;
        QVERIFY(f.ok);
        f.context.reset();
        f.session.reset();
        const QString pw = passwordOf(QStringLiteral("sup.hq"));
        QCOMPARE(
            cli(base(f, QStringLiteral("sup.hq")) + QStringList{QStringLiteral("--by"), QStringLiteral("week")}, pw)
                .exitCode,
            1);
        const Run date =
            cli(base(f, QStringLiteral("sup.hq")) + QStringList{QStringLiteral("--from"), QStringLiteral("01-02-2025")},
                pw);
        QCOMPARE(date.exitCode, 1);
        QVERIFY(date.err.contains(QLatin1String("YYYY-MM-DD")));
        QVERIFY(
            cli(base(f, QStringLiteral("sup.hq")) + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}, pw)
                .exitCode != 0);
        const Run reversed =
            cli(base(f, QStringLiteral("sup.hq")) + QStringList{QStringLiteral("--from"), QStringLiteral("2025-02-01"),
                                                                QStringLiteral("--to"), QStringLiteral("2025-01-01")},
                pw);
        QVERIFY(reversed.exitCode != 0);
        QVERIFY(reversed.err.contains(QLatin1String("after the end date")));
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "test_cli_stats.moc"
